import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

const hedged = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.ruleId === 'hedge-density')
    .map((f) => text.slice(f.start, f.end));

/** All hedging findings, whichever rule's range won. */
const hedging = (text: string) =>
  analyze(text)
    .findings.filter((f) => f.category === 'hedging')
    .map((f) => text.slice(f.start, f.end));

describe('hedge density', () => {
  examples('hedging', {
    flags: [
      'Die Zufahrt ist für den Kran eigentlich eher schmal.',
      'Der Zeitplan wäre vermutlich ein bisschen knapp.',
      'Beim Dachstuhl gibt es möglicherweise ein kleines Problem.',
      'Die Kosten sind tendenziell etwas höher, glaube ich.',
      'Die Wand ist irgendwie vielleicht nicht ganz gerade.',
      'Wir haben uns gefragt, ob man das vielleicht eventuell anders lösen könnte.',
      'The kitchen plan is maybe a bit too tight for a table.',
      'Our team was sort of wondering whether the invoice could possibly wait.',
      'There might possibly be a minor issue with the drainage.',
      "It's probably not quite enough for the council, I suppose.",
      'Perhaps the colours are somewhat dark for a nursery.',
      "I'm not entirely sure the deposit is maybe the right amount.",
    ],
    quiet: [
      'Vielleicht sehen wir uns am Samstag auf dem Markt.',
      'Die Lieferung kommt vermutlich am Montag.',
      'Das wäre schön, danke für die Einladung.',
      'Eigentlich wollten wir grillen, jetzt regnet es.',
      'Könnten Sie mir die Pläne bis Freitag schicken?',
      'Der Entwurf gefällt uns sehr, die Küche ist ganz hell geworden.',
      'Maybe we can grab a coffee after the site visit.',
      'The tiles will probably arrive on Tuesday.',
      'Could you send the signed form by Friday?',
      'I think the new layout works really well.',
      'Thanks so much, that would be lovely.',
      'Just a quick note to say the keys are with the neighbour.',
      // Differences measured, not a point blurred.
      'The 2019 vintage is slightly heavier and a touch warmer than the one you tasted.',
      'Die neue Vorlage ist etwas schmaler und ein bisschen heller als die alte.',
    ],
  });

  it('marks the cluster, not the sentence, when a few hedges sit together', () => {
    expect(hedged('Die Kosten für das Gerüst liegen eigentlich eher im oberen Bereich unserer Schätzung.')).toEqual([
      'Die Kosten für das Gerüst liegen eigentlich eher im oberen Bereich unserer Schätzung',
    ]);
    expect(hedged('Der Termin am Dienstag ist knapp, wir sind eigentlich eher skeptisch.')).toEqual([
      'wir sind eigentlich eher skeptisch',
    ]);
  });

  it('leaves a lead-in without hedges out of a soaked sentence', () => {
    expect(hedged('Zum Dachfenster: Das wäre eigentlich eher etwas schwierig, glaube ich.')).toEqual([
      'Das wäre eigentlich eher etwas schwierig, glaube ich',
    ]);
  });

  it('marks the clusters, not the whole, of a long sentence that carries a message with hedges in it', () => {
    const text =
      'Nach dem Probelauf am Dienstag haben wir festgestellt, dass die Pumpe im Keller möglicherweise etwas zu klein ausgelegt ist, was wir eventuell noch mit dem Hersteller besprechen, und dass der Anschluss an die Zisterne vermutlich eher erst nach dem Einbau der neuen Steuerung im Frühjahr sinnvoll funktioniert.';
    // Lone "möglicherweise" and "eventuell" are politeness; the clause with "vermutlich eher" is the hedge.
    expect(hedged(text)).toEqual([
      'dass der Anschluss an die Zisterne vermutlich eher erst nach dem Einbau der neuen Steuerung im Frühjahr sinnvoll funktioniert',
    ]);
  });

  // [why, sentence, the hedge-density findings it must get]
  const cases: Array<[string, string, string[]]> = [
    [
      'an ask blurred by two hedges far apart is one finding',
      'Hätten Sie eventuell die Gelegenheit, mir das Gutachten vielleicht noch einmal als PDF zu senden?',
      ['Hätten Sie eventuell die Gelegenheit, mir das Gutachten vielleicht noch einmal als PDF zu senden'],
    ],
    [
      'an ask blurred by two hedges far apart is one finding (en)',
      'Would you perhaps be able to forward the survey to our office when you have a moment?',
      ['Would you perhaps be able to forward the survey to our office when you have a moment'],
    ],
    ['one softener is a polite ask', 'Könnten Sie mir das Gutachten vielleicht bis Freitag als PDF senden?', []],
    ['one softener is a polite ask (en)', 'Could you perhaps forward the survey to our office by Friday?', []],
    [
      'one softener beside a time is a polite ask',
      'Hätten Sie am Dienstag Zeit, vielleicht gegen zehn Uhr im Büro?',
      [],
    ],
    [
      'a tag is no clause of its own',
      'Die Fassade wirkt eigentlich eher etwas dunkel, vermutlich.',
      ['Die Fassade wirkt eigentlich eher etwas dunkel, vermutlich'],
    ],
    [
      'a soaked clause takes in its zu-infinitive',
      'Es wäre eigentlich eher ein bisschen klüger, die Lohnsteuer künftig quartalsweise anzumelden.',
      ['Es wäre eigentlich eher ein bisschen klüger, die Lohnsteuer künftig quartalsweise anzumelden'],
    ],
    [
      'a soaked clause takes in its dass-clause',
      'Es sieht eigentlich eher ein bisschen danach aus, dass die Fenster erst im Mai kommen.',
      ['Es sieht eigentlich eher ein bisschen danach aus, dass die Fenster erst im Mai kommen'],
    ],
    [
      'a clause of its own after the hedge stays out',
      'Das ist eigentlich eher knapp, wir versuchen es trotzdem.',
      ['Das ist eigentlich eher knapp'],
    ],
  ];
  it.each(cases)('%s', (_, text, expected) => {
    expect(hedged(text)).toEqual(expected);
  });

  it('leaves out an edge clause of a soaked sentence that holds one lone hedge', () => {
    expect(
      hedging('Der Gutachter war ja vielleicht nicht vor Ort, deshalb wäre das irgendwie ein bisschen riskant.'),
    ).toEqual(['deshalb wäre das irgendwie ein bisschen riskant']);
  });

  it('marks the clusters of a very long sentence, not the whole, even when it is thick with hedges', () => {
    const text =
      'Beim Umzug der Telefonanlage kam es Samstag eventuell zu ein paar kleineren Störungen bei den Weiterleitungen, welche wir inzwischen eigentlich größtenteils behoben haben, sodass jetzt nur noch zwei Apparate im Lager hin und wieder vermutlich eher kurz ausfallen.';
    expect(hedged(text)).toEqual([
      'eventuell zu ein paar kleineren Störungen',
      'eigentlich größtenteils',
      'vermutlich eher',
    ]);
  });

  it('marks a sentence soaked in hedges as a whole and quotes its hedges', () => {
    const text = 'We were sort of hoping you might possibly have a bit more time, perhaps.';
    const [finding] = analyze(text).findings.filter((f) => f.ruleId === 'hedge-density');
    expect(text.slice(finding?.start, finding?.end)).toBe(text.slice(0, -1));
    expect(finding?.message).toContain('sort of');
  });
});
