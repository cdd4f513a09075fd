// A save retried with the same id (made once per user action in the UI) is
// answered as the first one was instead of writing the note again. The ids are
// kept for a while in memory: long enough for a retry, short enough to stay small.
const KEEP_MS = 10 * 60_000;
const KEEP_MAX = 1_000;
const ID_MAX = 100;

export type Once = <T>(id: string | undefined, save: () => Promise<T>) => Promise<T>;

/** Checks a save id from a message: optional, a short text. */
export function saveId(raw: unknown): string | undefined {
  if (raw === undefined) return undefined;
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > ID_MAX)
    throw new Error(`saveId must be text of at most ${ID_MAX} characters`);
  return raw;
}

export function createOnce(now = () => Date.now()): Once {
  const saves = new Map<string, { at: number; answer: Promise<unknown> }>();
  return <T>(id: string | undefined, save: () => Promise<T>): Promise<T> => {
    if (id === undefined) return save();
    // Oldest first (insertion order): drop the expired and the surplus.
    for (const [key, entry] of saves) {
      if (now() - entry.at <= KEEP_MS && saves.size <= KEEP_MAX) break;
      saves.delete(key);
    }
    const known = saves.get(id);
    if (known) return known.answer as Promise<T>;
    const answer = save();
    saves.set(id, { at: now(), answer });
    // A save that failed wrote nothing: trying it again must write.
    answer.catch(() => saves.delete(id));
    return answer;
  };
}
