// WEB.DE (navigator.web.de, mail client at 3c.web.de / 3c-bap.web.de): the GMX webmail under another
// brand; see united-internet.ts for the structure and its sources.
import { unitedInternetMail } from './united-internet';

export const webde = unitedInternetMail({
  id: 'webde',
  name: 'WEB.DE',
  // The mail app only, not the web.de portal (as for GMX: gmx.ts).
  matches: ['https://navigator.web.de/mail*', 'https://*.navigator.web.de/mail*', 'https://*.web.de/mail/client/*'],
  demoPath: '/demo/webde',
});
