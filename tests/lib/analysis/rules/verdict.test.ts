// Verdicts on the reader or their work (lib/analysis/rules/verdict.ts): the
// word's degree and whom it is about decide. The sentences are this file's own;
// the last of each list came with the harsh phrase entries this rule replaced.
import { describe, expect, it } from 'vitest';
import { analyze, type Language } from '../../../../lib/analysis';
import type { Degree } from '../../../../lib/analysis/lexicon/types';
import { compilePattern } from '../../../../lib/analysis/pattern';
import { judges, LEXICONS, slug } from '../../../../lib/analysis/rules/verdict';
import { examples } from './examples';

const verdicts = (text: string, language: Language) =>
  analyze(text, { language, uiLanguage: 'en' }).findings.filter((f) => f.ruleId.includes('/harsh/verdict-'));

describe('verdicts in German', () => {
  examples(
    'harsh',
    {
      flags: [
        'Ihr Konzept ist unausgegoren.',
        'Das ist weder praktikabel noch sinnvoll.',
        'Ihre Pläne sind unbrauchbar.',
        'Das ist doch Pfusch.',
        'Sie arbeiten unprofessionell.',
        'Eure Präsentation war ein einziges Durcheinander.',
        'Ihr Angebot ist eine Zumutung.',
        'Die Abrechnung, die Ihr Büro erstellt hat, ist lückenhaft und schlampig.',
        'Dein Entwurf wirkt lieblos zusammengestückelt.',
        'Ehrlich gesagt halte ich Ihren Vorschlag für realitätsfern.',
        // Die Sorge der Schreiberin rahmt das Urteil, sie besitzt das Beurteilte nicht.
        'Danke für den Entwurf der Broschüre. Ich fürchte, er ist unbrauchbar.',
        'Die Statik in Ihren Unterlagen ist stümperhaft berechnet.',
        'Mit so einem Murks können wir nicht weiterarbeiten.',
        'Was Sie uns geliefert haben, ist schlicht mangelhaft.',
        'Deine Zahlen sind völlig veraltet.',
        'Ihre Mitarbeiter waren am Telefon unhöflich und respektlos.',
        'Ihr Gutachten ist alles andere als professionell.',
        'Das Logo, das du entworfen hast, sieht billig aus.',
        'Ihre unausgegorenen Pläne kosten uns Wochen.',
        // The reader's part named after the noun stays the reader's.
        'Das war schlampige Arbeit von Ihnen.',
        // "Nachricht" is news unless it is the reader's own message.
        'Deine Nachricht an das Team war eine Zumutung.',
        // Moved from the phrase data (lib/analysis/phrases/de/harsh.ts).
        'Das ist absolut inakzeptabel.',
        'Diese Verzögerung ist unzumutbar.',
        'Ihr Team ist schlicht inkompetent.',
        'Die Fliesen sind schlampig verlegt.',
        'Die Kommunikation war katastrophal.',
        'Der Entwurf wirkt amateurhaft.',
        'Ihr Auftritt beim Kunden war peinlich.',
        'Ihr Verhalten am Telefon war unprofessionell.',
        'Ihre Arbeit war wirklich schlecht.',
        'Das war schlechte Arbeit.',
        'Die Umsetzung war eine einzige Katastrophe.',
        'Die Ablage im Keller ist ein einziges Durcheinander.',
        'Die gelieferte Skizze ist für den Bauantrag völlig unbrauchbar.',
        'Euer hoffnungslos veraltetes Kassensystem bremst alles aus.',
        // Context, with the harsh probe set.
        'Eure lausige Hotline hat uns zwei Tage hängen lassen.',
        'Ihre Zahlen taugen nichts.',
        'Ihre alte Fassung war schon schlampig, die neue auch.',
        'Danke für den Entwurf. Die Erläuterungen sind allerdings unleserlich und überfrachtet.',
        'Euer Honorar ist maßlos überzogen.',
        'Zur Broschüre: Die Texte sind hölzern und die Bilder unscharf.',
        // Work named in the clause, no one claiming it; a curt verdict on its own; phrases attached to the work.
        'Die Beschriftung der Schaltpläne ist unbrauchbar.',
        'Völlig inakzeptabel.',
        'Das Aufmaß von letzter Woche ist Murks.',
        'Die Betreuung meiner Mutter war unwürdig.',
        'Das Gutachten ist unbrauchbar.',
        'Die Visualisierungen wirken billig.',
        'Der Prospekt ist schlecht recherchiert.',
        'Deine Tabelle ist hinten und vorne falsch.',
        'Wir können mit diesem Stückwerk nichts anfangen.',
        'Dass Sie zweimal nicht erschienen sind, finde ich respektlos.',
        'Die Wartezeiten Ihrer Hotline sind eine Zumutung.',
        'Eure Kalkulation ist reine Fantasie.',
        'Das Protokoll ist frei erfunden.',
        'Das Nachtragsangebot ist jenseits von Gut und Böse.',
      ],
      quiet: [
        'Die alte Software war Murks, die neue läuft prima.',
        'Das war ja ein furchtbarer Tag für Sie, erholen Sie sich gut.',
        'Oje, das muss schrecklich gewesen sein.',
        'Unser erster Entwurf war noch unausgegoren.',
        'Das Wetter war katastrophal.',
        'Das ist ja furchtbar, gute Besserung!',
        'Das ist keineswegs unprofessionell.',
        'Ist das Konzept noch unausgegoren?',
        'Falls die Pläne unbrauchbar sind, melden Sie sich bitte.',
        'Laut Gutachten ist die Dämmung des Nachbarhauses mangelhaft.',
        'Der Stau auf der A8 war eine Katastrophe.',
        'Die alte Heizung ist veraltet.',
        'Ihr Entwurf ist nicht schlecht, sogar richtig gut.',
        'Das wäre unprofessionell von uns, deshalb prüfen wir alles doppelt.',
        'Mir ist ein peinlicher Fehler unterlaufen, bitte entschuldigen Sie.',
        'Ich fand die Anreise chaotisch, aber das Treffen war schön.',
        'Wir haben Ihnen leider eine fehlerhafte Rechnung geschickt.',
        'Ihr Entwurf ist weder schlampig noch unvollständig.',
        'Der Aufpreis ist lächerlich gering.',
        'Mit einer seriösen Prognose rechnen wir im Mai.',
        'Die unterirdische Garage ist ab Montag geöffnet.',
        'Ihr Konzept ist alles andere als unausgegoren.',
        'Sie fanden unseren Entwurf unausgegoren – das nehmen wir ernst.',
        'Entschuldigen Sie das Durcheinander in meiner letzten Mail.',
        'Danke für Ihre Geduld. Die Situation auf der Baustelle ist gerade chaotisch.',
        'Die letzte Arbeitswoche war chaotisch, jetzt wird es ruhiger.',
        // Moved from the phrase data.
        'Das ist leider nicht machbar, aber wir finden eine Alternative.',
        'Diese Verzögerung ist ärgerlich für uns beide.',
        'Ihr Team ist sehr kompetent, danke für die Unterstützung.',
        'Die Fugen müssen an zwei Stellen nachgebessert werden.',
        'Die Kommunikation hat in den letzten Wochen nicht gut funktioniert.',
        'Der Entwurf wirkt noch nicht ganz ausgereift.',
        'Das ist mir sehr peinlich, bitte entschuldigen Sie.',
        'Ich möchte nicht unhöflich sein und frage deshalb vorher.',
        'Ihre Arbeit war wirklich gut, vielen Dank.',
        'Das war gute Arbeit, danke.',
        'Die Umsetzung war ein voller Erfolg.',
        'Die Ablage im Keller ist ein einziger Ordner.',
        'Die gelieferte Skizze ist für den Bauantrag völlig ausreichend.',
        'Unser hoffnungslos veraltetes Kassensystem bremst alles aus.',
        // The writer's own slip, "Sie" as her, makers outside the exchange.
        'Das war nachlässig von mir, entschuldigen Sie.',
        'Sie war nach dem Sturz in einem miserablen Zustand.',
        'Die Software des Herstellers ist unbrauchbar, wir wechseln.',
        'Anbei unsere zweite Fassung. Die erste Übersetzung war unbrauchbar.',
        'Die Renovierung war anstrengend und chaotisch, aber das Ergebnis ist wunderschön.',
        'Die Beratung bei der Konkurrenz war katastrophal, umso froher sind wir jetzt.',
        // The reader's illness or grief: sympathy, not a verdict.
        'Ihre Erkrankung im Frühjahr war sicher furchtbar, gute Besserung weiterhin.',
        'Die Nachricht von deiner Operation am Knie ist schrecklich, ich denke an dich.',
        'Ihr Sturz letzte Woche war sicher schlimm, wir verschieben gern.',
        'Der plötzliche Tod Ihres Bruders ist furchtbar, wir denken an Sie.',
      ],
    },
    { language: 'de' },
  );
});

describe('verdicts in English', () => {
  examples(
    'harsh',
    {
      flags: [
        'Your draft is sloppy.',
        // The writer's regret frames the judge; the brochure is still the reader's.
        "Thanks for the brochure draft. I'm afraid it's incoherent in places.",
        'This is not fit for purpose.',
        // The copula's contraction carries the "not": "isn't fit for purpose", "aren't up to scratch".
        "Honestly, the cabinets you fitted aren't up to scratch.",
        "Your revised budget isn't fit for purpose.",
        'What you sent is a mess.',
        'Your proposal is half-baked and unrealistic.',
        'The figures you sent are riddled with errors.',
        "Frankly, your team's work was amateurish.",
        "That's a complete disaster.",
        'Your slides look cheap.',
        'I find your report muddled and incoherent.',
        'The copy you wrote is bland, generic and forgettable.',
        "It's simply not good enough.",
        "Your contractor's wiring is shoddy.",
        'You have been careless with our documents.',
        'Your spreadsheet is anything but usable.',
        'This is an embarrassment for everyone involved.',
        'Your website is hopelessly outdated.',
        'The drawings you supplied are, quite honestly, a shambles.',
        // Moved from the phrase data (lib/analysis/phrases/en/harsh.ts).
        'This delay is unacceptable.',
        'This level of incompetence is hard to believe.',
        'Your report is completely useless.',
        'The finish on the cabinets is shoddy.',
        'The handover was a total shambles.',
        'Simply embarrassing that the brochure still has typos.',
        // Context, with the harsh probe set.
        'Your excuse is laughable.',
        "I can't forward your shoddy summary to the board.",
        'Such a mess!',
        'Your turnaround time is absolutely unacceptable.',
        'Thanks for the deck. The slides are cluttered and hard to read, though.',
        'Your fee is wildly inflated.',
        'About the brochure: the copy is stilted and the images are muddy.',
        // Work named in the clause, no one claiming it; a curt verdict on its own; phrases attached to the work.
        'The signage on the stands is sloppy.',
        'Not acceptable.',
        'The valuation of our cottage is laughable.',
        'The way my father was treated on the ward was disrespectful.',
        'The service we received from your office was appalling.',
        'The report is badly researched.',
        'I have never seen such shoddy wiring.',
        "What a shambles yesterday's handover was.",
        'Your crew cut corners on the wiring.',
        'The decking you laid is a cowboy job.',
        'The cabinets are shoddily built.',
        'These minutes are a complete fabrication.',
        'We expected better than this half-hearted effort.',
        'The fit-out is nowhere near the standard we agreed.',
        // The tone of the reader's text judged: mild alone, a verdict intensified or hostile.
        'Your reply to the tenants is really aggressive.',
        'The note your office sent was hostile.',
      ],
      quiet: [
        'The previous owner left the garden a complete mess.',
        'What an awful week for you, take it easy.',
        'Our printer is junk.',
        'Thanks for the tip. The motorway was chaotic and hard to navigate.',
        'About our brochure: the copy is stilted and the images are muddy, sorry.',
        'Our first draft was still half-baked.',
        'The traffic was a disaster this morning.',
        "What a terrible week you've had.",
        "That's awful, I hope you feel better soon.",
        'Your draft is not sloppy at all.',
        "The forecast isn't good enough for a launch on Saturday, so we'll wait.",
        'Not bad at all, given the short notice.',
        'Is the layout too messy?',
        'If the file is unusable, please tell me.',
        "According to the inspector, the neighbour's roof is shoddy.",
        'The old boiler is inefficient.',
        'That would be a disaster for the schedule, so we planned a buffer.',
        'We made a mess of the invoice, sorry.',
        'The weather in Leeds was dreadful.',
        'Your team is far from incompetent.',
        'The price is ridiculously low for this quality.',
        'Our disaster recovery plan is attached.',
        'Thanks for the quick fix, the new layout is not confusing any more.',
        'You said our draft was sloppy, and you were right.',
        'Sorry for the mess in my last email.',
        'Thank you for your help. The old system was a mess, and you fixed it.',
        "That's a terrible shame, I was looking forward to meeting you.",
        // Moved from the phrase data.
        'This delay is a problem for both of us.',
        'This level of detail is hard to find.',
        "I'm sorry your flight was awful, I hope you can rest now.",
        'The finish on the cabinets needs a second coat.',
        'The handover went well, and the keys are with you.',
        'It was a little embarrassing that I sent the wrong file, sorry.',
        // The writer's own slip, makers outside the exchange, the writer's own report.
        'That was careless of me, apologies.',
        'The firmware from the manufacturer is useless, so we are switching.',
        'I have attached our revised plan. The first version was sloppy.',
        "I've never seen such a tidy site.",
        'What a week! First the storm, then the flu. It was chaotic, but we made it.',
        'I have been sloppy with the figures, sorry.',
        'The old farmhouse is poorly insulated.',
        'The advice we got from the previous firm was terrible.',
        'Our steel fabrication is done in Leeds.',
        // The reader's illness or grief: sympathy, not a verdict.
        'Your surgery last week sounds awful, take all the time you need.',
        'Your bereavement must be terrible, we can move the meeting.',
        'The sudden death of your partner is terrible news, please take all the time you need.',
        // "Aggressive" of a plan or price is ambition, not a verdict.
        'The timeline you proposed is aggressive but doable.',
        'Our pricing is aggressive this year.',
      ],
    },
    { language: 'en' },
  );
});

describe('what a verdict underlines', () => {
  it('the statement with its short subject, the cue on the verdict words', () => {
    const text = 'Danke für die Unterlagen. Ihre Kalkulation ist, mit Verlaub, ein einziges Durcheinander.';
    const [found] = verdicts(text, 'de');
    expect(found && text.slice(found.start, found.end)).toBe(
      'Ihre Kalkulation ist, mit Verlaub, ein einziges Durcheinander',
    );
    expect(found?.cue && text.slice(found.cue.start, found.cue.end)).toBe('Durcheinander');
    expect(found?.ruleId).toBe('de/harsh/verdict-durcheinander');
  });

  it('only the predicate after a long subject', () => {
    const text = 'The spreadsheet your new assistant put together last Friday is a jumble of broken formulas.';
    const [found] = verdicts(text, 'en');
    expect(found && text.slice(found.start, found.end)).toBe('is a jumble of broken formulas');
  });

  it('a list of verdicts as one finding, from the first to the last', () => {
    const text = 'Deine Texte sind langatmig, voller Floskeln und völlig unbrauchbar.';
    const found = verdicts(text, 'de');
    expect(found.map((f) => text.slice(f.start, f.end))).toEqual([
      'Deine Texte sind langatmig, voller Floskeln und völlig unbrauchbar',
    ]);
  });

  it('a noun that is no predicate: its own phrase', () => {
    const text = 'Mit solchem Flickwerk kommen wir bei der Bank nicht weit.';
    const [found] = verdicts(text, 'de');
    expect(found && text.slice(found.start, found.end)).toBe('Mit solchem Flickwerk');
  });

  it('not the next statement joined on with "und"', () => {
    const text = 'Euer Farbschema wirkt billig und die Buttons sind zu klein.';
    const [found] = verdicts(text, 'de');
    expect(found && text.slice(found.start, found.end)).toBe('Euer Farbschema wirkt billig');
  });

  it('the second predicate joined on with "und"/"and" without a subject of its own', () => {
    const de = 'Euer Farbschema wirkt billig und passt überhaupt nicht zur Marke.';
    const [found] = verdicts(de, 'de');
    expect(found && de.slice(found.start, found.end)).toBe(de.slice(0, -1));
    const en = 'Your scaffold is a shambles and frankly unsafe to climb.';
    const [g] = verdicts(en, 'en');
    expect(g && en.slice(g.start, g.end)).toBe(en.slice(0, -1));
  });

  it('an adjective before its noun as subject or object: the noun phrase with its preposition', () => {
    const text = 'Mit Ihrem schlampigen Aufmaß können wir die Treppe nicht bestellen.';
    const [f] = verdicts(text, 'de');
    expect(text.slice(f?.start, f?.end)).toBe('Mit Ihrem schlampigen Aufmaß');
    const en = 'We cannot forward your sloppy summary to the board.';
    const [g] = verdicts(en, 'en');
    expect(en.slice(g?.start, g?.end)).toBe('your sloppy summary');
  });

  it('names phrases by their words in the rule id', () => {
    expect(slug('@wirken (sehr|ziemlich) billig')).toBe('wirken-billig');
    expect(slug('not fit for|to')).toBe('not-fit-for');
    expect(slug('Stückwerk')).toBe('stückwerk');
    expect(verdicts('This is not fit for purpose.', 'en')[0]?.ruleId).toBe('en/harsh/verdict-not-fit-for');
  });
});

describe('degree and target', () => {
  it('degree 1 never alone; 2 needs the reader or a pointer; 3 nearly anyone but the writer', () => {
    expect(judges(1, 'reader', 'reader')).toBe(false);
    expect(judges(2, 'reader', null)).toBe(true);
    expect(judges(2, 'pointer', null)).toBe(true);
    expect(judges(2, 'pointer', 'self')).toBe(false);
    expect(judges(2, 'other', null)).toBe(false);
    expect(judges(2, 'other', null, true)).toBe(true);
    expect(judges(2, 'other', 'self', true)).toBe(false);
    expect(judges(2, 'other', 'reader')).toBe(false);
    expect(judges(2, 'other', 'reader', true)).toBe(true);
    expect(judges(2, 'other', 'readerWork')).toBe(true);
    expect(judges(3, 'other', null)).toBe(true);
    expect(judges(3, 'self', null)).toBe(false);
    expect(judges(3, 'external', 'reader')).toBe(false);
  });

  it('an intensifier raises a mild word to a verdict, a softener lowers one', () => {
    expect(verdicts('Ihre Website ist veraltet.', 'de')).toEqual([]);
    expect(verdicts('Ihre Website ist völlig veraltet.', 'de')).toHaveLength(1);
    expect(verdicts('Your summary is a bit vague.', 'en')).toEqual([]);
    expect(verdicts('Your summary is sloppy.', 'en')).toHaveLength(1);
    expect(verdicts('Your summary is slightly sloppy.', 'en')).toEqual([]);
  });

  it('two mild words in one list make a clear verdict about the reader', () => {
    expect(verdicts('Ihr Bericht ist langatmig.', 'de')).toEqual([]);
    expect(verdicts('Ihr Bericht ist langatmig und schwammig.', 'de')).toHaveLength(1);
  });

  it('a pointer back at the writer’s own work is the writer’s', () => {
    const text = 'Anbei unser erster Entwurf für das Foyer. Das ist noch etwas chaotisch, wir feilen daran.';
    expect(verdicts(text, 'de')).toEqual([]);
  });

  it('in a German relative clause the writer who judges stands before the verb at its end', () => {
    expect(verdicts('Ihr Bauleiter hat uns die Schuld gegeben, was ich unverschämt finde.', 'de')).toHaveLength(1);
    expect(verdicts('Ich habe mich im Datum vertan, was ich wirklich peinlich finde.', 'de')).toEqual([]);
  });

  it('the reader’s work named in the sentence before makes "the …" theirs', () => {
    const text = 'Thanks for the survey your team ran. The projections are wishful thinking.';
    expect(verdicts(text, 'en')).toHaveLength(1);
    expect(verdicts('The projections are wishful thinking.', 'en')).toEqual([]);
  });
});

describe('verdict lexicon data', () => {
  const kinds = ['adjectives', 'nouns', 'phrases', 'deniedPraise'] as const;

  it.each(['de', 'en'] as const)('%s has at least 400 verdict lemmas, each with a degree of 1 to 3', (language) => {
    const { lexicon } = LEXICONS[language];
    const verdictLemmas =
      Object.keys(lexicon.adjectives).length + Object.keys(lexicon.nouns).length + Object.keys(lexicon.phrases).length;
    expect(verdictLemmas).toBeGreaterThanOrEqual(400);
    for (const kind of kinds) {
      for (const [lemma, degree] of Object.entries(lexicon[kind])) {
        expect([1, 2, 3] as Degree[], `${language} ${kind} ${lemma}`).toContain(degree);
        expect(lemma.trim(), `${language} ${kind}`).toBe(lemma);
      }
    }
    for (const degree of [1, 2, 3]) {
      expect(
        Object.values(lexicon.adjectives).filter((d) => d === degree).length,
        `${language} adjectives of degree ${degree}`,
      ).toBeGreaterThan(20);
    }
  });

  it.each(['de', 'en'] as const)('%s: no lemma twice across kinds, phrases compile', (language) => {
    const { lexicon } = LEXICONS[language];
    const all = kinds.flatMap((kind) => Object.keys(lexicon[kind]).map((l) => l.toLowerCase()));
    expect(all.filter((l, i) => all.indexOf(l) !== i)).toEqual([]);
    for (const phrase of Object.keys(lexicon.phrases))
      expect(() => compilePattern(phrase, language), phrase).not.toThrow();
    const known = new Set(all);
    for (const word of lexicon.predicateOnly) expect(known.has(word.toLowerCase()), word).toBe(true);
  });

  it('finds inflected forms of its lemmas', () => {
    for (const text of [
      'Ihre unbrauchbaren Pläne liegen vor.',
      'Eure stümperhafte Arbeit kostet uns Zeit.',
      'Deine dilettantischste Idee bisher.',
    ])
      expect(verdicts(text, 'de'), text).toHaveLength(1);
    expect(verdicts('You wrote it sloppily.', 'en')).toHaveLength(1);
  });
});
