// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getLanguage, resolveLanguage, setLanguage } from '../../../lib/i18n';
import { applyLanguage } from '../../../lib/ui/language';

// The browser's content languages (navigator.languages) decide where the user chose none.
describe('the UI language follows the browser', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    setLanguage('en');
  });

  it.each([
    [['de-AT', 'en-US'], 'de'],
    [['en-GB', 'de-DE'], 'en'],
    [['fr-FR', 'de-CH', 'en'], 'de'],
    [['fr-FR', 'EN-us', 'de'], 'en'],
    [['DE'], 'de'],
    [['fr-FR', 'it'], 'en'],
    [[], 'en'],
  ] as const)('content languages %j resolve to %s', (languages, expected) => {
    expect(resolveLanguage('auto', languages)).toBe(expected);
  });

  it('keeps a language the user chose, whatever the browser prefers', () => {
    expect(resolveLanguage('en', ['de-DE'])).toBe('en');
    expect(resolveLanguage('de', ['en-US'])).toBe('de');
  });

  it('prefers the content languages to the browser UI locale', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['de-DE', 'en-US']);
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    expect(applyLanguage('auto')).toBe('de');
    expect(getLanguage()).toBe('de');
  });

  it('falls back to the browser UI locale when no content language is German or English', () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['fr-FR', 'it-IT']);
    fakeBrowser.i18n.getUILanguage = () => 'de-DE';
    expect(applyLanguage('auto')).toBe('de');
    fakeBrowser.i18n.getUILanguage = () => 'fr';
    expect(applyLanguage('auto')).toBe('en');
  });
});
