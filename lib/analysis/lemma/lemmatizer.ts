// What the German and English lemmatizers share: each form is worked out once
// and remembered, so a repeated word costs one map lookup.

const REMEMBERED = 100_000;

export abstract class Lemmatizer {
  private readonly memo = new Map<string, string>();

  /** The folded lemma of a folded form, or the form itself when nothing knows it. */
  lemma(form: string): string {
    let lemma = this.memo.get(form);
    if (lemma === undefined) {
      if (this.memo.size >= REMEMBERED) this.memo.clear();
      lemma = this.resolve(form);
      this.memo.set(form, lemma);
    }
    return lemma;
  }

  /** Every lemma the form may have, the chosen one first. */
  abstract readings(form: string): string[];

  protected abstract resolve(form: string): string;
}

/** Reads "form lemma form lemma …" into a map. */
export function pairs(source: string, into: Map<string, string>): void {
  const words = source.split(' ').filter(Boolean);
  for (let i = 0; i + 1 < words.length; i += 2) into.set(words[i] as string, words[i + 1] as string);
}
