// Condescension as constructions: a lay source set against training, the
// reader's task shrunk in an impatient voice, explaining down, "just because you
// want it", "my nephew could do it". Sincere reassurance, offers, friendly
// instructions and the writer's own modesty stay quiet.
import { describe, expect, it } from 'vitest';
import { viewSentence } from '../../../../lib/analysis/document';
import { CONDESCENSION } from '../../../../lib/analysis/rules/condescension';
import { type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { segment } from '../../../../lib/analysis/segment';
import type { Language } from '../../../../lib/analysis/types';
import { devFingerprint, sharedRuns } from '../shingles';
import { examples } from './examples';

const GERMAN = {
  flags: [
    'Ein Wochenende mit Heimwerkervideos macht Sie noch nicht zum Elektriker.',
    'Baurecht lernt man leider nicht auf Instagram.',
    'Ihr Nachbar mag ja vieles können, aber eine Gasleitung verlegt er nicht.',
    'Foren im Internet ersetzen nun mal keine ärztliche Untersuchung.',
    'Die Pflege der Website ist ehrlich gesagt nicht kompliziert.',
    'Ein Passwort zu ändern ist nun wirklich keine Kunst.',
    'Das kriegt selbst meine Tochter hin, und die ist sieben.',
    'Das ist leider ein typischer Laienfehler.',
    'Als Laie kann man das natürlich nicht so schnell durchschauen.',
    'Ich formuliere es so, dass es auch ohne Vorkenntnisse verständlich ist.',
    'Ich sage es Ihnen gern zum dritten Mal: Die Frist ist der Freitag.',
    'Die Heizung wird nicht schneller geliefert, nur weil ihr ungeduldig seid.',
    'Dass Sie die Farbe jetzt zu dunkel finden, ändert wenig am Auftrag.',
    'Ihr macht euch da wirklich mehr Sorgen als nötig.',
    'Lassen Sie die Verkabelung bitte lieber uns machen.',
    'Überlassen Sie die Buchhaltung besser den Leuten, die das gelernt haben.',
    'Es gibt keinen Grund, deswegen gleich so einen Aufstand zu machen.',
    'Ein Video aus dem Netz ist kein Ersatz für eine Fachberatung.',
    'Das ist ein typischer Irrtum von Bauherren, die zum ersten Mal planen.',
    'Ich erkläre es noch einmal mit ganz einfachen Worten.',
    'Nur weil Sie drängeln, wird die Platte nicht früher geliefert.',
    'Lesen Sie die Mail diesmal bitte gründlich.',
    'Von der Gasleitung sollten Sie künftig die Finger lassen.',
    'Ob Ihnen das passt oder nicht, die Frist gilt.',
    'So schwer ist das Formular ja nun nicht.',
    'Auch wenn du „das eh alles selbst kannst“, brauchen wir den Plan.',
    'Ihr Onkel hat Ihnen etwas anderes geraten. Er ist aber kein Zahnarzt.',
    'Eine Steuererklärung ist kein Wunschkonzert.',
    'Verhandeln lernt man nicht über Nacht.',
    'Wie man eine Rechnung liest, kann ich Ihnen nicht auch noch beibringen.',
    'Dass du die Preise zu hoch findest, macht sie nicht billiger.',
    'Mit Ihrer Eigenrecherche kommt man bei der Dämmung nicht weit.',
    'Ich plane Bäder schon ein paar Jahre länger als du.',
    'Das hätten Sie gesehen, wenn Sie kurz nachgelesen hätten.',
    'Wer ein Foto hochladen kann, kann auch die Belege hochladen.',
    'Zahlen sind nicht jedermanns Sache, deshalb nur das Nötigste.',
    'Die Webseite kriegt man auch ohne Informatikstudium aktualisiert.',
  ],
  quiet: [
    'Das lässt sich zum Glück ganz einfach beheben, wir kümmern uns darum.',
    'Keine Sorge, das Formular ist nicht kompliziert, ich zeige es Ihnen am Montag.',
    'Ich habe mir dazu ein Webinar angesehen und fand es hilfreich.',
    'Ich bin selbst kein Experte für Baurecht, deshalb frage ich Frau Roth.',
    'Unser Video ersetzt natürlich keine Behandlung, es soll nur erinnern.',
    'Die Zusammenarbeit mit Ihnen war wirklich nicht kompliziert, danke!',
    'Die Anmeldung geht ganz einfach: Klicken Sie auf den Link in der Mail.',
    'Die Korrespondenz mit dem Amt können Sie uns gern überlassen.',
    'Ich erkläre es Ihnen gern noch einmal am Telefon.',
    'Nur weil Sie krank waren, müssen Sie die Stunde nicht bezahlen.',
    'Das Seminar ist auch für Einsteiger ohne Vorkenntnisse geeignet.',
    'Ihr Nachbar hat uns freundlicherweise den Schlüssel gegeben.',
    'Dass Sie so schnell geantwortet haben, freut uns sehr.',
    'Wir machen uns über den Ablauf noch Gedanken und melden uns.',
    'Das Treffen findet per Videokonferenz statt, Fachleute aus beiden Büros sind dabei.',
    'Lass uns das am Freitag in Ruhe besprechen.',
    'Das ist ein ganz normaler Anfängerfehler, das passiert jedem.',
    'Falls es hilft, erkläre ich es noch einmal ganz einfach am Telefon.',
    'Wir haben die Unterlagen diesmal gründlich geprüft.',
    'Ob Sie kommen oder nicht, sagen Sie bitte bis Freitag Bescheid.',
    'Klicken Sie auf „Jetzt bezahlen“ und fertig.',
    'Nur weil Sie umgezogen sind, wird es nicht teurer.',
    'Dass Sie krank waren, macht nichts.',
    'Zahlen sind nicht jedermanns Sache, deshalb übernehmen wir das gern für Sie.',
    'Mit dem Auto kommt man nicht weit, die Straße ist gesperrt.',
    'Nur weil es regnet, wird die Lieferung nicht langsamer.',
    'Lass uns das lieber am Montag machen.',
    'Ihr Onkel hat uns beim Umzug geholfen. Er ist aber kein Freund von langen Mails.',
    'Neben der Praxis ist ein Spielplatz.',
    'Die Finger lassen wir von der alten Leitung, da kommt ein Fachbetrieb.',
    'Auch wenn es Ihnen nicht gefällt, müssen wir den Termin verschieben, das tut mir sehr leid.',
    'Lesen Sie den Vertrag bitte diesmal in Ruhe, es hat sich einiges geändert.',
    'Als Laie in Steuerfragen habe ich selbst lange gebraucht, um das zu verstehen.',
    'Ein Online-Kurs ersetzt nicht unser Gespräch, ist aber eine gute Ergänzung.',
    'Die Statik überlassen Sie besser einem Fachmann, das verlangt die Versicherung.',
  ],
};

const ENGLISH = {
  flags: [
    'With respect, a couple of TikTok clips are no substitute for a plumbing apprenticeship.',
    "Watching tutorials doesn't make anyone a tax adviser.",
    'Planning law is not something you learn from a podcast.',
    "I'd be wary of legal tips from Facebook groups.",
    'Your brother-in-law may be good with wood, but roof trusses are another matter.',
    "Updating the plugin honestly isn't that hard.",
    'Resetting the router is really not rocket science.',
    'Even my gran could book a slot in the portal.',
    "That's a classic beginner's mistake.",
    'Court procedure is hard going for non-specialists, which is why I will stick to plain points.',
    'The kitchen will not arrive sooner just because you are impatient.',
    "The fact that you now think the tiles are too grey doesn't change the order.",
    "There's no need to get so het up about a ten-minute delay.",
    'Perhaps this time you could read the attachment before calling.',
    'Best leave the bookkeeping to someone trained in it.',
    'I would stop tinkering with the server and let the professionals handle it.',
    'A blog post is not the same as a structural survey.',
    "That's a common mistake among first-time landlords.",
    "I'll explain it again, more slowly this time.",
    "The plaster won't set quicker just because you're keen to move in.",
    'Please actually read the attachment this time.',
    "I'd keep well away from the electrics.",
    'Whether you agree or not, the lease says otherwise.',
    "It's hardly complicated to download a PDF.",
    "The timeline holds, even if you 'need it done yesterday'.",
    "A weekend coding course doesn't make anyone a developer.",
    'Running a payroll is a bit more involved than adding up a few timesheets.',
    "I'm sure the survey looks alarming to the untrained eye.",
    'You may think the quote is steep, but that does not change the contract.',
    'Let me go slowly here: the deposit comes back after the check.',
    "A spreadsheet template from the internet won't get you far with VAT.",
    "I've been running payrolls a good few years longer than you.",
    "Maths isn't everyone's cup of tea, so just the essentials.",
    'Your question tells me we should go back to square one.',
    'The plaster will not set any faster because you find the wait annoying.',
  ],
  quiet: [
    "It's a simple fix and we'll have it sorted by Friday.",
    "No need to worry, it really isn't hard, and I'm happy to show you.",
    "It's simple to reset: click 'Forgot password' and follow the link.",
    'I watched a webinar on the new rules and found it useful.',
    "I'm no expert on pensions myself, so I've asked a colleague.",
    "Our video isn't a substitute for your sessions, just a reminder.",
    "You're welcome to leave the paperwork to us; it's part of the service.",
    'Working with you was honestly not complicated at all, thank you!',
    'The breathing exercises help you calm down before bed.',
    'Just because you are a new client, we add a free check-up.',
    'This time we printed the whole report for you.',
    'The course is open to people without any background in finance, and it is free.',
    'Your neighbour kindly let our van park in the drive.',
    'Let the team know if you need anything else.',
    'The fact that you called early helped us a lot.',
    'Anyone who needs help can call us on Monday.',
    "It's a normal beginner's mistake and easy to fix, don't worry.",
    "If it helps, I'm happy to explain it again more simply on a call.",
    "I don't think you're overreacting at all.",
    "Keep away from the boiler while it's running.",
    'Whether you come or not, please let us know by Friday.',
    "Click 'Save changes' when you're done.",
    'Thank you, we read the whole report this time with great interest.',
    "Missing one session doesn't make you a bad patient.",
    'The typeface you picked is not available for the web, sadly.',
    'Please leave the keys with us and we will lock up.',
    'If Tuesday suits your side, we start then.',
    "Just because it's winter doesn't mean the job will be any slower.",
    "Let's go back to basics with the garden: what do you need most?",
    "Numbers aren't everyone's thing, which is why we handle them for you.",
    'We ask you to leave the wiring to us because the insurer requires it.',
    "The exercise isn't hard, and you're already doing it really well.",
    "An online course isn't a substitute for our sessions, but it's a nice extra.",
    'My nephew could not believe how quiet the new boiler is!',
    "Even if you don't like the new date, I'm really sorry we have to move it.",
    'Please read the lease carefully this time, as several clauses changed.',
  ],
};

describe('condescension, German', () => {
  examples('dismissive', GERMAN);
});

describe('condescension, English', () => {
  examples('dismissive', ENGLISH);
});

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

const entries = (['de', 'en'] as const).flatMap((language) =>
  CONDESCENSION[language].constructions.flatMap((c) =>
    [...c.parts.flat(), ...(c.quiet ?? [])].map((e) => [`${language}/${c.id}/${e.id}`, language, e] as const),
  ),
);

describe('condescension data', () => {
  it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(finds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(finds(entry, language, entry.miss), entry.miss).toBe(false);
  });

  it('shares no five words in a row with the client-mail dev set', () => {
    const fingerprint = devFingerprint();
    const texts = [
      ...entries.flatMap(([, , e]) => [e.hit, e.miss]),
      ...GERMAN.flags,
      ...GERMAN.quiet,
      ...ENGLISH.flags,
      ...ENGLISH.quiet,
    ];
    expect(texts.filter((t) => sharedRuns(t, fingerprint).length > 0)).toEqual([]);
  });
});
