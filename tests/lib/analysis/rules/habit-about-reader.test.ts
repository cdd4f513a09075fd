import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { viewSentence } from '../../../../lib/analysis/document';
import { FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { CHASES } from '../../../../lib/analysis/rules/habit-cues';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';

const chases = new FrameMatcher('chases', CHASES);
const chased = (text: string, language: Language) =>
  segment(text).paragraphs.some((p) => p.sentences.some((s) => chases.has(viewSentence(s, language, text))));

const habits = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.ruleId === 'habit-about-reader')
    .map((f) => text.slice(f.start, f.end));

const FLAGS = {
  de: [
    'Sie ändern ständig die Wünsche für die Küche.',
    'Du rufst mich dauernd am Sonntag an.',
    'Ihr Büro schickt die Rechnungen jedes Mal an die alte Adresse.',
    'Die Pläne kommen von Ihnen immer erst am Abend vor der Sitzung.',
    'Sie sagen jeden Termin kurzfristig ab.',
    'Ihr verschiebt die Abnahme schon wieder.',
    'Du vergisst immer die Belege für die Tankquittungen.',
    'Von deiner Seite kam noch nie eine Zahlung ohne Mahnung.',
    'Sie überziehen bei jeder Besprechung die Zeit.',
    'Ihre Buchhaltung verwechselt grundsätzlich die Kostenstellen.',
    'Sie kommen leider immer zu spät zur Anprobe.',
    'Trotz der Absprache schicken Sie jede Woche erneut dieselbe Frage.',
    'Deine Assistentin ignoriert die Fristen andauernd.',
    'Bei Ihnen landen wir mit der Planung immer wieder über dem Budget.',
    'Ihr ändert jede Woche die Reihenfolge der Räume.',
    'Noch nie haben Sie die Raten pünktlich überwiesen.',
    'Jedes Jahr kommen Ihre Unterlagen erst im Dezember.',
    'Sie halten die vereinbarten Fristen nie ein.',
    // A request in another clause does not clear the habit; a why-question is a reproach.
    'Die Gästeliste schickst du immer erst in der Nacht davor, darum meine Bitte um Freitag.',
    'Warum kommen Ihre Abrechnungen eigentlich immer erst nach der Frist?',
    'Woche für Woche fehlen von euch die Laufzettel.',
    'Sie übergehen jede Rückfrage, die unser Polier stellt.',
    'Das ist nun das vierte Mal, dass du die Anprobe absagst.',
    // A preface before a colon does not soften the point; a "wenn" clause carries the reader to the main clause.
    'Ich sage es freundlich, aber deutlich: Woche für Woche fehlen eure Laufzettel.',
    'Wenn wir bei euch anliefern, ist nie jemand an der Rampe.',
    'Beim Abnahmetermin warten wir jedes Mal zwanzig Minuten auf Sie.',
    'Ihr werft den Bauablauf praktisch jede Woche um.',
    'Mir scheint, dass Sie die Dehnübungen generell weglassen.',
    'Sie überlegen es sich stets anders, sobald der Estrich liegt.',
    'Bei euch bleibt jede Rückfrage zwei Wochen liegen.',
    'Sie nehmen die Tropfen leider nie so ein, wie wir es vereinbart haben.',
    'Wie üblich hat Ihr Büro die Vollmacht nicht bezahlt.',
    'Bei Ihnen bleibt die Tür zum Technikraum regelmäßig offen.',
    'Jede Wartung, die wir ansetzen, schiebt ihr auf die nächste Woche.',
    'Sobald es um Zahlen geht, wechseln Sie jedes Mal das Thema.',
    'Die Quittungen kommen bei euch jedes Jahr unsortiert im Schuhkarton.',
    'Ihr Einkauf bestellt prinzipiell ohne Rücksprache mit uns nach.',
    // "ohne" denies in turn: no praise.
    'Von eurer Seite kam noch kein einziges Mal ein Angebot ohne Rechenfehler.',
    'Dein Büro stellt jeden Monat dieselbe Frage zum Kilometergeld.',
    'Du lässt die Übungsblätter regelmäßig im Wartezimmer liegen.',
    'Wie immer hat Ihre Assistenz den Raum doppelt vergeben.',
    'Jeden Monat reicht ihr die Fahrtenbücher in einem anderen Format ein.',
    // Never ready is a duty left undone.
    'Eure Hausverwaltung hat die Schlüssel nie fertig, wenn der Monteur klingelt.',
  ],
  en: [
    'You constantly change the brief for the kitchen.',
    'Your front desk never has the passes ready when our crew turns up.',
    'Your office routinely sends the invoices to the old address.',
    'You always send the plans the night before the meeting.',
    'You cancel every session at the last minute.',
    'Your team misses every deadline we agree.',
    'You have yet again moved the handover.',
    'You never reply until the third reminder arrives.',
    'Your accountant repeatedly ignores our questions about the ledger.',
    'You always seem to lose the receipts for the fuel.',
    'You change your mind every week about the colour.',
    'You keep interrupting the crew all the time during the pour.',
    'As usual, your documents arrived late.',
    'Your assistant invariably forgets the attachments.',
    'You skip every exercise the physio gives you.',
    'You treat every deadline as optional.',
    'Your office never answers the phone before ten.',
    'Whenever the server goes down, you blame our hosting.',
    'You always pay short on the retainer.',
    // Scare quotes turn a kind word into irony; the damage may follow the "every time" clause.
    "Each time you 'help' with the pallets, the order gets mixed up.",
    'Why do your timesheets always arrive after the deadline?',
    'Month after month the mileage logs from you are missing.',
    'You overlook every note our surveyor leaves.',
    'Whenever we send a draft, your team rewrites the whole brief.',
    'You keep sending the plans to our old office.',
    'As per usual, your timesheets reached us after payroll had closed.',
    // A tail ", week after week" leans on the clause before it.
    'Your crew leaves the gate open overnight, week after week.',
    'Your bookkeeper pays us only after the third reminder, without fail.',
    'When we ring your office, nobody ever picks up before noon.',
    'You folks always wait until the boiler fails before calling.',
    'Each time we settle the floor plan, you find another room to enlarge.',
    'Our questions from you lot sit unanswered for a fortnight every time.',
    'Your receipts land on my desk at the last possible moment every single year.',
    'You forever forward the privileged emails to the whole board.',
    'Your finance director sets our advice aside on principle.',
    "As usual, your office didn't send the signed form.",
    'Your site manager keeps handing the gate code to strangers.',
    'Like clockwork, your timesheets land in my inbox, half blank and unsorted.',
    'You stop after two laps every single session.',
    'At each review your board brings a fresh set of demands.',
    'You phone just before closing time, every single Friday.',
    'We wait at least a week for your sign-off each time.',
    'Your buyers reorder without asking us, over and over.',
    'You folks never read the changelog before calling support.',
    'You treat every safety rule as a suggestion.',
    // Parity with German "schon wieder": "once again" with a slip beside the reader.
    'Once again your sign-off reached us two days after the agreed deadline.',
  ],
};

const QUIET = {
  de: [
    'Sie sind immer herzlich willkommen in der Werkstatt.',
    // The next occasion, no habit: "beim nächsten Mal wieder".
    'Hoffentlich kommst du beim nächsten Mal wieder mit auf die Baustellenparty.',
    'Du kannst mich jederzeit und immer anrufen.',
    'Sie haben uns immer so schnell geantwortet, danke!',
    'Wir ändern ständig unsere Abläufe, das tut uns leid.',
    'Ich vergesse immer die Belege, entschuldigen Sie.',
    'Rufen Sie bitte jedes Mal an, bevor Sie kommen.',
    'Wenn Sie ständig Schmerzen haben, melden Sie sich.',
    'Haben Sie immer noch Probleme mit dem Zugang?',
    'Die Heizung fällt ständig aus, wir schicken morgen einen Techniker.',
    'Ohne deine Hilfe hätte ich das nie geschafft.',
    'Sie bekommen jede Woche einen kurzen Bericht von uns.',
    'Die Rechnung kommt immer am Monatsende.',
    'Ihr seid immer pünktlich, das schätzen wir sehr.',
    'Sie erreichen uns immer montags bis freitags.',
    'Du bist bei jeder Besprechung eine große Hilfe.',
    'Sie sind bei uns nie zu spät gekommen.',
    'Wie immer war es schön, mit Ihnen zu arbeiten.',
    'Die Probestunde kostet Sie grundsätzlich nichts.',
    'Zur Anprobe müssen Sie nie etwas mitbringen.',
    'Warum sind Sie eigentlich immer so gut gelaunt?',
    'Jeder einzelne Ihrer Vorschläge hat uns weitergebracht.',
    'Sie haben noch nie eine Rate zu spät überwiesen.',
    'Du hast mir im Urlaub ständig den Rücken freigehalten.',
    'Ihre Kinder haben jedes Mal viel Spaß im Wartezimmer.',
    'Ich vergesse ständig, Ihnen die Kopie mitzuschicken, entschuldigen Sie.',
    'Ihre Belege kommen grundsätzlich ordentlich sortiert bei uns an.',
    'Immer wieder schön, von euch zu hören!',
    'Sie brauchen wie immer nichts zu unterschreiben.',
    'Wir prüfen jedes Mal alle Pläne doppelt, bevor sie zu Ihnen gehen.',
    'Jeden Montag ist bei uns Jour fixe, Sie sind herzlich eingeladen.',
    'Bitte geben Sie immer das Aktenzeichen an.',
    'Wir rechnen grundsätzlich jedes Quartal mit Ihnen ab.',
    'Wenn Sie anrufen, sind wir immer für Sie da.',
    'Du hast mich wieder einmal überrascht, wie mutig du inzwischen Dinge ansprichst.',
    'Wie gewohnt warten wir die Anlage jeden ersten Samstag, damit euer Team nicht gestört wird.',
    'Sie haben noch nie eine Rate ohne Ankündigung verschoben, danke dafür.',
    'Generell gilt für Ihre Wohnung die Hausordnung vom März.',
    'Sie haben grundsätzlich Anspruch auf eine Kopie Ihrer Akte.',
    'Prinzipiell können Sie die Raten jederzeit anpassen.',
    'Sie wechseln jedes Mal die Seite, das ist genau richtig so für den Rücken.',
    'Jede Woche bekommen Sie von uns eine neue Version zum Testen.',
    'Ich warte jedes Mal gern ein paar Minuten auf Sie.',
    'Sie bringen jedes Mal einen anderen Blickwinkel mit, das bereichert unsere Planung.',
    'Wir prüfen jedes Mal doppelt, bevor etwas zu Ihnen geht.',
    'Ihr habt das Gästezimmer immer fertig, bevor wir überhaupt ankommen.',
  ],
  en: [
    'Your front desk always has the passes ready before our crew turns up.',
    // The writer acting on the reader's thing: "of your book" is no subject.
    "I've rearranged the outline of your book once again and swapped chapters 4 and 5.",
    'Once again, thank you for stepping in at such short notice.',
    'You are always welcome to drop by.',
    'You can always call me on the weekend.',
    'You always reply so quickly, thank you!',
    'We constantly review our processes.',
    'I always forget the receipts, sorry about that.',
    'Please call every time before you come.',
    'If you constantly feel pain, let me know.',
    'Do you always get the reports on Monday?',
    'The heating fails constantly, a technician will come tomorrow.',
    'Without your help I would never have finished.',
    "You'll see the same physio each time.",
    'The invoice always arrives at the end of the month.',
    'Take all the time you need.',
    'You are always on time, which we appreciate.',
    'You can reach us every weekday until six.',
    'Your payment is never late.',
    'You never fail to send the minutes.',
    'As always, your team was a delight.',
    'Every week we send you a one-page summary.',
    'We constantly look for ways to save you time.',
    'You never have to bring anything to the fitting.',
    'Each of you will get a copy of the plans.',
    "You've never once missed a site meeting.",
    'You constantly had my back during the audit.',
    'I constantly forget to copy you in, sorry about that.',
    'Your paperwork always arrives neatly organised.',
    "As usual, you don't need to bring anything.",
    'We invoice you every quarter, as agreed.',
    'Please always quote the job number.',
    'I always double-check the figures before they go to you.',
    'When you visit, we always have the samples ready.',
    "You're forever welcome at the workshop.",
    'We keep your records forever, free of charge.',
    "You asked whether we'd keep maintaining your shop after the launch.",
    'You keep getting stronger with every session.',
    'We were blown away by every room you styled.',
    'You keep asking brilliant questions.',
    'We set aside an hour for you every week.',
    "You'll get a fresh set of drawings every Monday.",
    'We always wait for your go-ahead before ordering.',
    'Over and over, your team went the extra mile.',
    'Nobody at your firm ever needs to chase us.',
    "You've stayed with us for months through every phase of the build.",
    "As usual, we'll service the boiler on the first Saturday so your team isn't disturbed.",
  ],
};

const absolutes = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.category === 'absolute')
    .map((f) => text.slice(f.start, f.end));

/** Each sentence of `flags` must get an absolute finding; `quiet` ones none from `found`. */
function checkLists(
  flags: Record<Language, string[]>,
  quiet: Record<Language, string[]>,
  found: (text: string) => string[],
) {
  for (const language of ['de', 'en'] as const) {
    it.each(flags[language].map((t) => [t]))(`${language}: flags %j`, (text) => {
      expect(absolutes(text).length, text).toBeGreaterThan(0);
    });
    it.each(quiet[language].map((t) => [t]))(`${language}: leaves %j alone`, (text) => {
      expect(found(text)).toEqual([]);
    });
  }
}

describe('habit about the reader', () => {
  checkLists(FLAGS, QUIET, habits);

  it('keeps "every …" to its noun phrase when the clause already blames', () => {
    const text = 'You have missed every handover date we set since March.';
    const [finding] = analyze(text).findings.filter((f) => f.ruleId === 'habit-about-reader');
    expect(text.slice(finding?.start, finding?.end)).toBe('every handover date');
  });

  it.each([
    // A habit clause in front leans on the clause it frames; a time clause after it says when.
    [
      'Jedes Mal, wenn wir einen Termin festlegen, sagen Sie ihn kurz vorher ab.',
      'Jedes Mal, wenn wir einen Termin festlegen, sagen Sie ihn kurz vorher ab',
    ],
    [
      'Sie melden sich immer erst, wenn die Frist verstrichen ist.',
      'Sie melden sich immer erst, wenn die Frist verstrichen ist',
    ],
    [
      'As usual, the mileage sheets are missing from your pack.',
      'As usual, the mileage sheets are missing from your pack',
    ],
    // In a clause that already blames, the habit runs from its word.
    [
      'Dass dein Blutzucker nicht sinkt, liegt daran, dass du die Tropfen immer nur dann einnimmst, wenn es dir einfällt.',
      'immer nur dann einnimmst, wenn es dir einfällt',
    ],
  ])('covers the quote a coach would underline: %j', (text, quote) => {
    const [finding] = analyze(text).findings.filter((f) => f.category === 'absolute');
    expect(text.slice(finding?.start, finding?.end)).toBe(quote);
  });

  it('marks the clause and quotes the habit word', () => {
    const text = 'Der Estrich ist trocken, nur ändern Sie die Maße der Nischen ständig.';
    const [finding] = analyze(text).findings.filter((f) => f.ruleId === 'habit-about-reader');
    expect(text.slice(finding?.start, finding?.end)).toBe('nur ändern Sie die Maße der Nischen ständig');
    expect(finding?.message).toContain('„ständig“');
  });

  it.each([
    [
      'Your crew leaves the gate open overnight, week after week.',
      'Your crew leaves the gate open overnight, week after week',
    ],
    [
      'Wenn wir bei euch anliefern, ist nie jemand an der Rampe.',
      'Wenn wir bei euch anliefern, ist nie jemand an der Rampe',
    ],
  ])('takes the clause the habit leans on: %j', (text, quote) => {
    expect(habits(text)).toEqual([quote]);
  });

  it("knows the writer chasing the reader from the writer's own slip", () => {
    for (const language of ['de', 'en'] as const)
      for (const entry of CHASES[language]) {
        expect(chased(entry.hit, language), entry.hit).toBe(true);
        expect(chased(entry.miss, language), entry.miss).toBe(false);
      }
    expect(habits('We constantly have to remind you about the timesheets.')).not.toEqual([]);
    expect(habits('I constantly forget to send you the minutes.')).toEqual([]);
  });

  it('carries the reader over "und"/"and" only to a habit that opens the clause after it', () => {
    expect(habits('Ihr Büro überhört unsere Hinweise, und jedes Mal müssen wir den Estrich neu bestellen.')).toEqual([
      'jedes Mal müssen wir den Estrich neu bestellen',
    ]);
    expect(habits('Your report was outstanding, and the tribunal accepted our arguments on every point.')).toEqual([]);
  });
});

// Constructions the abs5 blind batch showed missing: a habit word the lists lacked ("durchweg", "for as long as"),
// a slip said another way ("offenbar", "Funkstille", "radio silence"), "nobody/none … ever" with a duty undone,
// a rule rather than an exception, and a habit whose subject the writer only reports ("I've noticed your team …").
const WIDER_FLAGS = {
  de: [
    'Kurz zur letzten Stunde: Du kontrollierst beim Abbiegen nie den toten Winkel.',
    'Ihr räumt nach dem Training nie die Halle auf.',
    'Seit Monaten verschieben Sie jede Woche den Termin, und dann soll ich schneller liefern?',
    'Euer Team gibt nie Feedback innerhalb der abgemachten zwei Tage.',
    'Mir fällt auf, dass aus Ihrem Büro zu keinem einzigen Entwurf eine Stellungnahme kam.',
    'Sie sind mit den Abschlagszahlungen durchweg im Rückstand.',
    'Von Anfang an liefern Sie die Maße erst nach der Frist.',
    'Die Dehnübungen machst du ohnehin nie.',
    'Niemand von eurer Seite hält sich an die Ruhezeiten auf der Baustelle.',
    'Unsere Hinweise liest man bei Ihnen scheinbar prinzipiell nur halb.',
    'Sobald die Rechnung kommt, ist bei euch jedes Mal Funkstille.',
    'Kurzfristige Absagen sind bei Ihnen leider an der Tagesordnung.',
    'Verspätete Freigaben sind bei euch eher die Regel als die Ausnahme.',
    'Das war bei Ihnen schon immer so.',
    'Bei dir zieht sich wirklich alles ewig hin.',
    'Sie melden sich ja sowieso erst, wenn die Mahnung im Briefkasten liegt.',
    'Keiner aus Ihrer Buchhaltung beantwortet unsere Rückfragen.',
    'Offenbar lesen Sie meine Nachrichten grundsätzlich nicht bis zum Schluss.',
    'Immer wenn die Schlussrechnung kommt, wird es bei Ihnen auffällig still.',
    'Seit Beginn des Projekts sind eure Zahlungen durchgehend im Verzug.',
    'Von dir kommt immer nur Kritik an den Entwürfen.',
    'Sie lassen uns bei der Abnahme regelmäßig warten.',
    'Ihr findet jedes Mal einen Vorwand, die Rate zu schieben.',
    'Alle Ihre Abrechnungen kommen unvollständig bei uns an.',
    'Seit Jahren reicht ihr die Belege erst nach der Frist ein.',
    'Ihr Büro reagiert nur, wenn wir mahnen.',
    'Sie sind bislang zu keinem unserer Abstimmungstermine pünktlich gekommen.',
    'Du neigst dazu, die Belege zu verlegen.',
    'Ihr findet zu jedem Entwurf gleich zwei Gründe, warum er nicht passt.',
  ],
  en: [
    'You always tell me the deposit is paid, and it is never the case.',
    'Your crew always leaves the gate open, no matter how often we remind them.',
    'You never tell me ahead of time when the crew is going to be late.',
    'Your office never gets back to us within the week we agreed.',
    'For months you have cancelled every session at short notice, and then you wonder why nothing moves?',
    'None of your invoices ever reaches us on time.',
    'Your deposits have come in late since day one.',
    "I've noticed your office invariably copies the wrong partner in.",
    'Quick note: you never tell us when the gate code changes.',
    'As usual with your warehouse, the pallets came without labels.',
    'Whenever we ask your team for the floor plans, there is radio silence for days.',
    "It's always the same with your office: urgent today, forgotten tomorrow.",
    'Each and every invoice from your side needs a correction.',
    'Missed appointments are par for the course with your staff.',
    'Your feedback always reaches us after the print deadline.',
    'Everything takes forever with your procurement team.',
    'Late payments are the rule rather than the exception with your firm.',
    'Your rent has been overdue for as long as we have managed the flat.',
    'Nobody in your finance team ever answers the phone after three.',
    'Honestly, you change the scope pretty much every week.',
    "We've noticed your staff routinely leave the alarm unset.",
    'With your office it is always a last-minute scramble.',
    'Nothing ever reaches us from your side on time.',
    'Your reception is impossible to reach, as always.',
    'All your timesheets come in after the deadline.',
    'Whatever we suggest, your board rejects it.',
    'Your office only responds when we escalate.',
    'You question every line of our estimates.',
    'For months now, your reports have come in late.',
    "Your office hasn't answered a single one of our letters.",
    "You've yet to send a single timesheet by the Friday cut-off.",
    'You tend to ignore the reminders until the last day.',
    'You always find three reasons why the plan will not work.',
  ],
};

const WIDER_QUIET = {
  de: [
    'Du machst beim Aufmaß nie Fehler.',
    'Ihr verwechselt nie die Kisten beim Umzug.',
    'Du gibst nie auf, das bewundere ich.',
    'Die Katze ist scheu. Sie faucht nie, sie versteckt sich nur.',
    'Sie verpassen nie einen Termin.',
    'Bei uns müssen Sie nie lange warten.',
    'Kommen Sie jede Woche, oder lieber alle zwei?',
    'Sie haben in all den Jahren nie zu spät bezahlt.',
    'Sie sind ja ohnehin erst ab Montag wieder im Büro, dann besprechen wir alles.',
    'Die Übungen sollten Sie immer langsam und ohne Schwung ausführen.',
    'Kein einziges Mal mussten wir auf Sie warten.',
    'Noch nie mussten wir Sie an eine Frist erinnern.',
    'Durchweg positive Rückmeldungen von Ihren Mitarbeitern, danke!',
    'Sie haben sich von Anfang an toll eingebracht.',
    'Bei Ihnen ist Vorkasse die Regel, so steht es im Vertrag.',
    'Niemand aus Ihrem Team muss sich um die Updates kümmern, das übernehmen wir.',
    'Wenn etwas ist, bin ich jederzeit für Sie da, das war schon immer so.',
    'Das Finanzamt braucht bei solchen Anträgen leider immer ewig.',
    'Niemand von Ihnen muss am Samstag vor Ort sein.',
    'Sie können sich offenbar immer auf Ihr Team verlassen, das freut mich.',
    'Bei uns ist es schon immer so, dass die erste Stunde kostenlos ist.',
    'Seit Beginn unserer Zusammenarbeit schicken wir Ihnen jeden Monat einen Bericht.',
    'Das Stillen klappt inzwischen prima, Sie machen das wirklich gut.',
    'Alle Ihre Unterlagen sind vollständig angekommen, danke.',
    'Seit Jahren sind Sie uns eine treue Kundin.',
    'Egal was Sie entscheiden, wir stehen hinter Ihnen.',
    'Bitte melden Sie sich nur, wenn sich etwas ändert.',
    'Wir lassen Sie nie lange warten.',
    'Sie sind immer bereit, Neues auszuprobieren.',
    'Du hast dich in keiner einzigen Sitzung hängen lassen, Respekt.',
    'Bei Fragen erreichen Sie mich grundsätzlich bis 18 Uhr, auch am Wochenende.',
    'Zu keinem unserer Termine mussten Sie je warten, das freut uns.',
    'Ihre Heizung läuft seit Jahren ohne Probleme.',
    'Sie melden sich einfach nur, wenn Sie Fragen haben.',
    'Das machen wir bei Ihnen schon immer so.',
    'Alle Ihre Unterlagen liegen erst ab Montag bei uns, dann geht es los.',
    'Sie neigen dazu, sich zu viel vorzunehmen, seien Sie nachsichtig mit sich.',
    'Sie sind mit der Zahlung keineswegs im Verzug, die Frist läuft bis Ende Mai.',
  ],
  en: [
    'You are always welcome here, no matter how often you ask.',
    'Your office has never once paid late.',
    'Do you come in every week, or would every fortnight suit you better?',
    'You should always stretch slowly and without bouncing.',
    'Not once did we have to chase you for a document.',
    "We've never had to remind you about a deadline.",
    'None of your data ever leaves our servers in the EU.',
    'For as long as we have worked together, you have paid on time.',
    'Since day one you have been easy to work with.',
    'Nobody on your team ever needs to reset the router, we do it remotely.',
    'Everything takes forever at the land registry, sorry for the wait.',
    'Quick question: do you always get the reports on Monday?',
    'As usual with your orders, we packed everything in recycled boxes.',
    'Whenever you need the floor plans, just ask and we send them the same day.',
    "It's always the same friendly faces at your reception, which is lovely.",
    'Each and every one of you made the launch a success.',
    'Our fees are the same for every client, as a rule.',
    'You have been with us for as long as we have had the practice.',
    'All your documents arrived safely.',
    'Whatever you decide, we are behind you.',
    'For years you have been one of our most loyal clients.',
    "You're always ready with a smile when we arrive.",
    'You only need to reply when the form looks wrong.',
    "There's always a bit of a rush before year-end, so we start early with your accounts.",
    "You've never filed a tax return in Germany before? No problem.",
    'You never need an appointment for a quick question, just ring.',
    'Not a single problem came up, which is down to your tidy books.',
    "You won't pay a single penny extra for the second visit.",
    'Nothing is ever final until you have signed, so take your time.',
    'Your plans grew over the summer, and each change was priced separately.',
    'All your invoices from last year are now filed, nothing is missing.',
    'Your knee tends to swell after long walks, so ice it for ten minutes.',
    'Like every year, we will send your tax summary in February.',
    'Whenever your payment arrives late, no stress, we simply send a reminder.',
    'Whatever happens, you will never pay more than the quote.',
  ],
};

describe('habit about the reader, wider constructions', () => {
  checkLists(WIDER_FLAGS, WIDER_QUIET, absolutes);

  it.each([
    // A habit phrase with the reader in front leans on the clause it introduces.
    [
      'As usual with your warehouse, the pallets came without labels.',
      'As usual with your warehouse, the pallets came without labels',
    ],
    // A "whenever" clause carries its main clause.
    [
      'Whenever we ask your team for the floor plans, there is radio silence for days.',
      'Whenever we ask your team for the floor plans, there is radio silence for days',
    ],
    // "Every time" with a subject of its own is a "whenever": it carries the main clause after it.
    [
      'Every time our van pulls up at your depot, the gate code has changed again.',
      'Every time our van pulls up at your depot, the gate code has changed again',
    ],
    // "damit, dass …": the clause the correlative announces.
    [
      'Jede Baubesprechung mit euch endet damit, dass die Pläne wieder umgestellt werden.',
      'Jede Baubesprechung mit euch endet damit, dass die Pläne wieder umgestellt werden',
    ],
  ])('covers the quote a coach would underline: %j', (text, quote) => {
    const found = analyze(text).findings.filter((f) => f.category === 'absolute');
    expect(found.map((f) => text.slice(f.start, f.end))).toContain(quote);
  });
});
