import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

describe('missing-appreciation', () => {
  examples('missing-appreciation', {
    flags: [
      'Hallo Herr Weber,\n\nwie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt. Das ist inakzeptabel.',
      'Hi Tom,\n\nas I already said, you never send the files on time. This is unacceptable.',
    ],
    quiet: [
      'Hallo Herr Weber,\n\nvielen Dank für Ihre Geduld. Wie bereits erwähnt, fehlen noch die Unterlagen. Das ist inakzeptabel.',
      'Hallo Herr Weber,\n\ndie Unterlagen fehlen noch. Können Sie sie bis Freitag schicken?',
    ],
  });

  it('points at the greeting line and offers no rewrite', () => {
    const text = 'Hi Tom,\n\nas I already said, you never send the files on time. This is unacceptable.';
    const finding = analyze(text).findings.find((f) => f.category === 'missing-appreciation');
    expect(text.slice(finding?.start, finding?.end)).toBe('Hi Tom,');
    expect(finding?.suggestions).toEqual([]);
  });
});
