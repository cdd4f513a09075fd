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
        'müssten|sollten|müsste|sollte <self> ~8 besprechen|klären|anschauen|ansehen|durchgehen|reden|sprechen|überlegen|unterhalten|abstimmen|angehen|zusammensetzen|telefonieren',
      hit: 'Die Kostenfrage müssten wir bei Gelegenheit noch klären.',
      miss: 'Die Kostenfrage haben wir letzte Woche geklärt.',
    },
    {
      id: 'irgendwann-mal',
      pattern:
        'irgendwann|gelegentlich|bei+gelegenheit (mal|noch|einmal) (zusammen|gemeinsam) besprechen|klären|anschauen|ansehen|reden|treffen|zusammensetzen|durchgehen|angehen|unterhalten|telefonieren|abstimmen|sprechen',
      hit: 'Das Angebot sollten wir uns irgendwann mal anschauen.',
      miss: 'Das Angebot haben wir uns gestern angeschaut.',
    },
    {
      id: 'steht-noch-aus',
      pattern: 'steht|stehen (noch|weiterhin|bislang|bisher|leider|nach+wie+vor|immer+noch|noch+immer) aus',
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
      id: 'sollte-abgeklaert-werden',
      // A step recommended without saying who takes it or when: "sollte weiter abgeklärt werden".
      pattern:
        'sollte|sollten|müsste|müssten ~5 abgeklärt|geprüft|untersucht|kontrolliert|ersetzt|ausgetauscht|erneuert|behandelt|saniert werden',
      hit: 'Das ist häufig harmlos, sollte aber weiter abgeklärt werden.',
      miss: 'Das ist harmlos und wurde bereits abgeklärt.',
    },
    {
      id: 'deine-entscheidung',
      // "Am Ende ist es deine Entscheidung", "Das bleibt letztlich Ihre Wahl".
      pattern: 'ist|bleibt ~4 deine|=Ihre|eure entscheidung|wahl',
      hit: 'Bei der Farbe ist es am Ende deine Entscheidung.',
      miss: 'Danke für deine Entscheidung für das Grau.',
    },
    {
      id: 'liegt-bei-ihnen',
      pattern: 'liegt|liegen (jetzt|nun|letztlich) (ganz|allein|ganz+allein) bei =Ihnen|dir|euch',
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
        'immer+noch|noch+immer|weiterhin (nicht|etwas|sehr|ziemlich|leicht) fleckig|feucht|undicht|kaputt|defekt|nass|kalt|laut|schief|fehlerhaft|falsch|unvollständig|unleserlich|verstopft|instabil|langsam|offline|gesperrt|unbezahlt|offen|unbeantwortet|unklar|ungeklärt|unerledigt|erreichbar|blockiert',
      hit: 'Die Wand im Bad ist immer noch feucht.',
      miss: 'Die Wand im Bad ist inzwischen trocken.',
    },
    {
      id: 'koennen-erst',
      pattern: '@können ~5 erst ~2 ,|wenn|sobald|nachdem',
      hit: 'Wir können mit dem Putz erst anfangen, wenn die Leitungen liegen.',
      miss: 'Wir können mit dem Putz am Montag anfangen.',
    },
    {
      id: 'wuerde-kosten',
      pattern: 'würde|würden|käme|kämen ~5 kosten|betragen|auf+rund|auf+etwa|auf+ca',
      hit: 'Der Austausch der Fenster würde rund 3.000 Euro kosten.',
      miss: 'Der Austausch der Fenster hat rund 3.000 Euro gekostet.',
    },
    {
      id: 'noch-nicht-eingegangen',
      pattern:
        'noch+nicht|bisher+nicht|bislang+nicht|weiterhin+nicht|immer+noch+nicht|noch+immer+nicht|noch+kein|noch+keine ~3 eingegangen|angekommen|unterschrieben|unterzeichnet|bezahlt|überwiesen|beglichen|vollständig|erledigt|entschieden|freigegeben|eingereicht|zurückgeschickt|zurückgekommen|erhalten|bekommen|beantwortet|geklärt|freigeschaltet|gebucht|bestätigt|abgeschlossen|vergeben|festgelegt|angesetzt|terminiert|zahlungseingang|rückmeldung|antwort|freigabe|zusage|unterschrift',
      hit: 'Die Vollmacht ist bei uns bisher nicht eingegangen.',
      miss: 'Die Vollmacht ist bei uns gestern eingegangen.',
    },
    {
      id: 'liegt-nicht-vor',
      pattern:
        'liegt|liegen|lag|lagen ~3 noch+nicht|bisher+nicht|bislang+nicht|immer+noch+nicht|noch+immer+nicht|noch+kein|noch+keine|weiterhin+nicht ~2 vor',
      hit: 'Die Belege liegen uns leider immer noch nicht vor.',
      miss: 'Die Belege liegen uns vollständig vor.',
    },
    {
      id: 'ueberfaellig',
      pattern: 'ist|sind|bleibt|bleiben ~4 überfällig|unbezahlt|unbeantwortet|unerledigt|ausständig|nicht+beglichen',
      hit: 'Die zweite Abschlagsrechnung ist seit Wochen überfällig.',
      miss: 'Die zweite Abschlagsrechnung ist beglichen.',
    },
    {
      id: 'noch-einiges-offen',
      pattern: 'noch einiges|vieles|manches|etwas|einiges+zu offen|ungeklärt|unklar|zu+klären|zu+tun',
      hit: 'Beim Hochzeitsshooting ist noch einiges offen.',
      miss: 'Beim Hochzeitsshooting ist alles geklärt.',
    },
    {
      id: 'frist-naht',
      pattern:
        'frist|abgabefrist|einspruchsfrist|widerspruchsfrist|zahlungsfrist|antragsfrist|meldefrist|deadline|stichtag ~3 rückt|naht|läuft|endet (bald|demnächst|in+kürze|langsam|schon+bald) näher|ab|aus',
      hit: 'Die Einspruchsfrist läuft demnächst ab.',
      miss: 'Die Einspruchsfrist haben wir gewahrt.',
    },
    {
      id: 'zeit-wird-knapp',
      pattern: 'zeit ~4 wird|ist|läuft (langsam|allmählich|jetzt|inzwischen|ziemlich|sehr|recht) knapp|eng|davon',
      hit: 'Die Zeit bis zur Eröffnung wird langsam knapp.',
      miss: 'Die Zeit bis zur Eröffnung reicht gut.',
    },
    {
      id: 'ohne-koennen-nicht',
      pattern: '^ohne ~5 können|kann <self> ~6 nicht|kein|keine|nichts',
      hit: 'Ohne die Zählerstände können wir die Abrechnung nicht erstellen.',
      miss: 'Ohne Umwege können wir die Abrechnung heute erstellen.',
    },
    {
      id: 'haengen-an',
      pattern: '<self> hängen|hänge|stecken|stecke ~4 an|bei <yours>',
      hit: 'Wir hängen mit dem Dach gerade an Ihrer Farbwahl.',
      miss: 'Wir hängen die Bilder im Flur an die Wand.',
    },
    {
      id: 'warten-seit',
      pattern: '<self> warten|warte (noch|leider|bereits|schon) seit|weiterhin|immer+noch|noch+immer|vergeblich ~4 auf',
      hit: 'Wir warten seit Anfang des Monats auf den Befund.',
      miss: 'Wir warten gespannt auf den Sommer.',
    },
    {
      id: 'noch-keine-entscheidung',
      pattern:
        'noch|bisher|bislang keine|nichts|kein entscheidung|rückmeldung|freigabe|zusage|antwort|klarheit|entschieden|geklärt|festgelegt|beschlossen|unterschrift|reaktion',
      hit: 'Zum Umbau des Dachbodens gibt es noch keine Entscheidung.',
      miss: 'Zum Umbau des Dachbodens gibt es noch keine Pläne von uns, das hat Zeit.',
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
      pattern: "time is|time's (getting|running) running+out|short|tight",
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
      pattern:
        'is|are|remains|remain (still|now|currently) outstanding|missing|pending|open|unresolved|unsigned|unpaid|unanswered|unclear|overdue|leaking|broken|faulty|cold|damp|unstable|down|offline|blocked|stuck',
      hit: 'Your signature on the engagement letter is still outstanding.',
      miss: 'Your signature on the engagement letter arrived today.',
    },
    {
      id: 'still-need',
      pattern: "<self> still need|needs|require|requires|don't+have|lack|missing|miss",
      hit: 'We still need the receipts for the home office.',
      miss: 'We now have the receipts for the home office.',
    },
    {
      id: 'someone-should',
      pattern: 'someone|somebody should|needs+to|has+to|must|ought+to',
      hit: 'Someone needs to decide on the tiles before Friday.',
      miss: 'Somebody left a lovely card at reception.',
    },
    {
      id: 'should-be-looked-into',
      // A step recommended without saying who takes it or when: "it ought to be looked into".
      pattern:
        'should|ought+to|needs+to|need+to (really|still) be looked+into|checked|investigated|examined|replaced|treated|followed+up|renewed',
      hit: 'These are often harmless but it ought to be looked into further.',
      miss: 'These are often harmless and it was looked into last year.',
    },
    {
      id: 'decision-is-yours',
      // "The decision is yours", "the choice is entirely yours".
      pattern: 'decision|choice|call is|rests (entirely|really|ultimately) yours',
      hit: 'The decision is yours.',
      miss: 'The decision is ours.',
    },
    {
      id: 'up-to-you',
      pattern: "is|are|it's|that's (now|really) (entirely|completely|all) up+to+you|your+call|your+decision",
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
      pattern: "can't|cannot|can+not ~6 until|unless|before",
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
    {
      id: 'havent-received',
      pattern: "<self> (still) haven't|have+not|have+yet+to|hadn't (yet) received|receive|had|got|gotten|seen|heard",
      hit: "We still haven't received the signed lease.",
      miss: 'We received the signed lease this morning.',
    },
    {
      id: 'not-yet',
      pattern:
        "hasn't|haven't|has+not|have+not|isn't|aren't|is+not|are+not (yet) (been) come+through|reached|signed|paid|settled|done|completed|complete|returned|approved|received|cleared|sorted|confirmed|finalised|finalized|submitted|filed|booked ~4 yet",
      hit: "The retainer hasn't been paid yet.",
      miss: 'The retainer has been paid.',
    },
    {
      id: 'overdue',
      pattern: 'is|are|been (now|long|well) overdue|past+due',
      hit: 'The second instalment is now overdue.',
      miss: 'The second instalment is due in May.',
    },
    {
      id: 'deadline-close',
      pattern:
        'deadline|window|cut-off|time|date ~5 is|getting|closes|expires|runs+out|looming|running (getting|very|quite|pretty) close|closer|near|soon|shortly|short|tight|looming|out',
      hit: 'The deadline for objections is getting close.',
      miss: 'The deadline for objections is 30 June.',
    },
    {
      id: 'without-cannot',
      pattern: "^without ~5 <self> can't|cannot|can+not|won't|are+unable|am+unable",
      hit: "Without the meter readings we can't finish the statement.",
      miss: 'Without any fuss we can finish the statement today.',
    },
    {
      id: 'depends-on-you',
      pattern: 'depends|depend|hinges|rests on you|your',
      hit: 'The start date depends on your answer about the crane.',
      miss: 'The start date depends on the weather.',
    },
    {
      id: 'waiting-on-you',
      pattern: 'waiting|held+up|on+hold|stuck on|for|until your|you',
      hit: 'The print run is on hold until you approve the cover.',
      miss: 'The print run is on its way to you.',
    },
    {
      id: 'been-waiting',
      pattern: '<self> (have|are|am) been|still waiting',
      hit: "We've been waiting since March for the survey.",
      miss: 'We waited for the lift and went up.',
    },
    {
      id: 'no-decision-yet',
      pattern:
        'no|nothing decision|decided|answer|reply|feedback|word|response|go-ahead|sign-off|approval|agreed|confirmed (yet|so+far)',
      hit: "There's no word yet on the planning side.",
      miss: 'The planning side has no bearing on the roof.',
    },
  ],
};

/**
 * A problem, a choice or an open point reported as a fact, in the words any trade
 * uses for it (lemmas, word stems, short constructions): the heating failed, the
 * tiles have a long lead time, "entweder … oder", "it isn't clear which …". Weaker
 * than PENDING_FRAMES: the rule does not count them in a sentence that already
 * carries blame or sarcasm (a complaint, not a matter to settle), nor where the
 * writer says it is resolved (NOT_PENDING).
 */
export const PROBLEMS: FrameBook = {
  de: [
    // A problem reported as a fact, said with the words any trade uses for it: the
    // reader learns something is wrong and must decide what happens now. Lemmas and
    // word stems, not one mail's wording, so the entries reach unseen mail.
    {
      id: 'schaden-zustand',
      pattern:
        'defekt*|kaputt*|undicht*|pixelig*|unscharf*|verschwommen*|morsch*|veraltet*|beschädigt*|instabil*|fehlerhaft*|marode*|verstopft*|schimmel*|rissig*|unwirksam*|auffällig*|blasser|dunkler|fleckig*|wasserschaden|mängel|mangelhaft*|sicherheitslücke*|schadsoftware|virus',
      hit: 'Beim Abnehmen der Verkleidung zeigte sich, dass die Wasserleitung undicht ist.',
      miss: 'Beim Abnehmen der Verkleidung zeigte sich, dass die Wasserleitung in Ordnung ist.',
    },
    {
      id: 'ausgefallen',
      pattern:
        '@ausfallen|@absagen|@ablehnen|@abbrechen|@abstürzen|@zurückweisen|@beanstanden|@beschweren|@streichen|@stornieren|@verweigern|@erkranken',
      unlessAfter: ['nicht'],
      hit: 'Die Bank hat den Kreditantrag für die Praxiserweiterung abgelehnt.',
      miss: 'Die Bank hat den Kreditantrag für die Praxiserweiterung bewilligt.',
    },
    {
      id: 'verzoegert',
      pattern:
        '@verzögern|verzögerung*|verspätet*|verspätung*|lieferzeit*|lieferengpass*|engpass*|ausgebucht|ausverkauft|rückstand|@verschieben|@hinken',
      hit: 'Wegen der Hitze verzögert sich der Einbau der Fenster.',
      miss: 'Trotz der Hitze klappt der Einbau der Fenster wie geplant.',
    },
    {
      id: 'ausserhalb-norm',
      // A result outside its range: "Der Eisenwert liegt unter dem Normbereich".
      pattern:
        'unter|über|außerhalb|unterhalb|oberhalb (dem|des|der) normbereich*|normwert*|grenzwert*|referenzbereich*|richtwert*',
      hit: 'Der Eisenwert liegt deutlich unter dem Normbereich.',
      miss: 'Der Eisenwert liegt wieder im Normbereich.',
    },
    {
      id: 'nicht-mehr-lieferbar',
      pattern:
        'nicht|kaum|schwer (mehr|rechtzeitig|ganz) lieferbar|verfügbar|erhältlich|zulässig|gültig|aktuell|finanzierbar|machbar|zu+halten|zu+schaffen|zu+retten|fertig|frei|zu+bekommen|nutzbar|benutzbar|bewohnbar|vergleichbar',
      hit: 'Der bestellte Parkettboden ist beim Hersteller nicht mehr lieferbar.',
      miss: 'Der bestellte Parkettboden ist beim Hersteller sofort lieferbar.',
    },
    {
      id: 'mehrkosten',
      pattern:
        'teurer|mehrkosten|nachzahlung*|nachforderung*|preiserhöhung*|erhöhung|aufpreis*|differenz|@überschreiten|aufgebraucht|einbruch|gesunken',
      hit: 'Für die zusätzliche Dämmung fallen Mehrkosten von etwa 1.800 Euro an.',
      miss: 'Für die zusätzliche Dämmung fallen keine weiteren Posten an.',
    },
    {
      id: 'problem-wort',
      pattern:
        'problem|probleme|problematisch|schwierig|schwieriger|heikel|kritisch|riskant|risiko|gefahr|@drohen|warnung|@verlieren|teuer|ärgerlich|durcheinander|widerspruch|einspruch|beschwerde*',
      unlessAfter: ['gelöst', 'behoben'],
      hit: 'Mit dem alten Stromzähler wird die Abnahme schwierig.',
      miss: 'Mit dem neuen Stromzähler klappt die Abnahme bestimmt.',
    },
    {
      id: 'laeuft-ab',
      // "Der Vertrag läuft zum Jahresende aus", "die Zertifikate laufen bald ab"; a separable verb.
      pattern: '@auslaufen|@ablaufen|@verfallen',
      hit: 'Der Vertrag läuft aus, wenn niemand verlängert.',
      miss: 'Der Vertrag gilt weiter, auch ohne Verlängerung.',
    },
    {
      id: 'verlaengert-sich',
      // A renewal is the reader's matter only where it can be stopped ("…, wenn nicht gekündigt wird"): the rule checks that.
      pattern: 'verlängert|verlängern sich',
      hit: 'Der Vertrag verlängert sich um drei Jahre, wenn er nicht gekündigt wird.',
      miss: 'Der Vertrag wurde um drei Jahre verlängert.',
    },
    {
      id: 'laeuft-spaet-ab',
      // The particle far from the verb, where the separable-verb marking stops looking.
      pattern: 'läuft|laufen|lief|liefen ~8 aus|ab $',
      hit: 'Die Gewährleistung für das Dach läuft im Frühjahr aus.',
      miss: 'Die Gewährleistung für das Dach gilt noch fünf Jahre.',
    },
    {
      id: 'entweder-oder',
      // A choice put before the reader: "entweder … oder", "wir könnten A oder B".
      pattern:
        'entweder|könnten|könnte|ließe|wäre|wären|hätte|hätten|alternativ|beides|beide ~8 oder|möglich|machbar|denkbar',
      hit: 'Entweder wir verputzen die Wand neu oder wir verkleiden sie mit Holz.',
      miss: 'Wir verputzen die Wand neu und streichen sie danach weiß.',
    },
    {
      id: 'alternativ',
      // "Ansonsten planen wir die Posts ein" is the writer's plan, not a choice: the rule checks.
      pattern: '^alternativ|ansonsten|andernfalls',
      hit: 'Alternativ ginge auch ein Holzboden in Eiche.',
      miss: 'Ein Holzboden in Eiche ist bestellt.',
    },
    {
      id: 'varianten',
      pattern:
        'zwei|drei|beide|andere|alternative varianten|möglichkeiten|optionen|alternativen|anbieter|wege|lösungen',
      hit: 'Für die Beleuchtung im Laden hätten wir drei Varianten vorbereitet.',
      miss: 'Für die Beleuchtung im Laden ist eine Variante bestellt.',
    },
    {
      id: 'unklar-ob',
      // An open point said, not asked: "nicht klar, welche …", "offen ist nur noch, ob …".
      pattern:
        'nicht+klar|unklar|offen|unsicher|nicht+sicher|nicht+entschieden|weiß+keiner|weiß+niemand ~4 ,|ob|welche|welcher|welches|wie|wer|wann|was',
      hit: 'Es ist noch nicht klar, welche Farbe der Sockel bekommen soll.',
      miss: 'Es ist jetzt klar, dass der Sockel grau wird.',
    },
    {
      id: 'so-nicht-weiter',
      pattern: 'so ~3 nicht|kaum weiter|weitermachen|halten|bleiben|funktionieren|gehen|weitergehen',
      hit: 'Mit der alten Software kommen wir so nicht weiter.',
      miss: 'Mit der alten Software geht es so weiter wie bisher.',
    },
    {
      id: 'wird-knapp',
      // Time or money running short; "etwas knapp geraten" is a remark, not a deadline.
      pattern: 'wird|werden|würde|wäre ~3 knapp|eng',
      hit: 'Bis zur Messe wird das zeitlich sehr knapp.',
      miss: 'Die Bäder sind etwas knapp geschnitten.',
    },
    {
      id: 'stimmt-nicht',
      pattern:
        'nicht+besser|stimmt+nicht|stimmt+etwas+nicht|stimmt+da+was+nicht|stimmt+irgendwas+nicht|nicht+zusammen|verträgt+sich+schlecht|vertragen+sich+schlecht|beißt+sich|@kollidieren',
      hit: 'Bei den Stundenzetteln stimmt etwas nicht.',
      miss: 'Bei den Stundenzetteln stimmt alles.',
    },
    {
      id: 'nicht-entspricht',
      // The verb at the end of a subordinate clause: "…, dass der Kessel nicht mehr den Vorschriften entspricht."
      pattern: 'nicht (mehr) ~4 entspricht|entsprechen|ausreicht|ausreichen|genügt|genügen|passt|passen',
      hit: 'Der Prüfer sagt, dass die Brüstung nicht den Vorgaben entspricht.',
      miss: 'Der Prüfer sagt, dass die Brüstung den Vorgaben entspricht.',
    },
    {
      id: 'nur-kurze-zeit',
      // An offer or a slot that will not wait.
      pattern: 'nur|noch (für) kurze|begrenzte zeit|frist',
      hit: 'Der Rabatt des Herstellers gilt nur für kurze Zeit.',
      miss: 'Der Rabatt des Herstellers gilt das ganze Jahr.',
    },
    {
      id: 'offen-stehen',
      pattern: 'steht|stehen|bleibt|bleiben (noch) ~4 offen',
      hit: 'Beim Mietvertrag stehen noch zwei Punkte offen.',
      miss: 'Beim Mietvertrag stehen alle Punkte fest.',
    },
    {
      id: 'offene-punkte',
      pattern: 'offene|offenen punkte|fragen|posten|themen|baustellen',
      hit: 'Zum Mietvertrag gibt es zwei offene Fragen.',
      miss: 'Zum Mietvertrag gibt es keine Fragen mehr.',
    },
    {
      id: 'dinge-zu-bedenken',
      pattern:
        'paar|einige|manche|mehrere dinge|punkte|fragen|sachen zu bedenken|klären|besprechen|entscheiden|beachten',
      hit: 'Beim Anbau gibt es noch ein paar Dinge zu bedenken.',
      miss: 'Beim Anbau gibt es keine Dinge mehr, die wir nicht kennen.',
    },
    {
      id: 'frage-mich-ob',
      // A suggestion tucked into a question to oneself: "ich frage mich, ob es nicht sinnvoll wäre, …"
      pattern: 'frage|fragen mich|uns ~2 ob|wie|was|wer',
      hit: 'Ich frage mich, ob wir die Hecke nicht doch entfernen sollten.',
      miss: 'Ich freue mich, dass die Hecke bleibt.',
    },
    {
      id: 'waere-sinnvoll',
      pattern: 'wäre|wären|sei ~3 sinnvoll|ratsam|überlegenswert|angebracht',
      hit: 'Eine zweite Meinung wäre hier vielleicht sinnvoll.',
      miss: 'Eine zweite Meinung ist hier nicht nötig.',
    },
    {
      id: 'kostet-kunden',
      pattern: 'kostet|kosten|kostete ~3 besucher|kunden|umsatz|reichweite|nerven|aufträge',
      hit: 'Die langsame Kasse kostet uns jeden Samstag Kunden.',
      miss: 'Die neue Kasse kostet rund 900 Euro.',
    },
    {
      id: 'wird-nicht-halten',
      pattern: 'wird|werden|würde|würden ~4 nicht (mehr|lange) halten|reichen|ausreichen|fertig|passen|genügen',
      hit: 'Das Budget wird für beide Bäder nicht reichen.',
      miss: 'Das Budget wird für beide Bäder reichen.',
    },
    {
      id: 'reicht-nicht',
      pattern: 'reicht|reichen|genügt|genügen|passt|passen|entspricht|entsprechen|hält|halten ~6 nicht|kaum',
      unlessAfter: ['mehr'],
      hit: 'Der vorhandene Anschluss reicht für die Wallbox nicht aus.',
      miss: 'Der vorhandene Anschluss reicht für die Wallbox aus.',
    },
    {
      id: 'sollte-man',
      // Something should happen, but nobody is named: "Das sollte man im Auge behalten."
      pattern: 'sollte|sollten|müsste|müssten man|irgendwo|irgendwie|eigentlich',
      hit: 'Den Leberwert sollte man im Auge behalten.',
      miss: 'Den Leberwert hat man im Auge behalten.',
    },
    {
      id: 'koennen-nicht',
      pattern:
        'können|kann|dürfen|darf <self> ~6 nicht|nichts|kein|keine ~4 verlegen|einreichen|anfangen|beginnen|weiterarbeiten|weitermachen|abschließen|liefern|fertigstellen|übermitteln|verfüllen|buchen|abrechnen|starten',
      hit: 'So können wir die Fliesen im Bad nicht verlegen.',
      miss: 'So können wir die Fliesen im Bad am Montag verlegen.',
    },
    {
      id: 'darf-nicht',
      pattern: 'darf|dürfen|kann|können ~4 nicht|nichts|erst (mehr) ~4 ,|wenn|bevor|solange|sobald',
      hit: 'Der Estrich darf nicht betreten werden, solange er feucht ist.',
      miss: 'Der Estrich darf ab Mittwoch betreten werden.',
    },
    {
      id: 'solange-nicht',
      pattern: 'solange|bevor|bis|ohne ~6 nicht|kein|keine ~6 ,',
      hit: 'Solange die Genehmigung nicht vorliegt, ruht die Baustelle.',
      miss: 'Sobald die Genehmigung vorliegt, geht es auf der Baustelle weiter.',
    },
    {
      id: 'fehlt',
      pattern: '@fehlen|fehlende|lücke|lücken|lückenhaft|unvollständig',
      unlessAfter: ['nichts'],
      hit: 'In der Akte fehlt die Vollmacht Ihres Bruders.',
      miss: 'In der Akte liegt die Vollmacht Ihres Bruders.',
    },
    // Grammar that carries bad news whatever the trade: a limit ("nur fünf", "nur zur
    // Hälfte"), a contrast that takes something away ("allerdings in Weiß statt …"),
    // a state that got worse ("nicht mehr"), something not yet there, an admitted
    // unknown ("woran das liegt, wissen wir nicht"), a conflict or an objection.
    {
      id: 'leider',
      pattern: 'leider|bedauerlicherweise|dummerweise|ungünstig*|unglücklich*|ärgerlich*',
      hit: 'Die Lieferung der Dachziegel kommt leider in der falschen Farbe.',
      miss: 'Die Lieferung der Dachziegel kommt in der bestellten Farbe.',
    },
    {
      id: 'aber-nur',
      pattern: 'aber|allerdings|jedoch|nur ~6 nur|nicht|kein|keine|kaum|statt|anstatt|weniger',
      hit: 'Der Raum ist frei, allerdings passen nur 40 Gäste hinein.',
      miss: 'Der Raum ist frei, und es passen 40 Gäste hinein.',
    },
    {
      id: 'statt',
      // Not "statt" alone: "42 € statt 38 €" announces a price, "findet statt" is a verb.
      pattern: 'nur+zur+hälfte|zur+hälfte|nur+teilweise|teilweise',
      hit: 'Die Förderung wurde nur zur Hälfte bewilligt.',
      miss: 'Die Förderung wurde in voller Höhe bewilligt.',
    },
    {
      id: 'nicht-mehr',
      pattern: 'nicht+mehr|kein+mehr|keine+mehr|nicht+länger',
      unlessAfter: ['nötig', 'notwendig', 'erforderlich', 'tun', 'kümmern'],
      hit: 'Die Zählerstände passen nicht mehr zur Abrechnung.',
      miss: 'Die Zählerstände passen zur Abrechnung.',
    },
    {
      id: 'noch-nicht',
      pattern:
        'noch+nicht|bislang+nicht|bisher+nicht|noch+kein|noch+keine|bislang+kein|bislang+keine|bisher+kein|bisher+keine|noch+nichts',
      hit: 'Eine Zusage der Bank gibt es bisher keine.',
      miss: 'Eine Zusage der Bank gibt es seit gestern.',
    },
    {
      id: 'wissen-nicht',
      pattern: 'wissen|weiß <self> (noch) nicht|kaum|keiner|niemand',
      hit: 'Warum die Sicherung fliegt, wissen wir noch nicht.',
      miss: 'Warum die Sicherung fliegt, wissen wir jetzt.',
    },
    {
      id: 'kaum',
      pattern: 'kaum|weiter+unklar|weiterhin+unklar|noch+unklar|ungeklärt|krank|erkrankt',
      unlessAfter: ['erwarten', 'abwarten', 'zu+glauben'],
      hit: 'Der Hund frisst seit gestern kaum etwas.',
      miss: 'Der Hund frisst seit gestern wieder gut.',
    },
    {
      id: 'konflikt',
      pattern:
        '@widersprechen|@verstoßen|bedenken|@bemängeln|@beanstanden|@anzweifeln|@bestreiten|@monieren|@kollidieren|ärger|streit|unstimmigkeit*|abweichung*',
      hit: 'Der Mieter hat die Abrechnung bemängelt.',
      miss: 'Der Mieter hat die Abrechnung bezahlt.',
    },
    {
      id: 'oder-koennte',
      // The choice with the verb last: "…, die man beobachten oder operieren könnte."
      pattern: 'oder ~6 könnte|könnten|ließe|müsste|müssten',
      hit: 'Den Riss kann man verpressen oder ganz erneuern, beides könnte man machen.',
      miss: 'Den Riss haben wir verpresst.',
    },
    {
      id: 'die-eine-der-andere',
      pattern: 'der|die|das eine|einen ~8 der|die|das andere|anderen',
      hit: 'Die eine Firma ist günstiger, die andere schneller.',
      miss: 'Die Firma ist günstiger und schneller.',
    },
  ],
  en: [
    // A problem reported as a fact (see the German entries): lemmas and word classes.
    {
      id: 'damage-state',
      pattern:
        'broken|faulty|pixelated|blurry|incorrect|leaking|tangled|leaks|leak|rotten|damaged|unstable|cracked|damp|mould|mold|defect|defects|defective|flawed|unsafe|unenforceable|invalid|outdated|abnormal|paler|darker|malware|virus|breach|unlicensed',
      hit: 'Taking off the panel we saw that the pipe behind it is leaking.',
      miss: 'Taking off the panel we saw that the pipe behind it is fine.',
    },
    {
      id: 'went-wrong',
      pattern:
        '@fail|@cancel|@refuse|@reject|@decline|@crash|@disallow|@complain|objection|complaint|complaints|flagged|exposed|@withdraw|@lodge|@break+down',
      hit: 'The bank has rejected the loan for the extension.',
      miss: 'The bank has approved the loan for the extension.',
    },
    {
      id: 'delayed',
      pattern:
        '@delay|delays|late|later+than|behind+schedule|held+up|lead+time|lead+times|postponed|discontinued|unavailable|out+of+stock|double-booked|fully+booked|supply+problems|shortage|backlog',
      hit: 'Because of the heat the window fitting is delayed.',
      miss: 'Despite the heat the window fitting is going to plan.',
    },
    {
      id: 'costs-more',
      pattern:
        'more+expensive|pricier|extra+cost|extra+costs|additional+cost|additional+costs|increase|@raise+its+prices|@raise+the+price|@raise+the+rent|went+up|go+up|gone+up|shot+up|dropped|to+pay|over+budget|overspent|almost+gone|nearly+gone|gap|shortfall|loss|losses|costing',
      hit: 'The extra insulation comes with additional costs of about 1,800 pounds.',
      miss: 'The extra insulation is included at no charge.',
    },
    {
      id: 'problem-word',
      pattern:
        'problem|problems|issue|issues|tricky|hard|harder|difficult|risk|risky|danger|warning|mess|messy|expensive|worse|worrying|concern|concerning|stand+out',
      unlessAfter: ['solved', 'resolved', 'fixed', 'sorted'],
      hit: 'With the old meter the inspection will be tricky.',
      miss: 'With the new meter the inspection will be quick.',
    },
    {
      id: 'runs-out',
      pattern: '@expire|@lapse|runs+out|run+out|running+out',
      hit: 'The warranty on the roof lapses in the spring.',
      miss: 'The warranty on the roof holds for five more years.',
    },
    {
      id: 'renews',
      // A renewal is the reader's matter only where it can be stopped ("… unless cancelled"): the rule checks that.
      pattern: 'renews|renew|auto-renews',
      hit: "The contract renews for three years unless it's cancelled.",
      miss: 'The contract was extended for three years.',
    },
    {
      id: 'either-or',
      // A choice put before the reader: "either … or", "we could do A or B".
      pattern: 'either|could|would|alternatively|alternative|both ~8 or|possible|workable|an+alternative',
      hit: 'We could plaster the wall again or clad it in timber.',
      miss: 'We will plaster the wall again and paint it white.',
    },
    {
      id: 'options',
      pattern: 'two|three|both|other|alternative options|alternatives|variants|ways|routes|suppliers|choices',
      hit: 'For the shop lighting we have prepared three variants.',
      miss: 'For the shop lighting one variant has been ordered.',
    },
    {
      id: 'unclear-which',
      // An open point said, not asked: "it isn't clear which …", "the only thing still open is whether …".
      pattern:
        "unclear|open|unsure|not+clear|isn't+clear|not+sure|nobody+knows|no+one+knows|undecided ~4 which|whether|how|who|when|what|is",
      hit: 'It is not clear yet which colour the plinth should be.',
      miss: 'It is clear now that the plinth will be grey.',
    },
    {
      id: 'outside-range',
      // A result outside its range: "Your iron level is well below the normal range".
      pattern: 'below|above|outside|over|under the normal|reference|safe|recommended range|limit|level',
      hit: 'Your iron level is well below the normal range.',
      miss: 'Your iron level is back within the normal range.',
    },
    {
      id: 'not-getting-anywhere',
      pattern:
        "not+getting+anywhere|getting+nowhere|can't+go+on|don't+sit+well|doesn't+add+up|don't+add+up|something+is+off|something's+off|don't+match|doesn't+match|don't+fit|doesn't+fit|won't+fit|isn't+working|aren't+working|don't+seem+to+help|doesn't+seem+to+help|won't+hold|won't+last|won't+cover|wouldn't+be+ready|won't+be+ready|isn't+enough|not+enough|can't+be+used|cannot+be+used|isn't+usable|not+usable",
      hit: 'The old software and the new scanner just do not work together, something is off.',
      miss: 'The old software and the new scanner work well together.',
    },
    {
      id: 'will-be-tight',
      // Time or money running short; "the bathrooms are a little tight" is a remark.
      pattern: "will|would|it'll|that'll|going+to (be) (very|quite|really|pretty) tight|a+squeeze",
      hit: 'For the trade fair it will be very tight.',
      miss: 'The bathrooms are a little tight.',
    },
    {
      id: 'cannot-stay',
      pattern: "shouldn't|can't|cannot|won't|should+not stay|remain|go+on|continue|carry+on like|as|this",
      hit: "The crack in the render shouldn't stay like that over winter.",
      miss: 'The crack in the render was filled before winter.',
    },
    {
      id: 'limited-time',
      pattern: 'limited|short time|while|period|window',
      hit: "The manufacturer's discount is only valid for a limited time.",
      miss: "The manufacturer's discount is valid all year.",
    },
    {
      id: 'only-once',
      pattern: 'can|will|could only ~3 once|when|after|if',
      hit: 'The kitchen can only go in once the screed has dried.',
      miss: 'The kitchen can go in on Monday.',
    },
    {
      id: 'heard-nothing',
      pattern: "heard+nothing|haven't+heard|have+not+heard|no+word|not+heard+back|no+reply",
      hit: 'So far we have heard nothing from the council.',
      miss: 'So far the council has replied to everything.',
    },
    {
      id: 'appeal-possible',
      pattern: 'appeal|objection|challenge|claim ~5 possible|open|allowed',
      hit: 'An objection to the decision is possible within four weeks.',
      miss: 'The decision is final and cannot be changed.',
    },
    {
      id: 'things-to-think-about',
      pattern:
        'few|some|several|couple things|points|questions|issues to think+about|consider|discuss|decide|clarify|bear+in+mind',
      hit: 'With the extension there are a few things to think about.',
      miss: 'With the extension everything is settled.',
    },
    {
      id: 'wondering-whether',
      // A suggestion tucked into a question to oneself: "I was wondering whether it might make sense …"
      pattern: 'wondering|wondered|wonder whether|if|how',
      hit: 'I was wondering whether the hedge should go after all.',
      miss: 'I was pleased that the hedge stays.',
    },
    {
      id: 'might-be-worth',
      pattern: 'might|may|could (perhaps|possibly) be worth|sensible|wise|advisable|good',
      hit: 'A second opinion might be worth it here.',
      miss: 'A second opinion is not needed here.',
    },
    {
      id: 'alternatively',
      // "Otherwise we'll schedule the posts" is the writer's plan, not a choice: the rule checks.
      pattern: '^alternatively|otherwise',
      hit: 'Alternatively, an oak floor would also work.',
      miss: 'An oak floor has been ordered.',
    },
    {
      id: 'should-be',
      // Something should happen, but nobody is named: "It should be kept an eye on."
      pattern:
        'should|ought+to|needs+to be kept|looked+at|checked|watched|monitored|replaced|repaired|fixed|reviewed|addressed|sorted|done|changed|dealt',
      hit: 'The liver value should be watched closely.',
      miss: 'The liver value was watched closely.',
    },
    {
      id: 'would-have-to',
      pattern: "would+have+to+give|would+have+to+be|there'd+need+to+be|there+would+need+to+be|would+need+to+be",
      hit: 'To stay in budget, one of the two rooms would have to be dropped.',
      miss: 'To stay in budget, we dropped one of the two rooms.',
    },
    {
      id: 'cannot',
      // The work cannot go on; not a writer declining an offer ("we can't take it on this year").
      pattern:
        "<self> ~2 can't|cannot|can+not|aren't+allowed+to|are+not+allowed+to|am+unable+to|are+unable+to|won't+be+able+to ~3 lay|submit|file|finish|start|continue|proceed|go+ahead|complete|install|fit|pour|build|deliver|process|release|backfill|plaster|print|launch|open|pay|close",
      hit: 'Like this we cannot fit the kitchen units.',
      miss: 'Like this we can fit the kitchen units on Monday.',
    },
    {
      id: 'until-not',
      pattern: 'until|unless|without ~6 fixed|repaired|signed|approved|received|arrived|come+through|them|it|that',
      hit: "Until the roof is repaired, we can't plaster upstairs.",
      miss: 'The roof was repaired on Tuesday.',
    },
    {
      id: 'missing',
      pattern: 'missing|incomplete|gaps|gap+in|lacking|@lack',
      hit: "Your brother's power of attorney is missing from the file.",
      miss: "Your brother's power of attorney is in the file.",
    },
    // Grammar that carries bad news whatever the trade (see the German entries).
    {
      id: 'unfortunately',
      pattern: 'unfortunately|sadly|regrettably|awkward|inconvenient|unlucky|unhelpful',
      hit: 'The roof tiles have unfortunately come in the wrong colour.',
      miss: 'The roof tiles have come in the colour you ordered.',
    },
    {
      id: 'but-only',
      pattern: "but|however|though|although ~6 only|not|n't|no|barely|hardly|rather+than|instead|fewer|less",
      hit: 'The room is free, but only 40 guests fit in it.',
      miss: 'The room is free, and 40 guests fit in it.',
    },
    {
      id: 'instead-of',
      // Not "instead of" alone: "£12 instead of £9" announces a price.
      pattern: 'only+half|only+partly|partly|partially',
      hit: 'The grant was only partly approved.',
      miss: 'The grant was approved in full.',
    },
    {
      id: 'no-longer',
      pattern: 'no+longer|not+any+more|not+anymore',
      unlessAfter: ['needed', 'necessary', 'required'],
      hit: 'The meter readings no longer match the statement.',
      miss: 'The meter readings match the statement.',
    },
    {
      id: 'not-yet',
      pattern:
        "n't|not|no|nothing|nobody|don't|doesn't|didn't|isn't|aren't|wasn't|weren't|hasn't|haven't|hadn't|won't|can't|couldn't ~6 yet|so+far",
      hit: 'The bank has not confirmed the loan yet.',
      miss: 'The bank has confirmed the loan.',
    },
    {
      id: 'dont-know',
      pattern: "<self> (still) don't|do+not|can't ~1 know|tell|say|see ~2 why|how|whether|what|if|yet",
      hit: "We don't know why the fuse keeps tripping.",
      miss: 'We know why the fuse keeps tripping.',
    },
    {
      id: 'barely',
      pattern: 'barely|hardly|still+unclear|remains+unclear|unexplained|unknown|sick|ill|lost|@lose',
      unlessAfter: ['wait'],
      hit: 'The dog has barely eaten since yesterday.',
      miss: 'The dog has eaten well since yesterday.',
    },
    {
      id: 'not-until',
      // Later than the reader expects: "not until the new year", "only in the autumn".
      // Not "only in" or "erst im …": "no check is needed until next year" is good news.
      pattern: "won't|couldn't|can't|cannot ~6 until|before",
      hit: "The spare part won't arrive until the autumn.",
      miss: 'The spare part arrives in the autumn, as planned.',
    },
    {
      id: 'conflict',
      pattern:
        '@contradict|@violate|@breach|breaks+the|concerns|queried|queries|@dispute|@challenge|@clash|@conflict|discrepancy|discrepancies|mismatch|@keep+dropping|keeps+dropping|keeps+failing|keeps+crashing|@act+up|acting+up',
      hit: 'The tenant has queried the service charges.',
      miss: 'The tenant has paid the service charges.',
    },
    {
      id: 'the-one-the-other',
      pattern: 'one ~8 the other|the+others',
      hit: 'One firm is cheaper, the other is quicker.',
      miss: 'The firm is cheaper and quicker.',
    },
  ],
};

/**
 * What takes the urgency out of a pending sentence: reassurance ("keine Sorge",
 * "no rush") or a condition in front ("Wenn die Belege noch nicht vollständig
 * sind, …", "if you missed the deadline"): the writer then states no gap of the reader's.
 */
export const NOT_PENDING: FrameBook = {
  de: [
    {
      id: 'keine-sorge',
      pattern: 'keine|kein sorge|sorgen|stress|eile|problem|hektik|druck',
      hit: 'Keine Sorge, die Belege können auch später kommen.',
      miss: 'Die Belege fehlen noch.',
    },
    {
      id: 'eilt-nicht',
      pattern: 'eilt|drängt|pressiert nicht|keineswegs|überhaupt+nicht',
      hit: 'Die Belege fehlen noch, aber das eilt nicht.',
      miss: 'Die Belege fehlen noch, und das eilt.',
    },
    {
      id: 'in-ruhe',
      pattern: 'hat|haben (aber) (noch|gut) zeit|in+ruhe|in+aller+ruhe',
      hit: 'Die Unterschrift fehlt noch, das hat aber noch Zeit.',
      miss: 'Die Unterschrift fehlt noch.',
    },
    {
      id: 'fristgerecht',
      // Good news about timing: the matter is on track.
      pattern: 'fristgerecht|rechtzeitig|pünktlich|wie+geplant|planmäßig|termingerecht',
      hit: 'Der Mietvertrag wurde fristgerecht gekündigt.',
      miss: 'Der Mietvertrag wurde gekündigt.',
    },
    {
      id: 'behoben',
      // The writer reports the problem solved: nothing is left for the reader.
      pattern:
        'behoben|repariert|ersetzt|bereinigt|beseitigt|gelöst|erledigt|ausgetauscht|nachgebessert|wieder+stabil|wieder+dicht|wieder+in+ordnung|läuft+wieder|laufen+wieder|funktioniert+wieder|funktionieren+wieder|im+normbereich|unauffällig|alles+in+ordnung',
      hit: 'Die lockeren Fliesen im Bad sind ersetzt.',
      miss: 'Die lockeren Fliesen im Bad fallen ab.',
    },
    {
      id: 'automatisch',
      // It happens without the reader: "wird automatisch abgebucht", "erfolgt automatisch".
      pattern: 'wird|werden|erfolgt|erfolgen ~6 automatisch|selbsttätig',
      hit: 'Die Nachzahlung wird am 15. automatisch abgebucht.',
      miss: 'Die Anlage schaltet sich automatisch ab, weil der Druck fehlt.',
    },
    {
      id: 'bleibt-gleich',
      // Nothing changes for the reader: "Preise und Lieferzeiten bleiben gleich".
      pattern: 'bleibt|bleiben gleich|unverändert|wie+bisher|wie+gehabt',
      hit: 'Preise und Lieferzeiten bleiben gleich.',
      miss: 'Preise und Lieferzeiten steigen.',
    },
    {
      id: 'bewilligt',
      // A decision in the reader's favour ("Ihr Einspruch wurde anerkannt", "wird erstattet"); not when denied (the rule checks).
      pattern: 'anerkannt|bewilligt|genehmigt|stattgegeben|erstattet|zurückerstattet|gutgeschrieben',
      hit: 'Das Finanzamt hat Ihren Einspruch vollständig anerkannt.',
      miss: 'Das Finanzamt hat Ihren Einspruch geprüft.',
    },
    {
      id: 'sie-koennen',
      // The reader is told what they may do ("Sie können per Telefon absagen"): an option, not bad news.
      pattern: 'sie|du|ihr können|kannst|könnt',
      unlessAfter: ['nicht', 'kein', 'keine', 'nur', 'erst', 'leider'],
      hit: 'Sie können telefonisch, per Mail oder online absagen.',
      miss: 'Die Termine wurden abgesagt.',
    },
    {
      id: 'wenn-vorne',
      pattern: '^wenn|falls|sofern|sollte|sollten',
      hit: 'Falls die Belege noch fehlen, ist das nicht schlimm.',
      miss: 'Die Belege fehlen noch, das ist schlimm.',
    },
  ],
  en: [
    {
      id: 'no-rush',
      pattern: "don't|do+not|no worry|worries|rush|hurry|pressure|stress|problem",
      hit: "Don't worry, the receipts can come later.",
      miss: 'The receipts are still missing.',
    },
    {
      id: 'take-your-time',
      pattern: 'take+your+time|whenever+suits|whenever+it+suits|not+urgent|no+urgency|in+your+own+time',
      hit: 'The receipts are still missing, but take your time.',
      miss: 'The receipts are still missing, so time is tight.',
    },
    {
      id: 'on-time',
      // Good news about timing: the matter is on track.
      pattern: 'in+time|on+time|as+planned|on+schedule|on+track',
      hit: 'The lease was terminated in time.',
      miss: 'The lease was terminated.',
    },
    {
      id: 'fixed',
      // The writer reports the problem solved: nothing is left for the reader.
      pattern:
        'fixed|resolved|repaired|replaced|cleaned|solved|sorted+out|back+in+use|watertight+again|stable+again|working+again|back+to+normal|within+the+normal+range|no+need+to+worry|nothing+to+worry',
      hit: 'The loose tiles in the bathroom have been replaced.',
      miss: 'The loose tiles in the bathroom keep falling off.',
    },
    {
      id: 'automatically',
      // It happens without the reader: "will be collected automatically".
      pattern: 'will|is|are|happens|happen|takes+place ~6 automatically',
      hit: 'The additional tax will be collected automatically on the 15th.',
      miss: 'The system shuts itself off automatically because the pressure is low.',
    },
    {
      id: 'stays-the-same',
      // Nothing changes for the reader: "Prices and delivery times stay the same".
      pattern: 'stay|stays|remain|remains the+same|unchanged|as+before',
      hit: 'Prices and delivery times stay the same.',
      miss: 'Prices and delivery times go up.',
    },
    {
      id: 'granted',
      // A decision in the reader's favour ("your appeal was upheld", "will be refunded"); not when denied (the rule checks).
      pattern: 'upheld|approved|granted|refunded|reimbursed|credited',
      hit: 'The council has upheld your appeal in full.',
      miss: 'The council has looked at your appeal.',
    },
    {
      id: 'you-can',
      // The reader is told what they may do ("You can cancel by phone"): an option, not bad news.
      pattern: 'you can',
      unlessAfter: ['no', 'not', 'only', 'never', 'hardly', 'barely'],
      hit: 'You can rebook online or at the front desk.',
      miss: 'The appointments were cancelled.',
    },
    {
      id: 'if-in-front',
      pattern: '^if|in+case|should|when|once',
      hit: 'If the receipts are still missing, that is fine.',
      miss: 'The receipts are still missing, and that is a problem.',
    },
  ],
};

/**
 * The writer owns the problem or has settled it: an apology for their own slip, or
 * the word that it is fixed. A mail that says so reports a problem it has dealt
 * with, so PROBLEMS elsewhere in it ask nothing of the reader.
 */
export const DEALT_WITH: FrameBook = {
  de: [
    {
      id: 'entschuldigung',
      pattern: 'entschuldig*|verzeih*',
      hit: 'Bitte entschuldigen Sie die verspätete Lieferung der Stühle.',
      miss: 'Die Lieferung der Stühle ist leider verspätet.',
    },
    {
      id: 'unser-fehler',
      pattern: 'unser|unsere|mein|meine fehler|versehen|versäumnis|nachlässigkeit|schuld',
      hit: 'Die falsche Farbe war unser Fehler.',
      miss: 'Die falsche Farbe war Ihre Wahl.',
    },
    {
      id: 'tut-mir-leid-dass',
      pattern: 'tut|tat mir|uns (sehr|wirklich) leid , dass',
      hit: 'Es tut mir leid, dass die Stühle so spät kamen.',
      miss: 'Es tut gut, dass die Stühle endlich da sind.',
    },
    {
      id: 'verstaendnis',
      // A refusal the writer stands by: "Ich hoffe, Sie verstehen das."
      pattern: 'hoffe|hoffen|bitte|bitten|danke|danken ~4 verstehen|verständnis',
      hit: 'Ich hoffe, Sie haben Verständnis dafür.',
      miss: 'Ich hoffe, Sie hatten einen schönen Urlaub.',
    },
    {
      id: 'ihr-wunsch',
      // The writer answers the reader's own request, even with a no: nothing is left open for them.
      pattern:
        'ihren|ihrem|ihre|deinen|deinem|deine|euren|eurem|eure wunsch|anfrage|frage|bitte|vorschlag ~8 leider|nicht|kein|keine',
      hit: 'Ihren Wunsch nach einem zweiten Bad können wir leider nicht erfüllen.',
      miss: 'Ihren Wunsch nach einem zweiten Bad erfüllen wir gern.',
    },
    {
      id: 'hat-sich-geklaert',
      // A discrepancy cleared up: "Die Differenz hat sich aufgeklärt", "damit ist alles ausgeglichen".
      pattern: 'hat|haben|ist|sind sich|damit|jetzt|nun|alles aufgeklärt|geklärt|ausgeglichen',
      hit: 'Die Differenz zwischen Rechnung und Lieferschein hat sich aufgeklärt.',
      miss: 'Die Differenz zwischen Rechnung und Lieferschein ist noch offen.',
    },
    {
      id: 'ist-behoben',
      pattern:
        'ist|sind|wurde|wurden|habe|haben (inzwischen|bereits|schon|jetzt|wieder|heute|gestern|alle|alles) behoben|repariert|beseitigt|gelöst|bereinigt',
      hit: 'Der Fehler im Kassensystem ist behoben.',
      miss: 'Der Fehler im Kassensystem besteht weiter.',
    },
    {
      id: 'nichts-fuer-sie',
      // The writer tells the reader that nothing is left for them: the matter is the writer's to carry.
      pattern: 'für+sie|für+dich|für+euch ändert ~2 nichts',
      hit: 'Die Kosten trägt der Hersteller, für Sie ändert sich nichts.',
      miss: 'Die Kosten trägt der Hersteller, für Sie ändert sich einiges.',
    },
    {
      id: 'sie-muessen-nichts',
      pattern:
        'sie|du|ihr müssen|musst|müsst|brauchen|brauchst|braucht ~2 nichts ~3 tun|unternehmen|unterschreiben|veranlassen',
      hit: 'Der Wechsel erfolgt automatisch, Sie müssen dafür nichts unternehmen.',
      miss: 'Der Wechsel erfolgt nicht automatisch, Sie müssen dafür noch etwas unternehmen.',
    },
    {
      id: 'selbst-behoben',
      // The writer reports their own remedy: "Ich habe den alten Treiber wiederhergestellt", "Wir haben das sofort reklamiert".
      pattern:
        'ich|wir habe|haben ~8 wiederhergestellt|zurückgesetzt|erneuert|verlängert|korrigiert|berichtigt|nachgetragen|reklamiert|nachbestellt|umgebucht|ausgetauscht|ersetzt|erweitert',
      hit: 'Ich habe den alten Treiber wiederhergestellt.',
      miss: 'Ich habe den alten Treiber gefunden.',
    },
    {
      id: 'laeuft-seitdem',
      // The remedy shows: "läuft seitdem ohne Abbrüche", "funktioniert wieder einwandfrei".
      pattern:
        'seitdem|seither|wieder ~3 problemlos|einwandfrei|stabil|reibungslos|zuverlässig|fehlerfrei|ohne+abbrüche|ohne+probleme|ohne+störungen',
      hit: 'Der Router läuft seitdem ohne Abbrüche.',
      miss: 'Der Router läuft seitdem mit Abbrüchen.',
    },
    {
      id: 'zunaechst-inzwischen',
      // A gap that was: "fehlte zunächst ein Beleg, den wir inzwischen erhalten haben".
      pattern: 'zunächst|anfangs ~8 inzwischen|mittlerweile|nachträglich',
      hit: 'Zunächst fehlte ein Beleg, den wir inzwischen erhalten haben.',
      miss: 'Zunächst fehlte ein Beleg, und er fehlt noch immer.',
    },
    {
      id: 'damit-abgeschlossen',
      // The matter is closed: "Das Verfahren ist damit beendet", "Die Abrechnung ist damit vollständig".
      pattern: 'ist|sind damit|nun|jetzt|somit abgeschlossen|beendet|vollständig|erledigt',
      hit: 'Das Verfahren ist damit beendet.',
      miss: 'Das Verfahren ist damit eröffnet.',
    },
    {
      id: 'eigene-alternative',
      // The writer has already chosen the way round it: "Ich habe stattdessen eine ähnliche Schrift gewählt."
      pattern: 'ich|wir ~6 stattdessen|ersatzweise',
      hit: 'Ich habe stattdessen eine sehr ähnliche Schrift gewählt.',
      miss: 'Sie könnten stattdessen eine sehr ähnliche Schrift wählen.',
    },
    {
      id: 'gefunden-und-bestellt',
      // The writer's replacement: "Wir haben ein ähnliches Modell gefunden und bestellt."
      pattern: 'gefunden|ausgesucht|gewählt und bestellt|gebucht|nachbestellt|beauftragt',
      hit: 'Wir haben ein fast identisches Modell gefunden und bestellt.',
      miss: 'Wir haben ein fast identisches Modell gefunden, aber noch nicht bestellt.',
    },
    {
      id: 'stattdessen',
      // The way round it, said as what happens: "Stattdessen bietet sich ein Fenster an". Only in the
      // indicative and without a choice or a new problem in it (the rule checks): "Stattdessen
      // ginge A oder B" still leaves the choice with the reader.
      pattern: 'stattdessen|ersatzweise|als+ersatz|als+alternative',
      hit: 'Stattdessen bietet sich ein bodentiefes Fenster an.',
      miss: 'Für den Balkon gibt es keine Genehmigung.',
    },
    {
      id: 'zugesagt',
      // A third party has promised the way out: "Der Hersteller hat uns denselben Stoff zugesagt".
      pattern: 'hat|haben ~8 zugesagt|versprochen|garantiert',
      hit: 'Der Hersteller hat uns denselben Stoff aus einer neuen Charge zugesagt.',
      miss: 'Der Hersteller hat uns denselben Stoff aus einer neuen Charge angeboten, falls es eilt.',
    },
    {
      id: 'vertretung',
      // Someone stands in: "Meine Kollegin übernimmt den Termin", "Die Vertretung ist für Sie da".
      pattern:
        'kollege|kollegin|vertretung|vertreter|vertreterin|ersatz ~8 übernimmt|übernehmen|springt+ein|vertritt|kommt|ist+für+sie+da|führt|macht',
      hit: 'Meine Kollegin Frau Adam übernimmt die Besichtigung zur selben Zeit.',
      miss: 'Meine Kollegin Frau Adam ist leider krank.',
    },
    {
      id: 'selbst-behoben-vorn',
      // The same with the object in front: "Das haben wir sofort reklamiert."
      pattern:
        'habe|haben ich|wir ~6 wiederhergestellt|zurückgesetzt|erneuert|verlängert|korrigiert|berichtigt|nachgetragen|reklamiert|nachbestellt|umgebucht|ausgetauscht|ersetzt|erweitert',
      hit: 'Das haben wir sofort beim Händler reklamiert.',
      miss: 'Das haben wir sofort beim Händler gemeldet.',
    },
  ],
  en: [
    {
      id: 'apology',
      pattern: 'apologi*|apologies',
      hit: 'We apologise for the late delivery of the chairs.',
      miss: 'The delivery of the chairs is late.',
    },
    {
      id: 'sorry-for',
      pattern: 'sorry for|that|about',
      hit: 'We are sorry for the late delivery of the chairs.',
      miss: 'We are glad about the early delivery of the chairs.',
    },
    {
      id: 'our-mistake',
      pattern: 'our|my mistake|oversight|fault|error|slip',
      hit: 'The wrong colour was our mistake.',
      miss: 'The wrong colour was your choice.',
    },
    {
      id: 'understanding',
      // A refusal the writer stands by: "I hope you understand."
      pattern: 'hope|thank|thanks|appreciate ~3 understand|understanding',
      hit: "I hope you'll understand our position.",
      miss: 'I hope you had a lovely holiday.',
    },
    {
      id: 'your-request',
      // The writer answers the reader's own request, even with a no: nothing is left open for them.
      pattern: "your request|wish|question|suggestion|proposal ~8 unfortunately|not|can't|cannot|won't|unable|no",
      hit: "Your request for a second bathroom is something we can't meet.",
      miss: 'Your request for a second bathroom is something we can meet.',
    },
    {
      id: 'explained',
      // A discrepancy cleared up: "The gap is explained", "everything now balances".
      pattern: 'is|are|been|now explained|cleared+up|accounted+for|balances|reconciled',
      hit: 'The gap between the invoice and the delivery note is explained.',
      miss: 'The gap between the invoice and the delivery note is still open.',
    },
    {
      id: 'is-fixed',
      pattern:
        "is|are|was|were|been|has|have|it's|i've|we've (now|already|all|just) fixed|resolved|repaired|solved|sorted",
      hit: 'The fault in the till system is fixed.',
      miss: 'The fault in the till system persists.',
    },
    {
      id: 'nothing-for-you',
      // The writer tells the reader that nothing is left for them: the matter is the writer's to carry.
      pattern: 'nothing (further|more|else) (changes|left) for you',
      hit: 'The manufacturer is covering the cost, so nothing changes for you.',
      miss: 'The manufacturer is covering the cost, so a lot changes for you.',
    },
    {
      id: 'you-need-not',
      pattern: "you don't|do+not|won't|will+not|needn't (need|have) (to) do|sign|worry|change",
      hit: "The switch happens automatically, so you don't need to do anything.",
      miss: 'The switch does not happen automatically, so you need to do something.',
    },
    {
      id: 'own-remedy',
      // The writer reports their own remedy: "I've rolled back the driver", "We complained straight away".
      pattern:
        "i've|we've|i+have|we+have|i|we (already|just|now) restored|rolled+back|reinstalled|renewed|corrected|complained|reordered|rebooked|rescheduled|swapped|expanded|reset|restarted|rebooted",
      hit: "I've rolled back to the previous driver.",
      miss: "I've looked at the previous driver.",
    },
    {
      id: 'fine-since',
      // The remedy shows: "has been stable ever since", "hasn't dropped out since".
      pattern: 'fine|stable|reliably|smoothly|flawlessly (ever) since|again',
      hit: 'The router has been stable ever since.',
      miss: 'The router has been unstable ever since.',
    },
    {
      id: 'not-failed-since',
      pattern: "hasn't|has+not|haven't|have+not dropped|failed|crashed|stopped|faltered|dropped+out (once|again) since",
      hit: "It hasn't dropped out since.",
      miss: "It hasn't been paid since March.",
    },
    {
      id: 'at-first-since',
      // A gap that was: "One receipt was missing at first, but we've since received it".
      pattern: 'at+first|initially ~8 since|now|meanwhile',
      hit: "One receipt was missing at first, but we've since received it.",
      miss: 'One receipt was missing at first, and it is still missing.',
    },
    {
      id: 'now-closed',
      // The matter is closed: "The case is therefore closed", "The statement is now complete".
      pattern: 'is|are therefore|now|thus closed|complete|concluded|settled',
      hit: 'The case is therefore closed.',
      miss: 'The case is therefore open.',
    },
    {
      id: 'own-alternative',
      // The writer has already chosen the way round it: "I've picked a similar font instead."
      pattern: "i|we|i've|we've ~6 instead",
      hit: "I've picked a very similar free font instead.",
      miss: 'You could pick a very similar free font instead.',
    },
    {
      id: 'instead',
      // The way round it, said as what happens: "A full-height window works instead". Only in the
      // indicative and without a choice or a new problem in it (the rule checks).
      pattern: 'instead|as+a+replacement|as+an+alternative',
      hit: 'A full-height window with a railing works instead.',
      miss: 'The local plan does not allow a balcony.',
    },
    {
      id: 'promised',
      // A third party has promised the way out: "The maker has promised us the same fabric".
      pattern: 'has|have ~6 promised|guaranteed',
      hit: 'The maker has promised us the same fabric from a new batch.',
      miss: 'The maker has offered us a different fabric.',
    },
    {
      id: 'stand-in',
      // Someone stands in: "My colleague will show you round", "the locum covers the clinic".
      pattern:
        'colleague|locum|deputy|stand-in|replacement ~8 will|takes+over|steps+in|is+stepping+in|covers|is+covering|is+standing+in',
      hit: 'My colleague Ms Lenz will show you round at the same time.',
      miss: 'My colleague Ms Lenz is off sick, I am afraid.',
    },
    {
      id: 'own-remedy-and',
      // The writer's remedy after what they found: "We found a similar model and ordered it."
      pattern:
        'found|chose|picked|sourced|deleted|cleared|freed ~8 and ordered|booked|arranged|reordered|rebooked|restarted|rebooted',
      hit: 'We found a nearly identical model and ordered it.',
      miss: 'We found a nearly identical model and liked it.',
    },
  ],
};
