import { render } from 'preact';
import '../../components/pages/page.css';
import { langFollowsUi } from '../../lib/ui/document-language';
import { OptionsApp } from './OptionsApp';

langFollowsUi(document);
render(<OptionsApp />, document.getElementById('app') as HTMLElement);
