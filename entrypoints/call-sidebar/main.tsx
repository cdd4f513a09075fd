import { render } from 'preact';
import '../../components/call/call.css';
import '../../components/sidebar/sidebar.css';
import { refuseHiddenClicks } from '../../lib/dom/hidden-clicks';
import { langFollowsUi } from '../../lib/ui/document-language';
import { applyLanguage } from '../../lib/ui/language';
import { connectSurface } from '../../lib/ui/use-surface-link';
import { CallSidebarFrame } from './CallSidebarFrame';

// The browser's language until the granted settings say otherwise.
langFollowsUi(document);
applyLanguage('auto');
refuseHiddenClicks(document);
render(<CallSidebarFrame link={connectSurface()} />, document.getElementById('app') as HTMLElement);
