// Next steps the writer names: "Gern prüfe ich, ob …", "Ich melde mich
// morgen", "I'll send the revised plan". A mail that says what happens next
// leaves the reader in no doubt, even without asking for anything, so the
// unclear-ask rule counts these like a request. Each entry: a sentence it must
// find and one it must not (tests/lib/analysis/rules/frames.test.ts).
// Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

const VERBS_DE =
  '@erinnern|@benachrichtigen|@informieren|@prüfen|@schicken|@senden|@übernehmen|@kümmern|@klären|@erstellen|@vorbereiten|@helfen|@anrufen|@besprechen|@erläutern|@erklären|@nachfragen|@vorbeikommen|@vorbeibringen|@bestellen|@beauftragen|@reservieren|@einreichen|@weiterleiten';

export const NEXT_STEPS: FrameBook = {
  de: [
    {
      id: 'gern-pruefe-ich',
      pattern: `gern|gerne ${VERBS_DE} <self>`,
      hit: 'Gern kümmere ich mich um den Antrag beim Amt.',
      miss: 'Gern gesehen ist der Antrag beim Amt nicht.',
    },
    {
      id: 'ich-pruefe-gern',
      pattern: `<self> ${VERBS_DE} ~3 gern|gerne`,
      hit: 'Ich prüfe das gerne bis morgen.',
      miss: 'Sie prüfen das gerne bis morgen.',
    },
    {
      id: 'ich-melde-mich',
      pattern: '<self> @melden mich|uns',
      hit: 'Ich melde mich, sobald der Statiker gerechnet hat.',
      miss: 'Sie melden sich, sobald der Statiker gerechnet hat.',
    },
    {
      id: 'melde-ich-mich',
      pattern: '@melden <self> mich|uns',
      hit: 'Morgen melde ich mich mit dem Angebot.',
      miss: 'Morgen melden Sie sich mit dem Angebot.',
    },
    {
      // Optionen anbieten lässt der Leserin die Wahl, und das ist die Bitte: „Ich kann Ihnen zwei Möglichkeiten anbieten“.
      id: 'moeglichkeiten-anbieten',
      pattern:
        '<self> ~0-2 (gern|gerne) ~0-1 zwei|drei|mehrere|einige|folgende|verschiedene möglichkeiten|optionen|alternativen|termine|vorschläge ~0-2 anbieten|vorschlagen|nennen|machen',
      hit: 'Ich kann Ihnen zwei Möglichkeiten anbieten: einen Anruf am Montag oder einen Termin am Mittwoch.',
      miss: 'Auf der Website finden Sie zwei Möglichkeiten zur Auswahl.',
    },
    {
      id: 'wir-schicken-ihnen',
      pattern: `<self> ${VERBS_DE} =Ihnen|dir|euch`,
      hit: 'Wir schicken Ihnen die Pläne bis Freitag.',
      miss: 'Sie schicken uns die Pläne bis Freitag.',
    },
    {
      // What reaches the reader from the writer's side, with or without a date: "Die Rechnung geht Ihnen nächste Woche zu".
      id: 'geht-ihnen-zu',
      pattern: 'geht|gehen =Ihnen|dir|euch ~0-4 zu',
      hit: 'Die Rechnung geht Ihnen nächste Woche zu.',
      miss: 'Die Rechnung geht auf unsere Kosten.',
    },
    {
      id: 'ich-werde',
      pattern: `<self> werde|werden ~5 ${VERBS_DE}|@melden`,
      hit: 'Ich werde Ihnen das Angebot bis Donnerstag schicken.',
      miss: 'Sie werden das Angebot bis Donnerstag schicken.',
    },
    {
      id: 'ich-gebe-bescheid',
      pattern: '<self> gebe|geben ~3 bescheid|nachricht',
      hit: 'Ich gebe Ihnen Bescheid, sobald das Gutachten da ist.',
      miss: 'Sie geben mir Bescheid, sobald das Gutachten da ist.',
    },
    {
      id: 'ich-kuemmere-mich',
      pattern: '<self> @kümmern mich|uns',
      hit: 'Wir kümmern uns um die Anmeldung beim Versorger.',
      miss: 'Sie kümmern sich um die Anmeldung beim Versorger.',
    },
    {
      id: 'sie-hoeren-von-mir',
      pattern: '=Sie|du|ihr hören|hörst|hört ~3 von mir|uns',
      hit: 'Sie hören spätestens Mittwoch von mir.',
      miss: 'Sie hören spätestens Mittwoch vom Amt.',
    },
    {
      id: 'ich-rufe-an',
      pattern: '<self> rufe|rufen =Sie|dich|euch ~3 an',
      hit: 'Ich rufe Sie morgen Vormittag an.',
      miss: 'Sie rufen mich morgen Vormittag an.',
    },
    // The second half of "Ich habe … markiert und rufe Sie morgen an": the subject is left out, the verb's -e says "ich".
    {
      id: 'und-rufe-an',
      pattern:
        'und|dann rufe|melde|schicke|sende|kläre|prüfe|komme =Sie|dich|euch|mich|ich ~4 an|bei|zu|nach|vorbei|morgen|heute|gleich|umgehend|bis',
      hit: 'Ich habe die Posten markiert und rufe Sie morgen an.',
      miss: 'Die Posten sind markiert und Sie rufen uns morgen an.',
    },
  ],
  en: [
    {
      id: 'ill-send',
      pattern:
        "i'll|we'll|i+will|we+will|happy+to|glad+to (also|then|gladly) send|call|ring|talk|meet|discuss|help|check|follow+up|get+back|prepare|draft|look+into|update|confirm|book|arrange|file|submit|order|chase|email|forward|be+in+touch|get+on|sort|handle|take+care|revise|fix|review|pick+up|drop+off|come+by|phone|remind|notify|let+you+know|drop|post|text|ping|pop|write|reach+out|come|visit|install|fit|repair|replace|deliver|collect|refund|invoice|schedule|reschedule|move|keep|chase|pass",
      hit: "I'll send the revised drawings on Thursday.",
      miss: 'You will send the revised drawings on Thursday.',
    },
    // "I've marked the items and will call you tomorrow": the subject of "will" is the writer's, left out after "and".
    {
      id: 'and-will-call',
      pattern:
        'and|then will (also|then) send|call|ring|phone|email|check|come|be+in+touch|get+back|follow+up|talk+you+through|go+through',
      hit: "I've marked the items and will call you tomorrow.",
      miss: 'The items are marked and you will call us tomorrow.',
    },
    {
      id: 'we-are-going-to',
      pattern: "<self>|we're|i'm (are|am) going+to send|call|check|prepare|draft|book|arrange|file|submit|order",
      hit: 'We are going to book the scaffolding for May.',
      miss: 'They are going to book the scaffolding for May.',
    },
    {
      // "What we can do is keep your bags and text you when …": the writer's offer, named.
      id: 'what-we-can-do',
      pattern: 'what <self> can|could do|offer is|instead|for+you',
      hit: 'What I can offer instead is a call with the site manager on Monday.',
      miss: 'What you could offer instead is a smaller deposit.',
    },
    {
      id: 'you-will-hear',
      pattern: "you'll|you+will hear from me|us",
      hit: "You'll hear from me by Wednesday.",
      miss: "You'll hear from the council by Wednesday.",
    },
    {
      id: 'leave-it-with-me',
      pattern: 'leave it|this|that with me|us',
      hit: 'Leave it with me and I will sort the permit.',
      miss: 'Leave it with the porter at the desk.',
    },
    {
      // Options offered leave the choice with the reader, which is the ask: "I can offer you two options: …".
      id: 'offer-options',
      pattern:
        "<self>|i'd|we'd|i'm|we're (can|could|would|happy+to|glad+to) offer|suggest|propose (you) two|three|a+few|several|some|the+following|a+couple+of options|alternatives|choices|dates|slots",
      hit: 'I can offer you two options: a call on Monday or a visit on Wednesday.',
      miss: 'You can choose between two options on the website.',
    },
    {
      id: 'on-it',
      pattern: '<self> (are|am) (already) on|onto it',
      hit: "We're on it and will report back.",
      miss: "It's on the list and will be reported.",
    },
  ],
};

/**
 * A step said under doubt is no step: "Not sure yet how we'll handle the
 * letter", "Ich weiß noch nicht, wie wir das lösen". The unclear-ask rule does
 * not count such a sentence as a request or a next step, unless it asks.
 */
export const UNSURE_STEPS: FrameBook = {
  de: [
    {
      id: 'nicht-sicher-wie',
      pattern: 'nicht+sicher|unsicher|unklar|weiß+noch+nicht|wissen+noch+nicht|weiß+nicht (,) wie|ob|was|wann|wer',
      hit: 'Ich bin noch nicht sicher, wie wir das mit dem Nachbarn regeln werden.',
      miss: 'Wir regeln das mit dem Nachbarn bis Freitag.',
    },
  ],
  en: [
    {
      id: 'not-sure-how',
      pattern:
        "not+sure|unsure|not+certain|don't+know|no+idea|unclear|not+clear|undecided|not+worked+out|haven't+worked+out|haven't+figured+out|haven't+decided (yet) how|whether|if|what|when|who",
      hit: 'Still unsure how we will tackle the letter to the neighbours.',
      miss: "We'll handle the letter to the neighbours on Friday.",
    },
  ],
};

/**
 * The writer reports the remedy as done: "Ich habe Ersatz bestellt", "we've
 * replaced the fuse". A problem put right by the writer asks nothing of the
 * reader, so the unclear-ask rule counts this like a next step. Chasing or
 * writing to someone is no remedy: the matter stays open.
 */
export const REMEDIES: FrameBook = {
  de: [
    {
      id: 'wir-haben-behoben',
      pattern:
        '<self> haben|habe (bereits|schon|sofort|direkt|inzwischen|heute|gleich) ~4 bestellt|repariert|ersetzt|ausgetauscht|getauscht|behoben|organisiert|nachbestellt|nachgeholt|korrigiert|umgebucht|erneuert|abgedichtet|beseitigt',
      hit: 'Wir haben die defekte Pumpe heute ausgetauscht.',
      miss: 'Wir haben die defekte Pumpe heute entdeckt.',
    },
    {
      id: 'haben-wir-behoben',
      pattern:
        'haben|habe <self> ~5 bestellt|repariert|ersetzt|ausgetauscht|getauscht|behoben|organisiert|nachbestellt|nachgeholt|korrigiert|umgebucht|erneuert|abgedichtet|beseitigt',
      hit: 'Den Ersatz haben wir gleich bestellt.',
      miss: 'Den Schaden haben wir gleich bemerkt.',
    },
  ],
  en: [
    {
      id: 'we-have-fixed',
      pattern:
        "i've|we've|i+have|we+have|i+had|we+had (already|just|now|also) ordered|fixed|replaced|repaired|booked|arranged|organised|organized|sorted|resolved|corrected|rescheduled|rebooked|renewed|resealed",
      hit: "I've already ordered a replacement for the printer.",
      miss: "I've already noticed a fault in the printer.",
    },
  ],
};
