import { render } from 'preact';
import '../../components/sidebar/sidebar.css';
import { applyLanguage } from '../../lib/ui/language';
import { connectSurface } from '../../lib/ui/use-surface-link';
import { SidebarFrame } from './SidebarFrame';

// The browser's language until the granted settings say otherwise.
applyLanguage('auto');
render(<SidebarFrame link={connectSurface()} />, document.getElementById('app') as HTMLElement);
