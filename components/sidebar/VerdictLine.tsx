import type { Verdict } from '../../lib/analysis';
import { type MessageKey, t } from '../../lib/i18n';

export interface VerdictLineProps {
  verdict: Verdict;
  /** Whether the tension gauge (or, for 'review', any gauge) offers its reasons to point to. */
  canExplain?: boolean;
  /** A chat message has no gauges and is no mail. */
  where?: 'mail' | 'chat';
  class?: string;
}

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
  const key: MessageKey =
    where === 'chat'
      ? verdict === 'tense'
        ? 'chatVerdictTense'
        : 'sidebarVerdictReview'
      : verdict === 'tense'
        ? canExplain
          ? 'sidebarVerdictTenseWhy'
          : 'sidebarVerdictTense'
        : canExplain
          ? 'sidebarVerdictReviewWhy'
          : 'sidebarVerdictReview';
  return (
    <p class={`${className} rp-verdict rp-verdict--${verdict}`} data-testid="verdict-unmarked" data-verdict={verdict}>
      {t(key)}
    </p>
  );
}
