import { defineContentScript } from 'wxt/utils/define-content-script';
import { MAIL_FRAME_MATCHES } from '../../lib/sites/registry';
import { startMail } from '../mail.content/start';

// GMX and WEB.DE run their mail client in an iframe (3c.gmx.net inside navigator.gmx.net): every frame.
export default defineContentScript({
  matches: MAIL_FRAME_MATCHES,
  allFrames: true,
  main: startMail,
});
