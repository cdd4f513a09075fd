// `npm test` starts with tests/tools/check-browsers.mjs: one line and a failure
// when a browser for the e2e tests is missing, silence when both are there.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const check = (env: Record<string, string>) =>
  spawnSync(process.execPath, ['tests/tools/check-browsers.mjs'], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
  });
// Any runnable file stands in for a browser: the checker only looks whether it can be run.
const PRESENT = process.execPath;
const ABSENT = '/nonexistent/rapport-browser';

describe('check-browsers', () => {
  it('is silent and succeeds when both browsers are there', () => {
    const run = check({ CHROME_PATH: PRESENT, FIREFOX_PATH: PRESENT });
    expect(run.status).toBe(0);
    expect(run.stdout + run.stderr).toBe('');
  });

  it('stops with one line naming Chromium and how to install it', () => {
    const run = check({ CHROME_PATH: ABSENT, FIREFOX_PATH: PRESENT });
    expect(run.status).not.toBe(0);
    const lines = (run.stdout + run.stderr).trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(ABSENT);
    expect(lines[0]).toContain('sudo apt-get install chromium');
    expect(lines[0]).toContain('CHROME_PATH');
    expect(lines[0]).not.toContain('firefox-esr');
  });

  it('stops with one line for Firefox ESR, and one line when both are missing', () => {
    const firefox = check({ CHROME_PATH: PRESENT, FIREFOX_PATH: ABSENT });
    expect(firefox.status).not.toBe(0);
    expect((firefox.stdout + firefox.stderr).trim().split('\n')).toHaveLength(1);
    expect(firefox.stderr).toContain('sudo apt-get install firefox-esr');

    const both = check({ CHROME_PATH: ABSENT, FIREFOX_PATH: ABSENT });
    expect(both.status).not.toBe(0);
    expect((both.stdout + both.stderr).trim().split('\n')).toHaveLength(1);
    expect(both.stderr).toContain('sudo apt-get install chromium firefox-esr');
  });

  it('looks where the e2e tests look when nothing is set', () => {
    const checker = readFileSync('tests/tools/check-browsers.mjs', 'utf8');
    const defaults = (source: string) =>
      [...source.matchAll(/process\.env\.(\w+_PATH) \?\? '([^']+)'/g)].map((m) => `${m[1]}=${m[2]}`);
    expect(defaults(checker)).toEqual([
      ...defaults(readFileSync('tests/e2e/harness.ts', 'utf8')),
      ...defaults(readFileSync('tests/e2e/firefox.e2e.ts', 'utf8')),
    ]);
  });

  it('runs first in npm test, before anything else', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts.test?.split('&&')[0]?.trim()).toBe('node tests/tools/check-browsers.mjs');
  });
});
