import { render } from 'preact';
import '../../components/pages/page.css';
import '../../components/call/call.css';
import '../../components/precall/precall.css';
import '../../components/sidebar/sidebar.css';
import '../../components/welcome/welcome.css';
import { langFollowsUi } from '../../lib/ui/document-language';
import { WelcomeApp } from './WelcomeApp';

langFollowsUi(document);
render(<WelcomeApp />, document.getElementById('app') as HTMLElement);
