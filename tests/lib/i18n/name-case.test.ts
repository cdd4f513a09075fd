// German messages that name a person put "Herr" in the case of its slot:
// "Zu Herrn Jonas Weber", "Im Journal von Herrn …"; "Frau" and English stay.
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, setLanguage, t } from '../../../lib/i18n';

afterEach(() => setLanguage('en'));

const JONAS = 'Herr Jonas Weber';

describe('names in German messages', () => {
  it.each([
    ['popupAbout', 'Zu Herrn Jonas Weber'],
    ['appreciateSaved', 'Im Journal von Herrn Jonas Weber gespeichert.'],
    ['appreciateSnooze', 'Zwei Wochen keine Fragen zu Herrn Jonas Weber'],
    ['privateShow', 'Meine Notizen zu Herrn Jonas Weber zeigen'],
    ['sidebarInReplyTo', 'Antwort auf die Mail von Herrn Jonas Weber'],
  ] as const)('%s takes the dative', (key, expected) => {
    setLanguage('de');
    expect(t(key, JONAS)).toBe(expected);
  });

  it('puts the contact to delete in the accusative and "Is this …?" in the nominative', () => {
    setLanguage('de');
    expect(t('optionsDeleteContactConfirm', JONAS)).toMatch(/^Herrn Jonas Weber mit allen/);
    expect(t('callMaybe', JONAS)).toMatch(/^Ist das Herr Jonas Weber aus/);
  });

  it('leaves "Frau" and English alone', () => {
    setLanguage('de');
    expect(t('popupAbout', 'Frau Dr. Anna Schmidt')).toBe('Zu Frau Dr. Anna Schmidt');
    setLanguage('en');
    expect(t('popupAbout', JONAS)).toBe('About Herr Jonas Weber');
  });

  it('has no German name slot after a preposition without its case', () => {
    for (const [key, entry] of Object.entries(CATALOGS.de))
      expect(entry.message, key).not.toMatch(/\b(?:zu|von|mit|an|für|bei|über) \$(?:NAME|PEOPLE)\$/);
  });
});
