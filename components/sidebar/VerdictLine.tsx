import type { Verdict } from '../../lib/analysis';
import { type MessageKey, t } from '../../lib/i18n';

export interface VerdictLineProps {
  verdict: Verdict;
  /** Whether the tension gauge (or, for 'review', any gauge) offers its reasons to point to. */
  canExplain?: boolean;
  /** A chat message has no gauges and is no mail. */
  where?: keyof typeof LINES;
  class?: string;
}

/** Per place and verdict: the plain line, and the one that points to "Why?" (a chat has no gauges). */
const LINES = {
  mail: {
    review: ['sidebarVerdictReview', 'sidebarVerdictReviewWhy'],
    tense: ['sidebarVerdictTense', 'sidebarVerdictTenseWhy'],
  },
  chat: {
    review: ['sidebarVerdictReview', 'sidebarVerdictReview'],
    tense: ['chatVerdictTense', 'chatVerdictTense'],
  },
} as const satisfies Record<string, Record<Exclude<Verdict, 'calm'>, readonly [MessageKey, MessageKey]>>;

/**
 * What to say when no finding is shown. "Nothing to adjust" only for a calm
 * verdict: findings the user ignored, or ones the rules missed, do not make a
 * tense draft calm, and the line says so instead.
 */
export function VerdictLine({
  verdict,
  canExplain = false,
  where = 'mail',
  class: className = 'rp-sidebar__hint',
}: VerdictLineProps) {
  if (verdict === 'calm') {
    return (
      <p class={className} data-testid="no-findings" data-verdict={verdict}>
        {t('sidebarNoFindings')}
      </p>
    );
  }
  const key = LINES[where][verdict][canExplain ? 1 : 0];
  return (
    <p class={`${className} rp-verdict rp-verdict--${verdict}`} data-testid="verdict-unmarked" data-verdict={verdict}>
      {t(key)}
    </p>
  );
}
