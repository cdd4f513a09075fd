// A verdict on the reader's work with no opposite to say instead, said as what
// the work still needs, the point to name left as a placeholder, with the next
// step (lib/analysis/rewrite/work-verdict.ts). Sentences written for this test;
// none from the dev set or the acceptance corpus.
import { describe, expect, it } from 'vitest';
import type { Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from '../../tools/eval/with-rewrites';
import { rewritesOf } from './rewrites-of';

const harshRewrites = (text: string, language: Language) => rewritesOf(text, language, 'harsh');

const OFFERED: Array<[Language, string, string]> = [
  [
    'de',
    'Ihr Kostenvoranschlag für die Gartenmauer ist maßlos überzogen.',
    'Ihr Kostenvoranschlag für die Gartenmauer braucht aus meiner Sicht noch eine Überarbeitung: [was genau]. Könnten Sie mir bis [Datum] eine überarbeitete Fassung schicken?',
  ],
  // Faults the verdict names take the placeholder's place; the plural subject takes "brauchen".
  [
    'de',
    'Deine Folien sind unausgegoren und voller Tippfehler.',
    'Deine Folien brauchen aus meiner Sicht noch eine Überarbeitung: Mir sind einige Tippfehler aufgefallen. Könntest du mir bis [Datum] eine überarbeitete Fassung schicken?',
  ],
  // Work that is not a document is looked at together, not sent again.
  [
    'de',
    'Die Fliesen im Gäste-WC sind stümperhaft verlegt.',
    'Die Fliesen im Gäste-WC brauchen aus meiner Sicht noch Nacharbeit: [was genau]. Wollen wir uns das gemeinsam noch einmal ansehen?',
  ],
  // Work that is done: what it did not give, and the next time.
  [
    'de',
    'Ihre Auswertung der Mitarbeiterbefragung war unseriös.',
    'Ihre Auswertung der Mitarbeiterbefragung hat mir nicht weitergeholfen: [was genau]. Wollen wir kurz besprechen, wie wir es beim nächsten Mal angehen?',
  ],
  // The reader handing the work over becomes the writer receiving it; the reader named there is asked.
  [
    'de',
    'Das Angebot, das ihr uns letzte Woche geschickt habt, ist ein wirres Sammelsurium aus Textbausteinen.',
    'Das Angebot, das wir letzte Woche von euch bekommen haben, braucht aus unserer Sicht noch eine Überarbeitung: [was genau]. Könntet ihr uns bis [Datum] eine überarbeitete Fassung schicken?',
  ],
  // The issues named after a colon take the placeholder's place.
  [
    'de',
    'Der Flyer für das Sommerfest ist eine Zumutung für jeden Gast: zwei Tippfehler im Titel und kein Datum.',
    'Der Flyer für das Sommerfest braucht aus meiner Sicht noch eine Überarbeitung: zwei Tippfehler im Titel und kein Datum. Könnten Sie mir bis [Datum] eine überarbeitete Fassung schicken?',
  ],
  // A list after a comma is more of the verdict; the faults named in it fill the placeholder.
  [
    'en',
    "Your firm's translation of the lease is clunky, full of anglicisms and unclear in places.",
    "Your firm's translation of the lease needs another pass: I've spotted a few anglicisms. Could you send me a revised version by [date]?",
  ],
  // A contemptuous adjective before the work goes; the determiner keeps the case; the next step follows.
  [
    'de',
    'Deinen stümperhaften Entwurf für die Einladung kann ich so nicht verschicken.',
    'Deinen Entwurf für die Einladung kann ich so nicht verschicken. Könntest du mir bis [Datum] eine überarbeitete Fassung schicken?',
  ],
  [
    'en',
    "I can't hand your sloppy spreadsheet to the auditors as it is.",
    "I can't hand your spreadsheet to the auditors as it is. Could you send me a revised version by [date]?",
  ],
  [
    'en',
    'Your estimate for the loft conversion is wildly inflated.',
    'Your estimate for the loft conversion needs another pass: [what exactly]. Could you send me a revised version by [date]?',
  ],
  [
    'en',
    'The brochure text is riddled with typos.',
    "The brochure text needs another pass: I've spotted a few typos. Could you send me a revised version by [date]?",
  ],
  [
    'en',
    'Your valuation of the flat was lazy.',
    "Your valuation of the flat didn't give me what I needed: [what exactly]. Shall we talk through how we approach it next time?",
  ],
];

describe('a verdict on the work said as what it still needs', () => {
  for (const [language, text, expected] of OFFERED)
    it(`${language}: ${text}`, () => {
      expect(harshRewrites(text, language)).toContain(expected);
    });
});

const NOT_OFFERED: Array<[Language, string, RegExp]> = [
  // People, a team or a service are no work to revise.
  ['de', 'Ihr Kundendienst ist inkompetent.', /Überarbeitung|Nacharbeit/],
  ['en', 'Your support team is clueless.', /another pass|rework/],
  // Praise beside the verdict ("witzig und …") is no fault to fix; "frech" of a price means "too high".
  ['de', 'Eure Anzeige ist witzig und unausgegoren.', /Überarbeitung/],
  ['de', 'Eure Rechnung für die Beleuchtung ist frech.', /Überarbeitung/],
  // A place the verdict names ("auf dem Tablet") would be lost in the placeholder.
  ['de', 'Ihre Website ist langsam, verbuggt und auf dem Tablet unbenutzbar.', /Überarbeitung: \[was genau\]/],
  ['en', 'Your booking page is slow, buggy and unusable on tablets.', /another pass: \[what exactly\]/],
  // A second subject in the list after the comma ("die Fotos unscharf") is no more of the verdict.
  [
    'de',
    'Die Texte im Katalog sind hölzern, die Fotos unscharf und das Register fehlt.',
    /Überarbeitung: \[was genau\]/,
  ],
  // Without a determiner the adjective carries the case ("mit schlampigem Aufmaß"): not dropped.
  ['de', 'Mit so schlampigem Aufmaß können wir die Küche nicht bestellen.', /Könnten Sie|ansehen/],
  // The reader as the doer of the rest: the reproach would stand beside the request.
  ['de', 'Mit Ihrer stümperhaften Kalkulation haben Sie uns einen Auftrag gekostet.', /überarbeitete Fassung/],
  // A pronoun says nothing about what the work is.
  ['en', 'This is amateur hour.', /another pass/],
];

describe('no needs-work rewrite where it would not hold', () => {
  for (const [language, text, unwanted] of NOT_OFFERED)
    it(`${language}: ${text}`, () => {
      const analysis = analyzeWithRewrites(text, { language });
      for (const f of analysis.findings) for (const r of f.rewrites ?? []) expect(r.text).not.toMatch(unwanted);
    });
});
