import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { CATEGORIES } from '../../lib/analysis/types';
import { CALM_TENSION, TENSE_TENSION } from '../../lib/analysis/verdict';
import { getLanguage, type MessageKey, plural, t } from '../../lib/i18n';
import type { Recipient } from '../../lib/sites/types';
import { strongest } from '../../lib/ui/reasons';
import type { Notice, Review } from '../../lib/ui/review';
import { ContactCard } from './ContactCard';
import { FindingCard } from './FindingCard';
import { Gauge } from './Gauge';
import { VerdictLine } from './VerdictLine';

export interface SidebarProps {
  wordCount: number;
  collapsed: boolean;
  recipients: readonly Recipient[];
  repliedTo?: Recipient | null;
  /** The "find one thing you appreciate" question about this contact (AppreciationPrompt); a general one without. */
  appreciation?: ComponentChildren;
  /** Tension from which Rapport suggests a pause before sending (it never blocks sending). */
  pauseAt: number;
  /** A compliment the user received, to reread when the draft runs hot. */
  compliment?: string | null;
  /** null while the draft is being read. */
  review: Review | null;
  notice: Notice;
  canUndo: boolean;
  onToggle: () => void;
  onApply: (key: string, suggestion: string) => void;
  onApplyRewrite: (key: string, index: number) => void;
  onIgnore: (key: string) => void;
  onDisableRule: (ruleId: string) => void;
  onUndo: () => void;
  onHover: (key: string | null) => void;
}

/** Finding cards rendered at once, and how many more "Show more" adds: a long draft has thousands. */
export const CARDS_AT_ONCE = 50;

const categoryKey = (category: string) => `category_${category.replace(/-/g, '_')}` as MessageKey;

/** The mail sidebar: gauges that say why, findings by category with rewrites, or a small tab. */
export function Sidebar(props: SidebarProps) {
  const {
    wordCount,
    collapsed,
    recipients,
    review,
    notice,
    canUndo,
    onToggle,
    onApply,
    onApplyRewrite,
    onIgnore,
    onDisableRule,
    onUndo,
    onHover,
  } = props;
  const [cardLimit, setCardLimit] = useState(CARDS_AT_ONCE);
  if (collapsed) {
    return (
      <button
        type="button"
        class="rp-button rp-tab"
        data-testid="sidebar-expand"
        aria-label={t('sidebarExpand')}
        aria-expanded="false"
        onClick={onToggle}
      >
        R{review && review.findings.length > 0 && <span class="rp-tab__count">{review.findings.length}</span>}
      </button>
    );
  }
  const why = {
    tension: strongest(review?.reasons ?? [], 'tension'),
    appreciation: strongest(review?.reasons ?? [], 'appreciation'),
    security: strongest(review?.reasons ?? [], 'security'),
  };
  const byCategory = CATEGORIES.map((category) => ({
    category,
    findings: review?.findings.filter((f) => f.category === category) ?? [],
  }));
  // Cards beyond the limit are never created, in the order the groups show them.
  let room = cardLimit;
  const groups = byCategory
    .map((g) => {
      const findings = g.findings.slice(0, Math.max(room, 0));
      room -= findings.length;
      return { category: g.category, findings };
    })
    .filter((g) => g.findings.length > 0);
  const hidden = (review?.findings.length ?? 0) - cardLimit;

  return (
    <aside class="rp-sidebar" aria-label={t('sidebarLabel')} data-testid="sidebar">
      <header class="rp-sidebar__head">
        <h2 class="rp-sidebar__title">{t('extName')}</h2>
        <button
          type="button"
          class="rp-button"
          data-testid="sidebar-collapse"
          aria-label={t('sidebarCollapse')}
          aria-expanded="true"
          onClick={onToggle}
        >
          ›
        </button>
      </header>
      <ContactCard recipients={recipients} repliedTo={props.repliedTo ?? null} />
      {props.appreciation}
      <p class="rp-sidebar__count" data-testid="word-count" aria-live="polite">
        {plural('sidebarWordCount', wordCount)}
      </p>
      {wordCount === 0 ? (
        <p class="rp-sidebar__hint rp-muted">{t('sidebarEmptyDraft')}</p>
      ) : review === null ? (
        <p class="rp-sidebar__hint rp-muted" aria-busy="true">
          {t('sidebarAnalysing')}
        </p>
      ) : (
        <>
          <div class="rp-sidebar__gauges">
            <Gauge
              label={t('sidebarTension')}
              value={review.scores.tension}
              testId="gauge-tension"
              lowerIsBetter
              low={CALM_TENSION}
              high={TENSE_TENSION}
              reasons={why.tension}
            />
            <Gauge
              label={t('sidebarAppreciationScore')}
              value={review.scores.appreciation}
              testId="gauge-appreciation"
              reasons={why.appreciation}
            />
            <Gauge
              label={t('sidebarClarity')}
              value={review.scores.security}
              testId="gauge-security"
              reasons={why.security}
            />
          </div>
          {review.scores.tension >= props.pauseAt && (
            <p class="rp-sidebar__pause" data-testid="pause" role="note">
              {t('sidebarPause')}
            </p>
          )}
          {review.scores.tension >= props.pauseAt && props.compliment && (
            <p class="rp-sidebar__compliment" data-testid="compliment" role="note">
              {t('sidebarCompliment', props.compliment)}
            </p>
          )}
          {review.checkedChars !== undefined && (
            <p class="rp-sidebar__hint rp-muted" data-testid="long-draft" role="note">
              {t('sidebarLongDraft', review.checkedChars.toLocaleString(getLanguage()))}
            </p>
          )}
          {notice && (
            <p class="rp-sidebar__notice" role="status" data-testid="notice">
              {notice === 'changed' ? t('sidebarChanged') : t('sidebarApplyFailed')}
            </p>
          )}
          {canUndo && (
            <button type="button" class="rp-button" data-testid="undo" onClick={onUndo}>
              {t('sidebarUndo')}
            </button>
          )}
          {groups.length === 0 ? (
            <VerdictLine
              verdict={review.verdict}
              canExplain={
                review.verdict === 'tense' ? why.tension.length > 0 : Object.values(why).some((r) => r.length > 0)
              }
            />
          ) : (
            <div class="rp-sidebar__findings">
              {groups.map((group) => (
                <section key={group.category} class="rp-group" aria-label={t(categoryKey(group.category))}>
                  <h3 class="rp-group__title">{t(categoryKey(group.category))}</h3>
                  <ul class="rp-group__list">
                    {group.findings.map((finding) => (
                      <FindingCard
                        key={finding.key}
                        finding={finding}
                        onApply={onApply}
                        onApplyRewrite={onApplyRewrite}
                        onIgnore={onIgnore}
                        onDisableRule={onDisableRule}
                        onHover={onHover}
                      />
                    ))}
                  </ul>
                </section>
              ))}
              {hidden > 0 && (
                <p class="rp-sidebar__more" data-testid="more-findings">
                  {plural('sidebarMoreFindings', hidden)}{' '}
                  <button
                    type="button"
                    class="rp-button rp-button--quiet"
                    data-testid="show-more"
                    onClick={() => setCardLimit(cardLimit + CARDS_AT_ONCE)}
                  >
                    {t('sidebarShowMore', Math.min(hidden, CARDS_AT_ONCE))}
                  </button>
                </p>
              )}
            </div>
          )}
          {!props.appreciation && (
            <p class="rp-sidebar__prompt" data-testid="appreciation-prompt">
              {t('sidebarAppreciationPrompt')}
            </p>
          )}
        </>
      )}
      <p class="rp-sidebar__privacy rp-muted">{t('privacyLine')}</p>
    </aside>
  );
}
