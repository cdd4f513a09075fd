// The client mails and probe sentences written for the tests
// (tests/fixtures/analysis/mails-*.jsonl, probe-*.jsonl; none from the dev
// set): the drafts the rewrite guarantees are checked on.
import { readdirSync, readFileSync } from 'node:fs';
import type { Language } from '../../../lib/analysis';

const DIR = 'tests/fixtures/analysis';

export interface WrittenDraft {
  id: string;
  language: Language;
  text: string;
}

export function writtenDrafts(): WrittenDraft[] {
  const out: WrittenDraft[] = [];
  for (const file of readdirSync(DIR).filter((f) => /^(?:mails|probe)-.*-(?:de|en)\.jsonl$/.test(f))) {
    const language = file.endsWith('-de.jsonl') ? 'de' : 'en';
    for (const line of readFileSync(`${DIR}/${file}`, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const row = JSON.parse(line) as { id: string; text: string };
      out.push({ id: row.id, language, text: row.text });
    }
  }
  return out;
}
