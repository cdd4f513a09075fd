// Messages quote the user's own words, verbatim, in the typographic quotes of
// the UI language (German „…“, English “…”), and name what the user wrote, not
// a translation of it.
import { describe, expect, it } from 'vitest';
import { analyze, type Finding, type Language } from '../../../lib/analysis';
import { PHRASES } from '../../../lib/analysis/phrases';
import { DRAFTS } from './drafts';

const QUOTED: Record<Language, RegExp> = { de: /„([^“]*)“/g, en: /“([^”]*)”/g };

/** The first quoted passage of a message, when it opens the message (its subject). */
function subject(message: string, ui: Language): string | undefined {
  const match = new RegExp(QUOTED[ui].source).exec(message);
  return match && message.slice(0, match.index).split(/\s+/).filter(Boolean).length <= 2 ? match[1] : undefined;
}

function checkQuotes(text: string, finding: Finding, ui: Language): void {
  const where = `${finding.ruleId} in ${JSON.stringify(text)} (${ui})`;
  expect(finding.message, where).not.toContain('"');
  expect(finding.explanation, where).not.toContain('"');
  const other = ui === 'de' ? /[”]/ : /[„]/;
  expect(finding.message, where).not.toMatch(other);
  expect(finding.explanation, where).not.toMatch(other);
  const quoted = subject(finding.message, ui);
  if (quoted === undefined) return;
  // A long quote is shortened with "…": each part stands verbatim in the finding's text.
  for (const part of quoted
    .split('…')
    .map((p) => p.trim())
    .filter(Boolean)) {
    expect(text.slice(finding.start, finding.end), where).toContain(part);
  }
}

describe('quotes in messages', () => {
  it.each(DRAFTS.map((t) => [t]))('%j: verbatim, typographic', (text) => {
    for (const ui of ['de', 'en'] as const) {
      for (const finding of analyze(text, { uiLanguage: ui }).findings) checkQuotes(text, finding, ui);
    }
  });

  const noted = (['de', 'en'] as const).flatMap((language) =>
    Object.entries(PHRASES[language]).flatMap(([category, entries]) =>
      entries.filter((e) => e.note).map((e) => [`${language}/${category}/${e.id}`, e.hit, language] as const),
    ),
  );

  it.each(noted)('the note of %s quotes the user, not a translation', (ruleId, hit, language) => {
    for (const ui of ['de', 'en'] as const) {
      const finding = analyze(hit, { language, uiLanguage: ui }).findings.find((f) => f.ruleId === ruleId);
      expect(finding, ruleId).toBeDefined();
      checkQuotes(hit, finding as Finding, ui);
    }
  });

  it('a German note in the English UI quotes the German words', () => {
    const text = 'Ich melde mich irgendwann nächste Woche bei Ihnen.';
    const finding = analyze(text, { uiLanguage: 'en' }).findings.find((f) => f.category === 'hedging');
    expect(finding?.message).toMatch(/^“[^”]*irgendwann[^”]*”/);
    expect(finding?.message).not.toMatch(/at some point/i);
  });

  it('formality-mix quotes the word the user wrote ("dir", "Ihnen"), not the name of the form', () => {
    const text = 'Lieber Tom, danke dir für die Skizzen. Könnten Sie mir noch die Maße schicken?';
    const de = analyze(text).findings.find((f) => f.category === 'formality-mix');
    const en = analyze(text, { uiLanguage: 'en' }).findings.find((f) => f.category === 'formality-mix');
    expect(de?.message).toContain('„dir“');
    expect(en?.message).toContain('“dir”');
    expect(de?.message).not.toContain('„du“');
    expect(en?.message).not.toContain('“du”');
    const contact = analyze('Hallo Jonas, ich schicke Ihnen die Pläne morgen.', { contact: { formality: 'du' } });
    const finding = contact.findings.find((f) => f.category === 'formality-mix');
    expect(finding?.message).toContain('„Ihnen“');
    expect(finding?.message).not.toContain('„Sie“');
  });
});

describe('but-after-praise names the connector the user wrote', () => {
  it.each([
    ['Danke für die Pläne, allerdings fehlt die Statik.', 'allerdings'],
    ['Danke für die Pläne, jedoch fehlt die Statik.', 'jedoch'],
    ['Vielen Dank für die Skizze, wobei die Küche noch fehlt.', 'wobei'],
    ['Danke für die Skizze, aber die Küche ist zu klein.', 'aber'],
    ['Thanks for the plans, however the roof detail is missing.', 'however'],
    ['Thanks for the drafts, that said, the roof detail is missing.', 'that said'],
    ['Great work on the drafts, but the roof detail is missing.', 'but'],
  ])('%j → %s', (text, connector) => {
    for (const ui of ['de', 'en'] as const) {
      const finding = analyze(text, { uiLanguage: ui }).findings.find((f) => f.category === 'but-after-praise');
      expect(finding, text).toBeDefined();
      const quoted = ui === 'de' ? `„${connector}“` : `“${connector}”`;
      expect(finding?.message).toContain(quoted);
      expect(finding?.explanation).toContain(quoted);
      for (const other of ['aber', 'but', 'allerdings', 'however'].filter((w) => w !== connector)) {
        const wrong = ui === 'de' ? `„${other}“` : `“${other}”`;
        expect(finding?.message).not.toContain(wrong);
        expect(finding?.explanation).not.toContain(wrong);
      }
    }
  });

  it('names no connector where the user wrote none ("Bei allem Respekt")', () => {
    const text = 'Bei allem Respekt, Ihr Zeitplan für den Umbau ist unrealistisch.';
    for (const ui of ['de', 'en'] as const) {
      const finding = analyze(text, { uiLanguage: ui }).findings.find((f) => f.category === 'but-after-praise');
      expect(finding?.explanation).not.toMatch(/[„“](aber|but)[“”]/);
    }
  });
});

describe('missing-appreciation cannot be read as sarcasm', () => {
  it.each(['de', 'en'] as const)('%s', (ui) => {
    const text = 'Hi Sam,\n\nas I already said, you never send the photos on time. This is unacceptable.';
    const finding = analyze(text, { uiLanguage: ui }).findings.find((f) => f.category === 'missing-appreciation');
    expect(finding).toBeDefined();
    expect(finding?.message).not.toMatch(/for nothing|für nichts|thanks them|dankt .* nichts/i);
    expect(finding?.message).toMatch(ui === 'de' ? /Dank|Wertschätzung/ : /thank|appreciat/i);
  });
});
