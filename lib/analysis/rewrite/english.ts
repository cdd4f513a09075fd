// English verb forms the rewrites build: the past participle from a lemma
// ("send" → "sent", "submit" → "submitted", "change" → "changed").

/** Past participles that are not lemma + "ed". */
export const IRREGULAR: Record<string, string> = {
  send: 'sent',
  take: 'taken',
  give: 'given',
  write: 'written',
  forget: 'forgotten',
  tell: 'told',
  bring: 'brought',
  make: 'made',
  read: 'read',
  do: 'done',
  see: 'seen',
  choose: 'chosen',
  leave: 'left',
  put: 'put',
  find: 'found',
  keep: 'kept',
  lose: 'lost',
  buy: 'bought',
  build: 'built',
  pay: 'paid',
  set: 'set',
  cut: 'cut',
  shut: 'shut',
  forward: 'forwarded',
  return: 'returned',
  upload: 'uploaded',
  sign: 'signed',
};

/** Verbs that double their last consonant before "-ed". */
const DOUBLED = new Set([
  'submit',
  'ship',
  'stop',
  'plan',
  'drop',
  'admit',
  'commit',
  'omit',
  'permit',
  'refer',
  'prefer',
  'occur',
  'scrap',
  'skip',
]);

/** The past participle of an English verb from its lemma. */
export function participle(lemma: string): string {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma] as string;
  if (DOUBLED.has(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  return `${lemma}ed`;
}
