import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { apply } from '../apply';
import { examples } from './examples';

describe('but-after-praise', () => {
  examples('but-after-praise', {
    flags: [
      'Die Fotos sind gründlich bearbeitet, andererseits fehlen die Bildrechte.',
      'Tolle Skizzen, nur passt der Maßstab nicht.',
      'Das Angebot ist solide, der Zeitplan ist allerdings viel zu knapp.',
      'Du warst pünktlich, die Abrechnung war aber fehlerhaft.',
      'The survey is thorough, the only thing is that the roof is missing.',
      'The slides are polished, my only concern is the missing budget.',
      'The tiling went well, nevertheless the grout is already cracking.',
      'Lovely garden plan, just one thing: the pond is in the wrong place.',
      'Danke, aber das reicht nicht.',
      'Vielen Dank für den Entwurf, aber die Farben passen nicht.',
      'Thanks, but this is not what we agreed.',
      'Great work on the plan, but the budget is off.',
      'Danke für die schnelle Antwort, jedoch fehlt die Anlage.',
      'Vielen Dank für die Skizze, wobei die Küche noch fehlt.',
      'Thanks for the drafts, that said, the roof detail is missing.',
      'Danke für die Pläne, nur fehlen leider die Maße der Küche.',
      'Ihr Monteur war pünktlich vor Ort, hat aber die Dichtungen vergessen.',
    ],
    quiet: [
      'Lovely garden plan, just one thing: could you send it as a PDF?',
      'Die Fotos sind gründlich bearbeitet, die Rechnung schicke ich aber morgen.',
      'The tiling went well, still on for Friday?',
      'Wir sind zufrieden, nur die Schlussrechnung kommt noch.',
      'Danke, und einen schönen Abend!',
      'Thanks, and have a lovely weekend.',
      'Aber gern, danke für die Nachricht.',
      'Er sagte: „Danke, aber nein.“',
      // The writer's report on their own side: nothing of the reader's is praised.
      'Unser Monteur war pünktlich vor Ort, kam aber nicht ins Haus.',
      'Our driver was on time, but the gate was locked.',
      // A status report, not praise taken back.
      'Im Garten ist alles gut, nur der Zaun wird erst nächste Woche gesetzt.',
      // What is still to come after "nur" is a note, not a flaw.
      'Sieht alles prima aus, nur der Stempel vom Bauamt fehlt noch.',
      // A wish or a likelihood, not praise given.
      'Ein Wintermantel für den Ausflug wäre schön, muss aber nicht sein.',
      'Gut möglich, dass der Fleck harmlos ist, aber ein Blick vom Fachmann schadet nicht.',
      'It would be great to have the sketches, but there is no rush at all.',
    ],
  });

  it('lets the thanks stand: full stop or "und", grammatical in place', () => {
    const text = 'Danke für die Pläne, aber ich brauche noch die Schnitte.';
    const finding = analyze(text).findings.find((f) => f.category === 'but-after-praise');
    expect(finding?.suggestions.map((s) => apply(text, finding, s))).toEqual([
      'Danke für die Pläne. Ich brauche noch die Schnitte.',
      'Danke für die Pläne, und ich brauche noch die Schnitte.',
    ]);
  });

  it('gives advice only where the conjunction moves the verb ("jedoch")', () => {
    const finding = analyze('Danke für die Antwort, jedoch fehlt die Anlage.').findings.find(
      (f) => f.category === 'but-after-praise',
    );
    expect(finding?.suggestions).toEqual([]);
  });

  it('reads good news denied after the turn as disappointment, good news as good', () => {
    const takesBack = (text: string) => analyze(text).findings.some((f) => f.category === 'but-after-praise');
    expect(takesBack('Thanks for the survey, but I am not happy with the drainage section.')).toBe(true);
    expect(takesBack('Thanks for the survey. However, we are not pleased with the drainage section.')).toBe(true);
    expect(
      takesBack('Danke für das Gutachten. Allerdings sind wir mit dem Abschnitt zur Drainage nicht zufrieden.'),
    ).toBe(true);
    expect(takesBack('Thanks for the survey, but no worries, the drainage can wait.')).toBe(false);
    expect(takesBack('Danke für das Gutachten, aber keine Sorge, die Drainage hat Zeit.')).toBe(false);
  });
});
