import { defineContentScript } from 'wxt/utils/define-content-script';
import { CALL_FRAME_MATCHES } from '../../lib/sites/registry';
import { startCall } from '../call.content/start';

// Zoom (iframe#webclient) and Webex (#unified-webclient-iframe and others) run their client in an iframe: every frame.
export default defineContentScript({
  matches: CALL_FRAME_MATCHES,
  allFrames: true,
  main: startCall,
});
