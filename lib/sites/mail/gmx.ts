// GMX (navigator.gmx.net, mail client at 3c.gmx.net / 3c-bap.gmx.net): see united-internet.ts for the
// structure and its sources; the same webmail serves WEB.DE.
import { unitedInternetMail } from './united-internet';

export const gmx = unitedInternetMail({
  id: 'gmx',
  name: 'GMX',
  matches: [
    'https://navigator.gmx.net/*',
    'https://*.gmx.net/*',
    'https://*.gmx.de/*',
    'https://*.gmx.at/*',
    'https://*.gmx.ch/*',
  ],
  demoPath: '/demo/gmx',
});
