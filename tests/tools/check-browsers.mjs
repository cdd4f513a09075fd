// Runs first in `npm test`: the end-to-end tests need Debian's Chromium and
// Firefox ESR, found as tests/e2e/harness.ts and tests/e2e/firefox.e2e.ts find
// them. Without one, say in one line how to get it, before minutes of other work.
import { accessSync, constants } from 'node:fs';

const browsers = [
  { name: 'Chromium', path: process.env.CHROME_PATH ?? '/usr/bin/chromium', variable: 'CHROME_PATH', apt: 'chromium' },
  {
    name: 'Firefox ESR',
    path: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    variable: 'FIREFOX_PATH',
    apt: 'firefox-esr',
  },
];

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const missing = browsers.filter((browser) => !runnable(browser.path));
if (missing.length > 0) {
  const found = missing.map((b) => `${b.name} (not at ${b.path})`).join(' and ');
  const install = missing.map((b) => b.apt).join(' ');
  const variables = missing.map((b) => b.variable).join(' / ');
  console.error(
    `Browsers for the end-to-end tests missing: ${found}. Install with \`sudo apt-get install ${install}\`, or set ${variables} to the browser's path.`,
  );
  process.exit(1);
}
