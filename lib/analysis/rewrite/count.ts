// Counting one's reminders ("Das ist jetzt meine vierte Mail wegen der
// fehlenden Zahlung", "This is the third email I've sent about the missing
// receipts") keeps score; the topic is what matters: "Ich melde mich noch
// einmal wegen der fehlenden Zahlung", "I'm writing again about the missing
// receipts". The topic's phrase stays as written, preposition and all.
import type { Candidate, RewriteInput, Strategy } from './context';
import { type Piece, render, words } from './pieces';

const ORDINALS = new Set([
  'zweite',
  'dritte',
  'vierte',
  'fünfte',
  'sechste',
  'x-te',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'umpteenth',
]);
const DE_TOPIC = new Set(['wegen', 'zu', 'zum', 'zur', 'bezüglich', 'betreffend']);
const EN_TOPIC = new Set(['about', 'regarding', 'concerning', 'on']);
/** The frame before the ordinal: "Das ist jetzt meine", "This is already the". */
const DE_FRAME = /^(?:das|dies) ist (?:(?:jetzt|nun|schon|bereits|mittlerweile|inzwischen) )*(?:meine|unsere|die)$/;
const EN_FRAME =
  /^(?:this|that) is (?:(?:now|already|officially) )*(?:the|my|our)$|^(?:this|that)'s (?:(?:now|already) )*(?:the|my|our)$/;

function rewrite(input: RewriteInput): Candidate[] {
  const { pieces, language, writer } = input;
  const ordinal = pieces.findIndex((p) => p.word && ORDINALS.has(p.folded));
  if (ordinal < 2) return [];
  const frame = pieces
    .slice(0, ordinal)
    .map((p) => p.folded)
    .join(' ');
  if (!(language === 'de' ? DE_FRAME : EN_FRAME).test(frame)) return [];
  const topics = language === 'de' ? DE_TOPIC : EN_TOPIC;
  const topic = pieces.findIndex((p, i) => i > ordinal && p.word && topics.has(p.folded));
  // Between the ordinal and the topic only the count's noun and "I've sent"/"I'm writing": up to five words.
  if (topic < 0 || topic - ordinal > 6 || pieces.slice(ordinal, topic).some((p) => !p.word)) return [];
  const rest = pieces.slice(topic);
  const end = rest[rest.length - 1];
  const body = end && !end.word ? rest.slice(0, -1) : rest;
  if (body.some((p) => !p.word) || body.length < 2) return [];
  const lead =
    language === 'de'
      ? writer === 'wir'
        ? 'Wir melden uns noch einmal'
        : 'Ich melde mich noch einmal'
      : writer === 'wir'
        ? "We're writing again"
        : "I'm writing again";
  const out = [...words(lead), ...body.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)), ...words('.')];
  return [{ text: render(out), dropped: pieces.slice(0, topic).map((p: Piece) => p.folded) }];
}

export const topicNotCount: Strategy = rewrite;
