// The rewrite acceptance corpus (tests/fixtures/rewrites): per language and
// half, how many sentences get a whole-sentence rewrite, and whether the
// rewrites keep the editor's facts verbatim, every number, and read calmer.
// Held-out rows are only ever counted, never listed: they are the final figure.
import { readFileSync } from 'node:fs';
import { examine } from '../../../lib/analysis/engine';
import { readCues } from '../../../lib/analysis/gauges/features';
import { gauge } from '../../../lib/analysis/gauges/model';
import { REWRITE_CATEGORIES } from '../../../lib/analysis/rewrite';
import type { Language } from '../../../lib/analysis/types';
import { analyzeWithRewrites } from './with-rewrites';
import { writtenDrafts } from './written-drafts';

interface Row {
  id: string;
  category: string;
  sentence: string;
  context: string;
  facts: string[];
  consequence: string | null;
  heldOut: boolean;
}

const tension = (text: string, language: Language) => {
  const { doc, raw } = examine(text, { language });
  return gauge(readCues(doc, raw)).scores.tension;
};

const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(0)} %` : '–');

/** How many rewrites the written test mails and probes get (tests/lib/analysis/rewrite-guarantees.test.ts checks each). */
function reportWritten(out: (line: string) => void): void {
  const drafts = writtenDrafts();
  let offered = 0;
  let stance = 0;
  let rewritten = 0;
  for (const d of drafts)
    for (const f of analyzeWithRewrites(d.text, { language: d.language }).findings) {
      offered += f.rewrites?.length ?? 0;
      if (!REWRITE_CATEGORIES.has(f.category)) continue;
      stance++;
      if (f.rewrites?.length) rewritten++;
    }
  out(
    `  written mails and probes: ${drafts.length} drafts, ${offered} rewrites offered (each checked by rewrite-guarantees.test.ts); stance findings with a rewrite ${rewritten}/${stance} (${pct(rewritten, stance)})`,
  );
}

export function reportRewrites(out: (line: string) => void, list: boolean): void {
  out('\nRewrite acceptance corpus (tests/fixtures/rewrites; held-out rows counted, never listed)');
  for (const language of ['de', 'en'] as const) {
    const rows = readFileSync(`tests/fixtures/rewrites/acceptance-${language}.jsonl`, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l) as Row);
    for (const heldOut of [false, true]) {
      const mine = rows.filter((r) => r.heldOut === heldOut);
      let rewritten = 0;
      let offered = 0;
      let facts = 0;
      let digits = 0;
      let calmer = 0;
      let consequenceRows = 0;
      let consequenceKept = 0;
      for (const row of mine) {
        const text = row.context ? `${row.context} ${row.sentence}` : row.sentence;
        const from = text.length - row.sentence.length;
        const analysis = analyzeWithRewrites(text, { language });
        const texts = analysis.findings
          .filter((f) => f.end > from)
          .flatMap((f) => (f.rewrites ?? []).filter((r) => r.start >= from).map((r) => r.text));
        const unique = [...new Set(texts)];
        if (unique.length === 0) continue;
        rewritten++;
        const before = tension(row.sentence, language);
        for (const rewrite of unique) {
          offered++;
          const keepsFacts = row.facts.every((f) => rewrite.includes(f));
          if (keepsFacts) facts++;
          if ((row.sentence.match(/\d+/g) ?? []).every((d) => rewrite.includes(d))) digits++;
          if (tension(rewrite, language) < before) calmer++;
          if (row.consequence !== null) {
            consequenceRows++;
            if (keepsFacts) consequenceKept++;
          }
          if (list && !heldOut)
            out(`  ${row.id}: ${row.sentence}\n      → ${rewrite}${keepsFacts ? '' : '   [a fact is missing]'}`);
        }
      }
      const half = heldOut ? 'held-out third' : 'tuning rows';
      out(
        `  ${language} ${half}: ${rewritten}/${mine.length} sentences get a rewrite (${pct(rewritten, mine.length)}); of ${offered} rewrites: editor's facts verbatim ${facts} (${pct(facts, offered)}), every number ${digits}, calmer ${calmer} (${pct(calmer, offered)}); rows with a stated consequence: ${consequenceKept}/${consequenceRows} rewrites keep all its facts`,
      );
    }
  }
  reportWritten(out);
}
