// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../../../lib/i18n';
import { langFollowsUi } from '../../../lib/ui/document-language';

afterEach(() => setLanguage('en'));

describe('langFollowsUi', () => {
  it("sets the document's lang now and whenever the UI language changes", () => {
    const doc = document.implementation.createHTMLDocument('frame');
    doc.documentElement.lang = 'fr';
    langFollowsUi(doc);
    expect(doc.documentElement.lang).toBe('en');
    setLanguage('de');
    expect(doc.documentElement.lang).toBe('de');
    setLanguage('en');
    expect(doc.documentElement.lang).toBe('en');
  });
});
