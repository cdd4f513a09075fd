import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

describe('formality-mix', () => {
  examples('formality-mix', {
    flags: [
      'Hallo Frau Schmidt, danke für Ihre Nachricht. Kannst du mir die Pläne schicken?',
      'Lieber Jonas, schön von dir zu hören. Könnten Sie mir die Rechnung schicken?',
    ],
    quiet: [
      'Hallo Frau Schmidt, danke für Ihre Nachricht. Können Sie mir die Pläne schicken?',
      'Lieber Jonas, schön von dir zu hören. Kannst du mir die Rechnung schicken?',
      // Sentence-initial "Sie" is she: no mix with "du".
      'Lieber Jonas, ich habe mit Anna gesprochen. Sie schickt dir die Pläne morgen.',
      'Hallo Jonas, Kund:innen fragen oft nach dir.',
    ],
  });

  it('warns when the draft differs from the form used with this contact', () => {
    const text = 'Hallo Jonas, kannst du mir die Pläne schicken?';
    const finding = analyze(text, { contact: { formality: 'sie' } }).findings.find(
      (f) => f.category === 'formality-mix',
    );
    expect(text.slice(finding?.start, finding?.end)).toBe('du');
    expect(finding?.message).toContain('„Sie“');
    expect(analyze(text, { contact: { formality: 'du' } }).findings).toEqual([]);
  });

  it('points at the first use of the minority form', () => {
    const text = 'Danke für Ihre Mail und Ihre Geduld. Schickst du mir die Datei? Ich danke Ihnen.';
    const finding = analyze(text).findings.find((f) => f.category === 'formality-mix');
    expect(text.slice(finding?.start, finding?.end)).toBe('du');
  });
});
