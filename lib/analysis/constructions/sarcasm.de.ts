// Spöttischer Dank und falsches Lob (Prinzip 5: der eigene Zustand zuerst).
// Dank und Lob sind in Kundenmails meist ernst gemeint; erst eine Lage, die
// den Leser belastet (zu spät, schon wieder, nicht erschienen), oder ein
// ironisches Signal macht sie zum Spott. Jeder Eintrag: ein Satz, den er finden
// muss, und ein ähnlicher, den er nicht finden darf. Syntax: ../pattern.ts.
import type { SarcasmData } from '../rules/sarcasm';

export const NUM =
  '0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|dreissig|vierzig|fünfzig|sechzig|neunzig|mehrere|mehreren|einige|einigen|etliche|etlichen|eine|einer|einem|einen|ein';
export const UNIT =
  'halben+jahr|halbes+jahr|halben+stunde|halbe+stunde|minuten|stunden|tage|tagen|wochen|monate|monaten|jahre|jahren|werktage|werktagen|arbeitstage|arbeitstagen|quartal|quartale|quartalen|halbjahr|minute|stunde|tag|tages|woche|monat|monats|jahr|jahres';
// A span of time, with the words that stretch it ("a full month after", "nach geschlagenen drei Wochen").
export const SPAN = `(ganze|ganzen|volle|vollen|gut|guten|geschlagene|geschlagenen|satte|satten|stolze|stolzen) ${NUM} ${UNIT}`;
const ORD = 'zweiten|dritten|vierten|fünften|sechsten|x-ten|zigsten|hundertsten|soundsovielten';

// Lobwörter, die als Ausruf einen Satz eröffnen ("Starke Leistung, …", "Perfektes Timing –").
// Adjektive mit allen Endungen ("herrlich", "herrliches Timing"), dazu unflektierbare Ausrufe.
const LOB_ADJ = [
  'toll',
  'großartig',
  'grossartig',
  'wunderbar',
  'herrlich',
  'fantastisch',
  'phantastisch',
  'perfekt',
  'hervorragend',
  'glänzend',
  'genial',
  'brillant',
  'exzellent',
  'erstklassig',
  'beeindruckend',
  'bemerkenswert',
  'grandios',
  'phänomenal',
  'sensationell',
  'traumhaft',
  'vorbildlich',
  'stark',
  'kino',
  'sauber',
  'fein',
  'famos',
  'spitzenmäßig',
  'einwandfrei',
  'meisterhaft',
  'bewundernswert',
  'wunderschön',
  'entzückend',
  'reizend',
  'reif',
  'fabelhaft',
  'himmlisch',
  'göttlich',
];
const LOB = [
  ...LOB_ADJ.flatMap((a) => [a, `${a}e`, `${a}er`, `${a}es`, `${a}en`]),
  'super',
  'klasse',
  'prima',
  'spitze',
  'bravo',
  'respekt',
  'chapeau',
  'wahnsinn',
  'top',
].join('|');
const LOB_NOMEN =
  'timing|leistung|arbeit|service|planung|idee|aktion|organisation|kommunikation|koordination|abstimmung|vorbereitung|zusammenarbeit|support|nummer|job|kundenservice|reaktion|betreuung|beratung|vorstellung|sache|zeitplanung|terminplanung|umsetzung|abwicklung';
// Fehlerwörter, die nur nach einem Ausruf oder neben "wie immer" zählen (siehe bare in ../rules/sarcasm.ts).
const FEHLER =
  'verkehrt+herum|falsch+herum|spiegelverkehrt|kaputt|defekt|ausgefallen|abgestürzt|fehlgeschlagen|gescheitert|verschwunden|undicht|falsch|falsche|falschen|falscher|fehlerhaft|unvollständig|verspätet|verschoben|abgesagt|storniert|verpasst|vergessen|verloren|gelöscht|beschädigt|zerkratzt|überflutet|down|offline|gesperrt|unbezahlt|überfällig|nicht+lieferbar|ausverkauft|zu+spät|zu+spaet|zu+niedrig|zu+hoch|zu+teuer|über+budget|funktioniert+nicht|geht+nicht|läuft+nicht|klappt+nicht|außer+betrieb|ausser+betrieb|doppelt+gebucht|papierstau|störung|panne|blättert|bröckelt|löst+sich|klemmt|verstopft|nicht+erreichbar|nicht+da|niemand|keiner|ignoriert|übersehen|abgelehnt|zurückgewiesen|liegengeblieben|liegen+geblieben|eingestürzt|hinüber|nass|unter+wasser|vollgelaufen|gerissen|durchgebrannt|pleite|insolvent|nicht+mehr+lieferbar|nicht+lieferbar|vergriffen|eingestellt|nach+hinten+geschoben';
// Eine fällige Antwort oder Reaktion: "nach nur drei Wochen" spottet über ihre Verspätung.
const ANTWORT =
  'antwort|antworten|antwortest|antwortet|geantwortet|rückmeldung|zurückmelden|zurückmeldest|zurückmeldet|zurückgemeldet|melden|meldest|meldet|gemeldet|reaktion|reagieren|reagiert|rückruf|zurückrufen|zurückrufst|zurückruft|zurückgerufen|bestätigung|bestätigt|nachricht|mail|e-mail|bescheid|zusage|feedback|stellungnahme';
// Tempo, gelobt im spöttischen Dank.
export const TEMPO =
  'schnell|schnelle|schnellen|blitzschnell|blitzschnelle|blitzschnellen|prompt|prompte|prompten|rasch|rasche|raschen|zügig|zügige|zügigen|umgehend|umgehende|umgehenden|fix|fixe|fixen|flott|flotte|flotten|zeitnah|zeitnahe|zeitnahen|sofortig|sofortige|sofortigen|unverzüglich|unverzügliche|unverzüglichen|eilig|eilige|eiligen|pünktlich|pünktliche|pünktlichen';
// Wovor eine Warnung oder ein Hinweis hätte kommen sollen.
const EREIGNIS =
  'frist|zahlung|bezahlung|anzahlung|buchung|bestellung|anfrage|beginn|streikbeginn|baubeginn|streik|fristablauf|abgabe|präsentation|praesentation|vergabe|sitzung|besprechung|anhörung|verhandlung|entscheidung|eröffnung|abnahme|prüfung|termin|druck|start|ausfall|umzug|hochzeit|reise|feier|versammlung|messe|veranstaltung|stichtag|deadline|einreichung|unterschrift|übergabe|begehung|besichtigung';

export const SARCASM_DE: SarcasmData = {
  praise: [
    {
      // "Es ist wirklich rührend, wie sehr Sie sich kümmern – die letzte Mail kam im Februar."
      id: 'ruehrend-wie',
      pattern:
        '(es+ist|ist+es|es+war) (wirklich|echt|so|ja|geradezu|richtig) rührend|herzerwärmend|reizend|entzückend|süß (,) wie|dass',
      hit: 'Es ist wirklich rührend, wie sehr Sie sich kümmern – die letzte Mail kam im Februar.',
      miss: 'Es ist wirklich schön, wie sehr Sie sich kümmern.',
    },
    {
      // "Wie aufmerksam, mir die Werte drei Tage nach der Operation zu schicken."
      id: 'wie-aufmerksam-zu',
      addressed: true,
      pattern: 'wie|sehr|echt nett|aufmerksam|freundlich|rücksichtsvoll|reizend|zuvorkommend|umsichtig ,',
      hit: 'Wie aufmerksam, mir die Werte drei Tage nach der Operation zu schicken.',
      miss: 'Wie geht es Ihnen?',
    },
    {
      // "Schon beeindruckend, wie man für zwei Steckdosen drei Tage brauchen kann."
      id: 'beeindruckend-wie',
      pattern:
        '(schon|wirklich|echt|ganz|einfach|wahrlich) beeindruckend|bemerkenswert|erstaunlich|faszinierend|bewundernswert|sagenhaft|unglaublich (,) wie|dass',
      hit: 'Schon beeindruckend, wie man für zwei Steckdosen drei Tage brauchen kann.',
      miss: 'Schon beeindruckend, der neue Garten.',
    },
    {
      id: 'haendchen-dafuer',
      addressed: true,
      pattern:
        'sie+haben|du+hast|ihr+habt (wirklich|echt|ja|schon) ein|eine (echtes|gutes|wahres|besonderes|richtiges) händchen|talent|gespür|begabung dafür|für',
      hit: 'Du hast wirklich ein Händchen dafür, jede Abnahme auf den letzten Tag vor den Ferien zu legen.',
      miss: 'Du hast wirklich ein Auge für Farben.',
    },
    {
      // "Ein Hoch auf Ihre Buchhaltung, die …": a toast to the reader's side next to what it did.
      id: 'ein-hoch-auf',
      pattern:
        'ein+hoch|ein+dreifaches+hoch|hoch+lebe|es+lebe auf (ihre|ihren|ihr|deine|deinen|euer|eure|euren|den|die|das)',
      hit: 'Ein Hoch auf Ihre Buchhaltung, die unsere Zahlung zum zweiten Mal verloren hat.',
      miss: 'Ein Hochhaus auf dem Grundstück ist nicht geplant.',
    },
    {
      // A pleasure that can only be ironic next to a chore ("… eine Freude, dieselbe Rechnung zum dritten Mal anzumahnen").
      id: 'immer-wieder-eine-freude',
      pattern:
        'es+ist|ist+es|es+war|war+es (doch) (immer+wieder|jedes+mal|stets|immer) eine+freude|ein+vergnügen|ein+genuss',
      hit: 'Es ist immer wieder eine Freude, dieselbe Mahnung zum dritten Mal zu schreiben.',
      miss: 'Es ist immer wieder schön, mit Ihrem Team zu planen.',
    },
    {
      id: 'beeindruckt-wie',
      pattern:
        'ich+bin|wir+sind (wirklich|echt|ehrlich|schwer|zutiefst|sehr|total|ja) beeindruckt|fasziniert|sprachlos (,) wie|dass',
      hit: 'Ich bin wirklich beeindruckt, wie du jeden Termin verschiebst.',
      miss: 'Ich bin beeindruckt von dem neuen Garten.',
    },
    {
      id: 'fuehle-mich-geehrt',
      addressed: true,
      pattern:
        'ich+fühle+mich|wir+fühlen+uns|ich+bin|wir+sind (wirklich|sehr|zutiefst|ja|ehrlich) geehrt|geschmeichelt|gerührt (,) dass',
      hit: 'Ich fühle mich geehrt, dass Sie nach sechs Wochen doch noch anrufen.',
      miss: 'Ich fühle mich geehrt durch Ihr Vertrauen.',
    },
    {
      // Politeness made heavy ("Sehr aufmerksam von Ihnen, uns einen Tag vorher …"); the plain "wie nett, dass" is wie-schoen-dass.
      id: 'sehr-nett-von-ihnen',
      addressed: true,
      pattern:
        '(sehr|echt|wirklich|ausgesprochen|äußerst|überaus|ganz) nett|aufmerksam|freundlich|rücksichtsvoll|reizend|zuvorkommend|umsichtig von ihnen|dir|euch',
      hit: 'Sehr aufmerksam von Ihnen, uns am Abend vor der Abnahme zu informieren.',
      miss: 'Sehr aufmerksam, das Protokoll gleich mitzuschicken.',
    },
    {
      // "Sie sind ja schnell: elf Wochen für …": speed praised next to its delay.
      id: 'sie-sind-ja-schnell',
      addressed: true,
      pattern:
        'sie+sind|du+bist|ihr+seid|sie+waren|du+warst|ihr+wart (ja|aber) (wirklich|echt|richtig|ganz|mal+wieder) schnell|fix|flott|zügig|flink|auf+zack',
      hit: 'Sie sind ja wirklich schnell: sieben Wochen für ein Angebot.',
      miss: 'Sie sind ja wieder im Büro, wie schön.',
    },
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
      pattern:
        'wie schön|nett|toll|reizend|aufmerksam|freundlich|beruhigend|erfreulich|praktisch|rücksichtsvoll|großzügig (,) dass|von',
      hit: 'Wie nett, dass Sie sich melden.',
      miss: 'Wie Sie wissen, melden wir uns.',
    },
    {
      id: 'danke-dass-fuer',
      addressed: true,
      pattern:
        'danke|vielen+dank|vielen+herzlichen+dank|herzlichen+dank|besten+dank|schönen+dank|tausend+dank|danke+schön|danke+sehr|merci (auch) (,) dass|für|dafür',
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
        '^toll|super|klasse|prima|großartig|grossartig|wunderbar|wundervoll|herrlich|spitze|fantastisch|perfekt|bravo|hervorragend|glänzend|traumhaft ,',
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
    {
      // Jedes Lobwort, das seinen Satz eröffnet ("Starke Leistung, …", "Beeindruckend –", "Perfektes Timing:"):
      // wie jedes Lob braucht es eine Lage danach, darum darf die Liste breit sein.
      id: 'lobwort-eroeffnet',
      pattern: `${LOB} (${LOB_NOMEN})`,
      hit: 'Starke Leistung, die Website ist schon wieder down.',
      miss: 'Die Website lädt in zwei Sekunden.',
    },
    {
      id: 'das-ist-ja-toll',
      pattern: `das+ist|das+war|ist+das|ist+es (ja|doch|nicht|wirklich|einfach) ${LOB}`,
      hit: 'Das ist ja großartig – die Heizung ist schon wieder ausgefallen.',
      miss: 'Das ist ja eine Heizung, die wieder läuft.',
    },
    {
      id: 'gut-zu-wissen',
      sober: true,
      pattern: 'gut|schön|beruhigend|interessant|toll|nett zu wissen|hören|sehen|erfahren|lesen',
      hit: 'Gut zu wissen, dass Ihnen der Vertrag nichts bedeutet.',
      miss: 'Es ist gut, dass die Garantie die Pumpe abdeckt.',
    },
    {
      id: 'ich-liebe-es',
      pattern: 'ich+liebe+es|wir+lieben+es|muss+man+einfach+lieben|muss+man+lieben',
      hit: 'Ich liebe es, wie sich das Angebot bei jedem Gespräch verdoppelt.',
      miss: 'Ich mag das neue Design.',
    },
    {
      id: 'ich-finde-es-toll',
      pattern:
        'ich+finde+es|wir+finden+es|finde+ich+es (ja|einfach|wirklich|echt) großartig|toll|klasse|super|herrlich|wunderbar|prima',
      hit: 'Ich finde es ja großartig, Rechnungen für nie erledigte Arbeit zu bekommen.',
      miss: 'Ich finde es schade, dass Sie nicht kommen.',
    },
    {
      id: 'man-muss-lieben',
      pattern: 'man+muss ~1-4 lieben',
      hit: 'Man muss einen Handwerker einfach lieben, der ohne ein Wort verschwindet.',
      miss: 'Man muss einen Handwerker rechtzeitig buchen.',
    },
    {
      id: 'freut-mich-dass',
      pattern:
        '(es|wir|ich) freut|freuen|freue mich|uns|freut+mich|freut+uns|schön+zu+sehen (natürlich|selbstverständlich) (sehr|wirklich|außerordentlich|ungemein|riesig|ganz+besonders|besonders|ja) (,) dass',
      hit: 'Freut mich, dass Sie es doch noch geschafft haben, nur eine Stunde zu spät.',
      miss: 'Mich hat gefreut, wie Sie es geschafft haben.',
    },
    {
      id: 'schnaeppchen',
      pattern:
        'schnäppchen|schnaeppchen|preis-leistungs-verhältnis|preis-leistungs-verhaeltnis|gut+investiertes+geld|gut+angelegtes+geld',
      hit: 'Ein echtes Schnäppchen: 400 Euro für eine geänderte Textzeile.',
      miss: 'Das Sofa war im Angebot.',
    },
    {
      id: 'weiss-zu-schaetzen',
      addressed: true,
      pattern: 'weiß|weiss|wissen ~0-4 zu+schätzen|zu+schaetzen',
      hit: 'Ich weiß es sehr zu schätzen, dass Sie uns am Morgen nach Streikbeginn informieren.',
      miss: 'Ich weiß, dass Sie uns informieren.',
    },
  ],
  situation: [
    {
      // „dass Sie uns wenigstens noch vor Sonnenaufgang Bescheid gegeben haben“: the least the reader could do, praised.
      id: 'wenigstens-bescheid',
      pattern:
        'wenigstens|immerhin|zumindest ~0-6 bescheid|gemeldet|informiert|angerufen|geantwortet|abgesagt|vorgewarnt|zurückgerufen',
      hit: 'Wie rücksichtsvoll, dass Sie uns wenigstens vor Mitternacht Bescheid gegeben haben.',
      miss: 'Wie rücksichtsvoll, dass Sie uns schon am Montag Bescheid gegeben haben.',
    },
    {
      // Abgesagt kurz vor Beginn: „dass Sie eine Stunde vorher abgesagt haben“.
      id: 'kurz-vorher-abgesagt',
      pattern:
        'eine+stunde|eine+halbe+stunde|zehn+minuten|zwanzig+minuten|wenige+minuten|kurz|am+morgen|am+abend ~0-1 vorher|davor|vor+beginn|vor+dem+termin|vor+start ~0-3 abgesagt|abgesagt+haben|abgesagt+hast|storniert|gecancelt|ausfallen+lassen',
      hit: 'Vielen Dank, dass Sie eine Stunde vorher abgesagt haben.',
      miss: 'Vielen Dank, dass Sie eine Woche vorher abgesagt haben.',
    },
    {
      // Geliefert, als es zu spät war: „um 23 Uhr am Abend vorher“ am Satzende.
      id: 'am-abend-vorher-ende',
      pattern: 'am+abend|in+der+nacht|spät+am+abend vorher|davor $',
      hit: 'Danke für die Pläne um 23 Uhr am Abend vorher.',
      miss: 'Danke für die Pläne, die schon eine Woche vorher da waren.',
    },
    {
      // Der Ort nicht bereit, als die Leute kamen: „die Garage noch voller Kisten, als die Packer kamen“.
      id: 'noch-voll-als-wir-kamen',
      pattern:
        'noch voller|voll|zugestellt|verschlossen|belegt|nass|dreckig|nicht+geräumt ~0-4 , als|wo ~0-3 wir|unsere|die ~0-2 kamen|ankamen|eintrafen|anrückten',
      hit: 'Schöne Überraschung, die Garage noch voller Kisten vorzufinden, als die Packer kamen.',
      miss: 'Schöne Überraschung, die Garage schon leer vorzufinden, als die Packer kamen.',
    },
    {
      // Eine Entscheidung oder Lieferung „nach nur acht Wochen“: die lange Wartezeit als kurz verspottet.
      id: 'entscheidung-nach-nur-wochen',
      pattern: `nach|in nur|bloß|gerade+mal|gerade+einmal|schlappen ${NUM} wochen|monaten|jahren|monate ~0-8 entschieden|entscheidest|entscheidet|festgelegt|zugesagt|unterschrieben|bezahlt|überwiesen|freigegeben|geliefert|abgeholt`,
      hit: 'Super, dass du dich nach nur acht Wochen für eine Farbe entschieden hast.',
      miss: 'Super, dass du nach nur acht Wochen wieder laufen kannst.',
    },
    {
      // „da hatten wir ja richtig viel Zeit“: das Gegenteil dessen, was die Lage ließ.
      id: 'ja-viel-zeit',
      pattern:
        'hatten|hatte|blieb|blieben ~0-2 ja ~0-2 richtig|wirklich|so|unheimlich|wahnsinnig|jede+menge|massig|reichlich viel|lange zeit|luft|puffer',
      hit: 'Danke auch, dass der Plan um 17 Uhr kam, da hatten wir ja richtig viel Zeit.',
      miss: 'Danke, dass der Plan schon am Montag kam, da hatten wir noch Zeit.',
    },
    {
      // "fast eine Woche gehalten": eine kurze Lebensdauer, gezählt, als wäre sie lang.
      id: 'fast-gehalten',
      pattern: `fast|knapp|immerhin|ganze|stolze ${SPAN}|${UNIT} ~0-1 gehalten|überlebt|funktioniert|durchgehalten|überstanden`,
      hit: 'Freut mich, dass die neuen Scharniere fast eine Woche gehalten haben.',
      miss: 'Freut mich, dass die neuen Scharniere seit Jahren halten.',
    },
    {
      // "am Morgen der Hochzeit": die Nachricht am Tag selbst.
      id: 'am-morgen-der',
      relief: true,
      pattern: 'am+morgen|am+tag|am+abend|am+vormittag der|des|unserer|unseres|ihrer|ihres',
      hit: 'Danke für den Hinweis, dass der Saal doppelt gebucht ist – am Morgen der Feier.',
      miss: 'Danke für den Hinweis, dass der Saal doppelt gebucht ist – einen Monat vor der Feier.',
    },
    {
      // "erfahren mussten": es uns selbst herausfinden zu lassen ist die Lage, also darf "wir" das Subjekt sein.
      id: 'erfahren-mussten',
      selfOk: true,
      pattern: 'erfahren|herausfinden|feststellen|lesen|hören müssen|mussten|musste|muss',
      hit: 'Reizend, dass wir von der Kündigung per Post erfahren mussten.',
      miss: 'Reizend, dass wir von der Kündigung persönlich erfahren haben.',
    },
    {
      id: 'dass-es-uns-gibt',
      pattern: 'dass|das es|sie uns|mich (noch) gibt',
      hit: 'Nett, dass Sie sich erinnern, dass es uns noch gibt.',
      miss: 'Nett, dass Sie sich erinnern, wie es uns geht.',
    },
    {
      id: 'verdopplung',
      pattern: 'verdopplung|verdoppelung|verdreifachung|verdoppeln|verdreifachen',
      hit: 'Wie großzügig, nach der Verdopplung der Pauschale drei Prozent Nachlass zu geben.',
      miss: 'Wie großzügig, drei Prozent Nachlass zu geben.',
    },
    {
      id: 'tempo-vom-letzten-jahr',
      pattern: `${TEMPO} ~0-8 vom|seit letzten|vergangenen jahr|monat|frühjahr|sommer|herbst|winter`,
      hit: 'Danke für die zügige Antwort auf meinen Brief vom letzten Jahr.',
      miss: 'Danke für die zügige Antwort auf meinen Brief vom Montag.',
    },
    {
      id: 'fremder-name',
      pattern: 'fremden|fremder|fremde name|namen|adresse|logo|kundennummer|daten',
      hit: 'Großartig: Im Mietvertrag, den Sie geschickt haben, steht eine fremde Adresse.',
      miss: 'Großartig: Im Mietvertrag, den Sie geschickt haben, steht unsere Adresse.',
    },
    {
      id: 'jede-woche-hinterher',
      pattern:
        'jede|jeden woche|tag|monat|morgen ~0-6 hinterherlaufen|hinterherzulaufen|nachhaken|nachzuhaken|erinnern|zu+erinnern|mahnen|anzumahnen|nachtelefonieren',
      hit: 'Es ist mir ein Vergnügen, Sie jede Woche an dasselbe Formular zu erinnern.',
      miss: 'Es ist mir ein Vergnügen, Sie jede Woche zu treffen.',
    },
    {
      id: 'stunden-vorlauf',
      pattern: `${NUM} stunden|minuten|stunde|minute ~0-1 vorlauf|vorwarnung|vorankündigung`,
      hit: 'Wir sind so dankbar, dass Sie uns sonntags mit zwei Stunden Vorlauf einschieben.',
      miss: 'Wir sind so dankbar, dass Sie uns sonntags kurzfristig einschieben.',
    },
    {
      id: 'nie-gekommen',
      pattern: 'nie|niemals ~0-1 kam|gekommen|erschienen|aufgetaucht|angerufen|zurückgerufen|geantwortet',
      hit: 'Wirklich schön, dass ich mir den Tag für einen Monteur freigenommen habe, der nie kam.',
      miss: 'Wirklich schön, dass ich mir den Tag für einen Monteur freigenommen habe, der pünktlich kam.',
    },
    {
      id: 'nachdem-wir-beauftragt',
      selfOk: true,
      pattern: 'nachdem wir|ich ~0-4 beauftragt|unterschrieben|bezahlt|bestellt|gebucht|entschieden|ausgewählt',
      hit: 'Fantastische Bearbeitungszeit – das Angebot kam, nachdem wir eine andere Firma beauftragt hatten.',
      miss: 'Fantastische Bearbeitungszeit – das Angebot kam, bevor wir eine andere Firma beauftragt hatten.',
    },
    {
      id: 'bevor-die-arbeit-fertig',
      pattern:
        'bevor|ehe die|der|das arbeit|arbeiten|auftrag|reparatur|lieferung|montage ~0-2 fertig|erledigt|abgeschlossen|begonnen|angefangen|da',
      hit: 'Vielen Dank für Ihre Rechnung, die kam, bevor die Montage fertig war.',
      miss: 'Vielen Dank für Ihre Rechnung, die kam, als die Montage fertig war.',
    },
    {
      // "– ein einzelnes Emoji": ein kleiner Rest als Pointe nach dem Lob für etwas Großes; allein auch ernst gemeint.
      id: 'ein-einziges',
      relief: true,
      pattern:
        'ein+einziges|ein+einzelnes|eine+einzige|eine+einzelne|ein+einziger|ein+einzelner|einen+einzigen|einen+einzelnen',
      hit: 'Danke für die gründliche Durchsicht – ein einziges Häkchen.',
      miss: 'Danke für die gründliche Durchsicht – ein Anruf hat alles geklärt.',
    },
    {
      id: 'an-dem-einen-tag',
      pattern: 'an+dem+einen|am+einzigen|an+dem+einzigen tag|morgen|abend|wochenende|nachmittag',
      hit: 'Nett, dass Sie vorbeischauen – an dem einen Tag, an dem ich nicht da bin.',
      miss: 'Nett, dass Sie vorbeischauen – an einem Tag, an dem ich da bin.',
    },
    {
      // "diesmal an unseren Termin gedacht": der Erfolg des Lesers erinnert an die Male davor.
      id: 'diesmal-gedacht',
      pattern:
        'diesmal|dieses+mal|ausnahmsweise ~0-5 gedacht|geschafft|erinnert|gemeldet|geantwortet|gekommen|erschienen|gelesen|angerufen|zurückgerufen',
      hit: 'Echt rührend, dass Sie diesmal an die Baubesprechung gedacht haben.',
      miss: 'Echt rührend, dass Sie an die Baubesprechung gedacht haben.',
    },
    {
      id: 'nur-erinnerungen-gebraucht',
      pattern: `nur|bloß|bloss|lediglich|gerade+mal ${NUM} erinnerungen|mahnungen|anrufe|nachfragen|anläufe|versuche|e-mails|mails`,
      hit: 'Danke für die zügige Erledigung – hat nur fünf Mahnungen gebraucht.',
      miss: 'Danke für die zügige Erledigung – hat nur fünf Minuten gedauert.',
    },
    {
      // "als wir schon auf der Autobahn waren": zu spät für uns, also darf "wir" das Subjekt sein.
      id: 'als-wir-schon',
      selfOk: true,
      pattern: 'als|während|nachdem wir|ich ~0-1 schon|bereits',
      hit: 'Danke, dass Sie per SMS abgesagt haben, als wir schon vor der Tür standen.',
      miss: 'Danke, dass Sie per SMS zugesagt haben, bevor wir losfuhren.',
    },
    {
      id: 'statt-von-ihnen',
      pattern: 'statt|anstatt|anstelle|nicht von ihnen|dir|euch|ihrem+team|dem+büro',
      hit: 'Nett, von der Buchhaltung statt von Ihnen über die neue Gebühr informiert zu werden.',
      miss: 'Nett, von Ihnen persönlich über die neue Gebühr informiert zu werden.',
    },
    {
      id: 'immer-noch-nach',
      pattern: `nach ${SPAN} ~0-3 immer+noch|noch+immer|nach+wie+vor`,
      hit: 'Schön, dass das Behelfsgeländer nach neun Monaten immer noch steht.',
      miss: 'Schön, dass das neue Geländer nach neun Monaten gut hält.',
    },
    {
      // "im dritten Monat in Folge": eine gezählte Wiederholung ist ein Muster, kein Pech.
      id: 'in-folge',
      pattern: `${ORD}|${NUM} ${UNIT}|mal|monat|woche|rechnung|lieferung in+folge|hintereinander|nacheinander`,
      hit: 'Spitze, die Rechnung ist im dritten Monat in Folge fehlerhaft.',
      miss: 'Spitze, die Anlage läuft im dritten Monat ohne Störung.',
    },
    {
      // "ist nicht wieder gekommen": die Verneinung vor "wieder" (wieder-nicht steht danach).
      id: 'nicht-schon-wieder',
      pattern: '<neg> ~0-2 schon+wieder|mal+wieder|wieder+mal|erneut|zum+wiederholten+mal',
      hit: 'Wunderbar, die Monteure sind nicht schon wieder gekommen.',
      miss: 'Wunderbar, die Monteure sind schon wieder fertig.',
    },
    {
      id: 'jedes-mal-wenn-wir',
      pattern:
        'jedes (einzelne) mal ~0-2 wenn|sobald|sowie wir|ich|man ~0-4 nachfragen|nachfrage|anrufen|anrufe|schreiben|schreibe|erinnern|erinnere|mahnen|mahne|fragen|frage|nachhaken|beschweren',
      hit: 'Herrlich, wie sich der Übergabetermin jedes Mal verschiebt, wenn wir nachfragen.',
      miss: 'Herrlich, wie die Kinder jedes Mal winken, wenn wir vorbeifahren.',
    },
    {
      id: 'keiner-bestellt',
      pattern:
        'keiner|niemand|kein+mensch ~0-2 bestellt|beauftragt|gewollt|verlangt|angefordert|freigegeben|gebraucht|mag|mögen|will|braucht|liest|nutzt',
      hit: 'Ich liebe Rechnungen für Extras, die keiner bestellt hat.',
      miss: 'Ich liebe Extras, die alle gewollt haben.',
    },
    {
      id: 'nachdem-versprochen',
      pattern: 'nachdem|als Sie|du|ihr|er|sie ~0-6 versprochen|zugesagt|zugesichert|garantiert|geschworen',
      hit: 'Was für eine schöne Überraschung, das Bad halb gefliest vorzufinden, nachdem Sie es für Montag versprochen hatten.',
      miss: 'Was für eine schöne Überraschung, das Bad fertig gefliest vorzufinden.',
    },
    {
      id: 'auch-mal-hoeren',
      relief: true,
      pattern: 'auch+mal|auch+einmal|ausnahmsweise+mal|zur+abwechslung ~0-4 von|hören|lesen|sehen|antworten',
      hit: 'Schön, auch mal wieder von Ihnen zu hören.',
      miss: 'Schön, wieder von Ihnen zu hören.',
    },
    {
      // "wieder an die alte Adresse": the outdated detail the reader was given.
      id: 'alte-adresse',
      pattern:
        'an|zu|mit|auf|von die|der|den|das|unsere|unserer|unseren|meine|meiner alte|alten|veraltete|veralteten|frühere|früheren adresse|version|nummer|konto|mailadresse|preise|preisliste|pläne|vorlage',
      hit: 'Sie haben die Unterlagen wieder an die alte Adresse geschickt. Sehr hilfreich.',
      miss: 'Danke für den Tipp mit der alten Fuge.',
    },
    {
      // Results days after the operation they were for; a call the day after is care (tag-nach-ereignis leaves it).
      id: 'tage-nach-der-operation',
      relief: true,
      pattern:
        'tage|tagen|wochen|monate|monaten nach der|dem|meiner|meinem|ihrer|ihrem operation|op|eingriff|behandlung|untersuchung|entbindung',
      hit: 'Wie aufmerksam, mir die Werte drei Tage nach der Operation zu schicken.',
      miss: 'Danke für den Anruf am Tag nach der Operation.',
    },
    {
      // "die letzte Mail von Ihnen kam im Februar": silence since long ago.
      id: 'letzte-mail-im',
      pattern:
        'letzte|letztes mail|e-mail|nachricht|antwort|lebenszeichen|rückmeldung|anruf ~0-4 januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|frühjahr|sommer|herbst|winter|vorjahr|letzten+jahr',
      hit: 'Es ist rührend, wie Sie sich kümmern – die letzte Mail von Ihnen kam im Februar.',
      miss: 'Es ist rührend, wie Sie sich kümmern – die letzte Mail kam heute.',
    },
    {
      // "für zwei Steckdosen drei Tage brauchen": a long time for a small job.
      id: 'tage-brauchen',
      pattern: `${NUM}|ganze|geschlagene ${UNIT}|woche|monat|stunde ~0-1 brauchen|braucht|brauchte|brauchten|gebraucht|dauern|dauert|gedauert`,
      hit: 'Schon beeindruckend, wie man für zwei Steckdosen drei Tage brauchen kann.',
      miss: 'Schon beeindruckend, wie man zwei Steckdosen so schnell setzen kann.',
    },
    {
      id: 'abgelaufen',
      pattern: 'abgelaufen|verfallen|verjährt|erloschen',
      hit: 'Schön, dass Sie alles im Griff haben: die Genehmigung ist abgelaufen.',
      miss: 'Schön, dass Sie alles im Griff haben: die Genehmigung ist da.',
    },
    {
      // Told by the press or the grapevine, not by the reader ("– über die Lokalzeitung").
      id: 'ueber-die-zeitung',
      selfOk: true,
      pattern:
        'über|aus|via|durch die|der|den|das|ihren|ihre|ihrem (lokale) zeitung|lokalzeitung|tageszeitung|presse|flurfunk|buschfunk|facebook|linkedin|instagram|newsletter|website|homepage|nachbarn|dritte',
      hit: 'Schön, dass Sie uns auf dem Laufenden halten – über die Lokalzeitung.',
      miss: 'Schön, dass Sie uns auf dem Laufenden halten – per Mail.',
    },
    {
      id: 'letzter-tag-vor',
      relief: true,
      pattern: 'letzten|letzte tag|abend|moment|drücker|minute vor|bevor',
      hit: 'Du hast ein Händchen dafür, jede Abstimmung auf den letzten Tag vor den Ferien zu legen.',
      miss: 'Du hast ein Händchen dafür, jede Abstimmung gut vorzubereiten.',
    },
    {
      // Resignation: "dann zahle ich die Reparatur eben zweimal", "dann mache ich es halt selbst".
      id: 'eben-zweimal',
      selfOk: true,
      pattern: 'eben|halt ~0-1 zweimal|doppelt|nochmal|noch+einmal|selbst|selber',
      hit: 'Prima, dann zahle ich die Reparatur eben zweimal.',
      miss: 'Prima, dann zahle ich die Reparatur eben heute.',
    },
    {
      id: 'verantwortung-weiterreichen',
      pattern:
        'verantwortung|schuld|fehler ~0-6 weiterreichen|weiterreichen|weitergeben|abschieben|zuschieben|weiterschieben|abwälzen|abgeschoben|zugeschoben|abgewälzt',
      hit: 'Wunderbar, wie elegant Sie die Verantwortung an den Statiker weiterreichen.',
      miss: 'Wunderbar, wie elegant Sie die Verantwortung für das Projekt tragen.',
    },
    {
      id: 'am-falschen',
      pattern: 'am|im|zum|zur|vom|beim falschen|falsche|falsches',
      hit: 'Sie kamen zum falschen Termin.',
      miss: 'Sie kamen zum richtigen Termin.',
    },
    {
      id: 'zweite-abbuchung',
      bare: true,
      pattern: 'zweite|doppelte|erneute|doppelt abbuchung|belastung|rechnung|gebühr|abgebucht|berechnet',
      hit: 'Schöne Überraschung auf dem Kontoauszug: eine zweite Abbuchung für denselben Termin.',
      miss: 'Schöne Überraschung auf dem Kontoauszug: eine Gutschrift für den Termin.',
    },
    {
      // "ausgerechnet in der Regenwoche": the worst possible moment, chosen.
      id: 'ausgerechnet',
      pattern: 'ausgerechnet|ausgerechnet+jetzt|ausgerechnet+heute',
      hit: 'Super Idee, das Dach ausgerechnet in der Regenwoche abzudecken.',
      miss: 'Super Idee, das Dach im Sommer abzudecken.',
    },
    {
      id: 'nur-auf-dem-papier',
      pattern: 'nur|bloß|lediglich auf+dem+papier|auf+dem+papier+steht|pro+forma',
      hit: 'Wie beruhigend, dass Ihre Garantie nur auf dem Papier gilt.',
      miss: 'Wie beruhigend, dass Ihre Garantie auch für Fenster gilt.',
    },
    {
      // "zehn Minuten bevor die Bagger anrollen", "direkt vor der Abgabe": too late to act on.
      id: 'kurz-bevor',
      relief: true,
      pattern: `${NUM}|wenige|wenigen|kurz|direkt|unmittelbar|genau minuten|stunden|bevor|vor der|dem|den|die|bevor ~0-1 ${EREIGNIS}|abgabe|bagger|gäste|kunden|handwerker|urlaub|ferien|feiertage|feiertagen`,
      hit: 'Danke für die Info, zehn Minuten bevor die Bagger anrollen.',
      miss: 'Danke für die Info, zehn Tage bevor die Bagger anrollen.',
    },
    {
      id: 'immer-noch-offen',
      pattern:
        'immer+noch|noch+immer|nach+wie+vor|weiterhin offen|unbeantwortet|unbearbeitet|ungelöst|unbezahlt|kaputt|defekt',
      hit: 'Schön zu sehen, dass unser Ticket immer noch offen ist.',
      miss: 'Schön zu sehen, dass unser Laden immer noch voll ist.',
    },
    {
      id: 'mit-dem-falschen-raus',
      pattern:
        'mit dem|der|den falschen|alten|vorläufigen ~0-2 raus|rausgegangen|verschickt|versendet|online|veröffentlicht|gedruckt|gelaufen',
      hit: 'Die Anzeige lief mit dem falschen Preis online.',
      miss: 'Die Anzeige lief mit dem neuen Preis online.',
    },
    {
      // "zwei Stunden vor der Übergabe mitgeteilt": too late to act on.
      id: 'stunden-vor-ereignis',
      relief: true,
      pattern: `${NUM}|wenige|wenigen stunden|minuten|tage vor der|dem|den ~0-1 ${EREIGNIS}|gerichtstermin|abflug|abreise|einzug|auszug`,
      hit: 'Sie haben uns zwei Stunden vor der Übergabe informiert. Das nenne ich mal Service.',
      miss: 'Sie haben uns zwei Wochen nach der Übergabe besucht.',
    },
    {
      // "Der Entwurf lag ganze elf Wochen bei Ihnen": time a thing lay untouched with the reader.
      id: 'lag-wochen',
      pattern: `lag|lagen|liegt|liegen|schmorte|ruhte (über) ${SPAN}`,
      hit: 'Da haben Sie sich ja beeilt: Die Akte lag ganze zehn Wochen bei Ihnen.',
      miss: 'Die Akte lag auf Ihrem Tisch.',
    },
    {
      // "schon nach sechs Monaten": "schon" of time praises speed, after months only in irony. Weeks stay out (a permit after three weeks is fast).
      id: 'schon-nach-monaten',
      relief: true,
      pattern: `schon|bereits nach ${NUM}|einem|einem+halben|über+einem monaten|jahren|quartalen|jahr|halbjahr`,
      hit: 'Danke, dass Sie die Belege schon nach sieben Monaten schicken.',
      miss: 'Danke, dass Sie die Belege schon nach zwei Tagen schicken.',
    },
    {
      // Told after the work was done ("nach Abschluss der Arbeiten mitteilen, dass …").
      id: 'nach-abschluss-mitteilen',
      pattern:
        'nach+abschluss|nach+fertigstellung|nach+der+übergabe|nach+der+abnahme|nach+ende|nach+der+lieferung|nach+der+montage ~0-4 mitteilen|mitgeteilt|sagen|gesagt|informieren|informiert|einfällt|eingefallen|bescheid',
      hit: 'Wie nett, dass Sie uns nach Abschluss der Arbeiten mitteilen, dass die Farbe anders sein sollte.',
      miss: 'Wie nett, dass Sie uns nach Abschluss der Arbeiten einen Kuchen bringen.',
    },
    {
      id: 'seit-unbearbeitet',
      pattern:
        'seit (anfang|mitte|ende) januar|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|ostern|weihnachten|wochen|monaten|ewigkeiten ~0-5 unbearbeitet|unbeantwortet|ungelesen|unerledigt|unbezahlt|herum|rum|bei+ihnen|bei+dir|bei+euch',
      hit: 'Danke für die Betreuung – die Reklamation liegt seit Juni unbearbeitet bei Ihnen.',
      miss: 'Danke für die Betreuung seit Juni.',
    },
    {
      // A duration said flatly before what it bought ("Vier Tage für eine Passwortänderung."): a situation only next to irony.
      id: 'tage-fuer',
      pattern: `^${NUM}|ganze|geschlagene ${UNIT}|woche|wochen|monat|stunde für`,
      hit: 'Vier Tage für eine Passwortänderung. Rekordverdächtig.',
      miss: 'Für vier Tage reisen wir nach Rom.',
    },
    {
      // "um 16 statt um 8 Uhr", "statt wie vereinbart": what was agreed, not kept.
      id: 'statt-wie-vereinbart',
      pattern:
        'statt|anstatt um|am|wie+vereinbart|wie+versprochen|wie+besprochen|wie+abgesprochen|wie+zugesagt|wie+geplant',
      hit: 'Der Wagen kam um 16 statt um 8 Uhr. Super Planung.',
      miss: 'Der Wagen kam wie vereinbart um 8 Uhr. Super Planung.',
    },
    {
      id: 'mit-tippfehlern',
      pattern: `mit|voller ${NUM}|lauter tippfehlern|tippfehler|rechtschreibfehlern|schreibfehlern|fehlern|zahlendrehern`,
      hit: 'Die Seite ist online, mit drei Tippfehlern. Großartige Qualitätskontrolle.',
      miss: 'Die Seite ist online, ohne Tippfehler. Großartige Qualitätskontrolle.',
    },
    {
      // "dass wir auch mal erfahren": being told at last is the writer's complaint, so the writer may be its subject.
      id: 'auch-mal-erfahren',
      selfOk: true,
      pattern:
        'auch+mal|auch+einmal|überhaupt|endlich+mal erfahren|informiert|bescheid|benachrichtigt|eingeweiht|mitbekommen',
      hit: 'Schön, dass wir auch mal erfahren, dass der Termin verschoben ist.',
      miss: 'Schön, dass wir erfahren, wie es Ihnen geht.',
    },
    {
      // "jede Abnahme … zu verschieben": a habit of putting off, not one delay.
      id: 'jedes-mal-verschieben',
      pattern:
        'jede|jeden|jedes|sämtliche|alle ~0-6 verschieben|verschiebst|verschiebt|vergisst|verschoben|verlegen|verlegt|absagen|abgesagt|platzen|vergessen|verpassen|verpasst|verschlafen',
      hit: 'Ich bin beeindruckt, wie du jede Abnahme verschoben hast.',
      miss: 'Ich bin beeindruckt, wie du jede Abnahme vorbereitest.',
    },
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
      // "nach nur fünf Wochen dann doch noch": the long wait played down is the dig.
      pattern: `nach (nur|gerade+mal|gerade+einmal|schlappen|läppischen|lächerlichen) ${SPAN} ~1 endlich|nun|jetzt|erst|dann+doch|doch+noch|schliesslich|auch+mal|auch+einmal|überhaupt`,
      hit: 'Sie haben nach vier Wochen endlich bezahlt.',
      miss: 'Sie haben nach vier Wochen Urlaub angerufen.',
    },
    {
      id: 'erst-nach-wochen',
      relief: true,
      pattern: `erst nach ${SPAN}`,
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
      // "nach vier Wochen und drei Erinnerungen": the wait and the chasing together.
      id: 'wochen-und-erinnerungen',
      pattern: `${UNIT} und ${NUM} erinnerungen|mahnungen|nachfragen|anrufen|anrufe|mails|e-mails`,
      hit: 'Toll, nach vier Wochen und drei Erinnerungen ist das Formular da.',
      miss: 'Toll, nach vier Wochen und drei Proben ist das Stück fertig.',
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
      // „drei Mahnungen bis zur Zahlung“: die Erinnerungen gezählt, die es bis zum Ziel brauchte.
      id: 'drei-mahnungen-bis-zur-zahlung',
      pattern: `${NUM} erinnerungen|mahnungen|zahlungserinnerungen|nachfragen|aufforderungen|anrufe|anläufe|mails|e-mails bis zur|zum zahlung|überweisung|antwort|rückmeldung|unterschrift|freigabe|termin`,
      hit: 'Vier Mahnungen bis zur Zahlung, das schafft nicht jeder.',
      miss: 'Vier Wochen bis zur Zahlung sind bei uns üblich.',
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
        'schon+wieder|mal+wieder|wieder+mal|wieder+einmal|erneut|wieder ~2 <neg>|falsch|vergessen|zu+spät|zu+spaet|abgesagt|verschoben|verschiebt|verschieben|verlegt|vertagt|verzögert|geplatzt|gefehlt|ausgefallen',
      hit: 'Sie haben schon wieder nicht angerufen.',
      miss: 'Sie haben wieder angerufen.',
    },
    {
      // Not there after all: "dass Sie dann doch nicht im Büro waren", "dass du den Schlüssel doch nicht hinterlegt hast".
      id: 'doch-nicht-da',
      pattern:
        'doch+nicht|dann+doch+nicht ~0-3 da|dort|zu+hause|zuhause|daheim|im+büro|vor+ort|erreichbar|hinterlegt|gekommen|erschienen',
      hit: 'Schön, dass ihr am Freitag dann doch nicht vor Ort wart.',
      miss: 'Schön, dass ihr am Freitag doch noch kommen konntet.',
    },
    {
      id: 'trotz-absprache',
      pattern: 'trotz|entgegen ~0-1 absprache|zusage|vereinbarung|abmachung|versprechen',
      hit: 'Der Hausmeister hat die Heizung trotz Absprache abgestellt.',
      miss: 'Der Hausmeister hat die Heizung wie abgesprochen abgestellt.',
    },
    {
      // "Wir standen zwei Stunden vor der Tür": the writer kept waiting.
      id: 'standen-vor-der-tuer',
      selfOk: true,
      pattern:
        'standen|stand|warteten|wartete ~0-4 vor+der+tür|vor+dem+haus|vor+dem+tor|vor+verschlossener|im+flur|im+regen|umsonst|vergeblich',
      hit: 'Die Monteure standen am Montag eine Stunde im Regen.',
      miss: 'Die Monteure standen am Montag pünktlich bereit.',
    },
    {
      // A cancellation at the last moment: "eine Stunde vor Beginn absagen".
      id: 'kurz-vor-beginn-absagen',
      pattern: `${NUM} minuten|minute|stunden|stunde vor beginn|vor+terminbeginn|vor+dem+termin|vor+start ~0-3 abgesagt|absagen|abzusagen|absagt|storniert|stornieren|gecancelt`,
      hit: 'Der Kunde hat zehn Minuten vor Beginn abgesagt.',
      miss: 'Der Kunde hat zwei Wochen vor Beginn abgesagt, das war fair.',
    },
    {
      // The delay first, the repeat after it: "Die Abnahme verschiebt sich erneut."
      id: 'verschiebt-sich-erneut',
      pattern:
        'verschiebt|verschieben|verschoben|verzögert|verzögern|vertagt|platzt|geplatzt (sich) (jetzt) schon+wieder|erneut|abermals|nochmals|wieder|noch+einmal|ein+weiteres+mal',
      hit: 'Der Liefertermin verzögert sich erneut um eine Woche.',
      miss: 'Der Liefertermin verzögert sich nicht, die Ware ist schon unterwegs.',
    },
    {
      // A settled plan thrown over at the last moment: "Sie wollen den Entwurf jetzt doch noch einmal umwerfen."
      id: 'doch-noch-umwerfen',
      pattern:
        'doch|plötzlich|kurzfristig ~0-2 (noch) (einmal|mal) (ganz|komplett) umwerfen|umkrempeln|kippen|umplanen|neu+aufrollen|über+den+haufen+werfen',
      hit: 'Du willst den Zeitplan jetzt doch noch einmal komplett umkrempeln.',
      miss: 'Wir können den Zeitplan gern noch einmal besprechen.',
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
      pattern: '^ein|zwei|nur+ein|nur+zwei|magere+zwei stern|sterne (,) für|nach|nachdem|obwohl|in|bei',
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
      // „zwei Tage vor Messebeginn“: was kam, kam knapp vor dem, wofür es gebraucht wurde.
      id: 'n-tage-vor-beginn',
      relief: true,
      pattern: `${NUM} tage|stunden|minuten vor ~0-1 messebeginn|beginn|start|abflug|abgabe|veranstaltung|eröffnung|premiere|hochzeit|umzug|termin|abgabetermin|druck|drucktermin`,
      hit: 'Die Grafiken kamen zwei Tage vor Messebeginn.',
      miss: 'Die Grafiken kamen zwei Wochen vor Messebeginn.',
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
      pattern: `${SPAN} nach dem|der|meiner|meinem|unserer|unserem|ihrer|ihrem`,
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
    {
      // Ein Fehlerwort allein: zählt nur nach einem Ausruf oder neben "wie immer" (siehe bare in ../rules/sarcasm.ts).
      id: 'blosser-fehler',
      bare: true,
      pattern: `${FEHLER}`,
      hit: 'Toll, der Server ist abgestürzt.',
      miss: 'Toll, der abgestürzte Server ist repariert.',
    },
    {
      id: 'offen-gelassen',
      bare: true,
      pattern:
        'offen|unverschlossen|unaufgeräumt|dreckig|verdreckt|halbfertig|unfertig|liegen|stehen (zu) gelassen|hinterlassen|zurückgelassen|lassen',
      hit: 'Die Handwerker haben die Baustelle wie immer offen gelassen.',
      miss: 'Die Handwerker haben die Baustelle wie immer sauber hinterlassen.',
    },
    {
      id: 'niemand-hat',
      pattern:
        'niemand|keiner|keine+seele|kein+mensch ~0-5 gelesen|angerufen|geprüft|getestet|bemerkt|gemerkt|geantwortet|reagiert|gekommen|erschienen|bescheid|informiert|gewarnt|nachgesehen|angerufen|gekümmert',
      hit: 'Super, dass niemand in Ihrem Team das Briefing gelesen hat.',
      miss: 'Super, dass alle in Ihrem Team das Briefing gelesen haben.',
    },
    {
      id: 'antwort-nach-nur',
      pattern: `${ANTWORT} ~0-6 (nach|in|innerhalb) nur|schon|bereits|gerade+mal|gerade+einmal|knapp|schlappen|lächerlichen|bloß ${NUM}|einem|einer|eineinhalb ${UNIT}|woche|monat|jahr`,
      hit: 'Danke für Ihre Rückmeldung nach nur drei Wochen.',
      miss: 'Danke, dass das Dach nach nur drei Tagen fertig war.',
    },
    {
      // Verb am Ende: "dass Sie sich nach nur drei Wochen zurückmelden".
      id: 'nach-nur-wochen-antwort',
      pattern: `nach|in|innerhalb nur|schon|bereits|gerade+mal|gerade+einmal|knapp|schlappen|lächerlichen|bloß ${NUM}|einem|einer|eineinhalb ${UNIT}|woche|monat|jahr ~0-3 ${ANTWORT}`,
      hit: 'Danke, dass Sie sich nach nur drei Wochen zurückmelden.',
      miss: 'Danke, dass Sie nach nur drei Wochen fertig sind.',
    },
    {
      id: 'antwort-schon-nach',
      pattern: `${ANTWORT} ~0-6 schon|bereits|erst nach ${NUM}|einem|einer ${UNIT}|woche|monat|jahr`,
      hit: 'Herzlichen Dank, dass Ihre Antwort schon nach einem Monat kam.',
      miss: 'Herzlichen Dank, dass der Bau schon nach einem Monat begann.',
    },
    {
      id: 'tage-spaeter',
      relief: true,
      pattern: `${NUM}|einen|eine|einem ${UNIT}|tag|woche|monat|stunde später|danach|hinterher|zu+spät|zu+spaet|verspätet`,
      hit: 'Danke, dass ihr endlich zurückruft, vier Tage später.',
      miss: 'Danke, dass ihr anruft; in vier Tagen beginnen wir.',
    },
    {
      id: 'dreiviertelstunde-zu-spaet',
      pattern: 'stunde|stunden|dreiviertelstunde|viertelstunde|halbe+stunde|ewigkeit zu+spät|zu+spaet|verspätet|später',
      hit: 'Besten Dank, dass Sie zu Ihrem eigenen Termin eine Dreiviertelstunde zu spät erschienen sind.',
      miss: 'Besten Dank, dass Sie eine Dreiviertelstunde früher gekommen sind.',
    },
    {
      // Schnelligkeit gelobt neben den Wochen, die es dauerte ("blitzschnelle Reaktion nach fünf Wochen").
      id: 'blitzschnell-nach-wochen',
      pattern: `${TEMPO} ~0-8 ${NUM}|einem|einer|einen ${UNIT}|woche|monat|jahr (später|danach|gedauert)`,
      hit: 'Vielen Dank für Ihre blitzschnelle Reaktion nach gerade mal fünf Wochen.',
      miss: 'Vielen Dank für Ihre blitzschnelle Reaktion am Sonntag.',
    },
    {
      // The day or evening before what it was needed for: too late to work with.
      id: 'tag-vor-ereignis',
      relief: true,
      // Only work with a due date: a call the evening before a wedding is care.
      pattern:
        'am (letzten) tag|abend|vorabend|morgen vor (der|dem|den) frist|fristablauf|abgabe|präsentation|praesentation|sitzung|besprechung|anhörung|verhandlung|abnahme|prüfung|stichtag|deadline|einreichung|übergabe|begehung|messe|eröffnung|gerichtstermin|launch|livegang|go-live|relaunch|release|drucktermin|redaktionsschluss',
      hit: 'Danke, dass die Folien am Abend vor der Präsentation kamen.',
      miss: 'Die Folien kamen eine Woche vor der Präsentation.',
    },
    {
      id: 'tag-nach-ereignis',
      relief: true,
      pattern: `am|einen|eine|${NUM} (vollen|ganzen|guten) tag|tage|morgen|abend|woche|wochen|monat|monate|stunde|stunden nach ~0-1 der|dem|den|ablauf|meiner|ihrer ~0-1 ${EREIGNIS}`,
      hit: 'Tolles Timing – das Angebot kam am Morgen nach der Präsentation.',
      miss: 'Danke für den Anruf am Tag nach der Operation.',
    },
    {
      id: 'einen-tag-danach',
      relief: true,
      pattern: 'einen+tag|eine+woche|einen+monat|tags|erst danach|darauf|hinterher',
      hit: 'Vielen Dank für die Warnung vor dem Ausfall, einen Tag danach.',
      miss: 'Wir sehen uns am Montag und am Tag davor.',
    },
    {
      id: 'nach-fristablauf',
      pattern:
        'nach fristablauf|ablauf+der+frist|fristende|dem+stichtag|abgabeschluss|der+vergabe|der+abgabe|dem+druck|der+entscheidung|redaktionsschluss|der+sitzung',
      hit: 'Danke für den Hinweis – zwei Stunden nach Fristablauf.',
      miss: 'Danke für den Hinweis – wir reichen vor Fristablauf ein.',
    },
    {
      id: 'nachdem-ich-schon',
      selfOk: true,
      pattern:
        'nachdem|als ich|wir|die|der|das ~0-3 schon|bereits ~0-3 hingefahren|losgefahren|angekommen|bezahlt|unterschrieben|bestellt|gebucht|raus|verschickt|gedruckt|eingereicht|da|unterwegs|abgeschickt',
      hit: 'Danke für die Info zur Preiserhöhung, nachdem die Rechnung schon raus war.',
      miss: 'Danke für die Info zur Preiserhöhung, bevor die Rechnung raus ist.',
    },
    {
      id: 'fehler-partizip-ordinal',
      pattern:
        'zweite|dritte|vierte|fünfte|sechste|x-te|zigste ~0-1 verpasste|fehlgeschlagene|kaputte|falsche|abgesagte|verschobene|verspätete|abgestürzte|fehlerhafte|geplatzte',
      hit: 'Glückwunsch, die dritte verpasste Frist in Folge.',
      miss: 'Glückwunsch, die dritte bestandene Prüfung in Folge.',
    },
    {
      // „Beim vierten Anlauf …“: etwas gelang erst nach mehreren Versuchen.
      id: 'beim-n-ten-anlauf',
      pattern: 'beim|im|nach+dem dritten|vierten|fünften|sechsten|x-ten|zigsten anlauf|versuch',
      hit: 'Beim vierten Anlauf hat es geklappt, wirklich rekordverdächtig.',
      miss: 'Beim ersten Anlauf hat es geklappt, wirklich rekordverdächtig!',
    },
    {
      id: 'verpasste-termine',
      pattern:
        'verpasste|geplatzte|abgesagte|verschobene|fehlgeschlagene|versäumte|überzogene termine|fristen|lieferungen|zahlungen|meilensteine|builds|besprechungen|anrufe|zusagen|deadlines',
      hit: 'Vier verpasste Termine hintereinander, das ist sicher Rekord.',
      miss: 'Vier eingehaltene Termine hintereinander, das ist sicher Rekord.',
    },
    {
      id: 'kaputt-gemacht',
      pattern:
        'kaputt+gemacht|kaputtgemacht|zerstört|ruiniert|gelöscht|verschlampt|verloren|verbockt|vermasselt|verhunzt|vergeigt',
      hit: 'Hut ab, Ihr Team hat das Einzige kaputt gemacht, was noch funktioniert hat.',
      miss: 'Hut ab, Ihr Team hat das Einzige gerettet, was noch zu retten war.',
    },
    {
      id: 'zu-verlieren-verpassen',
      pattern:
        'geschafft|es+fertiggebracht|fertiggebracht|hinbekommen ~0-5 zu+verlieren|zu+verpassen|zu+vergessen|zu+löschen|zu+ruinieren|zu+zerstören|lahmzulegen|zu+versäumen|kaputtzumachen',
      hit: 'Bravo, Sie haben es geschafft, die Originaldateien zu verlieren.',
      miss: 'Bravo, Sie haben es geschafft, die Originaldateien zu retten.',
    },
    {
      id: 'jeden-verpassen',
      pattern:
        'jeden|jede|alle ~0-2 meilenstein|meilensteine|termin|termine|frist|fristen ~0-1 zu+verpassen|verpasst|versäumt|gerissen',
      hit: 'Reife Leistung, jeden einzelnen Meilenstein zu verpassen.',
      miss: 'Reife Leistung, jeden einzelnen Meilenstein zu halten.',
    },
    {
      id: 'nie-erledigt',
      pattern:
        'nie|niemals|gar+nicht ~0-1 erledigte|erledigt|erbrachte|erbracht|gelieferte|geliefert|gemacht|gemachte|ausgeführte|ausgeführt',
      hit: 'Ich finde es ja großartig, Rechnungen für nie erledigte Arbeit zu bekommen.',
      miss: 'Ich finde es ja großartig, Rechnungen für so gut erledigte Arbeit zu bekommen.',
    },
    {
      id: 'doppelt-zahlen',
      selfOk: true,
      pattern:
        'zweimal|doppelt|extra|nochmal|noch+einmal|zusätzlich ~0-2 zahlen|bezahlen|berappen|blechen|zahlen+dürfen|bezahlen+dürfen',
      hit: 'Ist es nicht schön, dieselbe Reparatur zweimal zu bezahlen?',
      miss: 'Ist es nicht schön, die Reparatur nur einmal zu bezahlen?',
    },
    {
      id: 'eigener-fehler',
      pattern:
        'ihres|ihrer|deines|deiner|eures|eurer|ihren|ihrem|deinen|deinem eigenen fehlers|fehler|versäumnisses|versehens|pfusches|fehlern',
      hit: 'Wunderbar, dass wir für die Reparatur Ihres eigenen Fehlers extra zahlen dürfen.',
      miss: 'Wunderbar, dass wir für die Reparatur des alten Fensters weniger zahlen.',
    },
    {
      id: 'noch-ein-aufschlag',
      pattern:
        'noch+ein|noch+eine|noch+einen|schon+wieder+ein|schon+wieder+eine|und+wieder+ein|und+wieder+eine ~0-1 aufschlag|zuschlag|gebühr|rechnung|nachtrag|verschiebung|absage|verzögerung|ausrede|änderungswunsch|preiserhöhung|mahnung|erinnerung|nachforderung',
      hit: 'Schön, noch ein Aufschlag für etwas, das im Vertrag stand.',
      miss: 'Schön, noch ein zufriedener Kunde für Ihre Referenzliste.',
    },
    {
      id: 'keiner-lesen-kann',
      pattern: 'keiner|niemand|kein+mensch ~0-2 lesen|verstehen|nutzen|öffnen|gebrauchen|finden kann|konnte|könnte',
      hit: 'Was für ein Preis-Leistungs-Verhältnis – tausend Euro für ein Gutachten, das keiner lesen kann.',
      miss: 'Was für ein Preis-Leistungs-Verhältnis – tausend Euro für ein Gutachten, das jeder lesen kann.',
    },
    {
      id: 'bedeutet-nichts',
      pattern: 'nichts|wenig|gar+nichts|nicht+viel bedeutet|bedeuten|bedeutete|zählt|zählen|gilt',
      hit: 'Schön zu wissen, dass Ihnen der Vertrag nichts bedeutet.',
      miss: 'Schön zu wissen, dass Ihnen der Vertrag viel bedeutet.',
    },
    {
      id: 'nur-ein-vorschlag',
      pattern:
        'nur|bloß|bloss|lediglich ein|eine vorschlag|empfehlung|richtwert|formalität|wunsch|idee|schätzung|orientierung',
      hit: 'Schön zu hören, dass unsere Frist nur ein Vorschlag war.',
      miss: 'Schön zu hören, dass unser Termin gut passt.',
    },
    {
      id: 'ueberhaupt-gelesen',
      selfOk: true,
      pattern: 'überhaupt|ueberhaupt ~0-2 gelesen|beachtet|geöffnet|bemerkt|wahrgenommen|beantwortet|angekommen',
      hit: 'Gut zu wissen, dass meine Mails überhaupt gelesen werden.',
      miss: 'Gut zu wissen, dass meine Mails schnell gelesen werden.',
    },
    {
      id: 'auch-mal-melden',
      relief: true,
      pattern:
        'auch+mal|auch+einmal|doch+noch+mal|tatsächlich+mal ~0-3 melden|meldest|meldet|melden|vorbeischaust|vorbeischauen|vorbeikommen|zurückrufen|antworten|blicken+lassen|sehen+lassen',
      hit: 'Nett, dass du auch mal vorbeischaust.',
      miss: 'Nett, dass du vorbeischaust.',
    },
    {
      id: 'nach-absagen',
      pattern: `nach ${NUM}|etlichen|mehreren|zahllosen absagen|verschiebungen|anläufen|versuchen|erinnerungen|mahnungen`,
      hit: 'Wie großzügig, dass Sie nach fünf Absagen endlich einen Termin für uns finden.',
      miss: 'Wie großzügig, dass Sie uns einen Termin geben.',
    },
    {
      id: 'nach-all-der-zeit',
      relief: true,
      pattern: 'nach all+der+zeit|all+den+wochen|all+den+monaten|so+langer+zeit|ewigkeiten|einer+ewigkeit',
      hit: 'Schön, dass Sie uns nach all der Zeit mit einer Antwort beehren.',
      miss: 'Schön, dass wir seit all der Zeit zusammenarbeiten.',
    },
    {
      id: 'verschwunden',
      pattern: 'budget|geld|anzahlung|vorschuss ~0-3 verschwunden|weg|aufgebraucht|verpufft|verbraten|futsch',
      hit: 'Wirklich beeindruckend, wie schnell das Budget verschwunden ist.',
      miss: 'Wirklich beeindruckend, wie sorgfältig das Budget geplant ist.',
    },
    {
      id: 'verdoppelt',
      pattern:
        'verdoppelt|verdreifacht|steigt|stieg|erhöht ~0-4 jedem|jedes|wieder|erneut|schon+wieder|bei+jedem|mit+jedem',
      hit: 'Der Preis verdoppelt sich bei jedem Gespräch.',
      miss: 'Das Team vergrößert sich jedes Jahr.',
    },
    {
      // Verb am Ende: "wie sich das Angebot bei jedem Gespräch verdoppelt".
      id: 'jedes-mal-teurer',
      pattern: 'bei+jedem|mit+jedem|jedes+mal|schon+wieder|erneut ~0-3 verdoppelt|verdreifacht|teurer|erhöht|gestiegen',
      hit: 'Ich liebe es, wie sich das Angebot bei jedem Gespräch verdoppelt.',
      miss: 'Ich liebe es, wie sich das Team bei jedem Projekt einbringt.',
    },
    {
      id: 'ohne-zu-reparieren',
      pattern:
        'ohne etwas|irgendwas|was|ein+wort|einen+handschlag zu+reparieren|zu+tun|zu+sagen|zu+machen|zu+erledigen|zu+prüfen|zu+testen|zu+kontrollieren|aufzuräumen|zu+säubern',
      hit: 'Ihr Techniker kam, schaute und ging, ohne etwas zu reparieren.',
      miss: 'Ihr Techniker kam und reparierte alles, ohne Aufhebens.',
    },
    {
      id: 'ohne-ein-wort',
      pattern: 'ohne ein+wort|einen+ton|gruß|abschied|nachricht|vorwarnung',
      hit: 'Man muss einen Handwerker einfach lieben, der ohne ein Wort verschwindet.',
      miss: 'Man muss einen Handwerker einfach lieben, der so gründlich aufräumt.',
    },
    {
      id: 'vor-der-arbeit',
      pattern: 'vor der|dem arbeit|reparatur|lieferung|leistung|ausführung|montage|besuch',
      hit: 'Was haben wir für ein Glück, dass die Rechnung vor der Arbeit kam?',
      miss: 'Was haben wir für ein Glück, dass das Wetter gehalten hat?',
    },
    {
      id: 'startet-nicht',
      pattern:
        'startet|springt|öffnet|schließt|lädt|druckt|funktioniert|geht|läuft ~0-2 nicht|immer+noch+nicht|schon+wieder+nicht',
      // „geht mir nicht aus dem Kopf“, „geht nicht ohne Sie“: no machine failing.
      unlessAfter: ['aus', 'ohne'],
      hit: 'Oh perfekt, der Laptop, den Sie repariert haben, startet nicht.',
      miss: 'Oh perfekt, der Laptop, den Sie repariert haben, startet sofort.',
    },
    {
      // Von Dritten erfahren: von der Empfangsdame, aus der Zeitung, über die Rechnung.
      id: 'von-dritten-erfahren',
      selfOk: true,
      pattern: 'von|aus|über ~1-3 erfahren|gehört|mitbekommen|gelesen',
      hit: 'Hervorragende Kommunikation, wie immer – ich habe es von Ihrer Empfangsdame erfahren.',
      miss: 'Hervorragende Kommunikation – Sie haben es mir als Erstes gesagt.',
    },
    {
      id: 'warteschleife',
      selfOk: true,
      pattern: 'warteschleife|aufgelegt|abgewimmelt|hingehalten|vertröstet',
      hit: 'Toller Kundenservice: vierzig Minuten Warteschleife und dann aufgelegt.',
      miss: 'Toller Kundenservice: nach einer Minute war ich durchgestellt.',
    },
    {
      id: 'noch-ein-ohne',
      pattern:
        'noch+ein|noch+eine|noch+einen|schon+wieder+ein|schon+wieder+eine ~1-3 ohne|mit+falscher|mit+falschen|mit+falschem',
      hit: 'Wunderbar, noch ein Angebot ohne Mehrwertsteuer.',
      miss: 'Wunderbar, noch ein Angebot mit Rabatt.',
    },
    {
      // Funkstille: der Leser meldet sich nicht ("seit zwei Wochen nicht").
      id: 'seit-wochen-nicht',
      pattern: `seit (über|fast|gut|knapp|mittlerweile|inzwischen) ${NUM}|einer|einem|wochen|monaten|tagen ${UNIT}|woche|monat ~0-2 <neg>|nichts|funkstille`,
      hit: 'Großartig, der Bauunternehmer meldet sich seit zwei Wochen nicht.',
      miss: 'Großartig, der Bauunternehmer arbeitet seit zwei Wochen bei uns.',
    },
    {
      id: 'funkstille',
      pattern: 'funkstille|abgetaucht|untergetaucht|ghosting|kein+pieps|kein+wort|keinen+mucks',
      hit: 'Super, seit Freitag herrscht Funkstille.',
      miss: 'Super, seit Freitag herrscht Sonnenschein.',
    },
    {
      id: 'nach-drei-korrekturen',
      pattern: `nach ${NUM} korrekturen|beschwerden|versuchen|anläufen|besuchen|runden|überarbeitungen|anrufen|briefen`,
      hit: 'Toll, auf der Rechnung steht nach drei Korrekturen immer noch der alte Satz.',
      miss: 'Toll, auf der Rechnung steht nach drei Tagen der neue Satz.',
    },
    {
      id: 'vor-der-sitzung',
      relief: true,
      pattern: `am|einen|eine|den vorabend|abend|tag|morgen|stunde|nachmittag vor ~0-1 der|dem|den ~0-1 frist|abgabe|abgabefrist|präsentation|verhandlung|anhörung|prüfung|abnahme|besprechung|einreichung|deadline|messe|eröffnung|gerichtstermin|gerichtsverhandlung|termin|ausschusssitzung|gemeinderatssitzung|vorstandssitzung|gerichtsverhandlung|bauabnahme|steuerprüfung|sitzung`,
      hit: 'Vielen herzlichen Dank, dass die Pläne am Abend vor der Ausschusssitzung kamen.',
      miss: 'Vielen herzlichen Dank, dass die Pläne eine Woche vor der Ausschusssitzung kamen.',
    },
    {
      id: 'nachdem-schon-weg',
      pattern: 'nachdem|als ~1-4 schon|bereits weg|gegangen|abgereist|fertig|ausgezogen|abgefahren|geschlossen',
      hit: 'Hervorragende Planung, der Container kam, nachdem die Handwerker schon weg waren.',
      miss: 'Hervorragende Planung, der Container kam, bevor die Handwerker anfingen.',
    },
    {
      id: 'vor-uns-erzaehlt',
      pattern: 'vor uns|mir|mich ~0-2 erzählt|gesagt|mitgeteilt|informiert|gefragt|verraten|geschrieben',
      hit: 'Danke vielmals, dass Sie es den Mietern vor uns erzählt haben.',
      miss: 'Danke vielmals, dass Sie es uns vor den Mietern erzählt haben.',
    },
    {
      id: 'voller-fehler',
      pattern:
        'voller|voll+mit|gespickt+mit|übersät+mit fehler|fehlern|tippfehler|tippfehlern|löcher|löchern|lücken|mängel|mängeln',
      hit: 'Wie üblich kam der Bericht voller Fehler zurück.',
      miss: 'Wie üblich kam der Bericht voller Ideen zurück.',
    },
    {
      id: 'keine-einzige-antwort',
      pattern:
        'keine+einzige|kein+einziger|kein+einziges|keinen+einzigen|nicht+eine|nicht+einen|null ~0-1 antwort|rückmeldung|rückruf|anruf|nachricht|mail|reaktion|wort',
      hit: 'Großartiger Support – drei Tickets und keine einzige Antwort.',
      miss: 'Großartiger Support – drei Tickets und eine schnelle Antwort.',
    },
    {
      id: 'zusaetzliche-rechnung',
      pattern:
        'zusätzliche|zusätzlichen|extra|weitere|separate|gesonderte ~0-1 rechnung|gebühr|gebühren|kosten|pauschale|zuschlag',
      hit: 'Danke für die schöne Überraschung: eine zusätzliche Rechnung für die Anfahrt.',
      miss: 'Danke für die schöne Überraschung: eine Karte für das Team.',
    },
    {
      id: 'nachdem-wir-unterschrieben',
      selfOk: true,
      pattern:
        'nachdem|als|sobald wir|ich ~0-3 unterschrieben|bezahlt|zugesagt|bestellt|gebucht|freigeräumt|umgeplant|abgesagt|überwiesen',
      hit: 'Toll, der Preis stieg, sobald ich zugesagt habe.',
      miss: 'Toll, der Preis sank, bevor ich zusagte.',
    },
    {
      // "nach acht Wochen zurückrufen": weeks and months, not days (a reply after two days is thanked sincerely).
      id: 'nach-n-wochen',
      relief: true,
      unlessAfter: [
        'urlaub',
        'ferien',
        'krankheit',
        'pause',
        'reha',
        'elternzeit',
        'abwesenheit',
        'auszeit',
        'bauzeit',
        'unterwegs',
        'weg',
      ],
      pattern: `nach ${NUM} wochen|monaten`,
      hit: 'Danke, dass Sie nach vier Wochen zurückrufen.',
      miss: 'Danke, dass Sie nach zwei Tagen zurückrufen.',
    },
    {
      // "zeichnen wir eben zum dritten Mal neu": die Arbeit, die der Schreiber wegen des Lesers wiederholt.
      id: 'zum-dritten-mal-neu',
      selfOk: true,
      pattern: `zum|ein ${ORD} mal ~0-1 neu|von+vorn|von+vorne|umplanen|umzeichnen|überarbeiten|anpassen|ändern`,
      hit: 'Wunderbar, dann zeichnen wir die Pläne eben zum dritten Mal neu.',
      miss: 'Wunderbar, dann zeichnen wir die Pläne neu.',
    },
    {
      // "nachdem wir viermal nachgefragt haben": gezählte Mühe des Schreibers, die der Leser verursacht hat.
      id: 'nachdem-wir-mehrfach-nachgefragt',
      selfOk: true,
      pattern:
        'nachdem|obwohl wir|ich (schon|bereits) zweimal|dreimal|viermal|fünfmal|mehrfach|mehrmals|x-mal|zigmal|wiederholt|unzählige+male (bei+ihnen|bei+dir|bei+euch) nachgefragt|gefragt|erinnert|gemahnt|angerufen|nachgehakt|geschrieben',
      hit: 'Wir freuen uns, dass Sie die Werte bringen, nachdem wir viermal nachgefragt haben.',
      miss: 'Wir freuen uns, dass Sie die Werte bringen, nachdem wir kurz telefoniert haben.',
    },
    {
      // "bevor wir zugestimmt hatten": der Leser ist dem Schreiber zuvorgekommen.
      id: 'bevor-wir-zugestimmt',
      selfOk: true,
      pattern:
        'bevor|ehe wir|ich ~0-4 zugestimmt|freigegeben|abgestimmt|geprüft|gesehen|unterschrieben|entschieden hatten|hatte|haben|habe',
      hit: 'Danke, dass Sie den Entwurf weitergeleitet haben, bevor wir ihn freigegeben hatten.',
      miss: 'Danke, dass Sie den Entwurf geschickt haben, nachdem wir ihn freigegeben hatten.',
    },
    {
      // "jetzt dürfen wir alles neu machen": die Arbeit, die der Leser dem Schreiber beschert.
      id: 'duerfen-wir-alles-neu',
      selfOk: true,
      pattern:
        'dürfen|darf|müssen|muss wir|ich ~0-4 alles|komplett|sämtliche|die+ganze|den+ganzen|das+ganze|wieder ~0-3 neu|von+vorn|von+vorne|umwerfen',
      hit: 'Großartig, jetzt dürfen wir die ganze Planung neu aufsetzen.',
      miss: 'Großartig, jetzt dürfen wir mit dem Bau beginnen.',
    },
    {
      // "eine Woche nach dem geplanten Start": nach einem vereinbarten Zeitpunkt ist zu spät.
      id: 'nach-dem-geplanten-start',
      pattern:
        'nach dem|der|unserem|unserer|ihrem|ihrer geplanten|vereinbarten|zugesagten|angesetzten|festgelegten|besprochenen|vorgesehenen ~0-1 start|starttermin|termin|beginn|baubeginn|frist|abgabe|abgabetermin|übergabe|launch|liefertermin|eröffnung|veröffentlichung',
      hit: 'Super, die Freigabe kam eine Woche nach dem geplanten Start.',
      miss: 'Super, die Freigabe kam eine Woche vor dem geplanten Start.',
    },
    {
      // "hat sich schon wieder geändert": der wiederholte Richtungswechsel des Lesers.
      id: 'schon-wieder-geaendert',
      pattern:
        'schon+wieder|erneut|wieder+einmal|mal+wieder|wieder+mal|zum+x-ten+mal ~0-3 geändert|umgeworfen|umgestellt|umentschieden|anders+entschieden|gekippt',
      hit: 'Toll, das Briefing hat sich über Nacht schon wieder geändert.',
      miss: 'Toll, das Briefing hat sich über Nacht geklärt.',
    },
    {
      // "hat selbst am Sicherungskasten herumgebastelt": der Laie vor dem Fachmann.
      id: 'selbst-herumgebastelt',
      pattern:
        'herumgebastelt|rumgebastelt|herumgeschraubt|rumgeschraubt|herumgedoktert|rumgedoktert|herumprobiert|rumprobiert|herumgefummelt|rumgefummelt',
      hit: 'Großartig, dass Ihr Schwager vorher am Sicherungskasten herumgeschraubt hat.',
      miss: 'Großartig, dass Ihr Schwager vorher den Sicherungskasten fotografiert hat.',
    },
    {
      // "zwei Tage umgestellt, nur damit die Hälfte weiter die alte Liste nutzt": Mühe, die der Leser ins Leere laufen lässt.
      id: 'nur-damit',
      selfOk: true,
      pattern: `${NUM} ${UNIT} ~0-8 , nur+damit|nur+um|bloß+damit|bloss+damit`,
      hit: 'Schön, dass wir zwei Tage alles umgestellt haben, nur damit die Hälfte weiter die alte Liste nutzt.',
      miss: 'Schön, dass wir zwei Tage alles umgestellt haben, damit alle mit dem neuen System arbeiten.',
    },
    {
      // "findet ohne uns statt": der Schreiber übergangen.
      id: 'ohne-uns-statt',
      pattern: 'ohne uns|mich ~0-2 statt|stattfinden|entschieden|beschlossen|getroffen|abgestimmt',
      hit: 'Klasse, die Besprechung findet jetzt ohne uns statt.',
      miss: 'Klasse, die Besprechung findet jetzt mit uns statt.',
    },
  ],
  marker: [
    {
      // Freude versprochen über ein mangelhaftes Ding: „Das Amt freut sich bestimmt über die unvollständigen Formulare.“
      id: 'freut-sich-bestimmt-ueber-die-unvollstaendigen',
      pattern:
        '@freuen sich (bestimmt|sicher|sicherlich|garantiert|schon) ~0-3 über ~0-2 unvollständigen|unvollständige|fehlenden|falschen|verspäteten|halbfertigen|unleserlichen|leeren|unsignierten|veralteten|fehlerhaften',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Das Finanzamt freut sich bestimmt über die unvollständigen Belege.',
      miss: 'Das Finanzamt freut sich bestimmt über die vollständigen Belege.',
    },
    {
      // „Meine Jungs freuen sich bestimmt riesig, am Sonntag …“: die Mehrarbeit der eigenen Leute als Vorfreude.
      id: 'freuen-sich-bestimmt-riesig',
      pattern: 'freuen|freut sich ~0-2 bestimmt|sicher|sicherlich (schon) riesig|wahnsinnig|ungemein|königlich',
      gate: 'context',
      reach: 'sentence',
      hit: 'Die Grafiken kamen zwei Tage vor Messebeginn. Meine Leute freuen sich bestimmt riesig auf das Wochenende in der Halle.',
      miss: 'Die Belege kamen pünktlich. Meine Leute freuen sich auf das Projekt.',
    },
    {
      // „Respekt, die Räder sind tatsächlich zurück“: Beifall für das Mindeste, das ausblieb zu erwarten.
      id: 'respekt-tatsaechlich',
      pattern: '^ respekt|bravo|alle+achtung|donnerwetter|hut+ab , ~1-8 tatsächlich|tatsaechlich',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Respekt, die Schlüssel sind tatsächlich wieder da.',
      miss: 'Respekt für die schnelle Lieferung, die Schlüssel sind da.',
    },
    {
      id: 'ganze-arbeit-geleistet',
      pattern: 'ganze+arbeit geleistet|gemacht',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Da haben Sie ja ganze Arbeit geleistet.',
      miss: 'Da haben Sie viel Arbeit geleistet.',
    },
    {
      // "Sie sind ja ein echter Profi." – the particle "ja" makes the title mock.
      id: 'ja-ein-echter-profi',
      pattern:
        'sie+sind|du+bist|ihr+seid|sie+waren ja ein|eine|echte (echter|echte|richtiger|richtige|wahrer|wahre|ganz+großer) profi|profis|experte|experten|expertin|genie|held|helden|künstler|könner|fachmann',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Sie sind ja ein echter Profi.',
      miss: 'Sie sind ein echter Profi, danke!',
    },
    {
      id: 'welche-ausrede-diesmal',
      pattern: 'welche|was+für+eine|wie+die ausrede|begründung|erklärung ~0-3 diesmal|dieses+mal|jetzt|heute|kommt',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Ich bin gespannt, welche Ausrede diesmal kommt.',
      miss: 'Welche Erklärung brauchen Sie von uns?',
    },
    {
      // "Sie haben es ja nicht so mit Fristen.": the reader's failing as a trait, understated.
      id: 'nicht-so-mit',
      pattern: 'haben|hast|habt es ja|wohl|offenbar|anscheinend nicht+so|nicht+besonders|nicht+wirklich mit',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Sie haben es ja nicht so mit Fristen.',
      miss: 'Sie haben es nicht mit der Post geschickt.',
    },
    {
      id: 'genau-so-vorgestellt',
      pattern: 'genau|exakt|ganz+genau so|das haben|hatten wir|ich uns das vorgestellt|gewünscht|gedacht',
      gate: 'context',
      reach: 'sentence',
      hit: 'Die Fliesen sind schon wieder falsch. Genau so haben wir uns das vorgestellt.',
      miss: 'Genau so haben wir uns das vorgestellt!',
    },
    {
      // "Wow, eine Antwort innerhalb von nur drei Wochen.": an interjection over a situation in its own sentence.
      id: 'wow-komma',
      pattern: '^wow|boah|wahnsinn|respekt|donnerwetter|oha ,',
      gate: 'same',
      unlessExclaimed: true,
      reach: 'sentence',
      hit: 'Wow, eine Antwort nach nur drei Wochen.',
      miss: 'Wow, was für ein schöner Entwurf.',
    },
    {
      // "Was sind schon drei Stunden (unter Freunden)": a delay waved away.
      id: 'was-sind-schon',
      pattern: `^(aber) was sind|ist schon ${NUM}|eine|ein|ein+paar ${UNIT}|stunde|woche|tag|monat`,
      gate: 'alone',
      reach: 'sentence',
      hit: 'Aber was sind schon drei Stunden unter Freunden.',
      miss: 'Was sind die drei Stunden auf der Rechnung?',
    },
    {
      id: 'selbst-uebertroffen',
      pattern:
        'haben|hast|habt sie|du|ihr (sich|dich|euch) (da) (wirklich|wieder+einmal|mal+wieder|echt|diesmal) selbst übertroffen',
      gate: 'context',
      reach: 'sentence',
      hit: 'Da haben Sie sich wirklich selbst übertroffen: der Flyer nennt das falsche Datum.',
      miss: 'Da haben Sie sich wirklich selbst übertroffen, der Garten ist ein Traum!',
    },
    {
      // "Na, das fängt ja gut an." – the particle "ja" turns it.
      id: 'faengt-ja-gut-an',
      pattern: 'das|es fängt|faengt|geht ja gut|super|toll|prima|klasse|großartig an|los',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Na, das fängt ja gut an.',
      miss: 'Das fängt gut an, danke!',
    },
    {
      id: 'muss-man-erst-mal-schaffen',
      pattern: 'das|sowas|so+etwas muss man (auch) (ja) erst+mal|erstmal|erst+einmal schaffen|hinkriegen|hinbekommen',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Dreimal dieselbe Wohnung falsch vermessen – das muss man erst mal schaffen.',
      miss: 'Das muss man erst mal klären.',
    },
    {
      // "Immerhin haben Sie diesmal die richtige Hausnummer gefunden, wenn auch am falschen Tag."
      id: 'immerhin-diesmal',
      pattern: '^immerhin|wenigstens ~1-6 diesmal|dieses+mal|ausnahmsweise',
      gate: 'context',
      reach: 'sentence',
      hit: 'Immerhin haben Sie diesmal die richtige Straße gefunden, wenn auch am falschen Tag.',
      miss: 'Immerhin hat es diesmal geklappt!',
    },
    {
      // Idioms of ironic comment: all but never sincere in client mail.
      id: 'man-goennt-sich-ja-sonst-nichts',
      pattern: 'man|wir|ich gönnt|gönnen|gönne sich|uns|mir ja (sonst) nichts|nix',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Die Preise steigen um 30 Prozent. Man gönnt sich ja sonst nichts.',
      miss: 'Man gönnt sich ein gutes Essen nach dem Umzug.',
    },
    {
      id: 'laeuft-bei-euch',
      pattern: '^läuft|laeuft bei euch|ihnen|dir|denen $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Läuft bei euch. Der Newsletter ging mit dem falschen Betreff raus.',
      miss: 'Läuft bei euch alles nach Plan?',
    },
    {
      id: 'gut-ding-will-weile',
      pattern: 'gut+ding will|braucht weile',
      gate: 'context',
      reach: 'sentence',
      hit: 'Der Antrag liegt seit Monaten unbearbeitet herum. Gut Ding will Weile haben.',
      miss: 'Gut Ding will Weile haben, und Ihre Pläne sind es wert!',
    },
    {
      id: 'naechste-ueberraschung',
      pattern:
        'freue|freuen mich|uns (schon) auf die|den|das nächste|nächsten überraschung|panne|ausrede|verschiebung|absage|nachforderung|mahnung',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Ich freue mich schon auf die nächste Überraschung.',
      miss: 'Ich freue mich schon auf die nächste Zusammenarbeit.',
    },
    {
      // "… informiert – nämlich gar nicht.": the praise taken back in its own sentence.
      id: 'naemlich-gar-nicht',
      pattern: 'nämlich|naemlich|also gar+nicht|überhaupt+nicht|nie|gar+nichts|kein+bisschen|keine+minute $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Danke, dass Sie mich so ausführlich informiert haben – nämlich gar nicht.',
      miss: 'Das betrifft Sie nämlich gar nicht, keine Sorge.',
    },
    {
      // "– perfektes Timing." after what came at the worst moment.
      id: 'perfektes-timing-tag',
      pattern:
        'perfektes|tolles|toller|super|großartiges|großartiger|grossartiges|klasse|hervorragendes|hervorragender|ausgezeichnetes|ausgezeichneter|erstklassiges|erstklassiger|vorbildlicher|vorbildliches timing|planung|organisation|service|kundenservice|kundendienst|leistung|arbeit|kommunikation $',
      gate: 'tag',
      reach: 'sentence',
      hit: 'Eine Woche Urlaub direkt vor der Abgabe – perfektes Timing.',
      miss: 'Die Lieferung kam am Montag – perfektes Timing?',
    },
    {
      id: 'sonst-nichts-zu-tun',
      pattern:
        'wir|ich haben|habe|hab ja|schließlich (auch) (sonst) nichts+anderes+zu+tun|nichts+zu+tun|nichts+besseres+zu+tun|sonst+nichts+zu+tun',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Wir haben ja sonst nichts zu tun.',
      miss: 'Wir haben am Freitag nichts vor.',
    },
    {
      // "Das hat ja prima geklappt." next to what went wrong; glad news ends in "!" or has no situation near.
      id: 'hat-ja-geklappt',
      pattern:
        'das|es hat|lief|ging ja (mal+wieder|wirklich|wieder|echt) wunderbar|prima|super|hervorragend|toll|bestens|blendend|großartig|grossartig|reibungslos geklappt|funktioniert|gelaufen|hingehauen',
      gate: 'context',
      reach: 'sentence',
      hit: 'Das hat ja prima geklappt. Die Anzeige lief mit dem falschen Preis.',
      miss: 'Das hat ja prima geklappt!',
    },
    {
      id: 'ja-beeilt',
      pattern:
        'haben|hast|habt sie|du|ihr (sich|dich|euch) ja|aber (richtig|mächtig|wirklich|ordentlich|sehr|echt|ganz+schön) beeilt|ins+zeug+gelegt',
      gate: 'context',
      reach: 'sentence',
      hit: 'Da haben Sie sich ja richtig beeilt: Die Akte lag zehn Wochen bei Ihnen.',
      miss: 'Da haben Sie sich ja richtig beeilt!',
    },
    {
      // "Fristen sind für Sie wohl eher eine Empfehlung": the reader's deadline made a suggestion.
      id: 'eher-eine-empfehlung',
      pattern:
        'für+sie|für+dich|für+euch|bei+ihnen|bei+dir|bei+euch ~0-3 (wohl|offenbar|offensichtlich|anscheinend) eher|nur|bloß (eine|ein|eine+art) empfehlung|anregung|vorschlag|richtwert|unverbindliche+empfehlung',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Zahlungsfristen sind für Sie wohl eher eine Empfehlung.',
      miss: 'Der Termin ist nur ein Vorschlag, gern auch später.',
    },
    {
      id: 'wie-grosszuegig',
      pattern:
        'wie|sehr|wahnsinnig|unglaublich|äußerst|überaus|ausgesprochen|wirklich|echt großzügig|grosszügig|aufmerksam|rücksichtsvoll|fair|gerecht|anständig|zuvorkommend|professionell $',
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
        '^(na+so+was|na+sowas|na|tja|ach|oh) (,) wer hätte|haette das|es|damit (nur) (wieder) ahnen+können|ahnen+koennen|gedacht|geahnt|vorhersehen+können|erwartet|rechnen+können|kommen+sehen|voraussehen+können|voraussehen',
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
      pattern:
        'das|dies ist|war (ja) (natürlich|selbstverständlich) (wirklich|echt|sehr|wahnsinnig|total|überaus|äußerst|ausgesprochen) fair|gerecht|anständig|großzügig|grosszügig|rücksichtsvoll $',
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
      pattern: `ganze|stolze|sage+und+schreibe ${NUM} ~3 in|nach ${NUM}|einem|einer ${UNIT}|woche|monat|jahr|quartal|halbjahr`,
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
      pattern: '^was wäre|waere|täte|taete|würde|wuerde|würden|wären|täten ich|wir (nur|bloß|bloss) ohne',
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
      hit: 'Bravo, du hast den Anhang nun auch geöffnet.',
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
    {
      // Ein Gewohnheitsmarker mit einem Fehler im selben Satz: "Wie üblich hat niemand angerufen".
      id: 'gewohnheit-im-satz',
      pattern: 'wie+immer|wie+üblich|wie+gewohnt|wie+jedes+mal|wieder+einmal|einmal+mehr|erwartungsgemäß',
      gate: 'same',
      reach: 'sentence',
      hit: 'Die Handwerker haben die Baustelle wie immer offen gelassen.',
      miss: 'Die Handwerker haben die Baustelle wie immer gefegt.',
    },
    {
      id: 'timing-wie-immer',
      pattern: 'timing|pünktlichkeit ~0-2 wie+immer|wie+üblich|wie+gewohnt|mal+wieder',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Tolles Timing, wie gewohnt.',
      miss: 'Das Timing überlasse ich Ihnen, wie immer.',
    },
    {
      id: 'neuer-rekord',
      pattern:
        'ein|einen|neuer|neuen|sicher|wohl|echt|wirklich (neuer|neuen|persönlicher|persönliche) rekord|bestleistung|bestzeit $',
      gate: 'context',
      reach: 'clause',
      hit: 'Nur drei Wochen zu spät – ein neuer Rekord.',
      miss: 'Beim Spendenlauf gab es einen neuen Rekord.',
    },
    {
      id: 'rekordverdaechtig',
      pattern: 'rekordverdächtig|rekordverdaechtig|rekord|bestleistung $',
      gate: 'context',
      reach: 'clause',
      hit: 'Der Bericht ist drei Wochen zu spät. Wirklich rekordverdächtig.',
      miss: 'Zehn neue Kunden im März. Wirklich rekordverdächtig!',
    },
    {
      // "Wer hätte das kommen sehen – außer mir": the writer's own warning as the point.
      id: 'wer-ausser-mir',
      pattern: '^wer hätte|haette|konnte|könnte ~1-4 außer|ausser mir|uns',
      gate: 'alone',
      reach: 'clause',
      hit: 'Wer konnte so etwas vorhersehen, außer uns natürlich.',
      miss: 'Wer kann den Schlüssel abholen, außer mir?',
    },
    {
      // "nur zwanzig Minuten zu spät statt vierzig": a smaller failure praised as progress.
      id: 'zu-spaet-statt',
      pattern: `=Sie|du|ihr ~1-8 zu+spät|zu+spaet|verspätet|abzusagen|abgesagt ~0-3 statt|anstatt ${NUM}`,
      gate: 'alone',
      reach: 'sentence',
      hit: 'Sie haben es immerhin geschafft, nur drei Tage verspätet zu zahlen statt zehn.',
      miss: 'Wir sind lieber einen Tag verspätet als gar nicht da.',
    },
    {
      id: 'oh-wunder',
      pattern: '^oh+wunder|o+wunder|welch+wunder|oh+welch+ein+wunder ,|:',
      gate: 'same',
      reach: 'clause',
      hit: 'Oh Wunder, die Pumpe ist schon wieder ausgefallen.',
      miss: 'Oh Wunder, die Sonne scheint – wir starten morgen mit dem Dach!',
    },
    {
      id: 'ueberraschung-komma',
      pattern: '^überraschung|ueberraschung|na+überraschung|oh+überraschung|tja+überraschung ,|:',
      gate: 'context',
      reach: 'clause',
      hit: 'Überraschung, der Bericht kommt mal wieder zu spät.',
      miss: 'Überraschung, wir haben Kuchen für Sie!',
    },
    {
      id: 'wer-konnte-ahnen',
      pattern:
        '^wer konnte|kann|hätte|haette (das|damit) (auch) (nur) ahnen|gedacht|wissen|vorhersehen|voraussehen|erwarten|rechnen|kommen+sehen',
      gate: 'same',
      reach: 'sentence',
      hit: 'Wer konnte auch ahnen, dass der Maler erneut zu spät kommt.',
      miss: 'Wer hätte gedacht, dass wir so früh fertig werden!',
    },
    {
      id: 'so-viel-zu-ihrer',
      pattern:
        '^so+viel|soviel zu|zur|zum ihrer|ihrem|ihren|deiner|deinem|eurer|eurem|versprochenen|zugesagten|angekündigten|garantierten',
      gate: 'alone',
      reach: 'sentence',
      hit: 'So viel zu Ihrer Garantie, das Dach ist schon wieder undicht.',
      miss: 'So viel zum aktuellen Stand, mehr am Montag.',
    },
    {
      id: 'so-viel-dazu-uns',
      pattern: '^so+viel|soviel dazu , uns|mich|die|den|das|pünktlich|rechtzeitig',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Soviel dazu, uns auf dem Laufenden zu halten.',
      miss: 'Soviel dazu. Am Montag sprechen wir weiter.',
    },
    {
      id: 'so-viel-zu-versprochen',
      pattern: '^so+viel|soviel zu|zur|zum ~1-6 versprochen|versprochenen|zugesagt|angekündigt|garantiert',
      gate: 'alone',
      reach: 'sentence',
      hit: 'So viel zur schnellen Lösung, die Sie versprochen haben.',
      miss: 'So viel zum Stand, den wir besprochen haben.',
    },
    {
      // "Was soll da schon schiefgehen." – nur "schon" macht die Frage zum Spott; ohne bleibt sie eine Frage.
      id: 'was-soll-schon-schiefgehen',
      pattern:
        '^was soll|sollte|kann|könnte (da|dabei|denn|jetzt) schon (noch) (groß) schiefgehen|schieflaufen|schief+gehen|schief+laufen',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Ihr habt die Regeln also selbst angepasst. Was soll da schon schiefgehen.',
      miss: 'Was kann dabei schiefgehen? Ich erkläre es Ihnen gern.',
    },
    {
      // "Vielleicht klappt es ja beim fünften Mal": die gezählten Anläufe des Lesers.
      id: 'ja-beim-fuenften-mal',
      pattern:
        'vielleicht|hoffentlich ~0-5 ja beim|im|zum vierten|fünften|sechsten|siebten|zehnten|x-ten|zigsten|hundertsten|soundsovielten mal|anlauf|versuch',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Vielleicht klappt es ja beim fünften Mal mit der Entscheidung.',
      miss: 'Vielleicht klappt es beim zweiten Versuch mit der Überweisung.',
    },
    {
      // ", ist ja total eindeutig": ein Urteil ohne Subjekt, nachgeschoben über eine vage Vorgabe.
      id: 'ist-ja-total-eindeutig',
      pattern:
        ', ist|war|sind ja (auch) total|super|echt|wahnsinnig|extrem|mega|äußerst|überaus eindeutig|präzise|konkret|aussagekräftig|hilfreich|erhellend|aufschlussreich|unmissverständlich',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Klar, das setzen wir sofort um, ist ja total eindeutig.',
      miss: 'Die Vorgabe ist total eindeutig, danke für die schnelle Antwort.',
    },
    {
      // "Was für eine tolle Idee das war.": Lob im Rückblick, ohne Ausruf, nach der Panne.
      id: 'was-fuer-eine-idee-das-war',
      pattern:
        '^was+für+eine|welch+eine (tolle|großartige|grossartige|geniale|glänzende|brillante|gute|clevere|schlaue|super) idee|aktion das|dies war $',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Ihr habt den Router einfach ausgesteckt. Was für eine tolle Idee das war.',
      miss: 'Was für eine tolle Idee das war!',
    },
    {
      // "Natürlich sind die Fliesen gesprungen.": "natürlich" vorneweg macht aus dem Schaden das Erwartbare.
      id: 'natuerlich-schaden',
      pattern: '^natürlich|selbstverständlich',
      gate: 'same',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Natürlich ist die Lieferung unvollständig.',
      miss: 'Natürlich ersetzen wir die beschädigten Fliesen.',
    },
    {
      // "Das ist ja fast schon ein Rekord.": der Rekord mit "ja" und "fast" spottet über eine Selbstverständlichkeit.
      id: 'ja-fast-ein-rekord',
      pattern:
        'das|es ist|war ja fast+schon|schon+fast|beinahe|fast ein|eine (neuer|echter|neue) rekord|weltrekord|rekordzeit|wunder $',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Die Belege kamen drei Tage vor der Frist. Das ist ja fast schon ein Rekord.',
      miss: 'Zehn Kilo in drei Monaten, das ist ja fast schon ein Rekord!',
    },
    {
      // "Aber ich bin ja nur der Steuerberater.": der Schreiber macht sich klein, um den Leser zu treffen.
      id: 'bin-ja-nur-der-fachmann',
      pattern:
        'ich+bin|wir+sind ja nur|bloß|bloss der|die|ein|eine|ihr|ihre|dein|deine architekt|architektin|architekten|anwalt|anwältin|anwälte|steuerberater|steuerberaterin|handwerker|experte|expertin|experten|fachmann|fachfrau|fachleute|dienstleister|arzt|ärztin|trainer|trainerin|berater|beraterin|planer|planerin|coach|techniker|technikerin|therapeut|therapeutin|profi|profis $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Na gut, ich bin ja nur der Steuerberater.',
      miss: 'Ich bin nur die Vertretung, Frau Keller ist ab Montag zurück.',
    },
    {
      // „Aber ich bin ja nur der Schmied, …“: nach „aber“ macht „ja nur“ jeden Beruf klein, nicht nur die gelisteten.
      id: 'bin-ja-nur-irgendwer',
      pattern: 'aber ich+bin|wir+sind ja nur|bloß|bloss der|die|ein|eine ~1-2 ,|.|!|;',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Aber ich bin ja nur der Schmied, das entscheiden Sie.',
      miss: 'Ich bin ja nur die Neue, deshalb frage ich lieber zweimal nach.',
    },
    {
      // „… was weiß ich schon.“: die eigene Fachkenntnis kleingeredet, um die Leserin zu treffen.
      id: 'was-weiss-ich-schon',
      pattern: 'was weiß|weiss ich (denn) schon',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Aber was weiß ich schon, ich mache das ja erst seit zwanzig Jahren.',
      miss: 'Was ich schon weiß, schreibe ich Ihnen gleich auf.',
    },
    {
      // „Der Schlüsseltresor ist wohl nur Deko“: das für eine Aufgabe Gekaufte, ungenutzt.
      id: 'nur-deko',
      pattern:
        '@sein|@machen|@dienen (wohl|ja|anscheinend|offenbar) (nur|bloß|reine|reiner|als) (schöne|hübsche|nette) deko|dekoration|zierde|staubfänger|briefbeschwerer|türstopper|wandschmuck',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Der Schlüsseltresor an der Wand ist wohl nur Deko.',
      miss: 'Die alten Fliesen sind jetzt schöne Deko im Garten.',
    },
    {
      // „Ich liebe ja Herausforderungen“: das betonte Lieben meint das Gegenteil.
      id: 'liebe-ja-herausforderungen',
      pattern:
        'ich+liebe+ja|ich+mag+ja|wir+lieben+ja ~0-1 herausforderungen|überraschungen|rätsel|ratespiele|schnitzeljagden',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Na wunderbar, ich liebe ja Herausforderungen.',
      miss: 'Ich liebe Herausforderungen, deshalb mache ich beim Lauf mit.',
    },
    {
      // „Ich bin schon sehr gespannt, wie lange die Stimmung diesmal hält.“: der Rückfall wird erwartet.
      id: 'gespannt-wie-lange-diesmal',
      pattern: 'gespannt|neugierig ~0-2 , wie+lange|ob ~1-6 diesmal|dieses+mal',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Ich bin schon sehr gespannt, wie lange die Stimmung diesmal hält.',
      miss: 'Ich bin schon sehr gespannt, wie die Stimmung bei der Feier wird.',
    },
    {
      // „… ist genau das, wovon jeder Werbetechniker träumt“: das Unbrauchbare zum Traum erklärt.
      id: 'wovon-jeder-traeumt',
      pattern: 'wovon|was jeder|jede|alle ~0-3 träumt|träumen|schwärmt|schwärmen',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Ein Handyfoto von einer Serviette ist genau das, wovon jeder Werbetechniker träumt.',
      miss: 'Wir haben ein Haus am See gefunden, von dem wir lange geträumt haben.',
    },
    {
      // „Das ist natürlich reichlich Zeit, um …“: die knappe Frist als großzügig bezeichnet.
      id: 'natuerlich-reichlich-zeit',
      pattern: 'natürlich|selbstverständlich|ja ~0-1 reichlich|massig|jede+menge|mehr+als+genug zeit',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Elf Stunden sind natürlich reichlich Zeit, um zweihundert Pfingstrosen zu finden.',
      miss: 'Bis zur Hochzeit ist noch reichlich Zeit, lassen Sie sich also ruhig Zeit.',
    },
    {
      // "weil das ja beim letzten Mal so gut geklappt hat": der Grund, der das Gegenteil meint.
      id: 'weil-das-ja-so-gut-geklappt',
      pattern:
        'weil|da das|es ~0-2 ja ~0-4 so+gut|so+super|so+toll|so+prima|so+wunderbar|so+hervorragend|so+reibungslos geklappt|funktioniert|gelaufen|geholfen',
      gate: 'alone',
      reach: 'clause',
      unlessExclaimed: true,
      hit: 'Sie wollen die Fenster wieder selbst bestellen, weil das ja beim letzten Mal so gut geklappt hat.',
      miss: 'Wir bestellen die Fenster wieder bei Keller, weil das beim letzten Mal gut geklappt hat.',
    },
    {
      // "Da wird sich jeder Angreifer freuen.": Freude beim Gegner über das, was der Leser getan hat.
      id: 'da-freut-sich-der-angreifer',
      pattern:
        'da|darüber|das|damit wird|werden|würde|würden sich ~0-2 jeder|alle|die|sämtliche|potenzielle ~0-1 hacker|angreifer|einbrecher|diebe|betrüger|erpresser|gegenseite|gegenpartei|gegner|konkurrenz ~0-2 (sehr|riesig|sicher|bestimmt) freuen|bedanken',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Das Passwort klebt am Bildschirm. Da wird sich jeder Angreifer freuen.',
      miss: 'Da wird sich Ihr Team sicher freuen.',
    },
    {
      // "so fleißig wie letzte Woche, also gar nicht": der Vergleich, der zur Null aufgelöst wird.
      id: 'so-wie-also-gar-nicht',
      pattern: 'so|genauso ~1-4 wie ~0-4 , also|sprich gar+nicht|überhaupt+nicht|nie|null|nichts|kein+bisschen',
      gate: 'alone',
      reach: 'clause',
      hit: 'Hast du die Übungen so fleißig gemacht wie letzte Woche, also gar nicht?',
      miss: 'Machen Sie die Übungen so wie letzte Woche, also zweimal täglich.',
    },
    {
      // "…, ist natürlich ideal.": das Urteil am Satzende über die Lage davor.
      id: 'ist-natuerlich-ideal',
      pattern:
        ', ist|war|wäre (natürlich|ja|doch|echt|wirklich|einfach) (ganz) ideal|perfekt|optimal|großartig|grossartig|wunderbar|super|prima|toll|praktisch|klasse|herrlich|fantastisch|genial $',
      gate: 'trail',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Dass die Freigabe jetzt eine Woche nach dem geplanten Start kommt, ist natürlich ideal.',
      miss: 'Dass die Freigabe jetzt eine Woche vor dem geplanten Start kommt, ist natürlich ideal.',
    },
    {
      // "ich hatte dich ja nur in vier Mails gebeten": die gezählten Bitten, kleingeredet.
      id: 'ja-nur-in-vier-mails',
      pattern:
        'ja (auch) nur|bloß|bloss (in) zwei|drei|vier|fünf|sechs|sieben|acht|zehn|2|3|4|5|6|7|8|10 mails|e-mails|nachrichten|anrufen|erinnerungen|mahnungen|briefen|schreiben',
      gate: 'alone',
      reach: 'clause',
      hit: 'Ich hatte dich ja nur in vier Mails um die Belege gebeten.',
      miss: 'Ich hatte dich in vier Mails über den Stand informiert.',
    },
    {
      // "Damit sind wir ja jetzt richtig schnell unterwegs.": Tempo gelobt, wo keines ist.
      id: 'ja-richtig-schnell-unterwegs',
      pattern: 'ja (jetzt|nun) (richtig|wirklich|echt|so|ganz) schnell|flott|zügig|fix unterwegs|voran|vorwärts',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Mit der fünften Variante sind wir ja jetzt richtig schnell unterwegs.',
      miss: 'Mit der neuen Software sind wir jetzt richtig schnell unterwegs.',
    },
    {
      // "kam ja pünktlich zwei Tage nach dem Aushub": Pünktlichkeit, die eine Verspätung benennt.
      id: 'puenktlich-nach',
      pattern: `pünktlich|rechtzeitig|termingerecht|fristgerecht ~0-2 ${NUM} ${UNIT} nach|zu+spät`,
      gate: 'alone',
      reach: 'sentence',
      hit: 'Die Nachricht kam ja pünktlich zwei Tage nach dem Aushub.',
      miss: 'Die Nachricht kam pünktlich zwei Tage vor dem Aushub.',
    },
    {
      // "Ich hätte ja nie gedacht, dass man eine Platte so schief einbauen kann.": Staunen über das Missratene.
      id: 'nie-gedacht-dass-man-so',
      pattern:
        'hätte|haette|habe (ja) nie|nicht gedacht|geglaubt|gewusst , dass man|das|es|sie|er ~1-6 so|derart|dermaßen|dermassen schief|krumm|falsch|schlecht|schlampig|langsam|spät|ungenau|chaotisch|teuer|kompliziert|umständlich',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Ich hätte ja nie gedacht, dass man eine Küchenplatte so schief einbauen kann.',
      miss: 'Ich hätte nie gedacht, dass man ein kleines Bad so hell gestalten kann.',
    },
    {
      // "Herrlich, so fängt die Woche gut an." ohne Ausruf: der Wochenstart mit der Panne.
      id: 'so-faengt-die-woche-gut-an',
      pattern:
        'so|das fängt|faengt|beginnt (ja) (die|der|das) woche|tag|jahr|montag|morgen|monat (ja) gut|super|toll|prima|klasse|großartig|grossartig an',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Herrlich, so fängt die Woche gut an.',
      miss: 'Die Genehmigung ist da, so fängt die Woche gut an!',
    },
    {
      // "Kreative Auslegung des Vertrags": die Regel, frei gebogen.
      id: 'kreative-auslegung',
      pattern:
        'kreative|kreativen|kreativer|eigenwillige|eigenwilligen|originelle|originellen interpretation|auslegung|buchführung|abrechnung|lesart',
      gate: 'alone',
      reach: 'clause',
      unlessExclaimed: true,
      hit: 'Kreative Auslegung des Vertrags, muss man sagen.',
      miss: 'Die kreative Umsetzung des Logos gefällt uns sehr.',
    },
    {
      // "Wie ich sehe, haben Sie den Button endlich entdeckt.": spätes Lernen, kommentiert.
      id: 'wie-ich-sehe-endlich-entdeckt',
      pattern:
        'wie+ich+sehe|ich+sehe ~0-8 endlich|inzwischen+auch|nun+auch|auch+schon ~0-4 entdeckt|gefunden|herausgefunden|gelernt',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Wie ich sehe, haben Sie die Antwortfunktion endlich entdeckt.',
      miss: 'Wie ich sehe, haben Sie die Unterlagen gefunden, danke!',
    },
    {
      // "Wieder mal auf den letzten Drücker.": das Knappe als Gewohnheit des Lesers.
      id: 'knapp-wie-immer',
      pattern:
        'auf+den+letzten+drücker|auf+den+allerletzten+drücker|kurz+vor+knapp|knapp|in+letzter+minute|in+letzter+sekunde (,) wie+immer|wie+gewohnt|wie+üblich|mal+wieder|wieder+mal|wie+jedes+mal',
      gate: 'alone',
      reach: 'clause',
      hit: 'Die Unterlagen kamen am Freitagabend, auf den letzten Drücker, wie immer.',
      miss: 'Die Unterlagen kamen am Freitagabend, wie immer gut sortiert.',
    },
    {
      // The same habit said first: "wieder mal auf den letzten Drücker".
      id: 'wie-immer-knapp',
      pattern:
        'wie+immer|wie+gewohnt|wie+üblich|mal+wieder|wieder+mal|wie+jedes+mal auf+den+letzten+drücker|auf+den+allerletzten+drücker|kurz+vor+knapp|in+letzter+minute|in+letzter+sekunde',
      gate: 'alone',
      reach: 'clause',
      hit: 'Die Unterlagen kamen am Freitagabend, wieder mal auf den letzten Drücker.',
      miss: 'Die Unterlagen kamen am Freitagabend, wie immer vollständig.',
    },
    {
      // "Das ist sicher nur Zufall.": der Zufall, an den der Schreiber nicht glaubt.
      id: 'sicher-nur-zufall',
      pattern: '^das|es ist|war (ja) (sicher|bestimmt|garantiert|natürlich) (nur|reiner|purer|alles) zufall $',
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Die Heizung ist schon wieder am Wochenende ausgefallen. Das ist sicher nur Zufall.',
      miss: 'Das ist sicher nur Zufall, aber wir schauen uns die Leitung trotzdem an.',
    },
    {
      // "Nichts geht über ein bisschen Nervenkitzel.": die Aufregung, die der Leser beschert hat.
      id: 'nichts-geht-ueber-spannung',
      pattern:
        '^nichts+geht+über|nichts+ist+schöner+als|was+gibt+es+schöneres+als ein+bisschen|etwas|ein+wenig spannung|nervenkitzel|aufregung|adrenalin|drama|stress|panik|hektik',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Der Bescheid ist schon vom Februar. Nichts geht über ein bisschen Nervenkitzel zur Steuerzeit.',
      miss: 'Nichts geht über ein bisschen Ruhe nach dem Umzug!',
    },
    {
      // "Da wissen wir ja genau, woran wir sind.": Klarheit behauptet, wo keine ist; ohne "ja genau" ist es Erleichterung.
      id: 'wissen-ja-genau-woran',
      pattern: 'wissen|weiß wir|ich ja genau|immerhin+genau (,) woran|wo wir|ich sind|bin|stehen|stehe',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Drei verschiedene Liefertermine an einem Tag. Da wissen wir ja genau, woran wir sind.',
      miss: 'Jetzt wissen wir wenigstens, woran wir sind, danke für die klare Auskunft.',
    },
  ],
  followUp: [
    {
      id: 'zahlt-sich-aus',
      pattern: 'zahlt|zahlen|zahlte|zahlten sich (wirklich|echt|richtig|voll|ja|wahrlich) aus $',
      hit: 'Die Heizung ist schon wieder ausgefallen. Ihr Wartungsvertrag zahlt sich wirklich aus.',
      miss: 'Ihr Wartungsvertrag zahlt sich wirklich aus, vielen Dank für den schnellen Einsatz!',
    },
    {
      id: 'so-macht-freude',
      pattern: '^so macht|machen ~1-2 (richtig|echt|wirklich|doch) freude|spaß|spass|laune $',
      hit: 'Sie haben die Gebühren zum dritten Mal erhöht. So macht Vertragsrecht richtig Freude.',
      miss: 'So macht die Arbeit mit Ihnen Freude, danke!',
    },
    {
      id: 'auf-sie-ist-verlass',
      pattern: 'auf sie|dich|euch|ihre+firma|ihr+team ist|war (wie+immer|eben|halt|wirklich|einfach|immer) verlass',
      hit: 'Die Lieferung kam schon wieder zu spät. Auf Sie ist eben Verlass.',
      miss: 'Auf Ihre Firma ist eben Verlass, wenn es brennt!',
    },
    {
      id: 'kaum-erwarten',
      pattern: '^ich+kann|wir+können es (schon) kaum|gar+nicht erwarten $',
      hit: 'Die Lieferung ist schon wieder verschoben. Ich kann es kaum erwarten.',
      miss: 'Ich kann es kaum erwarten, das Haus zu sehen.',
    },
    {
      id: 'vom-stuhl-gefallen',
      pattern:
        '^ich+bin|wir+sind|ich+wäre|wir+wären (fast|beinahe|glatt|vor+überraschung) vom+stuhl|aus+allen+wolken gefallen',
      hit: 'Sie haben nach drei Wochen geantwortet. Ich bin fast vom Stuhl gefallen.',
      miss: 'Ich bin fast vom Gerüst gefallen.',
    },
    {
      // "Ihre Firma hat wirklich ein Gespür für Qualität." after a failure.
      id: 'gespuer-fuer',
      pattern:
        'hat|haben|hast|habt (wirklich|echt|ja|schon|eben) ein (echtes|gutes|feines|besonderes|sicheres) gespür|händchen|auge|talent|gefühl für',
      hit: 'Der Estrich ist zum zweiten Mal gerissen. Ihre Firma hat wirklich ein Gespür für Qualität.',
      miss: 'Ihre Firma hat wirklich einen guten Ruf.',
    },
    {
      id: 'weiter-so',
      pattern: '^weiter+so|machen+sie+weiter+so|mach+weiter+so|macht+weiter+so $',
      hit: 'Der Bericht kam schon wieder drei Wochen zu spät. Weiter so.',
      miss: 'Weiter so schnell können wir nicht bauen.',
    },
    {
      id: 'genau-was-wir-brauchten',
      // "Genau das, was ich am Montagmorgen brauche.": das Relativ und eine Zeitangabe dürfen dazwischen stehen.
      pattern:
        '^genau|gerade|exakt das|was|wann (,) (was|wann) (wir|ich) ~0-3 gebraucht|brauchen|brauche|brauchte|brauchten|wollten',
      hit: 'Das Portal ist am Quartalsende schon wieder ausgefallen. Genau was wir brauchen.',
      miss: 'Genau das brauchen wir nicht mehr.',
    },
    {
      id: 'das-nenne-ich',
      pattern:
        '^das nenne+ich|nennt+man|nenn+ich (mal|doch|wirklich|jetzt|aber) ~0-2 service|kundenservice|kundenfreundlichkeit|kommunikation|planung|pünktlichkeit|zuverlässigkeit|einsatz|tempo|effizienz|organisation|teamwork|professionalität|qualität|fortschritt|schnell|pünktlich|zuverlässig|professionell',
      hit: 'Die Lieferung kam zwei Wochen zu spät. Das nenne ich mal Service.',
      miss: 'Das nenne ich mal den Stand der Dinge.',
    },
    {
      id: 'das-ist-eine-kunst',
      pattern:
        '^das|es ist|war (ja|schon|fast+schon|schon+fast|wirklich|echt|eine+wahre) (eine) kunst|kunststück|talent|meisterleistung|glanzleistung',
      hit: 'Sie haben zum dritten Mal den Termin verschoben. Das ist fast schon eine Kunst.',
      miss: 'Das ist fast schon eine Frage des Geschmacks.',
    },
    {
      // "Wahnsinn, wie zuverlässig das bei euch klappt." after a failure.
      id: 'wie-zuverlaessig',
      pattern:
        '^wahnsinn|toll|erstaunlich|beeindruckend|unglaublich|faszinierend|herrlich|schön|klasse|super (,) wie zuverlässig|pünktlich|reibungslos|professionell|verlässlich|perfekt|vorbildlich|durchdacht',
      hit: 'Der Server ist zum vierten Mal ausgefallen. Wahnsinn, wie zuverlässig das klappt.',
      miss: 'Wahnsinn, wie zuverlässig das klappt – danke!',
    },
    {
      id: 'hoechste-prioritaet',
      pattern:
        '(hat|haben) (bei+ihnen|bei+dir|bei+euch) (ja) (offensichtlich|offenbar|eindeutig|ganz+klar|wirklich) höchste|oberste|allerhöchste priorität|prio',
      hit: 'Sie haben die Frist zum dritten Mal verpasst. Hat bei Ihnen offensichtlich höchste Priorität.',
      miss: 'Hat bei Ihnen die Sicherheit höchste Priorität?',
    },
    {
      id: 'darauf-haben-wir-gewartet',
      pattern:
        '^auf+diesen+moment|auf+diesen+tag|auf+diese+nachricht|auf+diese+neuigkeit|auf+diese+mail|darauf|genau+darauf|auf+so+etwas|auf+so+was haben|hat|habe wir|ich|man ~0-4 gewartet|gehofft|hingefiebert $',
      hit: 'Der Zeitplan ist schon wieder verschoben. Darauf haben wir gerade noch gewartet.',
      miss: 'Die Genehmigung ist da. Darauf haben wir lange gewartet, danke!',
    },
    {
      // The bad news as the missing piece: "Das hat mir gerade noch gefehlt."
      id: 'hat-noch-gefehlt',
      pattern: '^genau+das|das|so+etwas|so+was hat|hätte uns|mir|dir (jetzt) (gerade) noch gefehlt $',
      hit: 'Die Kranlieferung ist schon wieder verschoben. Das hat uns gerade noch gefehlt.',
      miss: 'Das Ersatzteil ist eingetroffen. Genau das hat uns für den Umbau noch gefehlt.',
    },
    {
      id: 'ich-bin-begeistert',
      pattern:
        '^ich+bin|wir+sind (ja) (wirklich|echt|total|völlig|restlos|ehrlich|zutiefst) begeistert|beeindruckt|entzückt|sprachlos|gerührt|geschmeichelt|geehrt $',
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
    {
      // "Ein echter Notfall." nach einer Kleinigkeit.
      id: 'ein-echter-notfall',
      pattern: '^(ja) (wirklich) ein|eine echter|wirklicher|richtiger|wahrer|echte|richtige notfall|krise|notlage $',
      hit: 'Sie haben mich zum dritten Mal am Sonntag angerufen, weil der Drucker kein Papier hatte. Ein echter Notfall.',
      miss: 'Ein echter Notfall ist ein Wasserrohrbruch.',
    },
    {
      // "Das erleichtert meine Arbeit ungemein." nach dem, was der Leser angerichtet hat.
      id: 'erleichtert-meine-arbeit',
      pattern:
        '^das|dies|es erleichtert|vereinfacht|beschleunigt|erleichterte|vereinfachte|beschleunigte meine|unsere|die arbeit|sache|lage|planung (ungemein|enorm|sehr|wirklich|ungeheuer|erheblich|natürlich) $',
      hit: 'Ihr Schwager hat am Sicherungskasten herumgeschraubt. Das erleichtert unsere Arbeit ungemein.',
      miss: 'Das erleichtert unsere Arbeit ungemein, vielen Dank für die sortierten Unterlagen.',
    },
    {
      // "Damit kann ich wirklich arbeiten." nach einer Antwort, die nichts sagt.
      id: 'damit-kann-ich-arbeiten',
      pattern:
        '^damit|so+etwas|sowas kann|können|lässt|laesst ich|wir|man|sich (jetzt) (doch) (wirklich|echt|richtig|hervorragend|prima|bestens) arbeiten|was+anfangen|etwas+anfangen $',
      hit: 'Danke für Ihre ausführliche Rückmeldung: „passt schon“. Damit kann ich wirklich arbeiten.',
      miss: 'Damit kann ich wirklich arbeiten, danke für die vielen Beispiele.',
    },
    {
      // "Man lernt nie aus." nach dem Missgeschick des Lesers.
      id: 'man-lernt-nie-aus',
      pattern:
        '^man+lernt+nie+aus|wieder+was+gelernt|wieder+etwas+gelernt|man+gewöhnt+sich+ja+an+alles|man+gewöhnt+sich+an+alles $',
      hit: 'Der Monteur ist schon wieder nicht erschienen. Man lernt nie aus.',
      miss: 'Man lernt nie aus, danke für den Tipp mit der Fuge!',
    },
    {
      // "Das hält uns auf Trab." nach dem nächsten Richtungswechsel.
      id: 'haelt-uns-auf-trab',
      pattern: '^(das|so) hält|halten|hielt uns|mich (jedenfalls|wenigstens|zumindest) auf+trab|wach|in+bewegung $',
      hit: 'Das Briefing hat sich über Nacht schon wieder geändert. Das hält uns auf Trab.',
      miss: 'Das hält uns auf Trab, aber das Projekt macht großen Spaß.',
    },
  ],
  elliptic: [
    // "Sportlich, wirklich sportlich.": ehrgeizig, gemeint als unrealistisch.
    'sportlich',
    // "Hut ab.", "Rekordverdächtig.", "Meisterleistung."
    'hut',
    'rekordverdächtig',
    'rekordverdaechtig',
    'meisterleistung',
    'glanzleistung',
    'weltklasse',
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
    'hilfreich',
    'nützlich',
    'abgestimmt',
    'durchdacht',
    'professionell',
    'beruhigend',
    'effizient',
    'beeindruckend',
    'zuverlässig',
    'pünktlich',
    'praktisch',
    'reizend',
    'vorbildlich',
    'gelungen',
    'grandios',
    'phänomenal',
    'sensationell',
    'exzellent',
    'erstklassig',
    'brillant',
    'kundenfreundlich',
    'einwandfrei',
    'aufmerksam',
    'rücksichtsvoll',
  ],
  lead: [
    'na',
    'oh',
    'ach',
    'tja',
    'ja',
    'echt',
    'wirklich',
    'wie',
    'einfach',
    'ganz',
    'so',
    'sehr',
    'mal',
    'wieder',
    'großes',
    'grosses',
    'gut',
  ],
  tail: ['wirklich', 'echt', 'ehrlich', 'wie', 'immer', 'gewohnt', 'üblich', 'mal', 'wieder', 'leute', 'kollegen'],
  scareVerbs: [
    'repariert',
    'behoben',
    'geprüft',
    'erledigt',
    'geholfen',
    'überarbeitet',
    'optimiert',
    'verbessert',
    'gereinigt',
    'getestet',
    'korrigiert',
    'aufgeräumt',
    'kontrolliert',
  ],
  minimiser: ['nur', 'bloß', 'bloss', 'lediglich', 'schlappe', 'läppische'],
  verdict: [
    'unübertroffen',
    'unschlagbar',
    'bewundernswert',
    'beispielhaft',
    'meisterhaft',
    'fleißig',
    'gründlich',
    'sorgfältig',
    'überraschung',
    'meisterwerk',
  ],
  many: [
    'zwanzig',
    'dreißig',
    'dreissig',
    'vierzig',
    'fünfzig',
    'hundert',
    'hunderte',
    'dutzend',
    'dutzende',
    'tausend',
  ],
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
    'klicken',
    'anklicken',
    'wählen',
    'drücken',
    'auf',
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
  soCalled: ['sogenannt*', 'so+genannt*', 'angeblich*', 'vermeintlich*'],
  news: [
    'bescheid',
    'informier*',
    'mitgeteilt',
    'mitzuteilen',
    'mitteil*',
    'gemeldet',
    'gesagt',
    'sagen',
    'hinweis*',
    'hingewiesen',
    'gewarnt',
    'warnung',
    'benachrichtig*',
    'aufmerksam',
    'info',
    'information',
    'tipp',
  ],
  detail: [
    'ausführlich*',
    'ausfuehrlich*',
    'umfassend*',
    'detailliert*',
    'erschöpfend*',
    'eingehend*',
    'gründlich*',
    'differenziert*',
  ],
  reply: [
    'rückmeldung',
    'antwort',
    'feedback',
    'kommentar',
    'kommentare',
    'stellungnahme',
    'nachricht',
    'mail',
    'e-mail',
    'einschätzung',
    'urteil',
    'von',
    'lautete',
  ],
  returning: [
    'kommt',
    'kommen',
    'kommst',
    'kommt',
    'wiederkommen',
    'dabei',
    'bucht',
    'buchen',
    'besucht',
    'besuchen',
    'feiert',
    'feiern',
    'begrüßen',
    'wiedersehen',
    'zurück',
  ],
  manner: [
    'geduldig',
    'tapfer',
    'ruhig',
    'schön',
    'toll',
    'brav',
    'gelassen',
    'souverän',
    'wunderbar',
    'freundlich',
    'prima',
    'diszipliniert',
    'konzentriert',
    'still',
    'entspannt',
  ],
  repair: [
    'angekommen',
    'eingetroffen',
    'aufgetaucht',
    'beantragt',
    'gewünscht',
    'repariert',
    'behoben',
    'gelöst',
    'geklärt',
    'ersetzt',
    'ausgetauscht',
    'wiederhergestellt',
    'gerettet',
    'gefunden',
    'funktioniert',
    'funktionieren',
    'läuft',
    'laufen',
    'klappt',
    'geklappt',
    'erledigt',
    'dicht',
  ],
};
