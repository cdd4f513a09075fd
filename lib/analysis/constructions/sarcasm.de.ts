// Spöttischer Dank und falsches Lob (Prinzip 5: der eigene Zustand zuerst).
// Dank und Lob sind in Kundenmails meist ernst gemeint; erst eine Lage, die
// den Leser belastet (zu spät, schon wieder, nicht erschienen), oder ein
// ironisches Signal macht sie zum Spott. Jeder Eintrag: ein Satz, den er finden
// muss, und ein ähnlicher, den er nicht finden darf. Syntax: ../pattern.ts.
import type { SarcasmData } from '../rules/sarcasm';

const NUM =
  '0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|dreissig';
const UNIT =
  'minuten|stunden|tage|tagen|wochen|monate|monaten|jahre|jahren|werktage|werktagen|arbeitstage|arbeitstagen';
const ORD = 'zweiten|dritten|vierten|fünften|sechsten|x-ten|zigsten|hundertsten|soundsovielten';

export const SARCASM_DE: SarcasmData = {
  praise: [
    {
      id: 'tolle-idee',
      pattern:
        'tolle|prima|super|klasse|großartige|grossartige|geniale|brillante|glänzende|reife idee|leistung|aktion|planung',
      hit: 'Tolle Idee, den Keller zu fluten.',
      miss: 'Die Idee ist toll.',
    },
    {
      id: 'ich-danke-ihnen',
      addressed: true,
      pattern:
        'ich+danke|wir+danken|ich+bedanke+mich|wir+bedanken+uns (=Ihnen|dir|euch) (sehr|herzlich|vielmals|auch) (,) dass|für',
      hit: 'Ich danke Ihnen, dass Sie angerufen haben.',
      miss: 'Ich habe Ihnen geschrieben, dass Sie anrufen.',
    },
    {
      id: 'wie-schoen-dass',
      pattern: 'wie schön|nett|toll|reizend|aufmerksam|freundlich (,) dass|von',
      hit: 'Wie nett, dass Sie sich melden.',
      miss: 'Wie Sie wissen, melden wir uns.',
    },
    {
      id: 'danke-dass-fuer',
      addressed: true,
      pattern:
        'danke|vielen+dank|vielen+herzlichen+dank|herzlichen+dank|besten+dank|schönen+dank|tausend+dank|danke+schön|danke+sehr|merci (auch) (,) dass|für',
      hit: 'Danke, dass Sie die Pläne geschickt haben.',
      miss: 'Die Pläne haben Sie geschickt.',
    },
    {
      id: 'toll-dass',
      pattern:
        'super|toll|klasse|prima|großartig|grossartig|wunderbar|herrlich|spitze|fantastisch|genial|schön|nett|stark|reizend (,) dass',
      hit: 'Super, dass ihr gekommen seid.',
      miss: 'Wir wissen, dass ihr gekommen seid.',
    },
    {
      id: 'glueckwunsch',
      addressed: true,
      pattern: 'glückwunsch|glueckwunsch|gratulation|gratuliere|herzlichen+glückwunsch|na+herzlichen+glückwunsch',
      hit: 'Herzlichen Glückwunsch zum neuen Büro.',
      miss: 'Wir wünschen Ihnen viel Erfolg im neuen Büro.',
    },
    {
      id: 'toll-gemacht',
      addressed: true,
      pattern:
        'toll|super|klasse|prima|großartig|grossartig|stark|spitze|hervorragend|gut gemacht|hinbekommen|hingekriegt',
      hit: 'Toll gemacht, die Wand steht.',
      miss: 'Die Wand ist gemacht.',
    },
    {
      id: 'ausruf-komma',
      pattern:
        '^toll|super|klasse|prima|großartig|grossartig|wunderbar|herrlich|spitze|fantastisch|perfekt|bravo|hervorragend|glänzend ,',
      hit: 'Toll, die Lieferung ist da.',
      miss: 'Die Lieferung ist toll.',
    },
    {
      // "Na toll, …", "Oh prima, …": the interjection already turns the praise.
      id: 'na-toll-komma',
      pattern:
        '^na|oh|ach|ja (,) toll|super|klasse|prima|großartig|grossartig|wunderbar|herrlich|spitze|perfekt|bravo|fein|schön|prächtig ,',
      hit: 'Na prima, das Fenster klemmt wieder.',
      miss: 'Prima, das Fenster schließt wieder.',
    },
    {
      // Opening praise with a comma, beyond the single adjectives: respect, congratulation, help, work done.
      id: 'lob-ausruf-komma',
      pattern:
        '^respekt|gratuliere|chapeau|hut+ab|sehr+hilfreich|echt+hilfreich|wirklich+hilfreich|wie+hilfreich|wie+aufmerksam|sehr+aufmerksam|wie+rücksichtsvoll|sehr+rücksichtsvoll|wie+umsichtig|wie+praktisch|schön|super+gemacht|toll+gemacht|gut+gemacht|klasse+gemacht|prima+gemacht|klasse+leistung|tolle+leistung|starke+leistung|reife+leistung|super+leistung|spitzenleistung|saubere+arbeit|tolle+arbeit|gute+arbeit|großartig+gemacht|wunderbar+gemacht ,',
      hit: 'Saubere Arbeit, die Leitung tropft schon wieder.',
      miss: 'Die Arbeit war sauber, danke.',
    },
  ],
  situation: [
    {
      id: 'alles-noch-mal',
      pattern:
        'alles|das|es|den+ganzen+kram (jetzt) noch+mal|noch+einmal|neu|von+vorn|von+vorne machen|anfangen|bauen|planen|schreiben|beginnen',
      selfOk: true,
      hit: 'Wir können jetzt alles noch mal machen.',
      miss: 'Wir können jetzt alles machen.',
    },
    {
      id: 'kurzfristige-absage',
      pattern: 'kurzfristige|kurzfristigen|kurzfristig absage|abgesagt|storniert|abgesprungen|umentschieden',
      hit: 'Die kurzfristige Absage hat uns einen Tag gekostet.',
      miss: 'Die rechtzeitige Absage hat uns geholfen.',
    },
    {
      id: 'lahmzulegen',
      pattern:
        'lahmzulegen|kaputtzumachen|zu+zerstören|zu+ruinieren|zu+löschen|zu+verlieren|zu+vergessen|zu+verpassen|zu+beschädigen|zu+verschlampen|abzuschießen',
      hit: 'Sie haben es geschafft, die Anlage lahmzulegen.',
      miss: 'Sie haben es geschafft, die Anlage zu reparieren.',
    },
    {
      id: 'warten-lassen',
      pattern:
        'warten+lassen|warten+gelassen|hängen+lassen|hängen+gelassen|im+regen+stehen+lassen|im+regen+stehen+gelassen',
      hit: 'Sie haben uns zwei Stunden warten lassen.',
      miss: 'Sie haben uns zwei Stunden beraten.',
    },
    {
      id: 'frist-verstrichen',
      pattern: 'frist|deadline|termin|abgabetermin ~2 verstrichen|abgelaufen|verpasst|geplatzt|versäumt',
      hit: 'Jetzt ist die Frist verstrichen.',
      miss: 'Jetzt ist die Frist verlängert.',
    },
    {
      id: 'nach-wochen-ohne-zahl',
      relief: true,
      pattern: 'nach wochen|monaten|tagen|jahren|all+der+zeit|so+langer+zeit ~1 endlich|nun|jetzt|erst|doch+noch',
      hit: 'Sie haben nach Wochen endlich geantwortet.',
      miss: 'Sie haben nach Wochen der Planung gebaut.',
    },
    {
      id: 'im-nachhinein',
      pattern: 'im+nachhinein|erst+hinterher|erst+im+nachhinein|nach+vollendeten+tatsachen',
      hit: 'Sie haben uns erst hinterher informiert.',
      miss: 'Sie haben uns vorher informiert.',
    },
    {
      id: 'nicht-einmal',
      pattern: 'nicht+einmal|nicht+mal|kein+einziges+mal|nicht+ein+einziges+mal',
      hit: 'Sie haben nicht einmal angerufen.',
      miss: 'Sie haben einmal angerufen.',
    },
    {
      id: 'vergessen-haben',
      pattern:
        'vergessen|verschlampt|verschwitzt|ignoriert|übersehen|verpasst|verbummelt|verschlafen|verloren haben|hast|habt|hat|hatten|hattest',
      hit: 'Danke, dass Sie den Termin vergessen haben.',
      miss: 'Danke, dass Sie an den Termin gedacht haben.',
    },
    {
      id: 'ohne-zu-lesen',
      pattern:
        'ohne zu+lesen|zu+prüfen|nachzufragen|abzusprechen|rücksprache|absprache|abstimmung|rückfrage|genehmigung|freigabe|vorwarnung|ankündigung|bescheid|anzurufen|abzusagen',
      hit: 'Sie haben ohne Vorwarnung abgesagt.',
      miss: 'Sie haben mit Vorwarnung abgesagt.',
    },
    {
      id: 'verspaetung',
      relief: true,
      pattern: `mit ${NUM}|einer|einem ~2 verspätung|verzug`,
      hit: 'Die Zahlung kam mit drei Wochen Verspätung.',
      miss: 'Die Zahlung kam ohne Verspätung.',
    },
    {
      id: 'mehrfach-nachgefragt',
      pattern:
        'zweimal|dreimal|viermal|fünfmal|mehrfach|mehrmals|x-mal|wiederholt (bei+Ihnen|bei+dir) nachgefragt|erinnert|gemahnt|nachgehakt|angerufen|geschrieben|gebeten',
      selfOk: true,
      hit: 'Wir hatten dreimal nachgefragt.',
      miss: 'Wir hatten einmal nachgefragt.',
    },
    {
      id: 'nach-wochen-endlich',
      relief: true,
      pattern: `nach ${NUM} ${UNIT} ~1 endlich|nun|jetzt|erst|dann+doch|doch+noch|schliesslich|auch+mal|auch+einmal|überhaupt`,
      hit: 'Sie haben nach vier Wochen endlich bezahlt.',
      miss: 'Sie haben nach vier Wochen Urlaub angerufen.',
    },
    {
      id: 'erst-nach-wochen',
      relief: true,
      pattern: `erst nach ${NUM} ${UNIT}`,
      hit: 'Die Unterlagen kamen erst nach zwei Wochen.',
      miss: 'Die Unterlagen kamen nach zwei Tagen.',
    },
    {
      id: 'wochen-zu-spaet',
      relief: true,
      pattern: `${UNIT} zu+spät|zu+spaet|verspätet|überfällig|nach+der+frist|nach+fristende|nach+ablauf|nach+dem+termin|nach+fälligkeit|nach+dem+stichtag|nach+der+deadline|nach+abgabeschluss`,
      hit: 'Die Zahlung kam drei Tage zu spät.',
      miss: 'Die Zahlung kam drei Tage vor dem Termin.',
    },
    {
      id: 'endlich-mal',
      relief: true,
      pattern: 'endlich mal|auch+mal|einmal',
      hit: 'Sie haben endlich mal geantwortet.',
      miss: 'Endlich ist das Dach dicht.',
    },
    {
      id: 'erst-jetzt',
      relief: true,
      pattern: 'erst jetzt|heute|gestern',
      hit: 'Die Freigabe kam erst jetzt.',
      miss: 'Die Freigabe kam jetzt schon.',
    },
    {
      id: 'vorabend',
      pattern:
        'am vorabend|abend+vor|tag+vor (der|des|dem) frist|abgabe|deadline|termins|termin|präsentation|einreichung|abgabetermins',
      hit: 'Die Folien kamen am Vorabend der Abgabe.',
      miss: 'Die Folien kamen eine Woche vor der Abgabe.',
    },
    {
      id: 'letzte-minute',
      // Help in the last minute is thanked sincerely ("in letzter Minute eingesprungen"); a cancellation is not.
      pattern:
        'in|auf letzter|allerletzter minute|sekunde|drücker abgesagt|storniert|zurückgezogen|umgeworfen|abgesprungen|absagen',
      hit: 'Sie haben in letzter Minute abgesagt.',
      miss: 'Sie sind in letzter Minute eingesprungen.',
    },
    {
      id: 'nach-der-dritten-erinnerung',
      pattern: `nach (der|dem|ihrer|unserer|meiner) ${ORD} erinnerung|mahnung|nachfrage|aufforderung|anruf|mail|e-mail`,
      hit: 'Die Rechnung kam nach der dritten Erinnerung.',
      miss: 'Die Rechnung kam nach der ersten Woche.',
    },
    {
      id: 'nach-drei-erinnerungen',
      pattern: `nach ${NUM} erinnerungen|mahnungen|nachfragen|aufforderungen|anrufen|mails|e-mails`,
      hit: 'Die Unterlagen kamen nach drei Mahnungen.',
      miss: 'Die Unterlagen kamen nach drei Tagen.',
    },
    {
      id: 'zum-dritten-mal',
      pattern: `zum ${ORD} mal|male`,
      hit: 'Der Termin platzt zum dritten Mal.',
      miss: 'Der Termin findet zum ersten Mal statt.',
    },
    {
      id: 'schon-wieder',
      pattern:
        'schon+wieder|mal+wieder|wieder+mal|wieder+einmal|erneut|wieder ~2 <neg>|falsch|vergessen|zu+spät|zu+spaet|abgesagt|verschoben|gefehlt|ausgefallen',
      hit: 'Sie haben schon wieder nicht angerufen.',
      miss: 'Sie haben wieder angerufen.',
    },
    {
      id: 'immer-noch-nicht',
      pattern: 'immer+noch|noch+immer|nach+wie+vor <neg>',
      hit: 'Die Rechnung ist immer noch nicht bezahlt.',
      miss: 'Die Rechnung ist immer noch offen, sagt die Bank.',
    },
    {
      id: 'verschlossene-tuer',
      pattern: 'vor verschlossener|verschlossenen tür|türe|türen|tor',
      selfOk: true,
      hit: 'Wir standen vor verschlossener Tür.',
      miss: 'Wir standen vor der offenen Tür.',
    },
    {
      id: 'nicht-erschienen',
      pattern: '<neg> erschienen|aufgetaucht|aufgekreuzt|da+gewesen|zu+hause+gewesen',
      hit: 'Der Kunde ist nicht erschienen.',
      miss: 'Der Kunde ist pünktlich erschienen.',
    },
    {
      id: 'geknackt',
      pattern: 'wurde|wurden|ist|sind ~3 geknackt|gehackt|zerkratzt|ruiniert|zerstört|beschädigt|hinüber',
      hit: 'Das Passwort wurde geknackt.',
      miss: 'Das Passwort wurde geändert.',
    },
    {
      id: 'ein-stern',
      pattern: 'nur+einen|nur+ein|einen|mit+einem|mit+nur+einem stern|sternchen',
      selfOk: true,
      hit: 'Sie haben uns einen Stern gegeben.',
      miss: 'Sie haben uns fünf Sterne gegeben.',
    },
    {
      id: 'ein-stern-fuer',
      pattern: '^ein stern für|nach|in|bei',
      selfOk: true,
      hit: 'Ein Stern für drei Jahre Betreuung.',
      miss: 'Sie sind ein Stern für unser Team.',
    },
    {
      id: 'ein-stern-bewertung',
      pattern: 'ein-stern-bewertung|ein-stern-bewertungen|1-stern-bewertung|1-stern-bewertungen|ein-stern-rezension',
      selfOk: true,
      hit: 'Die Ein-Stern-Bewertung haben wir gelesen.',
      miss: 'Die Bewertung haben wir gelesen.',
    },
    {
      id: 'nicht-eingeladen',
      pattern:
        'ohne uns|mich zu+fragen|zu+informieren|einzubeziehen|einzuweihen|zu+beteiligen|zu+benachrichtigen|vorher+zu+fragen',
      selfOk: true,
      hit: 'Das wurde entschieden, ohne uns zu informieren.',
      miss: 'Das wurde entschieden, wir haben uns informiert.',
    },
    {
      // Something broken or wrong again: the repetition makes it the reader's doing.
      id: 'wieder-kaputt',
      pattern:
        'wieder|schon+wieder|erneut|immer+noch|noch+immer|mal+wieder|wieder+mal|wie+immer|wie+gewohnt|wie+üblich|wie+jedes+mal ~0-4 kaputt|defekt|falsch|falschen|falsche|fehlerhaft|unvollständig|beschädigt|offline|unbrauchbar|abgestürzt|ausgefallen|undicht|verspätet|zu+spät|zu+spaet|lahmgelegt|ohne|erst+um|erst+am|erst+nach|erst+gegen',
      hit: 'Das Tor ist schon wieder defekt.',
      miss: 'Das Tor ist wieder offen.',
    },
    {
      id: 'falsch-wie-immer',
      pattern:
        'falsch|falschen|falsche|falscher|kaputt|defekt|unvollständig|verspätet|zu+spät|zu+spaet ~0-4 wie+immer|wie+gewohnt|wie+üblich|wie+jedes+mal|mal+wieder|wieder+mal|schon+wieder|erneut',
      hit: 'Die Maße sind falsch, wie gewohnt.',
      miss: 'Die Maße sind richtig, wie gewohnt.',
    },
    {
      id: 'fehlt-die-haelfte',
      pattern:
        'fehlt|fehlen|fehlte|fehlten ~0-1 hälfte|haelfte|drittel|großteil|grossteil|meisten|wieder|immer+noch|noch+immer|schon+wieder',
      hit: 'Jetzt fehlt die Hälfte der Fliesen.',
      miss: 'Jetzt fehlt nur noch Ihre Unterschrift.',
    },
    {
      // Praise for speed that took weeks: "die schnelle Antwort nach drei Wochen".
      id: 'schnell-nach-wochen',
      pattern: `schnelle|schnellen|prompte|prompten|rasche|raschen|zügige|zügigen|fixe|fixen ~0-2 nach|in|innerhalb ${NUM}|einem|einer|knapp|gut ${UNIT}|woche|monat|jahr`,
      hit: 'Die prompte Reaktion kam nach drei Wochen.',
      miss: 'Die prompte Reaktion kam nach dem Anruf.',
    },
    {
      id: 'hat-ja-nur-gedauert',
      pattern: `ja nur|bloß|bloss|gerade+mal (ganze) ${NUM}|einen|eine|ein ${UNIT}|woche|monat|jahr|tag gedauert|gebraucht`,
      hit: 'Das hat ja nur einen Monat gedauert.',
      miss: 'Das hat nur einen Tag gedauert.',
    },
    {
      id: 'erst-nach-der-unterschrift',
      pattern:
        'erst nach|bei (der|dem|unserer|unserem) unterschrift|unterzeichnung|vertragsabschluss|vertragsunterzeichnung|fristablauf|ablauf+der+frist|unterschreiben',
      hit: 'Die Zusatzkosten kamen erst nach der Unterzeichnung.',
      miss: 'Die Zusatzkosten kamen vor der Unterzeichnung.',
    },
    {
      id: 'kurz-vor-knapp',
      relief: true,
      pattern:
        'kurz+vor+knapp|kurz+vor+torschluss|am+letzten+tag|am+allerletzten+tag|auf+den+letzten+drücker|auf+den+allerletzten+drücker|fünf+vor+zwölf|in+letzter+sekunde',
      hit: 'Die Belege kamen kurz vor knapp.',
      miss: 'Die Belege kamen kurz vor Ostern.',
    },
    {
      id: 'in-letzter-minute-bekommen',
      relief: true,
      pattern:
        'in|auf letzter|allerletzter minute|sekunde bekommen|erhalten|geschickt|schicken|kommen|kommt|kam|liefern|geliefert|eingereicht|einreichen|abgeben|abgegeben|vorbeibringen|gebracht',
      hit: 'Wir haben die Zahlen in letzter Minute bekommen.',
      miss: 'In letzter Minute hat sich noch jemand angemeldet.',
    },
    {
      id: 'die-dritte-mail',
      pattern: `die|diese|meine|unsere|das ${ORD}|zweite|dritte|vierte|fünfte|sechste|x-te|zigste mail|e-mail|erinnerung|mahnung|nachfrage|anfrage|bitte|aufforderung|anruf|nachricht|mal`,
      selfOk: true,
      hit: 'Das ist meine vierte Mahnung.',
      miss: 'Das ist meine erste Mahnung.',
    },
    {
      id: 'link-der-nicht-funktioniert',
      pattern: 'der|die|das ~0-2 <neg> funktioniert|funktionieren|funktionierte|öffnet|aufgeht|lädt|läuft|passt|stimmt',
      hit: 'Sie schicken einen Zugang, der nicht funktioniert.',
      miss: 'Sie schicken einen Zugang, der gut funktioniert.',
    },
    {
      id: 'wochen-nach-dem',
      relief: true,
      pattern: `${NUM} ${UNIT} nach dem|der|meiner|meinem|unserer|unserem|ihrer|ihrem`,
      hit: 'Die Antwort kam drei Wochen nach dem Schaden.',
      miss: 'Die Antwort kam drei Stunden vor dem Termin.',
    },
    {
      id: 'an-den-falschen',
      pattern: 'an|zu|in|mit|auf|bei den|die|das|der|dem falschen|falsche|falsches|falscher',
      hit: 'Die Rechnung ging an die falsche Adresse.',
      miss: 'Die Rechnung ging an die neue Adresse.',
    },
    {
      id: 'schon-laengst-geschickt',
      selfOk: true,
      pattern:
        'längst|laengst|schon+längst|vor+wochen|vor+monaten|vor+langer+zeit ~0-2 geschickt|gesendet|übermittelt|beantwortet|erledigt|bezahlt|gesagt|geliefert|hochgeladen|erklärt',
      hit: 'Die Belege habe ich längst geschickt.',
      miss: 'Die Belege schicke ich morgen.',
    },
    {
      id: 'frist-ja-erst-morgen',
      pattern:
        'frist|abgabefrist|deadline|abgabe|abgabetermin|termin ist|endet|läuft ja (erst|schon) morgen|heute|übermorgen',
      hit: 'Die Abgabefrist ist ja erst morgen.',
      miss: 'Die Abgabefrist ist erst nächsten Monat.',
    },
  ],
  marker: [
    {
      id: 'wie-grosszuegig',
      pattern:
        'wie|sehr|wahnsinnig|unglaublich|äußerst|überaus|ausgesprochen großzügig|grosszügig|aufmerksam|rücksichtsvoll|fair|zuvorkommend|professionell $',
      gate: 'tag',
      reach: 'clause',
      hit: 'Sie haben nach drei Mahnungen endlich bezahlt – wie großzügig.',
      miss: 'Sie haben uns den Rabatt gewährt – wie großzügig!',
    },
    {
      id: 'was-fuer-ein-zufall',
      pattern: '^(na|oh|tja|ach) (,) was+für+ein|welch+ein zufall',
      gate: 'context',
      reach: 'clause',
      hit: 'Was für ein Zufall: Die Rechnung ist schon wieder nicht angekommen.',
      miss: 'Was für ein Zufall! Wir wohnen ja in derselben Straße.',
    },
    {
      id: 'was-fuer-eine-ueberraschung',
      pattern: '^(na|oh|tja|ach) (,) was+für+eine|was+für+ne|welch+eine überraschung',
      gate: 'context',
      reach: 'clause',
      hit: 'Was für eine Überraschung: Die Heizung ist schon wieder ausgefallen, wie immer nicht gewartet.',
      miss: 'Was für eine Überraschung! Vielen Dank für die Blumen.',
    },
    {
      id: 'wer-haette-das-ahnen-koennen',
      pattern:
        '^(na|tja|ach|oh) (,) wer hätte|haette das|es|damit (nur) (wieder) ahnen+können|ahnen+koennen|gedacht|geahnt|vorhersehen+können|erwartet|rechnen+können',
      gate: 'context',
      reach: 'clause',
      hit: 'Der Termin ist schon wieder abgesagt. Tja, wer hätte das vorhersehen können.',
      miss: 'Der Umbau war nach zwei Wochen fertig. Wer hätte das so schnell erwartet!',
    },
    {
      id: 'na-wer-haette-gedacht-dass',
      pattern: '^na|tja (,) wer hätte|haette (das) gedacht|geahnt , dass',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Tja, wer hätte geahnt, dass der Prüfer nach Belegen fragt?',
      miss: 'Wer hätte gedacht, dass wir so früh fertig werden!',
    },
    {
      id: 'das-ist-wirklich-fair',
      pattern: 'das|dies ist|war (ja) (wirklich|echt|sehr|wahnsinnig|total) fair|großzügig|grosszügig|rücksichtsvoll $',
      gate: 'tag',
      reach: 'clause',
      hit: 'Ein Stern nach drei Jahren Betreuung – das ist wirklich fair.',
      miss: 'Sie übernehmen die Hälfte der Kosten – das ist wirklich fair.',
    },
    {
      id: 'diesmal-sogar',
      pattern:
        'du|=Sie|ihr hast|haben|habt es diesmal|dieses+mal|ausnahmsweise (mal) sogar geschafft|hinbekommen|hingekriegt',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Sie haben es ausnahmsweise sogar geschafft, pünktlich zu zahlen.',
      miss: 'Wir haben es diesmal sogar geschafft, früher fertig zu werden.',
    },
    {
      id: 'ganze-zwei',
      pattern: `ganze|stolze|sage+und+schreibe ${NUM} ~3 in|nach ${NUM}|einem|einer ${UNIT}|woche|monat|jahr`,
      gate: 'alone',
      reach: 'sentence',
      hit: 'Ganze zwei Seiten in drei Wochen.',
      miss: 'Ganze zwei Wochen Urlaub liegen vor Ihnen.',
    },
    {
      id: 'wer-braucht-schon',
      pattern: '^wer braucht|brauchte|will|benötigt schon',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Wer braucht schon eine Dachrinne, die dicht ist?',
      miss: 'Wer braucht noch einen Parkplatz am Montag?',
    },
    {
      id: 'was-waere-ich-ohne',
      pattern: '^was wäre|waere|täte|taete|würde|wuerde ich|wir (nur|bloß|bloss) ohne',
      gate: 'context',
      reach: 'sentence',
      hit: 'Was wäre ich nur ohne Ihre Mahnungen zu Belegen, die ich längst geschickt habe?',
      miss: 'Was wäre ich ohne Ihre Hilfe beim Umzug, danke!',
    },
    {
      // Calm offered when the lateness is the topic: "Lassen Sie sich ruhig Zeit, es ist ja erst die dritte Mahnung."
      id: 'kein-stress',
      pattern:
        '^kein+stress|keine+eile|nur+keine+hektik|nur+keine+eile|lassen+=Sie+sich+ruhig+zeit|lass+dir+ruhig+zeit|lasst+euch+ruhig+zeit|lassen+=Sie+sich+zeit|lass+dir+zeit',
      gate: 'context',
      reach: 'sentence',
      hit: 'Lass dir ruhig Zeit, das ist erst meine dritte Erinnerung.',
      miss: 'Lassen Sie sich ruhig Zeit mit der Entscheidung.',
    },
    {
      id: 'reicht-ja-wenn',
      pattern: '^reicht|genügt|passt ja (auch) (,) wenn',
      gate: 'context',
      reach: 'sentence',
      hit: 'Reicht ja, wenn die Pläne kurz vor knapp kommen.',
      miss: 'Reicht ja auch, wenn die Pläne nächste Woche kommen.',
    },
    {
      id: 'natuerlich-wieder',
      pattern: '^natürlich|selbstverständlich|klar ~1-7 wieder|schon+wieder|mal+wieder|wieder+mal|erneut',
      gate: 'context',
      reach: 'sentence',
      hit: 'Natürlich ist die Lieferung wieder unvollständig.',
      miss: 'Natürlich kommen wir wieder gern vorbei.',
    },
    {
      // Praise for the obvious: "Glückwunsch, Sie haben die Datei gefunden."
      id: 'glueckwunsch-gefunden',
      pattern:
        '^glückwunsch|glueckwunsch|gratuliere|gratulation|bravo|respekt|herzlichen+glückwunsch (,) (dass) =Sie|du|ihr ~1-5 gefunden|geöffnet|gelesen|entdeckt|bemerkt|angeklickt|gemerkt|beantwortet',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Bravo, du hast den Anhang tatsächlich geöffnet.',
      miss: 'Bravo, du hast die Prüfung bestanden.',
    },
    {
      id: 'diesmal-nicht-vergessen',
      pattern: 'diesmal|dieses+mal|ausnahmsweise ~1-4 nicht vergessen|verpasst|verschlafen|übersehen|verschwitzt',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Glückwunsch, dieses Mal haben Sie die Anlage nicht vergessen.',
      miss: 'Bitte vergessen Sie dieses Mal die Anlage nicht.',
    },
  ],
  followUp: [
    {
      id: 'darauf-haben-wir-gewartet',
      pattern:
        '^auf+diesen+moment|auf+diesen+tag|darauf|genau+darauf|auf+so+etwas haben|hat wir|ich|man (alle|nur|schon+lange|gerade+noch) gewartet $',
      hit: 'Der Zeitplan ist schon wieder verschoben. Darauf haben wir gerade noch gewartet.',
      miss: 'Die Genehmigung ist da. Darauf haben wir lange gewartet, danke!',
    },
    {
      id: 'ich-bin-begeistert',
      pattern:
        '^ich+bin|wir+sind (ja) (wirklich|echt|total|völlig|restlos) begeistert|beeindruckt|entzückt|sprachlos $',
      hit: 'Sie haben den Termin schon wieder abgesagt. Ich bin begeistert.',
      miss: 'Ich bin begeistert von Ihrem Entwurf und freue mich auf Montag.',
    },
    {
      id: 'was-fuer-ein-service',
      pattern: '^was+für+ein|was+für+eine|welch+ein|welch+eine service|timing|leistung|planung|organisation $',
      hit: 'Die Lieferung kam zwei Wochen zu spät. Was für ein Service.',
      miss: 'Was für ein Service fehlt Ihnen noch?',
    },
    {
      id: 'ihr-timing',
      pattern:
        '^<yours> timing|planung|zeitgefühl|zeitmanagement (ist|war) (wirklich|echt|wie+immer|mal+wieder) perfekt|tadellos|vorbildlich|hervorragend|großartig|grossartig|beeindruckend|bewundernswert',
      hit: 'Sie haben in letzter Minute abgesagt. Ihr Timing ist wirklich perfekt.',
      miss: 'Sie haben in letzter Minute abgesagt. Unser Timing ist trotzdem gut.',
    },
  ],
  elliptic: [
    'tolle',
    'toller',
    'tolles',
    'starke',
    'reife',
    'großartige',
    'grossartige',
    'saubere',
    'stark',
    'top',
    'toll',
    'super',
    'klasse',
    'prima',
    'großartig',
    'grossartig',
    'wunderbar',
    'herrlich',
    'spitze',
    'fantastisch',
    'perfekt',
    'bravo',
    'hervorragend',
    'glänzend',
    'genial',
    'fortschritt',
    'respekt',
    'chapeau',
    'sauber',
    'glückwunsch',
  ],
  lead: ['na', 'oh', 'ach', 'tja', 'ja', 'echt', 'wirklich', 'wie', 'einfach', 'ganz', 'so', 'sehr', 'mal', 'wieder'],
  scareWords: [
    'vorarbeiten',
    'vorarbeit',
    'hilfe',
    'unterstützung',
    'experte',
    'experten',
    'expertin',
    'fachmann',
    'profi',
    'profis',
    'verbesserung',
    'verbesserungen',
    'optimierung',
    'reparatur',
    'schnäppchen',
    'eigenleistung',
    'recherche',
    'planung',
    'beratung',
    'feedback',
    'anregungen',
    'idee',
    'ideen',
    'lösung',
    'kleinigkeit',
    'kleinigkeiten',
    'änderung',
    'änderungen',
    'dringend',
    'notfall',
    'endgültig',
    'final',
    'finale',
    'fertig',
  ],
  termWords: [
    'funktion',
    'seite',
    'vorlage',
    'einstellung',
    'abschnitt',
    'modus',
    'link',
    'betreff',
    'titel',
    'stichwort',
    'überschrift',
    'ordner',
    'datei',
    'formular',
    'feld',
    'button',
    'schaltfläche',
    'menü',
    'menüpunkt',
    'reiter',
    'option',
    'status',
    'kategorie',
    'rubrik',
    'projekt',
    'paket',
    'tarif',
    'wort',
    'begriff',
    'genannt',
    'namens',
    'heißt',
    'heisst',
    'unter',
    'als',
  ],
  self: ['ich', 'wir'],
  apology: ['entschuldig*', 'sorry', 'verzeih*', 'geduld', 'verständnis', 'nachsicht'],
  yes: ['ja', 'nein', 'ok', 'okay'],
};
