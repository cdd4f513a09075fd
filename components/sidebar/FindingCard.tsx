import { type MessageKey, t } from '../../lib/i18n';
import { firstPlaceholder } from '../../lib/ui/placeholder';
import type { FindingView } from '../../lib/ui/review';
import { RewriteOption } from './RewriteOption';

export interface FindingCardProps {
  finding: FindingView;
  /** Why and the rewrites show only when expanded: the list stays one line a finding. */
  expanded?: boolean;
  /** Without it (the call's chat coaching) the card is always open and its head is no button. */
  onToggle?: (key: string) => void;
  onApply: (key: string, suggestion: string) => void;
  /** Applies the finding's whole-sentence rewrite number `index` (RewriteView.index). */
  onApplyRewrite: (key: string, index: number) => void;
  onIgnore: (key: string) => void;
  onDisableRule: (ruleId: string) => void;
  onHover: (key: string | null) => void;
}

export const categoryKey = (category: string) => `category_${category.replace(/-/g, '_')}` as MessageKey;

const short = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** One finding: its words and kind on one line; expanded, what Rapport notices, why, and the rewrites. */
export function FindingCard(props: FindingCardProps) {
  const { finding, onToggle, onApply, onApplyRewrite, onIgnore, onDisableRule, onHover } = props;
  const hover = () => onHover(finding.key);
  const leave = () => onHover(null);
  const { rewrites } = finding;
  const expanded = !onToggle || props.expanded === true;
  const words = (
    <>
      <q class="rp-finding__quote">{short(finding.quote || finding.message)}</q>
      <span class="rp-finding__kind">{t(categoryKey(finding.category))}</span>
    </>
  );
  const bodyId = `rp-finding-${finding.key.replace(/[^\w-]/g, '_')}`;
  return (
    <li
      class={`rp-finding${expanded ? ' rp-finding--open' : ''}`}
      data-testid="finding"
      data-rule={finding.ruleId}
      onMouseEnter={hover}
      onMouseLeave={leave}
      onFocusIn={hover}
      onFocusOut={leave}
    >
      {onToggle ? (
        <button
          type="button"
          class="rp-finding__head"
          data-testid="finding-head"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={bodyId}
          onClick={() => onToggle(finding.key)}
        >
          {words}
        </button>
      ) : (
        <p class="rp-finding__head">{words}</p>
      )}
      {expanded && (
        <div class="rp-finding__body" id={bodyId}>
          <p class="rp-finding__message">{finding.message}</p>
          <p class="rp-finding__explanation rp-muted">{finding.explanation}</p>
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
        </div>
      )}
    </li>
  );
}
