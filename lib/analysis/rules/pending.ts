// Signs that something is pending on the reader's side or must happen soon,
// said without asking for it: "Das eilt etwas.", "Das müssten wir irgendwann
// mal besprechen.", "The signature is still outstanding."; a choice left with
// the reader ("Die Entscheidung liegt bei Ihnen", "there are a few ways"), a
// problem that persists or blocks the work, a price they must accept. A mail that says so
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
      pattern: 'müsste|müssten|sollte|sollten|könnte|könnten man|jemand ~3 mal|eigentlich|noch',
      hit: 'Da müsste man eigentlich noch mal mit dem Statiker reden.',
      miss: 'Da kann man nichts mehr ändern, das passt so.',
    },
    {
      id: 'liegt-bei-ihnen',
      pattern: 'liegt|liegen (jetzt|nun|ganz|allein) bei =Ihnen|dir|euch',
      hit: 'Die Wahl des Bodenbelags liegt jetzt bei Ihnen.',
      miss: 'Die Wahl des Bodenbelags liegt jetzt bei uns.',
    },
    {
      id: 'haengt-von-ihnen-ab',
      pattern: 'hängt|hängen ~3 von =Ihnen|dir|euch|<yours> ~2 ab',
      hit: 'Der Baubeginn hängt jetzt von Ihrer Zusage ab.',
      miss: 'Der Baubeginn hängt jetzt vom Wetter ab.',
    },
    {
      id: 'mehrere-moeglichkeiten',
      pattern:
        'gibt|gäbe|hätten|haben ~2 mehrere|verschiedene|zwei|drei|einige möglichkeiten|optionen|varianten|wege|lösungen',
      hit: 'Für die Dämmung gibt es zwei Möglichkeiten.',
      miss: 'Für die Dämmung gibt es eine Lösung, die wir umsetzen.',
    },
    {
      id: 'immer-noch-kaputt',
      pattern:
        'immer+noch|noch+immer|weiterhin (nicht|etwas|sehr|ziemlich|leicht) fleckig|feucht|undicht|kaputt|defekt|nass|kalt|laut|schief|fehlerhaft|falsch|unvollständig|unleserlich|verstopft',
      hit: 'Die Wand im Bad ist immer noch feucht.',
      miss: 'Die Wand im Bad ist inzwischen trocken.',
    },
    {
      id: 'koennen-erst',
      pattern: '<self> @können ~5 erst ~2 ,|wenn|sobald|nachdem',
      hit: 'Wir können mit dem Putz erst anfangen, wenn die Leitungen liegen.',
      miss: 'Wir können mit dem Putz am Montag anfangen.',
    },
    {
      id: 'wuerde-kosten',
      pattern: 'würde|würden|käme|kämen ~5 kosten|betragen|auf+rund|auf+etwa|auf+ca',
      hit: 'Der Austausch der Fenster würde rund 3.000 Euro kosten.',
      miss: 'Der Austausch der Fenster hat rund 3.000 Euro gekostet.',
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
    {
      id: 'up-to-you',
      pattern: "is|are|it's|that's (entirely|completely|really|now|all) up+to+you|your+call|your+decision",
      hit: 'Which stone we use is entirely up to you.',
      miss: 'Which stone we use is decided.',
    },
    {
      id: 'decision-rests-with-you',
      pattern: 'lies|rests|remains with you',
      hit: 'The choice of contractor now rests with you.',
      miss: 'The choice of contractor now rests with the council.',
    },
    {
      id: 'a-few-ways',
      pattern:
        'there are|were|would+be (a+few|several|two|three|various|different|some) ways|options|approaches|routes|possibilities',
      hit: 'There are several ways to insulate the loft.',
      miss: 'There is one way to insulate the loft, and we will do it.',
    },
    {
      id: 'need-a-steer',
      pattern: "<self>|we'll|i'll (will|would) need ~2 steer|decision|sign-off|go-ahead|approval|choice",
      hit: 'We will need your go-ahead on the budget.',
      miss: 'We have your go-ahead on the budget.',
    },
    {
      id: 'cannot-until',
      pattern: "<self> can't|cannot|can+not ~6 until|unless|before",
      hit: "We can't pour the slab until the survey is back.",
      miss: 'We can pour the slab on Monday.',
    },
    {
      id: 'would-cost',
      pattern: 'would|will cost|be+roughly|be+about|be+around|be+approximately|come+to',
      hit: 'New gutters would cost about 900 pounds.',
      miss: 'New gutters cost us 900 pounds last year.',
    },
    {
      id: 'still-not-working',
      pattern:
        "still (do|does|did|is|are|has|have|was) not|isn't|aren't|doesn't|don't|hasn't|haven't|won't|wasn't ~1 work|works|working|fixed|sorted|resolved|right|done|ready|fit|fits|close|closes|open|opens|drain|drains|run|runs",
      hit: 'The back door still does not close properly.',
      miss: 'The back door now closes properly.',
    },
    {
      id: 'nothing-has-been',
      pattern: 'nothing (has|had) (yet) been|happened',
      hit: 'Nothing has been filed with the registry yet.',
      miss: 'Everything has been filed with the registry.',
    },
    {
      id: 'not-sure-yet-how',
      pattern: 'not sure yet how|what|whether|who|when',
      hit: 'Not sure yet how we will handle the party wall.',
      miss: 'Sure, we will handle the party wall.',
    },
  ],
};
