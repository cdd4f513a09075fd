import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

describe('shouting', () => {
  examples('shouting', {
    flags: [
      'Ich brauche die Unterlagen HEUTE noch.',
      'Das war NICHT vereinbart!!!',
      'Wo bleibt die Rechnung???',
      'Please send it NOW.',
      'This is ABSOLUTELY unacceptable to us.',
      'Was soll das?!',
    ],
    quiet: [
      'Die DSGVO verlangt eine Auftragsverarbeitung.',
      'Bitte schicken Sie mir das PDF und die AGB.',
      'Our CEO will join the call on Monday.',
      'Thanks for the update!',
      'WICHTIG',
      'Er schrieb: „Das ist NICHT okay!!!“',
    ],
  });

  it('offers a calmer mark and lower case that fits the sentence', () => {
    const text = 'Das war NICHT vereinbart!!!';
    const [caps, marks] = analyze(text).findings.filter((f) => f.category === 'shouting');
    expect(caps?.suggestions).toEqual(['nicht']);
    expect(marks?.suggestions).toEqual(['!', '.']);
  });

  it('gives advice only for German capitals that may be nouns', () => {
    const finding = analyze('Bitte beachten Sie die FRISTEN genau.').findings.find((f) => f.category === 'shouting');
    expect(finding?.suggestions).toEqual([]);
  });
});
