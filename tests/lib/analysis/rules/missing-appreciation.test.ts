import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examine } from '../../../../lib/analysis/engine';
import { warmthOf } from '../../../../lib/analysis/rules/appreciation';
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

  it('asks for appreciation beside one strain on the relationship, not beside a vague or long draft', () => {
    const strained = 'Hallo Frau Ott,\n\nSie melden sich ständig erst in letzter Minute.\n\nGrüße';
    const vague = 'Hallo Frau Ott,\n\nvielleicht könnte man eventuell irgendwann über die Fenster reden.\n\nGrüße';
    const has = (text: string) => analyze(text).findings.some((f) => f.category === 'missing-appreciation');
    expect(has(strained)).toBe(true);
    expect(has(vague)).toBe(false);
  });

  it('does not count ironic thanks as appreciation', () => {
    const has = (text: string) => analyze(text).findings.some((f) => f.category === 'missing-appreciation');
    const ironic = 'Hallo Herr Brandt,\n\ndanke auch, dass die Statik mal wieder erst nach drei Wochen kommt.\n\nGrüße';
    const sincere =
      'Hallo Herr Brandt,\n\nich danke Ihnen für die Statik. Sie melden sich ständig erst in letzter Minute.\n\nGrüße';
    expect(analyze(ironic).findings.some((f) => f.category === 'sarcasm')).toBe(true);
    expect(has(ironic)).toBe(true);
    expect(has(sincere)).toBe(false);
  });

  it('points at the greeting line and offers no rewrite', () => {
    const text = 'Hi Tom,\n\nas I already said, you never send the files on time. This is unacceptable.';
    const finding = analyze(text).findings.find((f) => f.category === 'missing-appreciation');
    expect(text.slice(finding?.start, finding?.end)).toBe('Hi Tom,');
    expect(finding?.suggestions).toEqual([]);
  });

  // Issue 11: a warm wish or closing is appreciation too.
  const TENSE = {
    de: 'Hallo Herr Weber,\n\nwie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt. Das ist inakzeptabel.',
    en: 'Hi Tom,\n\nas I already said, you never send the files on time. This is unacceptable.',
  };
  it.each([
    ['de', 'Gute Besserung!'],
    ['de', 'Alles Gute für den Umzug!'],
    ['de', 'Schönes Wochenende!'],
    ['de', 'Viel Erfolg morgen bei der Präsentation!'],
    ['de', 'Ich wünsche Ihnen trotzdem einen guten Start in die Woche.'],
    ['de', 'Erholen Sie sich gut im Urlaub.'],
    ['en', 'Best of luck with the move!'],
    ['en', 'Enjoy your holiday!'],
    ['en', 'Have a lovely weekend.'],
    ['en', 'Get well soon.'],
    ['en', 'Congratulations on the new office, by the way.'],
  ] as const)('counts the warm closing in %s: %j', (lang, closing) => {
    const text = `${TENSE[lang]} ${closing}`;
    expect(analyze(TENSE[lang]).findings.map((f) => f.category)).toContain('missing-appreciation');
    expect(analyze(text).findings.map((f) => f.category)).not.toContain('missing-appreciation');
  });

  it.each([
    ['de', 'Das sind alles gute Gründe für eine Pause.'],
    ['de', 'Viel Erfolg hatten wir mit dem alten Plan nicht.'],
    ['en', 'We did not enjoy the delays.'],
    ['en', 'All the best parts of the old plan are gone.'],
  ] as const)('does not hear a wish in %s: %j', (lang, sentence) => {
    expect(analyze(`${TENSE[lang]} ${sentence}`).findings.map((f) => f.category)).toContain('missing-appreciation');
  });

  it('reads a clause-final German "nicht" as denying the acknowledgement ("Ich verstehe … nicht, warum")', () => {
    const categories = (text: string) => analyze(text).findings.map((f) => f.category);
    const base = 'Hallo Herr Brandt,\n\nIhre Unterlagen sind schon wieder nicht rechtzeitig gekommen.';
    expect(categories(`${base} Ich verstehe ehrlich gesagt nicht, warum das so lange dauert.`)).toContain(
      'missing-appreciation',
    );
    // Acknowledged in earnest, the same words silence it.
    expect(categories(`${base} Ich verstehe gut, dass Ihr Büro gerade viel zu tun hat.`)).not.toContain(
      'missing-appreciation',
    );
  });

  it('counts one appreciative span once (thanks, thanks and please never twice)', () => {
    const cues = (text: string) => warmthOf(examine(text).doc).cues;
    const base = 'Hi Tom,\n\nyou never send the files on time.';
    expect(cues(`${base} Thanks.`)).toBe(cues(`${base} Thank you.`));
    expect(cues(`${base} I appreciate it.`)).toBe(cues(`${base} I see it, thank you.`));
    const de = 'Hallo Herr Weber,\n\nSie haben die Unterlagen schon wieder nicht geschickt.';
    expect(cues(`${de} Gerne helfe ich.`)).toBe(cues(`${de} Danke, ich helfe.`));
  });
  // A warm word inside the reproach is no warmth: "gern" in a condescending offer, "appreciate" in a demand.
  it.each([
    [
      'de',
      'Hallo Frau Roth,\n\nich erkläre Ihnen das gern zum vierten Mal: Ohne Unterschrift können wir nichts einreichen.',
    ],
    [
      'de',
      'Hallo Herr Nagel,\n\ndie Belege fehlen noch. Ich sage es Ihnen gern ein viertes Mal: ohne Belege keine Erklärung.',
    ],
    ['en', 'Hi Jo,\n\nI am happy to explain it a fourth time: without a signature we cannot file anything.'],
    [
      'en',
      'Dear Sam,\n\nI have moved my calendar three times for you. I hope you appreciate what that costs me, and I expect more commitment.',
    ],
  ] as const)('finds no warmth in a warm word inside a cold finding (%s): %j', (_lang, text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('missing-appreciation');
  });

  it.each([
    [
      'de',
      'Hallo Frau Roth,\n\ndie Unterlagen kamen schon wieder zu spät. Ihre Geduld mit uns schätze ich trotzdem sehr, das wollte ich gern einmal sagen.',
    ],
    ['en', 'Hi Jo,\n\nyou never send the files on time. I really valued how open you were on the phone, though.'],
    ['en', 'Dear Sam,\n\nyou always miss the deadline. We truly value working with you.'],
  ] as const)('still counts sincere warmth beside the reproach (%s): %j', (_lang, text) => {
    expect(analyze(text).findings.map((f) => f.category)).not.toContain('missing-appreciation');
  });

  // An offer of service or a polite request thanks no one: the coach still asks for appreciation.
  it.each([
    [
      'de',
      'Hallo Herr Kaya,\n\ndas habe ich Ihnen doch im Mai bereits gesagt: Die Dämmung reicht nicht. Gerne rechnen wir Ihnen die Nachbesserung aus.',
    ],
    [
      'de',
      'Hallo Frau Lenz,\n\nSie haben die Pläne schon wieder nicht freigegeben. Über die Details können wir gern sprechen.',
    ],
    [
      'de',
      'Hallo Frau Lenz,\n\nSie haben die Pläne schon wieder nicht freigegeben. Wir wären dankbar, wenn das bis Montag klappt.',
    ],
    [
      'en',
      'Hi Gus,\n\nas I told you in March, the drain was always going to block. I am happy to quote for clearing it.',
    ],
    ['en', 'Dear Ms Roe,\n\nyou never send the invoices on time. We would be grateful if they arrived by the 5th.'],
  ] as const)('counts no offer or request as appreciation (%s): %j', (_lang, text) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain('missing-appreciation');
  });

  it.each([
    [
      'de',
      'Hallo Frau Lenz,\n\nSie haben die Pläne schon wieder nicht freigegeben. Danke, dass Sie gestern so gern eingesprungen sind.',
    ],
    ['en', 'Hi Gus,\n\nyou never send the invoices on time. I was happy to hear the shop reopened, though.'],
    ['en', 'Dear Ms Roe,\n\nyou never send the invoices on time. I am grateful for your help with the move, though.'],
  ] as const)('still counts warmth beside an offer word (%s): %j', (_lang, text) => {
    expect(analyze(text).findings.map((f) => f.category)).not.toContain('missing-appreciation');
  });
});
