import { render } from 'preact';
import '../../components/pages/page.css';
import '../../components/call/call.css';
import '../../components/sidebar/sidebar.css';
import { PopupApp } from './PopupApp';

render(<PopupApp />, document.getElementById('app') as HTMLElement);
