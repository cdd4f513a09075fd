import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../../lib/analysis';
import { READER_FAULT_DE } from '../../../../lib/analysis/constructions/reader-fault.de';
import { READER_FAULT_EN } from '../../../../lib/analysis/constructions/reader-fault.en';
import type { ReaderFaultLexicon } from '../../../../lib/analysis/constructions/reader-fault.types';
import { viewSentence } from '../../../../lib/analysis/document';
import { type FrameEntry, FrameMatcher } from '../../../../lib/analysis/rules/frames';
import { readerFaultIn } from '../../../../lib/analysis/rules/reader-fault';
import { segment } from '../../../../lib/analysis/segment';

// The reader (or their side) as the agent of a failure: the construction must
// find each itself (the engine may report a phrase-data finding in its place),
// and the engine must report blame there.
const FLAGS: Record<Language, readonly string[]> = {
  de: [
    'Leider haben Sie die Vollmacht für das Grundbuchamt bis heute nicht unterschrieben.',
    'Damit hast du die Abgabe der Steuererklärung verpasst.',
    'Ihr Büro hat uns die Schlüssel für die Wohnung nie ausgehändigt.',
    'Ihre Buchhaltung hat Gutschrift und Rechnung verwechselt.',
    'Ihre Assistentin hat den Termin beim Notar vergessen.',
    'Von Ihrer Seite kam bis heute keine Freigabe der Entwürfe.',
    'Die Zeichnungen wurden von Ihnen erst nach dem Stichtag hochgeladen.',
    'Weil Sie die Anzahlung nicht überwiesen haben, ruht die Baustelle.',
    'Hätten Sie die Maße rechtzeitig geschickt, wäre die Küche längst montiert.',
    'Ihr Architekt hat die Statik viel zu spät beim Prüfingenieur eingereicht.',
    'Die Verzögerung liegt einfach daran, dass der Statiker von Ihnen nie beauftragt wurde.',
    'Die Quittungen habt ihr wieder einmal zu spät eingereicht.',
    'Aus Ihrem Haus kam die falsche Bestellnummer.',
    'Sie haben die Frist für den Widerspruch übersehen.',
    'Du hast mir die Belege erst am Freitagabend geschickt.',
    // The deed, then its damage; the reader's household and staff as agents.
    'Du hast den Dauerauftrag gelöscht, deshalb ist die Miete zurückgebucht.',
    'Die Heizung ist ausgefallen, weil Ihr Untermieter den Frostschutz abgedreht hat.',
    'Jemand aus Ihrem Büro hat die Originale verloren.',
    'Der Schimmel im Keller stammt von der Dämmung, die Ihr Mann selbst eingebaut hat.',
    'Wenn Sie uns früher informiert hätten, wäre das vermeidbar gewesen.',
    'Die Mietverträge haben Sie uns trotz zweier Erinnerungen nicht zugeschickt.',
    'Der Antrag ist abgelehnt worden, weil Ihre Personalabteilung die Frist versäumt hat.',
    'Aufgrund Ihrer späten Zusage verschiebt sich der Einzug um zwei Wochen.',
    'Wegen Ihrer Änderungswünsche entstehen Mehrkosten von 2.000 Euro.',
    // A possessive agent in a counterfactual, a premature deed, a fault placed on the reader's side, a harm.
    'Hätte Ihr Vermesser den Lageplan rechtzeitig eingereicht, wäre die Baugenehmigung da.',
    'Wenn Ihr Architekt die Pläne früher freigegeben hätte, stünde der Rohbau längst.',
    'Ihr Maurer hat die Wand verputzt, bevor der Beton abgebunden war.',
    'Das Versäumnis liegt in diesem Fall auf Ihrer Seite.',
    'Ihre ungeordnete Ablage hat uns drei Arbeitstage gekostet.',
    'Sie haben sich entschieden, den Rat des Gutachters zu übergehen.',
    'Die Anlage haben Sie leider vergessen.',
    'Ihr habt die Frist um eine Woche überschritten.',
    'Die Zahlung ist von Ihrer Seite erst nach drei Mahnungen eingegangen.',
    'Das Problem ist, dass Ihr Team die Daten gelöscht hat.',
    'Wie gesagt, haben Sie die Unterlagen wieder nicht geschickt.',
    'Bis heute haben Sie die Vollmacht nicht zurückgeschickt.',
    // Moved from the phrase entry de/blame/weil-sie-vergessen-haben, which this construction replaces.
    'Der Termin ist geplatzt, weil Sie die Unterlagen vergessen haben.',
    'Da haben Sie die Zahlen verwechselt.',
    'Jedes Mal, wenn Sie die Pläne am Telefon ändern, entstehen Fehler auf der Baustelle.',
    'Die Rechnung wurde von Ihrem Büro erst nach der zweiten Mahnung beglichen.',
  ],
  en: [
    "You still haven't sent the signed lease.",
    'Your accountant never got back to us about the VAT return.',
    'You cancelled the standing order, so the rent payment bounced.',
    'The pipes froze because your lodger switched off the heating.',
    'Your assistant mixed up the dates for the two viewings.',
    'The keys were lost somewhere on your end.',
    'The plans were approved by your team three weeks late.',
    'If you had told us about the leak, we could have saved the floor.',
    'Had you booked the crane in time, the roof would be finished.',
    'The walls are damp because your builder ignored the damp course.',
    'The server crashed because someone on your team deleted the backup folder.',
    'You forgot to attach the second page again.',
    'You were supposed to send the signed lease by Friday.',
    'You sent the payment only after the second reminder.',
    'Your office has ignored three emails from our site manager.',
    'You paid the deposit three weeks late.',
    'The garden flooded because of the gutter you decided not to replace.',
    'Your colleague failed to forward the contract to legal.',
    'The shelves were built wrong because your husband changed the drawings without telling us.',
    'Thanks for returning the keys, a full month after the lease ended.',
    'Due to your late payment, the crane had to be rebooked.',
    'Because of your changes, the costs went up by a third.',
    'If you had let me know earlier, I could have rearranged things.',
    'The problem is that your team deleted the data.',
    'The contract was never signed by you.',
    'You got the floor plan measurements wrong.',
    "We'd be finished by now if you had approved the drawings.",
    'Whenever you change the plans by phone, the costs go up.',
    'Nobody on your side ever confirmed the handover.',
    'Because you filed the documents late, the tax office made an estimate.',
    'Had your bookkeeper filed the return in March, there would be no penalty.',
    'If your architect had signed off the drawings, the crane would be booked.',
    'Your roofer laid the felt before the boards were dry.',
    'The oversight happened at your end this time.',
    'Your messy spreadsheet cost us two full days.',
  ],
};

// Near misses: the writer as agent, the reader as object, the reader cleared,
// questions that ask, conditions and kind reassurance, good news.
const QUIET: Record<Language, readonly string[]> = {
  de: [
    // A relative clause about the reader, then a clause of its own: an instruction, not the head failing.
    'Bitte bringen Sie jemanden mit, der Sie abholt, da Sie nach der Narkose nicht selbst Auto fahren dürfen.',
    'Wir haben vergessen, Ihnen die Anlage zu schicken.',
    'Ich habe die Frist leider übersehen, das ärgert mich selbst.',
    'Mir ist bei der Abrechnung ein Fehler entgangen.',
    'Uns ist bei der Bestellung ein Fehler passiert.',
    'Die Kollegen haben Sie nicht rechtzeitig informiert.',
    'Hätte Ihr Team am Donnerstag Zeit, würden wir gern vorbeikommen.',
    'Wenn Sie die Pläne eher gebraucht hätten, hätten wir sie gern früher geschickt.',
    'Ohne Ihre Hilfe wären wir mit dem Umzug nie fertig geworden.',
    'Der Fehler lag nicht bei Ihnen, sondern bei unserem Lieferanten.',
    'Eine Bescheinigung für letzte Woche stellen wir nicht aus, weil Sie da nicht bei uns in Behandlung waren.',
    'Das lag nicht an Ihnen, sondern an der Spedition.',
    // The denial covers the reader's thing and what is joined to it.
    'Die Nachzahlung liegt nicht an Ihrem Keller oder an Schäden, sondern am neuen Mietspiegel.',
    'Der Riss liegt nicht an Ihrem undichten Fenster.',
    'Haben Sie die Unterlagen schon bekommen?',
    'Sie haben nichts falsch gemacht.',
    'Falls Sie die Rechnung noch nicht bezahlt haben, reicht eine Überweisung bis Monatsende.',
    'Sie müssen nichts weiter unterschreiben.',
    'Sie erhalten die Pläne erst am Montag.',
    'Hätten Sie am Donnerstag Zeit für einen Rundgang?',
    'Keine Sorge, wenn Sie den Termin verpasst haben, finden wir einen neuen.',
    'Sie haben uns die Unterlagen pünktlich geschickt, vielen Dank.',
    'Die Fliesen, die Sie ausgesucht haben, werden nicht mehr hergestellt.',
    'Weil Sie so schnell geantwortet haben, konnten wir früher anfangen.',
    'Wir hätten Sie früher informieren müssen.',
    'Ihr Team hat uns bei der Planung großartig unterstützt.',
    'Sie hätten uns jederzeit anrufen können.',
    'Vergessen Sie nicht, die Zählerstände zu notieren.',
    'Sie haben uns erst gestern beauftragt, deshalb beginnen wir nächste Woche.',
    'Dass Sie nicht kommen konnten, verstehen wir gut.',
    'Die Handwerker haben Sie leider nicht erreicht.',
    'Da Sie im Urlaub waren, haben wir den Termin verschoben.',
    'Sie können die Unterlagen auch erst nach Ostern schicken.',
    'Dank Ihrer schnellen Zusage entstehen keine Mehrkosten.',
    'Wegen Ihrer Anfrage habe ich mit dem Statiker gesprochen.',
    'Sie hätten nicht extra herfahren müssen, danke.',
    'Sie zahlen nie mehr als den Pauschalpreis.',
    'Da Sie nichts vergessen haben, können wir gleich loslegen.',
    'Der Termin ist geplatzt, weil wir die Unterlagen vergessen haben.',
    'Jedes Mal, wenn Sie anrufen, habe ich leider keine Zeit.',
    'Immer wenn du vorbeikommst, gibt es Kuchen.',
    // A polite reminder names what is missing without making the reader its agent.
    'Wir haben von Ihrem Büro noch keine Rückmeldung erhalten.',
    'Sie haben die Police früh verlängert, deshalb bleibt der Beitrag gleich.',
    'Du hast die Pläne am Montag geschickt, deshalb ging der Antrag pünktlich raus.',
  ],
  en: [
    'We should have told you about the delay sooner.',
    'You renewed the policy early, so the premium stays the same.',
    'You sent the plans on Monday, so the permit went in on time.',
    'I forgot to send you the invoice, sorry.',
    "That wasn't your fault at all.",
    'The crack is not down to your leaking window.',
    'No need to apologise for the slow reply.',
    'Did you get the revised drawings?',
    "Don't worry if you missed the webinar, the recording is online.",
    "Our team didn't send the report on time.",
    'Our supplier never got back to us about the tiles.',
    "You don't need to sign anything else.",
    "If you haven't received the invoice yet, let me know.",
    'You should have received an email with the login details.',
    'You could have a look at the samples on Friday.',
    'Because you sent the figures so early, we finished ahead of schedule.',
    'Your team did a wonderful job on the launch.',
    'We missed the deadline and I take full responsibility.',
    'The delay was caused by the council, not by you.',
    'Thanks for sending the plans so quickly.',
    "You'll receive the final invoice once the work is done.",
    "I'm sorry you had to wait so long for our reply.",
    'The builders told you the wrong date, and we have fixed it.',
    "I heard you missed your flight, that's rotten luck.",
    'You have not paid anything yet because the invoice is not due.',
    'We lost the file because our backup failed, and you spotted it.',
    'You asked us to move the skip, and we did it right away.',
    'Your team found the leak because you checked the roof so carefully.',
    "You haven't missed anything important.",
    'Because of your feedback, the design is much better.',
    'Thanks to your help, we avoided a delay.',
    "You've never let the team down.",
    'You are not required to bring anything.',
    'You received the wrong invoice from our office, sorry about that.',
    'Every time you call, we are glad to help.',
    "We haven't heard back from your office yet.",
    'You filed the documents in late April, as planned.',
    'Without your help we would still be packing boxes.',
    'The damp in your cellar was caused by a broken gutter.',
    'Your renovation cost us less than the estimate.',
    'We made a mistake with your order, sorry.',
  ],
};

const MIN_EXAMPLES = 15;

describe.each(['de', 'en'] as const)('reader-fault %s', (language) => {
  it(`has at least ${MIN_EXAMPLES} examples each way`, () => {
    expect(FLAGS[language].length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
    expect(QUIET[language].length).toBeGreaterThanOrEqual(MIN_EXAMPLES);
  });

  it.each(FLAGS[language].map((t) => [t]))('finds %j', (text) => {
    const sentences = segment(text).paragraphs.flatMap((p) => p.sentences.map((s) => viewSentence(s, language, text)));
    expect(sentences.flatMap((s) => readerFaultIn(s)).length, text).toBeGreaterThan(0);
    const found = analyze(text, { language }).findings.filter((f) => f.category === 'blame');
    expect(found.length, text).toBeGreaterThan(0);
    for (const f of found.filter((x) => x.ruleId === `${language}/blame/reader-fault`)) {
      // The message quotes the user's words that gave it away.
      const cue = f.cue as { start: number; end: number };
      expect(cue.start).toBeGreaterThanOrEqual(f.start);
      expect(cue.end).toBeLessThanOrEqual(f.end);
      expect(f.message).toContain(text.slice(cue.start, cue.end).split(' ')[0]);
    }
  });

  it.each(QUIET[language].map((t) => [t]))('leaves %j alone', (text) => {
    const found = analyze(text, { language }).findings.filter((f) => f.category === 'blame');
    expect(found.map((f) => `${f.ruleId}: ${text.slice(f.start, f.end)}`)).toEqual([]);
  });
});

describe('reader-fault findings', () => {
  // principles.md: "you should have" is pressure; the German counterfactual demand reads the same.
  it.each([
    'Sie hätten die Änderung vor der Bestellung melden müssen.',
    'Du hättest die Fliesen vor dem Verlegen prüfen sollen.',
  ])('reports the demand in hindsight %j as pressure, not blame', (text) => {
    const found = analyze(text, { language: 'de' }).findings;
    expect(found.filter((f) => f.category === 'blame')).toEqual([]);
    expect(found.some((f) => f.category === 'pressure')).toBe(true);
  });

  // The reader's people in the third person: a missed duty is a reproach about them, not pressure on the reader.
  it.each([
    'Das hätte Ihr Bauleiter beim Aufmaß eigentlich merken müssen.',
    'Eure Hausverwaltung hätte den Mietern die Sperrung ankündigen müssen.',
  ])('reports %j as blame', (text) => {
    expect(analyze(text, { language: 'de' }).findings.some((f) => f.category === 'blame')).toBe(true);
  });

  it.each([
    'Das hätte ich beim Aufmaß eigentlich merken müssen.',
    'Ihr Sohn hätte die Prüfung bestehen müssen, so gut war er vorbereitet.',
    'Die Lieferung Ihres Lieferanten hätte gestern kommen sollen.',
    'Ihr Bauleiter hätte nicht extra kommen müssen.',
  ])('but not %j', (text) => {
    expect(analyze(text, { language: 'de' }).findings.filter((f) => f.category === 'blame')).toEqual([]);
  });

  it('span the clause, not the whole sentence', () => {
    const text =
      'Danke für den Anruf, jedoch hat Ihr Sekretariat die Vollmacht verlegt und verloren, und der Termin platzt.';
    const f = analyze(text).findings.find((x) => x.ruleId === 'de/blame/reader-fault');
    expect(f && text.slice(f.start, f.end)).toBe('jedoch hat Ihr Sekretariat die Vollmacht verlegt und verloren');
    expect(f?.message).toContain('Ihr Sekretariat die Vollmacht verlegt und verloren');
  });

  it.each([
    ['de', 'Sie haben die Schlüssel nicht abgegeben. Dadurch ist ein ganzer Arbeitstag verloren gegangen.', 'Dadurch'],
    ['en', 'Your office never sent the permit. As a result, the crane booking was lost.', 'As a result'],
  ] as const)("lay the damage that follows a failure at the reader's door (%s)", (language, text, cue) => {
    const second = analyze(text, { language }).findings.filter(
      (f) => f.ruleId === `${language}/blame/reader-fault` && text.slice(f.start).startsWith(cue),
    );
    expect(second).toHaveLength(1);
  });

  it.each([
    ['de', 'Wir haben die Schlüssel vergessen. Dadurch ist ein ganzer Arbeitstag verloren gegangen.'],
    ['en', 'Our courier lost the permit. As a result, the crane booking was lost.'],
    ['en', 'You sent the permit early. As a result, we kept the crane booking and avoided a delay.'],
  ] as const)('but not when no failure of theirs came before (%s: %j)', (language, text) => {
    expect(analyze(text, { language }).findings.filter((f) => f.category === 'blame')).toEqual([]);
  });

  it('stay out of quoted replies', () => {
    const text = 'Hallo Herr Brandt,\n\ndanke, ich kümmere mich darum.\n\n> Sie haben die Pläne nicht geschickt.\n';
    expect(analyze(text).findings.filter((f) => f.ruleId === 'de/blame/reader-fault')).toEqual([]);
  });
});

// Each frame entry of the data finds its example and not its near miss.
const FRAME_LISTS = [
  'sides',
  'lateness',
  'faultPhrases',
  'counterfactual',
  'causes',
  'clearing',
  'thanks',
  'outcomes',
  'faultAt',
  'lateFrom',
  'harms',
] as const;
const BOOKS: Record<Language, ReaderFaultLexicon> = { de: READER_FAULT_DE, en: READER_FAULT_EN };

function finds(entry: FrameEntry, language: Language, text: string): boolean {
  const matcher = new FrameMatcher(entry.id, { de: [], en: [], [language]: [entry] });
  return segment(text).paragraphs.some((p) => p.sentences.some((s) => matcher.has(viewSentence(s, language, text))));
}

const entries = (['de', 'en'] as const).flatMap((language) =>
  FRAME_LISTS.flatMap((list) =>
    BOOKS[language][list].map((entry) => [`${language}/${list}/${entry.id}`, language, entry] as const),
  ),
);

describe('reader-fault frame data', () => {
  it.each(entries)('%s finds its example and not its near miss', (_, language, entry) => {
    expect(finds(entry, language, entry.hit), entry.hit).toBe(true);
    expect(finds(entry, language, entry.miss), entry.miss).toBe(false);
  });
});

// "You should have …" tells the reader what to do, after the fact: pressure, as in
// ../shared/principles.md, and found by the pressure phrases, not as blame.
it.each(['You should have checked the measurements before ordering.'])('reads %j as pressure', (text) => {
  const categories = analyze(text).findings.map((f) => f.category);
  expect(categories).toContain('pressure');
  expect(categories).not.toContain('blame');
});

type Case = readonly ['de' | 'en', string];
const blameIn = (language: 'de' | 'en', text: string) =>
  analyze(text, { language }).findings.filter((f) => f.category === 'blame');

/** Sentences the construction must flag as blame and similar ones it must leave alone. */
function blameCases(title: string, flags: readonly Case[], quiet: readonly Case[]): void {
  describe(title, () => {
    it.each(flags)('flags %s: %j', (language, text) => {
      expect(blameIn(language, text).length).toBeGreaterThan(0);
    });
    it.each(quiet)('leaves %s alone: %j', (language, text) => {
      expect(blameIn(language, text)).toEqual([]);
    });
  });
}

// The wider word fields (trades, offices, fault phrases) meet friendly mail too.
blameCases(
  'broader reader-fault lexicon',
  [
    ['de', 'Ihr Subunternehmer hat die Kabel ohne jede Rücksprache neu verlegt.'],
    ['de', 'Ihre Kanzlei hat die Widerspruchsfrist leider verbummelt.'],
    ['de', 'Niemand aus Ihrem Büro hat die Mahnung beantwortet.'],
    ['de', 'Sie haben das Parkett trotz meiner Warnung schon betreten.'],
    ['en', 'Your surveyor mismeasured the garden boundary.'],
    ['en', 'Nobody in your accounts team replied to the auditor.'],
    ['en', 'Your IT guy wiped the laptop without checking with anyone.'],
    ['en', 'You got the VAT figures wrong on the quarterly return.'],
  ],
  [
    ['de', 'Ihr Elektriker hat die Leitungen gestern sauber verlegt.'],
    ['de', 'Ihr Steuerberater hat die Erklärung ohne Probleme eingereicht.'],
    ['de', 'Ihre Praxis hat mir die Befunde sehr schnell zugeschickt.'],
    ['de', 'Sie dürfen die Tabletten ohne Rücksprache absetzen, wenn die Beschwerden weg sind.'],
    ['en', 'Your fitter fixed the damage right away.'],
    ['en', 'Your agency delivered the draft on time.'],
    ['en', 'You are right that the old rota left out the weekend cover.'],
    ['en', 'You never fail to send the minutes on the same day.'],
  ],
);

// Shapes the blind batch mix8 showed unread: a German passive agent in a "weil" clause, "erst Mitte …"; beside
// them English causes after the damage, and what stays a condition or a consolation.
blameCases(
  'reader-fault after the mix8 batch',
  [
    ['en', 'The boiler flooded the cellar because your plumber fitted the valve the wrong way round.'],
    ['en', 'The launch page crashed because someone on your end renamed the live database.'],
    ['de', 'Die Frist ist verstrichen, weil die Vollmacht von Ihrer Hausverwaltung erst im Mai unterschrieben wurde.'],
    ['de', 'Ihr Architekt hat die Statik erst Mitte März nachgereicht.'],
    ['en', 'The leak flooded the hall overnight. It happened because your caretaker left the main valve open.'],
  ],
  [
    ['en', 'The meeting moved to Friday because your director asked for a later slot.'],
    ['en', 'We found the leak quickly because your caretaker showed us the old pipe plan.'],
    ['de', 'Falls bis Montag nichts von Ihnen kommt, rufe ich Sie kurz an.'],
    ['de', 'Kein Ding, dass du die Probe am Dienstag verpasst hast, wir holen sie nach.'],
    ['de', 'Sie haben uns erst gestern beauftragt, deshalb beginnen wir am Montag.'],
  ],
);

// A swap in the reader's deed ("statt", "instead of") is a slip where the deed is a delivery, not where it is a choice;
// "nicht …, sondern …" corrects inside one clause, so the counterfactual reads past its comma.
blameCases(
  'swaps and corrections',
  [
    ['de', 'Ihre Spedition hat die Paletten mit dem Etikett für Halle 3 statt Halle 5 geliefert.'],
    ['de', 'Euer Büro hat die Rechnung an die alte statt an die neue Adresse verschickt.'],
    ['en', 'Your printer supplied the banners in matt rather than gloss.'],
    ['en', 'Your warehouse shipped the oak panels instead of the ash ones.'],
    [
      'de',
      'Hätten Sie den Mietvertrag nicht erst nach vier Wochen, sondern gleich nach der Übergabe eingereicht, wäre die Kaution längst zurück.',
    ],
  ],
  [
    ['de', 'Sie haben sich statt für den Sandstein für den Granit entschieden.'],
    ['de', 'Sie können die Paletten statt am Montag auch am Dienstag liefern.'],
    ['de', 'Wir haben die Rechnung versehentlich an die alte statt an die neue Adresse verschickt.'],
    ['en', 'You picked the ash rather than the oak, which suits the hallway.'],
    ['en', 'We shipped the oak panels instead of the ash ones, our mistake.'],
  ],
);
