// GMX (navigator.gmx.net, mail client at 3c.gmx.net / 3c-bap.gmx.net): see united-internet.ts for the
// structure and its sources; the same webmail serves WEB.DE.
import { unitedInternetMail } from './united-internet';

export const gmx = unitedInternetMail({
  id: 'gmx',
  name: 'GMX',
  // The mail app only, not the news portal: navigator.gmx.net/mail… (and bap.navigator…) around the client at
  // 3c[-bap|-bs].gmx.<tld>/mail/client/… (userscripts matching the client, public GMX automation notes).
  matches: [
    'https://navigator.gmx.net/mail*',
    'https://*.navigator.gmx.net/mail*',
    'https://*.gmx.net/mail/client/*',
    'https://*.gmx.de/mail/client/*',
    'https://*.gmx.at/mail/client/*',
    'https://*.gmx.ch/mail/client/*',
  ],
  demoPath: '/demo/gmx',
});
