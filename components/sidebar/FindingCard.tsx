import { t } from '../../lib/i18n';
import { firstPlaceholder } from '../../lib/ui/placeholder';
import type { FindingView } from '../../lib/ui/review';
import { RewriteOption } from './RewriteOption';

export interface FindingCardProps {
  finding: FindingView;
  onApply: (key: string, suggestion: string) => void;
  /** Applies the finding's whole-sentence rewrite number `index` (RewriteView.index). */
  onApplyRewrite: (key: string, index: number) => void;
  onIgnore: (key: string) => void;
  onDisableRule: (ruleId: string) => void;
  onHover: (key: string | null) => void;
}

/** One finding: the words, what Rapport notices, why, and the rewrites. */
export function FindingCard({ finding, onApply, onApplyRewrite, onIgnore, onDisableRule, onHover }: FindingCardProps) {
  const hover = () => onHover(finding.key);
  const leave = () => onHover(null);
  const { rewrites } = finding;
  return (
    <li
      class="rp-finding"
      data-testid="finding"
      data-rule={finding.ruleId}
      onMouseEnter={hover}
      onMouseLeave={leave}
      onFocusIn={hover}
      onFocusOut={leave}
    >
      {/* The message usually quotes the words already; whole-mail findings show the sentence they point at. */}
      {finding.quote && !finding.message.includes(finding.quote) && (
        <q class="rp-finding__quote">{finding.quote.length > 90 ? `${finding.quote.slice(0, 87)}…` : finding.quote}</q>
      )}
      <p class="rp-finding__message">{finding.message}</p>
      <details class="rp-finding__why">
        <summary class="rp-focusable">{t('sidebarWhy')}</summary>
        <p>{finding.explanation}</p>
      </details>
      {rewrites.length > 0 && (
        <div class="rp-finding__rewrites">
          {rewrites.map((rewrite, i) => (
            <RewriteOption
              key={rewrite.index}
              rewrite={rewrite}
              showBefore={i === 0 || rewrite.before !== rewrites[i - 1]?.before}
              onApply={(index) => onApplyRewrite(finding.key, index)}
            />
          ))}
          {rewrites.some((r) => firstPlaceholder(r.text)) && (
            <p class="rp-finding__gap-hint rp-muted">{t('sidebarRewriteGap')}</p>
          )}
        </div>
      )}
      <div class="rp-finding__actions">
        {finding.suggestions.map((suggestion) => (
          <button
            key={suggestion}
            type="button"
            class="rp-button rp-button--primary"
            data-testid="apply"
            aria-label={suggestion.trim() === '' ? t('sidebarDelete') : t('sidebarApply', suggestion.trim())}
            onClick={() => onApply(finding.key, suggestion)}
          >
            {suggestion.trim() === '' ? t('sidebarDelete') : suggestion.trim()}
          </button>
        ))}
        <button
          type="button"
          class="rp-button rp-button--quiet"
          data-testid="ignore"
          onClick={() => onIgnore(finding.key)}
        >
          {t('sidebarIgnore')}
        </button>
        <button
          type="button"
          class="rp-button rp-button--quiet"
          data-testid="disable-rule"
          onClick={() => onDisableRule(finding.ruleId)}
        >
          {t('sidebarDisableRule')}
        </button>
      </div>
    </li>
  );
}
