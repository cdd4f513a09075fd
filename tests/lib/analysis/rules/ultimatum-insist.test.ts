// Insisting tags: a demand shut tight by a short tag after it ("…, keine
// Ausreden", "…, and I mean today"). The near misses are the same tags after a
// promise of the writer, after a long lead-in, with a reason inside, or in a question.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { INSIST, insistBook } from '../../../../lib/analysis/constructions/ultimatum-insist';
import { viewSentence } from '../../../../lib/analysis/document';
import { type FrameBook, type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { insistIn } from '../../../../lib/analysis/rules/ultimatum';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';

const MUST: Record<Language, readonly string[]> = {
  de: [
    'Die Schlüssel brauche ich bis Donnerstag zurück, keine Ausreden.',
    'Ich brauche die Lohnzettel, und zwar heute noch.',
    'Bis Sonntag müsst ihr euch für eine Fliese entscheiden, und zwar endgültig diesmal.',
    'Die Unterschrift brauchen wir morgen früh, egal wie.',
    'Ich erwarte die Korrekturen am Montag – ohne weitere Verzögerung.',
    'Ihr müsst den Zugang heute freischalten, und zwar sofort.',
    'Den Grundriss will ich am Freitag auf dem Tisch haben, ohne Wenn und Aber.',
    'Wir brauchen die Freigabe bis zwölf Uhr, keine Diskussion.',
    'Die Anzahlung muss bis zum Ersten da sein, keinen Tag später.',
    'Sie müssen die Vollmacht unterschreiben, und zwar bis morgen.',
    'Die Zahlen erwarte ich bis heute Abend, egal was dazwischenkommt.',
    'Ich brauche eine Antwort von euch, und zwar pünktlich.',
    'Das Logo brauchen wir in der finalen Fassung, keine Ausnahmen mehr.',
    'Wir verlangen die Rückgabe der Geräte, und zwar umgehend.',
    'Ich bestehe auf dem Termin am Dienstag, ohne jede weitere Verschiebung.',
  ],
  en: [
    'I need the signed lease back by Thursday, no excuses.',
    'We need the payroll figures today, and I mean today.',
    "You've got to pick a paint colour by Sunday, no ifs or buts.",
    'I expect the corrections on Monday, without further delay.',
    'We need the logo files tonight, whatever it takes.',
    'You need to confirm the booking by noon, no exceptions.',
    'I want the keys returned on Friday, not a day later.',
    'We need your sign-off this afternoon, end of discussion.',
    'I need the invoices before the call, and I mean it.',
    'You have to send the passport copy today, no arguments.',
    'We require the deposit by the first, without exception.',
    'I need the final copy tomorrow, no ifs, no buts.',
    'You must clear the site by Wednesday, full stop.',
    'We expect the balance this week, without any further delay.',
    'I need the floor plans first thing tomorrow, and I mean tomorrow.',
  ],
};

const MUST_NOT: Record<Language, readonly string[]> = {
  de: [
    'Ich rufe Sie morgen an, und zwar gleich um neun.',
    'Wir melden uns, und zwar heute noch, versprochen.',
    'Ich schicke dir die Entwürfe, und zwar die vom Dienstag.',
    'Wir finden eine Lösung für den Keller, egal wie.',
    'Die Lieferung kommt am Montag, ohne weitere Verzögerung.',
    'Brauchen Sie die Unterlagen heute noch, und zwar sofort?',
    'Ich brauche die Zahlen, und zwar die vom letzten Quartal.',
    'Wir brauchen die Freigabe bis Donnerstag, keine Eile aber, wenn es nicht klappt.',
    'Ich brauche die Unterschrift, und zwar heute, damit die Bank das Darlehen auszahlen kann.',
    'Wir helfen allen Mitgliedern gern, ohne Ausnahme.',
    'Der Termin steht, keine Sorge.',
    'Ihr bekommt die Pläne am Freitag, und zwar vollständig.',
    'Die Reparatur machen wir sofort, und zwar kostenlos.',
    'Ich habe die Belege sortiert, und zwar nach Monaten.',
    'Für die Steuererklärung des letzten Jahres und die Nachzahlung an das Finanzamt sowie die Vorauszahlungen des laufenden Jahres brauchen wir noch ein paar Belege, keine Eile.',
  ],
  en: [
    "I'll ring you tomorrow, and I mean first thing.",
    'We will deliver the panels on Monday, without further delay.',
    'We found a fix for the leak, whatever it takes.',
    'Do you need the figures today, and I mean today?',
    'Everyone is welcome at the open day, no exceptions.',
    'We need the approval by Thursday, no rush if that is tricky.',
    'I need the signature today, and I mean today, so that the bank can release the funds.',
    'The parcel arrived on Friday, not a day later than promised.',
    'We sent the drawings over, no excuses needed for the delay on your side.',
    'We will finish the bathroom by Friday, and I mean properly.',
    "We've sorted the receipts by month, no exceptions.",
    'The keys are with the concierge, full stop at the front desk.',
    'Thanks for the photos, and I mean it, they were lovely.',
    'I sent the revised quote, without any fuss.',
    'For the tax return, the pension statements and the rental accounts of both flats for the whole of last year, we still need a few receipts, no excuses needed.',
  ],
};

const books: Record<string, FrameBook> = {
  tags: insistBook('tags'),
  weakTags: insistBook('weakTags'),
  demanders: insistBook('demanders'),
  reasons: insistBook('reasons'),
};

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

function insisted(text: string, language: Language): number {
  const views = segment(text)
    .paragraphs.flatMap((p) => p.sentences)
    .map((s) => viewSentence(s, language, text));
  return views.filter((view) => insistIn(view) !== null).length;
}

describe('insist data', () => {
  const entries = Object.entries(books).flatMap(([name, book]) =>
    (['de', 'en'] as const).flatMap((language) =>
      book[language].map((entry) => [`${name} ${language}/${entry.id}`, language, entry] as const),
    ),
  );
  it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(finds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(finds(entry, language, entry.miss), entry.miss).toBe(false);
  });

  it('has unique ids per language', () => {
    for (const language of ['de', 'en'] as const) {
      const ids = Object.values(INSIST[language]).flatMap((list: readonly FrameEntry[]) => list.map((e) => e.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
  });
});

describe.each(['de', 'en'] as const)('insisting tags (%s)', (language) => {
  const cases = [
    ...MUST[language].map((text) => [text, true] as const),
    ...MUST_NOT[language].map((text) => [text, false] as const),
  ];

  it('has at least 15 examples each way', () => {
    expect(cases.filter(([, insists]) => insists).length).toBeGreaterThanOrEqual(15);
    expect(cases.filter(([, insists]) => !insists).length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)('%j insists: %s', (text, insists) => {
    expect(insisted(text, language), text).toBe(insists ? 1 : 0);
    if (!insists) return;
    // One pressure finding, from the start of the demand to the tag.
    const found = analyze(text, { language }).findings.filter((f) => f.category === 'pressure');
    expect(found.map((f) => f.start)).toEqual([0]);
  });
});
