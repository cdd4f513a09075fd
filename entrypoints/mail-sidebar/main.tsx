import { render } from 'preact';
import '../../components/sidebar/sidebar.css';
import { connectSurface } from '../../lib/ui/use-surface-link';
import { SidebarFrame } from './SidebarFrame';

render(<SidebarFrame link={connectSurface()} />, document.getElementById('app') as HTMLElement);
