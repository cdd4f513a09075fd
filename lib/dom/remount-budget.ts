// How often a surface whose frame lost its grant (lib/dom/frame-surface.ts) is
// placed anew: a few times a minute is recovery; a page that keeps reloading
// Rapport's frame gets no fresh one after that.

/** True while fewer than `max` remounts happened in the last `perMs`; counts this one. */
export function remountBudget(max = 5, perMs = 60_000, now: () => number = Date.now): () => boolean {
  let times: number[] = [];
  return () => {
    const at = now();
    times = times.filter((t) => at - t < perMs);
    if (times.length >= max) return false;
    times.push(at);
    return true;
  };
}
