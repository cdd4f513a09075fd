// The contract of ../shared/design.md and the examples issue 3 names: each
// must be caught, in the right category, in both UI languages.
import { describe, expect, it, vi } from 'vitest';
import { analyze, CATEGORIES, type Category, type Language } from '../../../lib/analysis';
import { type Doc, viewSentence } from '../../../lib/analysis/document';
import { runRules } from '../../../lib/analysis/engine';
import { LONG_SENTENCE_WORDS } from '../../../lib/analysis/rules/long-sentence';
import { shouting } from '../../../lib/analysis/rules/shouting';
import type { Rule } from '../../../lib/analysis/rules/types';
import { segment } from '../../../lib/analysis/segment';

const MUST_CATCH: Array<[string, Category]> = [
  ['Wie bereits erwähnt, fehlt die Unterschrift.', 'being-right'],
  ['Sie haben schon wieder vergessen, die Pläne zu schicken.', 'blame'],
  ['Sie sind immer zu spät mit der Abgabe.', 'absolute'],
  ['Sie haben nie auf meine Fragen geantwortet.', 'absolute'],
  ['Sie müssen unbedingt bis Freitag unterschreiben.', 'pressure'],
  ['Eigentlich wollte ich nur mal fragen, wie es aussieht.', 'hedging'],
  ['Das ist offensichtlich ein Missverständnis.', 'dismissive'],
  ['Das ist falsch.', 'harsh'],
  ['Das war nicht vereinbart!!!', 'shouting'],
  ['Die Rechnung ist NICHT bezahlt.', 'shouting'],
  ['Danke, aber das reicht nicht.', 'but-after-praise'],
  ['Per my last email, the contract needs your signature.', 'being-right'],
  ['As I already said, the deadline is Friday.', 'being-right'],
  ['You never answer my calls.', 'absolute'],
  ['You have to sign this today.', 'pressure'],
  ['I just wanted to check if you saw my offer.', 'hedging'],
  ['This is obviously a misunderstanding.', 'dismissive'],
  ['No offense, but the design is dated.', 'harsh'],
];

describe('analyze', () => {
  it.each(MUST_CATCH)('catches %j as %s', (text, category) => {
    expect(analyze(text).findings.map((f) => f.category)).toContain(category);
  });

  it('catches a 45-word sentence in either language', () => {
    const de = `${Array.from({ length: 45 }, (_, i) => (i % 3 === 0 ? 'und' : 'Wort')).join(' ')}.`;
    expect(analyze(de, { language: 'de' }).findings.map((f) => f.category)).toContain('long-sentence');
    expect(LONG_SENTENCE_WORDS.de).toBeLessThan(45);
    expect(LONG_SENTENCE_WORDS.en).toBeLessThan(45);
  });

  it('leaves a 200-word status note without a request alone, and catches it once something is pending', () => {
    const sentence = 'Wir haben die Pläne mit dem Team durchgesehen und die Details notiert. ';
    const text = `Hallo Frau Schmidt,\n\n${sentence.repeat(17)}\n\nViele Grüße`;
    expect(analyze(text).stats.words).toBeGreaterThan(190);
    expect(analyze(text).findings.map((f) => f.category)).not.toContain('unclear-ask');
    const pending = text.replace('\n\nViele', ' Die Freigabe der Statik steht noch aus.\n\nViele');
    expect(analyze(pending).findings.map((f) => f.category)).toContain('unclear-ask');
  });

  it.each([
    ['Können Sie mir die Pläne schicken? Danke Ihnen!', 'sie'],
    ['Kannst du mir die Pläne schicken? Danke dir!', 'du'],
    ['Danke für Ihre Mail. Kannst du mir die Pläne schicken?', 'mixed'],
    ['Sie schickt die Pläne morgen.', null],
    ['Could you send the plans?', null],
  ] as const)('tells how %j addresses the reader: %s', (text, form) => {
    expect(analyze(text).stats.addressForm).toBe(form);
  });

  it('catches a draft that mixes Sie and du', () => {
    expect(analyze('Danke für Ihre Mail. Kannst du mir die Pläne schicken?').findings.map((f) => f.category)).toContain(
      'formality-mix',
    );
  });

  it('returns every field of the contract with offsets inside the text', () => {
    const text = 'Hallo Frau Schmidt,\n\nwie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt!!!';
    const analysis = analyze(text);
    expect(analysis.language).toBe('de');
    expect(Object.keys(analysis.scores).sort()).toEqual(['appreciation', 'security', 'tension']);
    expect(analysis.stats.words).toBe(14);
    for (const f of analysis.findings) {
      expect(CATEGORIES).toContain(f.category);
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeGreaterThan(f.start);
      expect(f.end).toBeLessThanOrEqual(text.length);
      expect(Array.isArray(f.suggestions)).toBe(true);
    }
  });

  it('speaks the UI language the caller asks for, defaulting to the draft language', () => {
    const text = 'Wie bereits erwähnt, fehlt die Unterschrift.';
    const de = analyze(text).findings.find((f) => f.category === 'being-right');
    const en = analyze(text, { uiLanguage: 'en' }).findings.find((f) => f.category === 'being-right');
    expect(de?.message).toBe('„Wie bereits erwähnt“ beweist, dass Sie recht hatten.');
    expect(en?.message).toBe('“Wie bereits erwähnt” proves you were right.');
    expect(en?.explanation).toMatch(/common ground/);
  });

  it('scores a tense draft as tense, cold and unclear, and a warm one as warm and clear', () => {
    const tense = analyze(
      'Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt. Das ist inakzeptabel!!!',
    );
    const warm = analyze(
      'Hallo Frau Schmidt,\n\nvielen Dank für Ihre Geduld und die schnelle Rückmeldung. Könnten Sie mir die Pläne bis Freitag, 14 Uhr, schicken?\n\nViele Grüße',
      { contact: { name: 'Frau Schmidt' } },
    );
    expect(tense.verdict).toBe('tense');
    expect(warm.verdict).toBe('calm');
    expect(warm.scores.tension).toBeLessThan(tense.scores.tension - 30);
    expect(warm.scores.appreciation).toBeGreaterThan(tense.scores.appreciation + 20);
    expect(warm.scores.security).toBeGreaterThan(tense.scores.security);
  });

  it('handles empty, whitespace-only and non-string input without findings', () => {
    for (const text of ['', '   \n\n ', '\u200b\u200b', undefined as unknown as string, 42 as unknown as string]) {
      const analysis = analyze(text);
      expect(analysis.findings).toEqual([]);
      expect(analysis.stats.words).toBe(0);
    }
  });

  it('keeps Kund:innen and Swiss spelling working', () => {
    expect(analyze('Liebe Kund:innen, wir danken Ihnen.').stats.words).toBe(5);
    expect(
      analyze('Wie bereits erwähnt, ist das gross.', { language: 'de' }).findings.map((f) => f.category),
    ).toContain('being-right');
    expect(analyze('Das ist ein Missverständnis, gewissermassen.').findings.map((f) => f.category)).toContain(
      'hedging',
    );
  });
});

describe("a verdict on the reader's work", () => {
  // A coach underlines "ist lückenhaft" as harsh; the same words also marked as blame would be one problem told twice.
  const drafts: Array<[Language, string]> = [
    [
      'de',
      'Hallo Herr Roth,\n\ndie Tabelle, die Ihre Assistentin erstellt hat, ist lückenhaft und voller Fehler. Bitte prüfen Sie sie bis Montag.\n\nGrüße',
    ],
    [
      'en',
      'Hi Max,\n\nthe floor plan your contractor drew is sloppy and full of mistakes. Could you ask him to revise it by Monday?\n\nBest',
    ],
    [
      'en',
      'Hi Ann,\n\nthe notes you circulated were inaccurate and misleading. Please send a corrected version today.\n\nBest',
    ],
  ];
  for (const [language, text] of drafts) {
    it(`is harsh, not blame as well: ${text.split('\n')[2]?.slice(0, 40)}`, () => {
      const findings = analyze(text, { language }).findings;
      const harsh = findings.filter((f) => f.category === 'harsh');
      expect(harsh.length).toBeGreaterThan(0);
      const twice = findings.filter(
        (f) => f.category === 'blame' && harsh.some((h) => h.start < f.end && f.start < h.end),
      );
      expect(twice).toEqual([]);
    });
  }
  it('keeps blame where the reader caused a failure without a verdict on the work', () => {
    const text = 'Hi Ann,\n\nthe lawn flooded because of the drain you decided to skip. Can we talk on Monday?\n\nBest';
    expect(analyze(text, { language: 'en' }).findings.map((f) => f.category)).toContain('blame');
  });
});

describe('runRules', () => {
  it('leaves out a rule that throws and keeps what the others found', () => {
    const text = 'Das ist nicht okay!!!';
    const segmented = segment(text);
    const doc: Doc = {
      text,
      sentences: segmented.paragraphs.flatMap((p) => p.sentences.map((s) => viewSentence(s, 'de', text))),
      paragraphs: segmented.paragraphs,
      quotes: segmented.quotes,
      greeting: segmented.greeting,
      contact: {},
      language: 'de',
    };
    const broken: Rule = {
      id: 'broken',
      phase: 'sentence',
      run: () => {
        throw new Error('bad pattern');
      },
    };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const found = runRules([broken, shouting], doc);
    expect(found.map((f) => f.category)).toEqual(['shouting']);
    expect(warn).toHaveBeenCalledWith('[Rapport] rule broken failed', expect.any(Error));
    warn.mockRestore();
  });
});
