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

/** Simple past forms that differ from the past participle (or are not in IRREGULAR). */
const PAST: Record<string, string> = {
  take: 'took',
  give: 'gave',
  write: 'wrote',
  forget: 'forgot',
  do: 'did',
  see: 'saw',
  choose: 'chose',
  ring: 'rang',
  come: 'came',
  get: 'got',
  have: 'had',
  let: 'let',
  hold: 'held',
  say: 'said',
};

/** Regular verbs a rewrite may put in the past: a verb not listed may be irregular ("drive" → "drove"), so none is guessed. */
const REGULAR = new Set(
  'answer reply return settle explain forward mention confirm warn call email phone inform notify deliver submit share update arrange book cancel turn show sign upload ask chase approve check change add remove finish complete move schedule contact respond'.split(
    ' ',
  ),
);

/** The simple past of an English verb from its lemma ("send" → "sent", "reply" → "replied"); null when it is not known. */
export function past(lemma: string): string | null {
  if (PAST[lemma]) return PAST[lemma] as string;
  if (IRREGULAR[lemma]) return IRREGULAR[lemma] as string;
  return REGULAR.has(lemma) ? participle(lemma) : null;
}

/** The lemma of an "-ing" form: the lemma tables' where they know it, else the stem ("forwarding" → "forward", "settling" → "settle"). */
export function ingLemma(folded: string, lemma: string): string | null {
  if (!folded.endsWith('ing')) return null;
  if (lemma !== folded) return lemma;
  const stem = folded.slice(0, -3);
  return [stem, `${stem}e`].find((s) => past(s) !== null) ?? null;
}
