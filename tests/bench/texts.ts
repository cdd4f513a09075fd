// Benchmark drafts: client-mail sentences from the language corpora, shuffled
// with a fixed seed into paragraphs, with a few tense sentences mixed in so the
// engine has findings to produce. Several different texts per size.
import { readFileSync } from 'node:fs';

const TENSE = {
  en: [
    'As I already said, you never send the files on time!!!',
    'Per my last email, this delay is unacceptable and you have to fix it today.',
    'Thanks, but obviously the plan is wrong.',
  ],
  de: [
    'Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt!!!',
    'Sie müssen unbedingt bis Freitag liefern, das ist inakzeptabel.',
    'Danke, aber das ist offensichtlich falsch.',
  ],
};

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2_147_483_648;
    return s / 2_147_483_648;
  };
}

export function draft(language: 'de' | 'en', words: number, seed: number): string {
  const lines = readFileSync(`tests/fixtures/analysis/language-${language}.txt`, 'utf8').trim().split('\n');
  const next = random(seed);
  const paragraphs: string[] = [];
  let paragraph: string[] = [];
  let count = 0;
  while (count < words) {
    const sentence =
      next() < 0.08
        ? (TENSE[language][Math.floor(next() * 3)] as string)
        : (lines[Math.floor(next() * lines.length)] as string);
    paragraph.push(sentence);
    count += sentence.split(/\s+/).length;
    if (paragraph.length >= 4) {
      paragraphs.push(paragraph.join(' '));
      paragraph = [];
    }
  }
  if (paragraph.length) paragraphs.push(paragraph.join(' '));
  return paragraphs.join('\n\n');
}
