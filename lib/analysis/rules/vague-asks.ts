// Asks that leave open what, who or when: "Vielleicht könnte man da irgendwie
// noch mal draufschauen.", "Maybe we can see how it goes?" When every ask in a
// mail is like this and no date is named, the reader still does not know what
// to do (principle 2). Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

export const VAGUE_ASKS: FrameBook = {
  de: [
    {
      id: 'irgendwann',
      pattern: 'irgendwann|irgendwie|gelegentlich|bei+gelegenheit|demnächst+mal',
      hit: 'Können wir das irgendwann besprechen?',
      miss: 'Können wir das am Montag besprechen?',
    },
    {
      id: 'man-koennte',
      pattern: 'könnte|müsste|sollte|könnten|müssten|sollten man|jemand',
      hit: 'Da könnte man noch mal draufschauen.',
      miss: 'Da schaue ich am Montag noch mal drauf.',
    },
    {
      id: 'mal-schauen',
      // Lower-case "mal" only: "Beim nächsten Mal schauen wir …" names a time, it is no shrug.
      pattern: '=mal schauen|sehen|gucken|abwarten|sehen+wie|schauen+wie|schauen+ob',
      hit: 'Wollen wir mal schauen, wie es läuft?',
      miss: 'Beim nächsten Mal schauen wir auf Ihre Rolle im Team.',
    },
    {
      id: 'mal-schauen-vorn',
      pattern: '^mal schauen|sehen|gucken|abwarten',
      hit: 'Mal schauen, wie es läuft.',
      miss: 'Am Freitag schauen wir, wie es läuft.',
    },
  ],
  en: [
    {
      id: 'at-some-point',
      pattern: 'at+some+point|at+some+stage|sometime|some+time|one+of+these+days|somehow',
      hit: 'Could we talk about it at some point?',
      miss: 'Could we talk about it on Monday?',
    },
    {
      id: 'see-how-it-goes',
      pattern: 'see how it|things goes|go|pans+out|works+out',
      hit: 'Shall we just see how things go?',
      miss: 'Can we decide on Friday?',
    },
    {
      id: 'someone-could',
      pattern: 'someone|somebody|one could|might|should|ought',
      hit: 'Someone could have a look at the boiler.',
      miss: 'Our plumber will look at the boiler on Tuesday.',
    },
  ],
};

/**
 * A vague ask with no request anywhere else still proposes something, and says so:
 * "Da könnte man …", "Mal sehen, wie …", "maybe we could …". A vague word alone
 * ("irgendwie heikel") is a hedge, not a proposal.
 */
export const VAGUE_PROPOSALS: FrameBook = {
  de: [
    {
      id: 'koennte',
      pattern:
        'könnte|könnten|müsste|müssten|sollte|sollten|ließe|ließen|wollen|wollten ~4 mal|noch+mal|nochmal|irgendwie|irgendwann|eventuell|vielleicht|gelegentlich',
      hit: 'Da ließe sich eventuell etwas finden.',
      miss: 'Da sollte man lieber schweigen.',
    },
    {
      id: 'mal-sehen',
      // Lower-case "mal" only, or at the start: "Beim nächsten Mal schauen wir …" names a time.
      pattern: '=mal sehen|schauen|gucken|abwarten',
      hit: 'Wir werden mal sehen, wie das Wetter wird.',
      miss: 'Beim nächsten Mal schauen wir auf Ihre Rolle.',
    },
    {
      id: 'mal-sehen-vorn',
      pattern: '^mal sehen|schauen|gucken|abwarten',
      hit: 'Mal sehen, wie das Wetter wird.',
      miss: 'Wir sehen uns am Montag.',
    },
  ],
  en: [
    {
      id: 'could',
      pattern:
        'could|should|might|ought|shall ~4 somehow|sometime|at+some+point|maybe|perhaps|again|look|chat|talk|see',
      hit: 'We could perhaps find another slot.',
      miss: 'One should keep quiet.',
    },
    {
      id: 'lets-see',
      pattern: "let's|let+us see|wait+and+see|see+how",
      hit: "Let's see how the weather holds.",
      miss: "Let's meet on Monday.",
    },
  ],
};

/**
 * An ask put off to whenever suits: "Melden Sie sich gern mal, wenn Sie dazu kommen",
 * "get in touch if you get a chance". Harmless in a friendly note; in a mail that
 * raises something the reader must act on, it leaves them guessing what and when.
 */
export const DEFERRED_ASKS: FrameBook = {
  de: [
    {
      id: 'wenn-sie-dazu-kommen',
      pattern:
        'wenn|sobald|falls <reader> ~3 dazu|zeit|lust|luft|muße ~2 kommen|kommst|kommt|haben|hast|habt|finden|findest',
      hit: 'Schauen Sie sich den Entwurf an, wenn Sie mal dazu kommen.',
      miss: 'Schauen Sie sich den Entwurf bis Montag an.',
    },
    {
      id: 'gern-mal',
      pattern: 'gern|gerne|ruhig|einfach mal|irgendwann|bei+gelegenheit',
      hit: 'Rufen Sie gern mal durch.',
      miss: 'Rufen Sie mich am Montag an.',
    },
  ],
  en: [
    {
      id: 'if-you-get-a-chance',
      pattern: 'if|when|whenever you (get|have|find) (a) chance|moment|minute|time',
      hit: 'Have a look at the draft when you get a chance.',
      miss: 'Have a look at the draft by Monday.',
    },
    {
      id: 'whenever',
      pattern: 'whenever|sometime|at+some+point|at+some+stage|at+your+leisure|in+due+course',
      hit: 'We can go over the list whenever.',
      miss: 'We can go over the list on Monday.',
    },
  ],
};
