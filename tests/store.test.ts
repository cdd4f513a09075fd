// Store readiness: the Firefox add-on id and the store listings' limits.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import config from '../wxt.config';

type Manifest = { browser_specific_settings?: { gecko?: { id?: string } } };
const manifestFor = (manifestVersion: 2 | 3) =>
  (config.manifest as (env: { manifestVersion: number; mode: string; browser: string }) => Manifest)({
    manifestVersion,
    mode: 'production',
    browser: 'firefox',
  });

/** addons.mozilla.org accepts an email-like id or a UUID in braces; ours is the UUID. */
const UUID = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/;

describe('Firefox add-on id', () => {
  it('is a UUID in braces in both manifest versions', () => {
    for (const version of [2, 3] as const)
      expect(manifestFor(version).browser_specific_settings?.gecko?.id).toMatch(UUID);
  });
});

/** The listing's fields, read from the "## Heading" sections of docs/store/<lang>.md. */
function listing(lang: 'de' | 'en'): Record<string, string> {
  const text = readFileSync(`docs/store/${lang}.md`, 'utf8');
  return Object.fromEntries(
    text
      .split(/^## /m)
      .slice(1)
      .map((part) => {
        const [heading, ...body] = part.split('\n');
        return [heading?.trim(), body.join('\n').trim()];
      }),
  );
}

describe.each(['de', 'en'] as const)('store listing %s', (lang) => {
  const fields = listing(lang);
  const messages = JSON.parse(readFileSync(`assets/public/_locales/${lang}/messages.json`, 'utf8')) as Record<
    string,
    { message: string }
  >;

  it('has a name of at most 75 characters, the extension’s own', () => {
    expect(fields.Name).toBe(messages.extName?.message);
    expect([...(fields.Name ?? '')].length).toBeLessThanOrEqual(75);
  });

  it('has a short description of at most 132 characters (Chrome), the manifest’s description', () => {
    const short = fields['Short description'] ?? '';
    expect(short.length).toBeGreaterThan(20);
    expect([...short].length).toBeLessThanOrEqual(132);
    expect(short).toBe(messages.extDescription?.message);
  });

  it('has a long description of at most 16,000 characters that promises no network', () => {
    const long = fields['Long description'] ?? '';
    expect(long.length).toBeGreaterThan(500);
    expect([...long].length).toBeLessThanOrEqual(16_000);
    expect(long).toMatch(lang === 'de' ? /keine\s+Netzwerkanfragen/ : /no\s+network\s+requests/);
  });
});

describe('lint:firefox', () => {
  it('fails on any addons-linter warning, not only on errors', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(scripts['lint:firefox']).toMatch(/addons-linter --warnings-as-errors /);
  });
});
