import { render } from 'preact';
import '../../components/pages/page.css';
import './privacy.css';
import { langFollowsUi } from '../../lib/ui/document-language';
import { PrivacyApp } from './PrivacyApp';

langFollowsUi(document);
render(<PrivacyApp />, document.getElementById('app') as HTMLElement);
