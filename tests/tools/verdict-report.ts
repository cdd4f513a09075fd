// npm run verdicts: which lexicon entries of the verdict rule (lib/analysis/
// rules/verdict.ts) ever fire, and how often, on the tuning half of the
// client-mail dev set, on its clean mails and on the friendly corpus. The
// held-out half is left out on purpose: only its aggregates are ever looked at
// (npm run eval). A lemma that fires on friendly mail is one to look at first.
import { existsSync, readFileSync } from 'node:fs';
import { analyze, type Language } from '../../lib/analysis';
import { LEXICONS } from '../../lib/analysis/rules/verdict';

const DIR = process.env.RAPPORT_EVAL_DIR ?? '../shared/eval';
const SPLIT = 'tests/fixtures/eval/client-mail-split.json';
const FRIENDLY = (lang: Language) => `tests/fixtures/analysis/friendly-mail-${lang}.jsonl`;

interface Mail {
  id: string;
  lang: Language;
  text: string;
  expect: string[];
}

const readJsonl = <T>(path: string): T[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as T);

/** Rule ids of verdict findings in these texts, counted, with the words each underlined. */
function fired(texts: readonly string[]): { count: Map<string, number>; quotes: string[] } {
  const count = new Map<string, number>();
  const quotes: string[] = [];
  for (const text of texts) {
    for (const f of analyze(text).findings) {
      if (!f.ruleId.includes('/harsh/verdict-')) continue;
      const lemma = f.ruleId.replace(/^.*\/harsh\/verdict-/, '');
      count.set(lemma, (count.get(lemma) ?? 0) + 1);
      quotes.push(`${lemma}: ${JSON.stringify(text.slice(f.start, f.end))}`);
    }
  }
  return { count, quotes };
}

function print(title: string, texts: readonly string[], quotes: boolean): void {
  const { count, quotes: underlined } = fired(texts);
  const findings = [...count.values()].reduce((a, b) => a + b, 0);
  const list = [...count.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  process.stdout.write(
    `${title}: ${texts.length} mails, ${findings} verdict findings from ${count.size} distinct entries${
      list.length ? `: ${list.map(([l, n]) => `${l}×${n}`).join(', ')}` : ''
    }\n`,
  );
  if (quotes) for (const q of underlined) process.stdout.write(`    ${q}\n`);
}

const quotes = process.argv.includes('--quotes');
for (const lang of ['de', 'en'] as const) {
  const { lexicon } = LEXICONS[lang];
  const sizes = {
    adjectives: Object.keys(lexicon.adjectives).length,
    nouns: Object.keys(lexicon.nouns).length,
    phrases: Object.keys(lexicon.phrases).length,
    deniedPraise: Object.keys(lexicon.deniedPraise).length,
  };
  const total = sizes.adjectives + sizes.nouns + sizes.phrases + sizes.deniedPraise;
  process.stdout.write(
    `\n${lang} lexicon: ${total} entries (${sizes.adjectives} adjectives, ${sizes.nouns} nouns, ${sizes.phrases} phrases, ${sizes.deniedPraise} denied praise)\n`,
  );
  if (existsSync(`${DIR}/client-mail-dev.jsonl`) && existsSync(SPLIT)) {
    const tuning = new Set((JSON.parse(readFileSync(SPLIT, 'utf8')) as { tuning: string[] }).tuning);
    const mails = readJsonl<Mail>(`${DIR}/client-mail-dev.jsonl`).filter((m) => m.lang === lang);
    print(
      `  tuning half`,
      mails.filter((m) => tuning.has(m.id)).map((m) => m.text),
      quotes,
    );
    print(
      `  clean mails of the tuning half`,
      mails.filter((m) => tuning.has(m.id) && m.expect.length === 0).map((m) => m.text),
      true,
    );
    // The held-out half: a count only, never its words.
    const heldOutClean = mails.filter((m) => !tuning.has(m.id) && m.expect.length === 0).map((m) => m.text);
    const flagged = heldOutClean.filter((text) =>
      analyze(text).findings.some((f) => f.ruleId.includes('/harsh/verdict-')),
    ).length;
    process.stdout.write(
      `  clean mails of the held-out half with a verdict finding: ${flagged}/${heldOutClean.length}\n`,
    );
  } else {
    process.stdout.write(`  dev set not found in ${DIR} (set RAPPORT_EVAL_DIR)\n`);
  }
  if (existsSync(FRIENDLY(lang)))
    print(
      `  friendly corpus`,
      readJsonl<{ text: string }>(FRIENDLY(lang)).map((m) => m.text),
      true,
    );
}
