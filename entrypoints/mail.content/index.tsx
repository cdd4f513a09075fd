import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_TOP_MATCHES } from '../../lib/sites/registry';
import { startMail } from './start';

// The top frame only: these clients and the user's own webmail compose in the page itself.
export default defineContentScript({
  matches: MAIL_TOP_MATCHES,
  main: startMail,
});
