// Ultimatum data: a condition the reader fails to meet, and a sanction the
// writer imposes for it ("Liegen mir die Unterlagen nicht vor, gebe ich das
// Mandat zurück"). The words live here, per language; rules/ultimatum.ts reads
// the sentence with them. Pattern syntax: ../pattern.ts. Each entry has a text
// it must find and a near miss it must not (tests/lib/analysis/rules/frames.test.ts).
import type { FrameBook, FrameEntry } from '../rules/frames';
import type { Language } from '../types';
import { ULTIMATUM_DE } from './ultimatum.de';
import { ULTIMATUM_EN } from './ultimatum.en';

export interface ConditionEntry extends FrameEntry {
  /**
   * if: opens a condition that must show the reader not acting (a failing cue: "nicht", "again");
   * unless: the words say so themselves ("unless", "sollten Sie nicht", "ohne");
   * else: refers back to a request before it ("sonst", "otherwise", "failing that", "or we");
   * either: opens an either-or whose "or we …" carries the sanction; it only moves the span's start.
   */
  kind: 'if' | 'unless' | 'else' | 'either';
  /** Only where a clause starts ("Sollten Sie …", "…, sonst …"): mid-clause the word means something else ("wie sonst auch"). */
  opens?: boolean;
}

export interface SanctionEntry extends FrameEntry {
  /**
   * act: something the writer or an institution does to the reader (close the file, charge more);
   * it counts only with a first-person or passive agent in its clause and no negation at the verb.
   * harm: a cost or loss to the reader whoever brings it (Inkasso, "no choice but", "on you").
   */
  kind: 'act' | 'harm';
}

export interface UltimatumData {
  conditions: readonly ConditionEntry[];
  /** In an if-condition: the reader not doing something, or doing it again. */
  failing: readonly FrameEntry[];
  sanctions: readonly SanctionEntry[];
  /** In the condition: the reader's own wish or comfort, so the consequence is a service ("falls Sie … nicht möchten"). */
  wishes: readonly FrameEntry[];
  /** In the sanction's clause: a favour or what was agreed ("kostenlos", "as discussed"). */
  favours: readonly FrameEntry[];
  /** Anywhere in the sentence: the law as the source of the consequence ("as set out in the Fire Safety Order"). */
  lawful: readonly FrameEntry[];
  /** Someone else the condition or the sanction is about ("Sollte der Handwerker nicht kommen", "cancel it with the supplier"). */
  others: readonly FrameEntry[];
  /**
   * In the sanction's clause: a past or unreal consequence ("hätten wir abbrechen müssen"): hindsight or thanks,
   * not a threat; or one in the subjunctive with regret ("müssten wir leider …"): information about what follows.
   */
  unreal: readonly FrameEntry[];
  /** Words (folded) that make the writer or an institution the doer of an act. */
  agents: readonly string[];
  /** Demands that an ultimatum or a final notice next to them turns into pressure ("Ich erwarte den Ausgleich bis …"). */
  demands: readonly FrameEntry[];
  /** A last notice ("letztmalig", "final reminder"): like an ultimatum, it makes a deadline next to it a demand. */
  finals: readonly FrameEntry[];
  /** German: words (folded) that cannot open a verb-first condition ("Da …, kündigen wir" is a reason, not a threat). */
  notVerbs: readonly string[];
}

export const ULTIMATUM: Record<Language, UltimatumData> = { de: ULTIMATUM_DE, en: ULTIMATUM_EN };

/** Each list as a frame book, for the matchers and the data test. */
export function ultimatumBook(
  part:
    | 'conditions'
    | 'failing'
    | 'sanctions'
    | 'wishes'
    | 'favours'
    | 'lawful'
    | 'demands'
    | 'others'
    | 'finals'
    | 'unreal',
): FrameBook {
  return { de: ULTIMATUM.de[part], en: ULTIMATUM.en[part] };
}
