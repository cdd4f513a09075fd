import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CATALOGS,
  format,
  getLanguage,
  isolate,
  plural,
  resolveLanguage,
  setLanguage,
  t,
  UI_LANGUAGES,
} from '../../../lib/i18n';

afterEach(() => setLanguage('en'));

describe('message catalogs', () => {
  it('have the same keys in German and English', () => {
    expect(Object.keys(CATALOGS.de).sort()).toEqual(Object.keys(CATALOGS.en).sort());
  });

  it.each(UI_LANGUAGES)('%s: every $NAME$ used in a message is defined as a placeholder, and none unused', (lang) => {
    for (const [key, entry] of Object.entries(CATALOGS[lang])) {
      const used = [...entry.message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]?.toLowerCase());
      const defined = Object.keys(entry.placeholders ?? {});
      expect(used.sort(), key).toEqual(defined.sort());
    }
  });

  it.each(UI_LANGUAGES)('%s: no empty message', (lang) => {
    for (const [key, entry] of Object.entries(CATALOGS[lang])) expect(entry.message.trim(), key).not.toBe('');
  });

  it('defines every __MSG_ key the manifest uses', () => {
    const config = readFileSync('wxt.config.ts', 'utf8');
    const keys = [...config.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1] as string);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(CATALOGS.en).toHaveProperty(key);
  });
});

describe('format', () => {
  it('follows messages.json placeholder semantics', () => {
    const entry = {
      message: 'Hi $NAME$, $COUNT$ new ($$5)',
      placeholders: { name: { content: '$1' }, count: { content: '$2' } },
    };
    expect(format(entry, ['Anna', 3])).toBe('Hi Anna, 3 new ($5)');
  });

  it('leaves unknown placeholders visible instead of swallowing them', () => {
    expect(format({ message: 'Hi $WHO$' }, ['x'])).toBe('Hi $WHO$');
  });

  it('does not interpret substitutions a second time', () => {
    const entry = { message: '$A$', placeholders: { a: { content: '$1' } } };
    expect(format(entry, ['$2 and $$'])).toBe('$2 and $$');
  });

  it('isolates a substitution that carries bidi controls or right-to-left letters, and only those', () => {
    const entry = { message: 'You noted “$1” ($2)' };
    expect(format(entry, ['bringt \u202eKuchen', '2026-12-05'])).toBe(
      'You noted “\u2068bringt \u202eKuchen\u2069” (2026-12-05)',
    );
    expect(format(entry, ['שלום', '5'])).toBe('You noted “\u2068שלום\u2069” (5)');
    expect(format(entry, ['Grüße, Jörg', '5'])).toBe('You noted “Grüße, Jörg” (5)');
    expect(isolate('\u2066x')).toBe('\u2068\u2066x\u2069');
    expect(isolate('Anna')).toBe('Anna');
  });
});

describe('runtime language', () => {
  it('switches the language of t() without a reload', () => {
    setLanguage('de');
    expect(getLanguage()).toBe('de');
    expect(t('settingsTitle')).toBe('Einstellungen');
    setLanguage('en');
    expect(t('settingsTitle')).toBe('Settings');
  });

  it('chooses singular and plural forms per language', () => {
    setLanguage('de');
    expect(plural('sidebarWordCount', 1)).toBe('1 Wort im Entwurf');
    expect(plural('sidebarWordCount', 1200)).toBe('1.200 Wörter im Entwurf');
    setLanguage('en');
    expect(plural('sidebarWordCount', 0)).toBe('0 words in your draft');
  });

  it.each([
    ['auto', 'de-CH', 'de'],
    ['auto', 'de', 'de'],
    ['auto', 'en-GB', 'en'],
    ['auto', 'fr-FR', 'en'],
    ['de', 'en-US', 'de'],
    ['en', 'de-DE', 'en'],
  ] as const)('resolves %s with browser %s to %s', (preference, locale, expected) => {
    expect(resolveLanguage(preference, locale)).toBe(expected);
  });
});
