// Being right as a construction: the writer's own earlier warning, advice or
// prediction, pointed at with a marker of when or how clearly. The near misses
// are what it must leave alone: back-references that only locate information,
// the writer owning a miss, the reader's own words, news told to someone else,
// kind reminders.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { beingRightBook } from '../../../../lib/analysis/constructions/being-right';
import { viewSentence } from '../../../../lib/analysis/document';
import { beingRightIn } from '../../../../lib/analysis/rules/being-right';
import { type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';

const MUST: Record<Language, readonly string[]> = {
  de: [
    'Auf die feuchte Außenwand habe ich Sie schon bei der ersten Besichtigung aufmerksam gemacht.',
    'Wie ich Ihnen im Mai geschrieben hatte, reicht die Heizleistung für den Anbau nicht.',
    'Ich hatte euch ja gesagt, dass der Termin im August knapp wird.',
    'Das Problem mit dem Router hatten wir bereits im letzten Prüfbericht markiert.',
    'Wir hatten Ihnen damals von der günstigen Dachfolie abgeraten.',
    'Genau diese Lücke im Vertrag hatte ich beim Vorgespräch angesprochen.',
    'Wie Sie sich vielleicht erinnern, hatte ich Ihnen eine zweite Meinung nahegelegt.',
    'Das hatte ich dir beim Aufmaß schon angedeutet.',
    'Wie schon im Erstgespräch erwähnt: Die Frist lässt sich nicht verlängern.',
    'Ich habe Sie mehrfach gebeten und darauf hingewiesen, dass das Formular fehlt.',
    'Hatte ich Ihnen im Herbst nicht geschrieben, dass der Zähler getauscht werden muss?',
    'Wir hatten das im Angebot vom Januar ausdrücklich vermerkt.',
    'Dass die Bank so reagiert, war absehbar.',
    'Der Ausfall überrascht mich ehrlich gesagt nicht.',
    'Hätten Sie die Wartung aus unserem Angebot gebucht, stünde die Anlage jetzt nicht still.',
    'Eine Einigung wäre damals deutlich billiger gewesen.',
    'Ich hatte ja schon bei der Planung zu bedenken gegeben, dass der Hang rutscht.',
    'Schon im Erstgespräch hatte ich vor den Nebenkosten gewarnt.',
    'Zur Klarstellung: Die Maße stammen aus der Skizze, die Sie uns geschickt haben.',
    'Das ist genau die Stelle, auf die ich bei der Abnahme hingewiesen hatte.',
    'Die Gefahr mit dem Gerüstbauer hatte ich im Mai schon zur Sprache gebracht.',
    'Die Lüftungsanlage, die wir dir im Winter ans Herz gelegt haben, hätte den Schimmel verhindert.',
    'Ich möchte daran erinnern, dass wir im Erstgespräch vereinbart hatten, die Belege monatlich zu schicken.',
    'Das stand schon in unserem Angebot unter Punkt 3.',
    'Wie du weißt, hatte ich schon im Frühjahr gesagt, dass die Zeit knapp wird.',
    // "ehrlich gesagt" says how, not that anything is good: the sentence is not warm.
    'Dass der Antrag abgelehnt wurde, hat mich ehrlich gesagt nicht gewundert.',
    'Dass die Fassade jetzt Risse hat, überrascht mich daher nicht.',
  ],
  en: [
    // The emphatic "did" (mix29).
    'I did mention at the viewing that the boiler was near the end of its life.',
    // A report or a look back by the weeks gone, or by when the work was done (npm run translated -- de being-right).
    'We had already reported the crack to you six weeks ago.',
    'I told you about the fuse when I fitted the cooker.',
    'I did mention at our first meeting that the budget was tight.',
    'As I explained back in April, the licence only covers five users.',
    'We flagged exactly this risk in our audit report.',
    'If you recall, I advised you against signing the lease without a survey.',
    'I told you twice last month that the server needed replacing.',
    'Which is precisely the issue I raised when we reviewed the plans.',
    'I did warn you the timber would move over the winter.',
    'As noted in our original proposal, the flashing needed replacing.',
    'We did recommend the extended warranty at the time.',
    "Didn't I tell you back in June not to paint over the damp?",
    'I mentioned back when we started that the old pipes would not cope.',
    'His answer was entirely predictable.',
    'The result doesn’t surprise me at all.',
    "Had you gone with the membrane we quoted for, the basement wouldn't be wet.",
    'A settlement would have been far cheaper at the time.',
    'As I said three times in my last emails, the form needs a signature.',
    "So this isn't coming out of nowhere.",
    'For the record, the drawings you signed show the railing exactly as built.',
    'It is the very point we queried in our cover letter.',
    'I brought up the scaffolding risk at the May site meeting.',
    'The alarm system we argued for last winter would have caught this.',
    'I did ask you to keep the receipts in one folder.',
    'As I set out during the site visit, the beam needs support.',
    "Honestly, I'm not surprised the pump failed again.",
  ],
};

const MUST_NOT: Record<Language, readonly string[]> = {
  de: [
    'Wie besprochen hänge ich den Küchenplan an.',
    'Wie angekündigt beginnen wir am Montag mit dem Gerüst.',
    'Wie Sie am Telefon erwähnt hatten, sind die Fliesen wieder lieferbar.',
    'Ich hätte Sie früher auf die Frist hinweisen müssen, das tut mir leid.',
    'Ich habe Ihnen die Unterlagen bereits geschickt.',
    'Wir haben die Nachbarn schon vorgewarnt, dass es laut wird.',
    'Ich empfehle Ihnen, den Termin in sechs Wochen zu legen.',
    'Wie gesagt, mit der Zahlung hat es keine Eile.',
    'Im März hatten wir über ein zweites Bad gesprochen.',
    'Wir weisen Sie darauf hin, dass die Praxis im August geschlossen ist.',
    'Ich habe dem Team erzählt, wie zufrieden Sie waren.',
    'Sie hatten völlig recht mit Ihrem Hinweis zur Drainage.',
    'Ohne eure Hilfe hätten wir das nie geschafft.',
    'Die Verzögerung war nicht absehbar.',
    'Es überrascht mich nicht, dass Ihr Team so begeistert ist.',
    'Ich habe Ihnen gestern gesagt, dass ich mich heute melde.',
    'Hätten Sie nächste Woche Zeit für einen Termin bei uns?',
    'Damit keine Missverständnisse entstehen, hier noch einmal die Termine.',
    'Ich habe den Termin bereits im Kalender markiert.',
    'Das hatten wir im Juni ja schon besprochen, und Sie waren einverstanden.',
    'Ich habe mit dem Lieferanten schon im März über die Preise gesprochen.',
    'Ich hatte Ihnen ja versprochen, die Fotos zu schicken.',
    'Ich hatte Ihnen im Mai geschrieben, dass wir umziehen; hier noch einmal die neue Anschrift.',
    'Wir hatten Ihnen im Herbst die Wartung empfohlen, schön, dass es jetzt klappt.',
  ],
  en: [
    'As discussed, here is the revised plan.',
    'As agreed, we start on Monday.',
    'As you mentioned on Tuesday, the tiles are back in stock.',
    'I should have flagged the deadline earlier, that one is on me.',
    "I've already sent the invoice to your accounts team.",
    'We warned the neighbours on Monday that it would be noisy.',
    'I would recommend booking the follow-up in six weeks.',
    "Like I said on the phone, there's no rush on the payment.",
    'Back in March we talked about adding a second bathroom.',
    "I've already recommended you to our neighbour.",
    'I mentioned to the team how pleased you were with the design.',
    'You were right to raise the drainage question.',
    "Without your help this wouldn't have been possible.",
    'The storm came out of nowhere.',
    "With our current workload, we couldn't commit a team from March.",
    'I never said the price was fixed, sorry for the confusion.',
    'We raised the invoice in March as agreed.',
    'Just to be clear, here are the dates for both visits.',
    'Did I mention that our office moves in May?',
    'Perhaps you remember the matter we talked about in spring.',
    "I told you I'd send the photos, so here they are.",
    'As soon as I hear back, I will let you know.',
    "I told you in June we were moving; here's the new address once more.",
    'We reported the fault to the manufacturer three weeks ago.',
  ],
};

function sentencesOf(text: string, language: Language) {
  return segment(text).paragraphs.flatMap((p) => p.sentences.map((s) => viewSentence(s, language, text)));
}

const flagged = (text: string, language: Language) =>
  sentencesOf(text, language).some((s) => beingRightIn(s).length > 0);

describe('being right as a construction', () => {
  for (const language of ['de', 'en'] as const) {
    it.each(MUST[language])(`${language}: finds %s`, (text) => {
      expect(flagged(text, language)).toBe(true);
    });
    it.each(MUST_NOT[language])(`${language}: leaves alone %s`, (text) => {
      expect(flagged(text, language)).toBe(false);
    });
  }

  // In a plain mail: amid praise the confidence gate holds a lone reading back (gate.test.ts).
  it('reaches the engine as a being-right finding', () => {
    const text =
      'Hallo Frau Maier,\n\nwir hatten Ihnen damals von der Dachfolie abgeraten. Am Donnerstag kommen wir vorbei.\n\nViele Grüße\nTom';
    expect(analyze(text).findings.some((f) => f.category === 'being-right')).toBe(true);
  });
});

const KEYS = ['strong', 'weak', 'asFrame', 'owning', 'handover', 'kind', 'foreseen', 'record', 'credit'] as const;

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return sentencesOf(text, language).some((s) => matcher.has(s));
}

describe('being-right data entries', () => {
  const entries = KEYS.flatMap((key) =>
    (['de', 'en'] as const).flatMap((language) =>
      beingRightBook(key)[language].map((entry) => [`${key} ${language}/${entry.id}`, language, entry] as const),
    ),
  );
  it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(finds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(finds(entry, language, entry.miss), entry.miss).toBe(false);
  });
});
