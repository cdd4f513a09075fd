import { defineContentScript } from 'wxt/utils/define-content-script';
import '../../components/call/call.css';
import '../../components/precall/precall.css';
import '../../components/sidebar/sidebar.css';
import { CALL_TOP_MATCHES } from '../../lib/sites/registry';
import { startCall } from './start';

// The top frame only: Meet, Teams and Jitsi (also the user's own servers) run in the page itself.
export default defineContentScript({
  matches: CALL_TOP_MATCHES,
  cssInjectionMode: 'ui',
  main: startCall,
});
