import { render } from 'preact';
import '../../components/pages/page.css';
import '../../components/call/call.css';
import '../../components/popup/picker.css';
import '../../components/sidebar/sidebar.css';
import { langFollowsUi } from '../../lib/ui/document-language';
import { PopupApp } from './PopupApp';

langFollowsUi(document);
render(<PopupApp />, document.getElementById('app') as HTMLElement);
