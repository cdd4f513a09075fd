import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

describe('formality-mix', () => {
  examples('formality-mix', {
    flags: [
      'Hallo Frau Schmidt, danke für Ihre Nachricht. Kannst du mir die Pläne schicken?',
      'Lieber Jonas, schön von dir zu hören. Könnten Sie mir die Rechnung schicken?',
      // A du-imperative with no pronoun in sight, under a formal greeting or beside "Sie".
      'Sehr geehrter Herr Brandt,\n\nanbei die neuen Entwürfe für das Etikett. Schau sie dir in Ruhe an und sag mir bis Freitag Bescheid.',
      'Guten Tag Frau Lenz,\n\nIhre Unterlagen sind vollständig. Bitte schick mir noch die Kontonummer für die Erstattung.',
      'Hallo Frau Aydin,\n\nwie besprochen erhalten Sie den Entwurf. Ruf mich einfach an, wenn etwas unklar ist.',
    ],
    quiet: [
      'Hallo Frau Schmidt, danke für Ihre Nachricht. Können Sie mir die Pläne schicken?',
      'Lieber Jonas, schön von dir zu hören. Kannst du mir die Rechnung schicken?',
      // Sentence-initial "Sie" is she: no mix with "du".
      'Lieber Jonas, ich habe mit Anna gesprochen. Sie schickt dir die Pläne morgen.',
      'Hallo Jonas, Kund:innen fragen oft nach dir.',
      // The writer's own statements in the same forms: "ich melde mich", "mach ich", "… und schau morgen vorbei".
      'Sehr geehrte Frau Brandt,\n\nich prüfe die Unterlagen und melde mich morgen bei Ihnen.',
      'Sehr geehrte Frau Brandt,\n\nden Antrag reiche ich am Montag ein. Mach ich gleich als Erstes, versprochen.',
      'Sehr geehrter Herr Kaya,\n\nich komme am Dienstag und schau mir die Heizung noch einmal an.',
      'Sehr geehrter Herr Kaya,\n\nSchauen Sie sich die Entwürfe in Ruhe an und geben Sie mir Bescheid.',
    ],
  });

  it('warns when the draft differs from the form used with this contact', () => {
    const text = 'Hallo Jonas, kannst du mir die Pläne schicken?';
    const finding = analyze(text, { contact: { formality: 'sie' } }).findings.find(
      (f) => f.category === 'formality-mix',
    );
    expect(text.slice(finding?.start, finding?.end)).toBe('kannst du mir die Pläne schicken');
    // Was: quoted „Sie“, a word the user did not write (issue 11); the message quotes theirs.
    expect(finding?.message).toBe('„du“ duzt; diese Person siezen Sie sonst.');
    expect(analyze(text, { contact: { formality: 'du' } }).findings).toEqual([]);
  });

  it('points at the clause with the minority form', () => {
    const text = 'Danke für Ihre Mail und Ihre Geduld. Schickst du mir die Datei? Ich danke Ihnen.';
    const finding = analyze(text).findings.find((f) => f.category === 'formality-mix');
    expect(text.slice(finding?.start, finding?.end)).toBe('Schickst du mir die Datei');
  });

  it('takes the form the greeting promises as the usual one, and marks each sentence that breaks it', () => {
    const text =
      'Hallo Frau Roth,\n\nanbei schicke ich dir die Pläne. Bitte prüfen Sie die Maße. Ruf mich an, wenn dir etwas auffällt.';
    const found = analyze(text).findings.filter((f) => f.category === 'formality-mix');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'anbei schicke ich dir die Pläne',
      'Ruf mich an, wenn dir etwas auffällt',
    ]);
    expect(found[0]?.message).toContain('„dir“');
  });

  it('hears "du" after a greeting by surname even when the draft has no "Sie"', () => {
    const text = 'Guten Tag Herr Kraus,\n\ndie Fliesen sind bestellt. Ich melde mich bei dir, sobald sie da sind.';
    const found = analyze(text).findings.filter((f) => f.category === 'formality-mix');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Ich melde mich bei dir']);
    // A group may be "ihr" under a formal greeting; a first name may go with "Sie".
    for (const quiet of [
      'Sehr geehrte Mitglieder,\n\nder Kurs fällt aus. Meldet euch, wenn ihr Fragen habt.',
      'Hallo Jana,\n\nkönnen Sie mir die Fotos bis Montag schicken?',
    ]) {
      expect(analyze(quiet).findings.filter((f) => f.category === 'formality-mix')).toEqual([]);
    }
  });

  // Issue 11: capitals that grammar asks for are not the polite form.
  it.each([
    'Hallo ihr beiden,\n\ndanke für eure Nachricht: Ihr habt an alles gedacht. Kannst du, Jonas, mir noch die Skizze schicken?',
    'Hallo Lea, kurz zu Anna: Sie kommt am Montag vorbei und bringt dir die Schlüssel.',
    'Liebe Mia,\n\nwir haben gestern mit Paul und Lea gesprochen. Sie freuen sich schon auf dich.',
    'Hallo ihr zwei,\n\nIhr habt die Skizzen toll gemacht. Euch beiden ein großes Danke! Eure Ideen nehmen wir alle auf, und du, Jonas, bekommst die Maße morgen.',
    'Hallo Tim,\n\nnoch eine Frage an euch: Eure Garage, soll die auch neu gestrichen werden? Sag mir bitte Bescheid.',
  ])('leaves %j alone', (text) => {
    for (const contact of [{}, { formality: 'du' as const }]) {
      const found = analyze(text, { contact }).findings.filter((f) => f.category === 'formality-mix');
      expect(found.map((f) => text.slice(f.start, f.end))).toEqual([]);
      expect(analyze(text, { contact }).stats.addressForm).toBe('du');
    }
  });

  it('still hears "Ihnen" and a mid-sentence "Sie" beside "du"', () => {
    const text = 'Hallo Tim,\n\ndanke dir für die Skizzen: Ich schicke Ihnen die Maße morgen.';
    const found = analyze(text).findings.filter((f) => f.category === 'formality-mix');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual(['Ich schicke Ihnen die Maße morgen']);
  });
});
