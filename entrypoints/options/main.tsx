import { render } from 'preact';
import '../../components/pages/page.css';
import { OptionsApp } from './OptionsApp';

render(<OptionsApp />, document.getElementById('app') as HTMLElement);
