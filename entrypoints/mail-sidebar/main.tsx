import { render } from 'preact';
import '../../components/sidebar/sidebar.css';
import { refuseHiddenClicks } from '../../lib/dom/hidden-clicks';
import { langFollowsUi } from '../../lib/ui/document-language';
import { applyLanguage } from '../../lib/ui/language';
import { connectSurface } from '../../lib/ui/use-surface-link';
import { SidebarFrame } from './SidebarFrame';

// The browser's language until the granted settings say otherwise.
langFollowsUi(document);
applyLanguage('auto');
refuseHiddenClicks(document);
render(<SidebarFrame link={connectSurface()} />, document.getElementById('app') as HTMLElement);
