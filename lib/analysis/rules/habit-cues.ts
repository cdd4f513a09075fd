// What habit-about-reader.ts looks for (principle 1: one occasion, not a rule
// about the person). Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

/** How often, said so it can only mean "every time": enough on its own beside the reader. */
export const HABIT_WORDS: FrameBook = {
  de: [
    {
      id: 'staendig',
      pattern:
        'ständig|dauernd|andauernd|permanent|fortwährend|jedes+mal|jedesmal|bei+jeder+gelegenheit|immer+wieder|schon+wieder|wieder+einmal|mal+wieder|grundsätzlich|notorisch|chronisch',
      hit: 'Die Anlage piept ständig.',
      miss: 'Die Anlage piept.',
    },
    {
      id: 'noch-nie',
      pattern: 'noch+nie|noch+kein+einziges+mal|kein+einziges+mal|nicht+ein+einziges+mal',
      hit: 'Das ist noch nie vorgekommen.',
      miss: 'Das ist schon vorgekommen.',
    },
  ],
  en: [
    {
      id: 'constantly',
      pattern:
        'constantly|continually|continuously|repeatedly|routinely|invariably|perpetually|yet+again|as+usual|time+and+again|time+after+time',
      hit: 'The alarm goes off constantly.',
      miss: 'The alarm goes off at noon.',
    },
    {
      id: 'all-the-time',
      pattern: 'all the time',
      // "Take all the time you need" is an offer.
      unlessAfter: ['you', 'we', 'i', 'in', 'that', 'needed', 'it'],
      hit: 'The gate is left open all the time.',
      miss: 'Take all the time you need.',
    },
    {
      id: 'not-once',
      pattern: 'not+once|not+a+single+time|never+once',
      hit: 'The lift has not once worked this month.',
      miss: 'The lift has worked this month.',
    },
  ],
};

/** "immer", "always", "nie", "never": habits only beside a slip (below); praise otherwise ("you always deliver"). */
export const SOFT_HABIT_WORDS: FrameBook = {
  de: [
    {
      id: 'immer',
      pattern: 'immer|stets|nie|niemals|regelmäßig|regelmässig|laufend',
      unlessAfter: ['noch', 'wieder', 'mehr', 'gerne', 'gern'],
      hit: 'Der Bus kommt immer zu spät.',
      miss: 'Der Bus kommt zu spät.',
    },
    {
      id: 'jede-woche',
      pattern:
        'jede|jeden|jedem|jeder woche|monat|termin|sitzung|besprechung|stunde|lieferung|rechnung|anfrage|projekt|tag|übung|frist|änderung',
      hit: 'Die Frage kommt jede Woche.',
      miss: 'Die Frage kommt diese Woche.',
    },
  ],
  en: [
    {
      id: 'always',
      pattern: 'always|never|regularly|usually',
      hit: 'The bus is always late.',
      miss: 'The bus is late.',
    },
    {
      id: 'every-week',
      pattern:
        'every|each time|week|meeting|call|invoice|project|campaign|month|visit|session|exercise|deadline|date|change|request|delivery|draft|single',
      hit: 'The question comes every week.',
      miss: 'The question comes this week.',
    },
  ],
};

/** The reader or their side in the clause: as a subject, as "bei Ihnen", "von Ihrer Seite", "on your end". */
export const READER_SIDE: FrameBook = {
  de: [
    {
      id: 'sie',
      pattern: '<reader>|<yours>',
      hit: 'Sie kommen morgen.',
      miss: 'Wir kommen morgen.',
    },
  ],
  en: [
    {
      id: 'you',
      pattern: '<reader>|<yours>|your',
      hit: 'You are coming tomorrow.',
      miss: 'We are coming tomorrow.',
    },
  ],
};

/** What turns "immer" into a complaint: lateness, repetition in spite of asking, a slip. */
export const SLIPS: FrameBook = {
  de: [
    {
      id: 'erst',
      pattern:
        'erst|zu+spät|verspätet|kurzfristig|in+letzter+minute|am+vorabend|trotzdem|dennoch|erneut|wieder|leider|nur+dann|ohne|über+die+zeit',
      hit: 'Die Antwort kommt erst am Freitag.',
      miss: 'Die Antwort kommt am Freitag.',
    },
    {
      id: 'vergessen',
      pattern:
        '@vergessen|@ignorieren|@übersehen|@verpassen|@absagen|@verschieben|@unterbrechen|@beschweren|@ändern|@überziehen|@verwechseln|@verlieren|@versäumen',
      hit: 'Er vergisst den Schlüssel.',
      miss: 'Er bringt den Schlüssel.',
    },
  ],
  en: [
    {
      id: 'late',
      pattern:
        'late|last+minute|the+night+before|the+evening+before|too+late|again|anyway|regardless|without|only+when|only+after|seem+to|seems+to|wrong|optional',
      hit: 'The answer comes at the last minute.',
      miss: 'The answer comes on Friday.',
    },
    {
      id: 'forget',
      pattern:
        'forget*|forgot*|ignor*|overlook*|miss|misses|missed|skip*|cancel*|postpon*|interrupt*|complain*|bump*|sit+on|sits+on|sat+on|change+your+mind|changes|lose|loses|lost|mix+up|mixes+up|mixed+up',
      hit: 'He forgets the key.',
      miss: 'He brings the key.',
    },
  ],
};

/** What makes the habit a kind one, or an offer: "Sie können jederzeit", "you're always welcome". */
export const KIND_HABITS: FrameBook = {
  de: [
    {
      id: 'gern',
      pattern:
        'gern|gerne|willkommen|bitte|ohne+dich|ohne+euch|ohne+=Sie|ohne+=Ihre|ohne+=Ihren|ohne+deine|ohne+deinen|ohne+eure|ohne+euren|@können|@dürfen|danke|dank|@danken|@freuen|zuverlässig|pünktlich|schnell|gut|toll|super|prima|klasse|hilfsbereit|geduldig|freundlich|angenehm|bereichernd|erreichbar|@helfen|@unterstützen|@schätzen',
      hit: 'Sie sind uns immer willkommen.',
      miss: 'Sie sind uns immer zu spät.',
    },
  ],
  en: [
    {
      id: 'welcome',
      pattern:
        "welcome|please|without+you|without+your|can|may|feel+free|happy|glad|thank*|thanks|appreciat*|reliabl*|on+time|quick*|great|good|lovely|kind|helpful|patient*|pleasure|delight*|enjoy*|love|help|support*|don't+hesitate",
      hit: 'You are always welcome here.',
      miss: 'You are always late here.',
    },
  ],
};
