// What each gauge is measured against on the client-mail dev set, shared by
// the training script and the eval so both read the labels the same way.
type Labelled = { expect: readonly string[] };

/** Problems of clarity: they cost the reader knowing what happens next, not the relationship. */
export const CLARITY_CATEGORIES: ReadonlySet<string> = new Set(['hedging', 'long-sentence', 'unclear-ask']);
/** Problems that are no tension: clarity, the du/Sie mix, and appreciation missing (which follows tension). */
const NOT_TENSION: ReadonlySet<string> = new Set([...CLARITY_CATEGORIES, 'formality-mix', 'missing-appreciation']);

export const isClean = (m: Labelled) => m.expect.length === 0;
export const hasTension = (m: Labelled) => m.expect.some((c) => !NOT_TENSION.has(c));
export const lacksAppreciation = (m: Labelled) => m.expect.includes('missing-appreciation');
export const hasClarityProblem = (m: Labelled) => m.expect.some((c) => CLARITY_CATEGORIES.has(c));
/** Mails whose only problems are of clarity: the clarity gauge's own test. */
export const onlyClarity = (m: Labelled) => m.expect.length > 0 && m.expect.every((c) => CLARITY_CATEGORIES.has(c));
