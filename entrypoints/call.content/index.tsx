import { defineContentScript } from 'wxt/utils/define-content-script';
import { CALL_TOP_MATCHES } from '../../lib/sites/registry';
import { startCall } from './start';

// The top frame only: Meet, Teams and Jitsi (also the user's own servers) run in the page itself.
export default defineContentScript({
  matches: CALL_TOP_MATCHES,
  main: startCall,
});
