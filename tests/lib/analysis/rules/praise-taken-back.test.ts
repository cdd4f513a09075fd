// Praise taken back in the next sentence, and the same-sentence turns the rule
// learnt with it ("leider", the praised thing underlined). The writer's own
// news, good news and thanks for patience stay quiet.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { viewSentence } from '../../../../lib/analysis/document';
import { type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { PRAISE_TAKEN_BACK } from '../../../../lib/analysis/rules/praise-taken-back';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';
import { devFingerprint, sharedRuns } from '../shingles';
import { examples } from './examples';

describe('praise taken back, German', () => {
  examples(
    'but-after-praise',
    {
      flags: [
        'Danke für die Entwürfe. Allerdings fehlen die Maße der Küche.',
        'Vielen Dank für die Pläne. Aber die Treppe passt so nicht.',
        'Ihr Team hat beim Umzug großartig geholfen. Aber die Kisten sind falsch beschriftet.',
        'Danke für die Texte. Inhaltlich sind sie jedoch zu lang.',
        'Die Präsentation war wirklich gelungen. Leider sind sie an zwei Stellen veraltet.',
        'Danke für das schnelle Angebot. Allerdings stimmt die Summe nicht.',
        'Ihre Skizze ist klug durchdacht, aber die Maße stimmen nicht.',
        'Danke für die Unterlagen, leider fehlt die Unterschrift.',
        'Der Entwurf gefällt mir sehr. Die Farben sind allerdings zu grell.',
        'Gute Arbeit beim Aufmaß. Doch die Fenster sind falsch eingezeichnet.',
        'Danke für die schnelle Reparatur. Wobei der Hahn immer noch tropft.',
        'Die Fotos sind hervorragend. Jedoch fehlen die Bildrechte.',
        'Danke für die Rückmeldung zum Angebot. Allerdings haben Sie die Frist übersehen.',
        'Vielen Dank für die Skizzen. Trotzdem passt der Grundriss nicht.',
        'Danke für die neue Fassung. Dennoch ist der Text zu lang.',
        'Vielen Dank für Ihr Engagement. Allerdings hätte ich mir pünktlichere Antworten gewünscht.',
        'Danke für Ihre Mühe. Das Ergebnis ist aber leider unbrauchbar.',
        'Danke für die Fotos! Aber sie sind leider unscharf.',
        'Die Skizzen sind toll. Der Begleittext ist allerdings weitschweifig und stümperhaft.',
        // The reader is the subject; "unsere" is only the object's owner.
        'Das Etikett gefällt uns sehr. Jedoch haben Sie unseren Honig als Bio bezeichnet, und das stimmt so nicht.',
        'Ihre Mitarbeit ist vorbildlich. Trotzdem fehlen noch drei Belege.',
        // Praise in the comparative or by a lemma the sentiment lexicon reads mildly.
        'Deine Einparkmanöver sind viel sauberer geworden. Jedoch fährst du immer noch zu schnell an.',
        'Die Ablage habt ihr ordentlich gemacht. Wobei die Rechnungen vom März fehlen.',
      ],
      quiet: [
        'Danke für die Pläne. Allerdings bin ich nächste Woche im Urlaub, wir sprechen danach.',
        'Danke für Ihre Geduld. Leider verschiebt sich die Lieferung um zwei Tage.',
        'Herzlichen Dank für Ihren Anruf. Leider ist der Bescheid noch nicht da.',
        'Danke für die Unterlagen. Aber die gute Nachricht: Der Antrag ist durch.',
        'Vielen Dank für die Einladung. Leider kann ich nicht kommen.',
        'Danke für die Pläne. Wir melden uns nächste Woche.',
        'Danke für die Pläne, und einen schönen Abend!',
        'Ich hoffe, Sie hatten ein tolles Wochenende. Aber zur Sache: Der Termin steht nicht.',
        'War der Entwurf hilfreich? Aber die Kosten kennen wir noch nicht.',
        'Der Entwurf ist nicht gut. Allerdings fehlt auch noch der Keller.',
        'Danke für die Fotos. Allerdings freuen wir uns schon auf die nächsten.',
        'Danke für die Skizzen. Aber keine Sorge, den Rest klären wir am Montag.',
        'Toll, dass es geklappt hat. Nur eine Frage noch: Wann kommen Sie?',
        'Vielen Dank für die Zahlung. Allerdings ist unser Büro am Freitag geschlossen.',
        'Danke für das Gespräch. Leider ist mir ein Fehler in der Rechnung unterlaufen.',
        'Ihre Skizze ist wirklich durchdacht. Wir setzen sie genau so um.',
        'Vielen Dank für die Einladung, leider kann ich an dem Abend nicht.',
        'Ich würde gern auf „Gefällt mir“ klicken, aber der Knopf fehlt.',
        'Vielen Dank für eure Geduld – aber nun steht die Küche.',
      ],
    },
    { language: 'de' },
  );

  it('spans the praise to the turn, names the connector as written and quotes it', () => {
    const text = 'Danke für die Texte. Inhaltlich sind sie jedoch zu lang.';
    const finding = analyze(text, { language: 'de', uiLanguage: 'de' }).findings.find(
      (f) => f.category === 'but-after-praise',
    );
    expect(text.slice(finding?.start, finding?.end)).toBe('Danke für die Texte. Inhaltlich sind sie jedoch zu');
    expect(finding?.message).toBe('„jedoch“ nimmt das Lob davor zurück.');
    expect(finding?.explanation).toContain('„jedoch“');
    expect(finding?.explanation).not.toContain('„aber“');
  });

  it('underlines the praised thing when it is the reader’s own', () => {
    const text = 'Ihre Skizze für den Anbau ist wirklich sehr durchdacht, aber die Maße stimmen nicht.';
    const finding = analyze(text, { language: 'de' }).findings.find((f) => f.category === 'but-after-praise');
    expect(text.slice(finding?.start, finding?.end)).toBe(
      'Ihre Skizze für den Anbau ist wirklich sehr durchdacht, aber die',
    );
  });

  it('names "leider" in the same sentence as the user wrote it', () => {
    const finding = analyze('Danke für die Unterlagen, leider fehlt die Unterschrift.', {
      language: 'de',
      uiLanguage: 'de',
    }).findings.find((f) => f.category === 'but-after-praise');
    expect(finding?.explanation).toContain('„leider“');
  });
});

describe('praise taken back, English', () => {
  examples(
    'but-after-praise',
    {
      flags: [
        'Thanks for the quick fix. However, the invoice still shows the old address.',
        'Thank you for the drafts. However, the roof detail is missing.',
        'Your team did a great job on the launch. But the press kit had the wrong date.',
        'The photos are brilliant. That said, they are far too dark for print.',
        'I appreciate the new layout. Unfortunately, it does not fit the brand guide.',
        'Great work on the survey. The colours, though, are hard to read.',
        'Love the new logo. However, it looks dated next to the website.',
        'Thanks for the report. That being said, the numbers do not add up.',
        // The verdict lexicon names the flaw where the flaw list has no word for it.
        'The renderings you sent are great. However, the brochure copy is rambling and amateurish.',
        'Love the new label. However, you described our honey as organic, and that is not correct.',
        'Excellent effort on the proposal. Still, the budget section is incomplete.',
        'Thank you for the invoice. But the scaffolding is on it twice, which is wrong.',
        'Your sketches are impressive, however the stairs do not work.',
        'Thanks for the files, unfortunately the drawings are missing.',
        'The new menu is fantastic. Having said that, the prices are too high.',
        'Well done on the handover. Yet the keys are still missing.',
        'Thanks for the quick reply. However, you did not answer my question.',
        'Thanks for pulling this together so quickly. However, I expected a more thorough review.',
        'Great to see the progress. But honestly, the schedule has slipped.',
        'Your proposal was excellent; however, the budget is too high.',
        'Great presentation today. The slides, however, had several typos.',
        // The writer reporting what they found in the reader's work is a criticism, not their own news.
        'Thank you for the seating plan. That said, I count four guests missing from it.',
        'Lovely to see the new signs up. Still, I have to raise that your fitters drilled into the wiring.',
        // The writer's enjoyment is praise, not a wish for the reader.
        'We really enjoyed the tasting you ran for us. However, the invoice charges two sessions, which is wrong.',
        // The reader's slip, counted.
        'Your landings were excellent today. Having said that, you forgot the checklist three times.',
        // mix29's turns: "Mind you,", a concessive "Still,", the writer still finding gaps after praise for progress.
        'Your launch event was wonderful. Mind you, starting forty minutes late meant we missed the press slot.',
        "The new brochure reads really well. Still, I'm afraid it can't go to print with these prices.",
        "Your files were much better organised this quarter. However, I'm still finding gaps in the expense log.",
      ],
      quiet: [
        'Thanks for the plans. However, I am away next week, so let us talk after that.',
        'Thanks a lot for your patience. Unfortunately, the parts are delayed by two days.',
        'Thanks for your call. Unfortunately, the permit is still not here.',
        'Thanks for the drawings. But the good news is that the council approved them.',
        'Thanks for the invitation. Unfortunately, I cannot make it.',
        'Thanks for the update. We will send the invoice on Friday.',
        'Thanks, and have a lovely weekend.',
        'Hope you had a great weekend. However, the meeting has moved to Tuesday.',
        'Was the workshop helpful? But the room was too small, I heard.',
        'Thanks for the photos. However, we are glad to say the print run is done.',
        'Great work on the survey. No worries about the invoice, it can wait.',
        'Thanks for the quick fix. However, our office is closed on Friday.',
        'Thank you for the meeting. Unfortunately, I made a mistake in the minutes.',
        'The report is excellent. We will present it to the board on Monday.',
        'Thanks for the samples. But do not worry, we will pick the colour together.',
        'Thanks for the invitation, unfortunately we are away that weekend.',
        'Thanks for the photos! That said, I noticed we still need the floor plan from the agent.',
        'I hope you enjoyed the tour. However, the museum closes early on Friday.',
        'Your landings were excellent today. Having said that, you can now book the simulator twice a week.',
      ],
    },
    { language: 'en' },
  );

  it('names "However" as written, across the full stop', () => {
    const text = 'Thank you for the drafts. However, the roof detail is missing.';
    const finding = analyze(text, { language: 'en', uiLanguage: 'en' }).findings.find(
      (f) => f.category === 'but-after-praise',
    );
    expect(text.slice(finding?.start, finding?.end)).toBe('Thank you for the drafts. However, the');
    expect(finding?.explanation).toContain('“However”');
  });

  it('underlines the subject of a clause that only judges, and what thanks at the end are for', () => {
    const judged = 'Your plan, to split the loft into two rooms, is clever, but the stairs will not fit.';
    const f1 = analyze(judged, { language: 'en' }).findings.find((f) => f.category === 'but-after-praise');
    expect(judged.slice(f1?.start, f1?.end)).toMatch(/^Your plan/);
    const thanked = 'The plans for the porch look great, thanks! However, the roof pitch is wrong.';
    const f2 = analyze(thanked, { language: 'en' }).findings.find((f) => f.category === 'but-after-praise');
    expect(thanked.slice(f2?.start, f2?.end)).toMatch(/^The plans/);
  });

  it('underlines the whole praised sentence when its praise is an apposition', () => {
    const text =
      'Your radio calls were clear and calm, a real step up from last month. Having said that, you drifted off the runway heading twice.';
    const finding = analyze(text, { language: 'en' }).findings.find((f) => f.category === 'but-after-praise');
    expect(text.slice(finding?.start, finding?.end)).toMatch(/^Your radio calls were clear/);
  });

  it('underlines a short praised thing from its start', () => {
    const text = 'The photos from the garden party are brilliant, but the faces need consent forms.';
    const finding = analyze(text, { language: 'en' }).findings.find((f) => f.category === 'but-after-praise');
    expect(text.slice(finding?.start, finding?.end)).toBe('The photos from the garden party are brilliant, but the');
  });
});

const LANGUAGES = ['de', 'en'] as const;

function frameFinds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

const entries = LANGUAGES.flatMap((language) =>
  (['praise', 'problem', 'good', 'demand'] as const).flatMap((kind) =>
    PRAISE_TAKEN_BACK[language][kind].map((entry) => [`${language}/${kind}/${entry.id}`, language, entry] as const),
  ),
);

describe('praise-taken-back data', () => {
  it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(frameFinds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(frameFinds(entry, language, entry.miss), entry.miss).toBe(false);
  });

  it('shares no five words in a row with the client-mail dev set', () => {
    const fingerprint = devFingerprint();
    const texts = entries.flatMap(([, , e]) => [e.hit, e.miss]);
    expect(texts.filter((t) => sharedRuns(t, fingerprint).length > 0)).toEqual([]);
  });
});
