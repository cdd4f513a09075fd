import { describe, expect, it } from 'vitest';
import { analyze } from '../../../lib/analysis';
import { detectLanguage } from '../../../lib/analysis/language';
import { tokenize } from '../../../lib/analysis/tokenize';
import { corpus } from './corpora';

describe('language detection', () => {
  it.each(['de', 'en'] as const)('is right on at least 99%% of %s client-mail sentences of 6+ words', (language) => {
    const lines = corpus(`language-${language}`);
    expect(lines.length).toBeGreaterThanOrEqual(300);
    const wrong = lines.filter((line) => detectLanguage([tokenize(line)]) !== language);
    expect(wrong.length / lines.length, wrong.join('\n')).toBeLessThanOrEqual(0.01);
  });

  it.each([
    'Bonjour Madame, je vous remercie pour votre message et je reviens vers vous demain.',
    'Hola señora, muchas gracias por su mensaje, le escribo mañana con los detalles.',
    'Beste mevrouw, hartelijk dank voor uw bericht, ik kom er morgen bij u op terug.',
    'Buongiorno signora, grazie per il suo messaggio, le scrivo domani con i dettagli.',
    '12345 67890 !!! ???',
  ])('calls %j other, with no findings and no error', (text) => {
    const analysis = analyze(text);
    expect(analysis.language).toBe('other');
    expect(analysis.findings).toEqual([]);
  });

  it('detects each paragraph of a mixed draft (a German reply above an English quote)', () => {
    const text =
      'Hallo Frau Schmidt,\n\nwie bereits erwähnt, brauchen wir die Pläne bis Freitag.\n\nAs I already said, the plans are due on Friday and we are waiting.';
    const { findings, language } = analyze(text);
    expect(language).toBe('de');
    expect(findings.map((f) => f.ruleId)).toEqual(
      expect.arrayContaining(['de/being-right/wie-bereits-erwaehnt', 'en/being-right/as-i-already-said']),
    );
  });
});
