// Signs that something is pending on the reader's side or must happen soon,
// said without asking for it: "Das eilt etwas.", "Das müssten wir irgendwann
// mal besprechen.", "The signature is still outstanding." A mail that says so
// and asks for nothing leaves the reader unsure what to do (unclear-ask); a
// mail without them (a status note, a thank-you) needs no ask at all.
// Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

export const PENDING_FRAMES: FrameBook = {
  de: [
    {
      id: 'eilt',
      pattern: 'eilt|drängt|pressiert',
      // "Es eilt nicht", "Es eilt nichts": the opposite.
      unlessAfter: ['nicht', 'nichts', 'keineswegs', 'überhaupt'],
      hit: 'Die Sache mit dem Gerüst eilt inzwischen ein wenig.',
      miss: 'Die Sache mit dem Gerüst ist inzwischen erledigt.',
    },
    {
      id: 'ist-dringend',
      pattern: 'ist|wird|wäre (jetzt|inzwischen|langsam) dringend|eilig|zeitkritisch',
      hit: 'Die Entscheidung über die Fenster wird langsam dringend.',
      miss: 'Die Entscheidung über die Fenster ist gefallen.',
    },
    {
      id: 'muessten-besprechen',
      pattern:
        'müssten|sollten|müsste|sollte <self> ~4 besprechen|klären|anschauen|ansehen|durchgehen|reden|sprechen|überlegen',
      hit: 'Die Kostenfrage müssten wir bei Gelegenheit noch klären.',
      miss: 'Die Kostenfrage haben wir letzte Woche geklärt.',
    },
    {
      id: 'irgendwann-mal',
      pattern:
        'irgendwann|gelegentlich|bei+gelegenheit (mal|noch|einmal) besprechen|klären|anschauen|ansehen|reden|treffen|zusammensetzen',
      hit: 'Das Angebot sollten wir uns irgendwann mal anschauen.',
      miss: 'Das Angebot haben wir uns gestern angeschaut.',
    },
    {
      id: 'steht-noch-aus',
      pattern: 'steht|stehen noch aus',
      hit: 'Ihre Unterschrift unter dem Vertrag steht noch aus.',
      miss: 'Ihre Unterschrift unter dem Vertrag ist angekommen.',
    },
    {
      id: 'fehlt-noch',
      pattern: 'fehlt|fehlen (uns|mir) noch|weiterhin|immer+noch',
      hit: 'Für die Erklärung fehlen uns noch die Belege zur Handwerkerrechnung.',
      miss: 'Für die Erklärung liegen uns alle Belege vor.',
    },
    {
      id: 'noch-offen',
      pattern: 'ist|sind noch offen|ungeklärt|unklar|nicht+entschieden',
      hit: 'Die Farbe der Fassade ist noch offen.',
      miss: 'Die Praxis ist noch bis 18 Uhr offen für Sie.',
      unlessAfter: ['für', 'bis'],
    },
    {
      id: 'man-muesste',
      pattern: 'müsste|müssten|sollte|sollten man|jemand ~3 mal|eigentlich|noch',
      hit: 'Da müsste man eigentlich noch mal mit dem Statiker reden.',
      miss: 'Da kann man nichts mehr ändern, das passt so.',
    },
  ],
  en: [
    {
      id: 'is-urgent',
      pattern: "is|it's|is+getting|getting|becoming (quite|rather|a+bit|now) urgent|pressing|time-critical",
      hit: 'The decision about the windows is getting urgent.',
      miss: 'The decision about the windows has been made.',
    },
    {
      id: 'time-running-out',
      pattern: "time is|time's running+out|short|tight",
      hit: 'Time is running out for the permit application.',
      miss: 'There is plenty of time for the permit application.',
    },
    {
      id: 'we-should-discuss',
      pattern:
        '<self> should|need+to|ought+to|must (probably|maybe|really) discuss|talk|sort+out|look+at|go+over|figure+out',
      hit: 'We should maybe go over the invoice list together.',
      miss: 'We went over the invoice list on Monday.',
    },
    {
      id: 'at-some-point',
      pattern: 'at+some+point|sometime|one+of+these+days|when+you+get+a+chance',
      hit: 'It would be good to look at the contract at some point.',
      miss: 'The contract arrived this morning.',
    },
    {
      id: 'still-outstanding',
      pattern: 'is|are still outstanding|missing|pending|open|unresolved|unsigned|unpaid',
      hit: 'Your signature on the engagement letter is still outstanding.',
      miss: 'Your signature on the engagement letter arrived today.',
    },
    {
      id: 'still-need',
      pattern: "<self> still need|needs|require|requires|don't+have",
      hit: 'We still need the receipts for the home office.',
      miss: 'We now have the receipts for the home office.',
    },
    {
      id: 'someone-should',
      pattern: 'someone|somebody should|needs+to|has+to|must',
      hit: 'Someone needs to decide on the tiles before Friday.',
      miss: 'Somebody left a lovely card at reception.',
    },
  ],
};
