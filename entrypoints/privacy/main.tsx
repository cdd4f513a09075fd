import { render } from 'preact';
import '../../components/pages/page.css';
import './privacy.css';
import { PrivacyApp } from './PrivacyApp';

render(<PrivacyApp />, document.getElementById('app') as HTMLElement);
