import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORIES } from '../../lib/analysis/types';
import { CALM_TENSION, TENSE_TENSION } from '../../lib/analysis/verdict';
import { type PendingFocus, pendingFocus, rowsOf } from '../../lib/dom/panel-focus';
import { getLanguage, plural, t } from '../../lib/i18n';
import type { Recipient } from '../../lib/sites/types';
import { firstPlaceholder } from '../../lib/ui/placeholder';
import { strongest } from '../../lib/ui/reasons';
import type { FindingView, IgnoredView, Notice, Review } from '../../lib/ui/review';
import { ContactCard } from './ContactCard';
import { FindingCard } from './FindingCard';
import { Gauge } from './Gauge';
import { IgnoredList } from './IgnoredList';
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
  /** The draft changed since `review` was made: the analysis of the new text is on its way. */
  reading?: boolean;
  notice: Notice;
  canUndo: boolean;
  /** What the user ignored in this draft or turned off, latest last. */
  ignored?: readonly IgnoredView[];
  /** The side the panel keeps to; the head offers the other. */
  dock?: 'left' | 'right';
  onToggle: () => void;
  onApply: (key: string, suggestion: string) => void;
  onApplyRewrite: (key: string, index: number) => void;
  onIgnore: (key: string) => void;
  onDisableRule: (ruleId: string) => void;
  onRestore?: (key: string) => void;
  onDock?: () => void;
  onUndo: () => void;
  onHover: (key: string | null) => void;
}

/** Finding cards rendered at once, and how many more "Show more" adds: a long draft has thousands. */
export const CARDS_AT_ONCE = 50;

const LEADS = { tense: 'sidebarLeadTense', review: 'sidebarLeadReview', calm: 'sidebarLeadCalm' } as const;
/** What stays the same about a finding while the user types elsewhere (its key has the offset). */
const identity = (f: FindingView) => `${f.ruleId}|${f.quote}`;
const NEXT_KEYS = new Set(['ArrowDown', 'j']);
const PREVIOUS_KEYS = new Set(['ArrowUp', 'k']);

/** How many findings are new since the last review: said once to screen readers, never per reading. */
function useNewFindings(review: Review | null): number {
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState(0);
  useEffect(() => {
    if (!review) return;
    const now = new Set(review.findings.map(identity));
    const before = seen.current ?? new Set<string>();
    setFresh([...now].filter((id) => !before.has(id)).length);
    seen.current = now;
  }, [review]);
  return fresh;
}

/**
 * The mail sidebar: a one-line verdict, the findings one line each (why and
 * rewrites on expand), the appreciation question below them unless the draft
 * is calm, then the gauges and who the draft is for; or a small tab. Focus
 * stays in the panel after every action.
 */
export function Sidebar(props: SidebarProps) {
  const { wordCount, collapsed, review, notice, canUndo, onToggle, onApply, onApplyRewrite, onHover } = props;
  const ignored = props.ignored ?? [];
  const [cardLimit, setCardLimit] = useState(CARDS_AT_ONCE);
  const [expanded, setExpanded] = useState<string | null>(null);
  const fresh = useNewFindings(review);
  const root = useRef<HTMLDivElement>(null);
  /** Where focus goes after the next render: the control that replaced the one the user acted on (first found of `a || b`). */
  const focusNext = useRef<PendingFocus | null>(null);
  focusNext.current ??= pendingFocus(() => root.current, document);
  useEffect(() => focusNext.current?.attempt());
  useEffect(() => {
    // The page hands focus back after an edit (compose-feed): the undo may already be there.
    const attempt = () => focusNext.current?.attempt();
    window.addEventListener('focus', attempt);
    return () => window.removeEventListener('focus', attempt);
  }, []);
  const after = (selector: string, act: () => void) => {
    focusNext.current?.set(selector.split(' || '));
    act();
  };
  const toggle = () =>
    after(collapsed ? '[data-testid="sidebar-collapse"]' : '[data-testid="sidebar-expand"]', onToggle);
  const count = review?.findings.length ?? 0;

  if (collapsed) {
    return (
      <div class="rp-sidebar-root" ref={root}>
        <button
          type="button"
          class="rp-button rp-tab"
          data-testid="sidebar-expand"
          aria-label={count > 0 ? plural('sidebarExpandCount', count) : t('sidebarExpand')}
          aria-expanded="false"
          onClick={toggle}
        >
          R{count > 0 && <span class="rp-tab__count">{count}</span>}
        </button>
      </div>
    );
  }
  const why = {
    tension: strongest(review?.reasons ?? [], 'tension'),
    appreciation: strongest(review?.reasons ?? [], 'appreciation'),
    security: strongest(review?.reasons ?? [], 'security'),
  };
  // One list in the order of the categories; cards beyond the limit are never created.
  const ordered = CATEGORIES.flatMap((category) => review?.findings.filter((f) => f.category === category) ?? []);
  const shown = ordered.slice(0, cardLimit);
  const hidden = ordered.length - shown.length;
  const calm = review?.verdict === 'calm';
  const reading = wordCount > 0 && (review === null || props.reading === true);

  const onListKey = (event: KeyboardEvent) => {
    const heads = rowsOf(root.current, '[data-testid="finding-head"]');
    const at = heads.indexOf(event.target as HTMLElement);
    if (at < 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const step = NEXT_KEYS.has(event.key) ? 1 : PREVIOUS_KEYS.has(event.key) ? -1 : 0;
    if (step !== 0) {
      event.preventDefault();
      heads[Math.max(0, Math.min(heads.length - 1, at + step))]?.focus();
    } else if (event.key === 'a') {
      const finding = shown[at];
      if (!finding) return;
      event.preventDefault();
      const rewrite = finding.rewrites[0];
      // The list is read anew after the edit: focus waits on the undo of the change.
      if (rewrite) applyRewrite(finding, rewrite.index);
      else if (finding.suggestions[0] !== undefined)
        after('[data-testid="undo"]', () => onApply(finding.key, finding.suggestions[0] as string));
    }
  };

  // A rewrite with a gap to fill leaves the focus in the editor, on the gap; any other keeps it in the panel.
  const applyRewrite = (finding: FindingView, index: number) => {
    const text = finding.rewrites.find((r) => r.index === index)?.text ?? '';
    if (firstPlaceholder(text)) onApplyRewrite(finding.key, index);
    else after('[data-testid="undo"]', () => onApplyRewrite(finding.key, index));
  };

  const appreciation = props.appreciation ?? (
    <p class="rp-sidebar__prompt" data-testid="appreciation-prompt">
      {t('sidebarAppreciationPrompt')}
    </p>
  );

  return (
    <div class="rp-sidebar-root" ref={root}>
      <aside class="rp-sidebar" aria-label={t('sidebarLabel')} data-testid="sidebar">
        <header class="rp-sidebar__head">
          <h2 class="rp-sidebar__title">{t('extName')}</h2>
          {props.onDock && (
            <button
              type="button"
              class="rp-button rp-button--quiet"
              data-testid="sidebar-dock"
              onClick={() => after('[data-testid="sidebar-dock"]', props.onDock as () => void)}
            >
              {props.dock === 'left' ? t('sidebarDockRight') : t('sidebarDockLeft')}
            </button>
          )}
          <button
            type="button"
            class="rp-button"
            data-testid="sidebar-collapse"
            aria-label={t('sidebarCollapse')}
            aria-expanded="true"
            onClick={toggle}
          >
            ›
          </button>
        </header>
        <div class="rp-sidebar__lead" data-testid="verdict">
          {wordCount === 0 ? (
            <p class="rp-sidebar__hint">{t('sidebarEmptyDraft')}</p>
          ) : reading || !review ? (
            <p class="rp-sidebar__hint" aria-busy="true" data-testid="reading">
              {t('sidebarAnalysing')}
            </p>
          ) : count === 0 ? (
            <VerdictLine
              verdict={review.verdict}
              canExplain={
                review.verdict === 'tense' ? why.tension.length > 0 : Object.values(why).some((r) => r.length > 0)
              }
            />
          ) : (
            <p class={`rp-sidebar__hint rp-verdict rp-verdict--${review.verdict}`}>
              {t(LEADS[review.verdict])} {plural('sidebarFindingCount', count)}
            </p>
          )}
          <p class="rp-sidebar__count rp-muted" data-testid="word-count">
            {plural('sidebarWordCount', wordCount)}
          </p>
        </div>
        <p class="rp-visually-hidden" data-testid="announce" aria-live="polite">
          {fresh > 0 ? plural('sidebarNewFindings', fresh) : ''}
        </p>
        {calm && appreciation}
        {review && wordCount > 0 && (
          <>
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
          </>
        )}
        {notice && (
          <p class="rp-sidebar__notice" role="status" data-testid="notice">
            {notice === 'changed' ? t('sidebarChanged') : t('sidebarApplyFailed')}
          </p>
        )}
        {canUndo && (
          <button
            type="button"
            class="rp-button"
            data-testid="undo"
            onClick={() => after('[data-testid="finding-head"] || [data-testid="sidebar-collapse"]', props.onUndo)}
          >
            {t('sidebarUndo')}
          </button>
        )}
        {shown.length > 0 && (
          <>
            <ul class="rp-findings" aria-label={t('sidebarFindingsLabel')} onKeyDown={onListKey}>
              {shown.map((finding) => (
                <FindingCard
                  key={finding.key}
                  finding={finding}
                  expanded={expanded === finding.key}
                  onToggle={(key) => setExpanded(expanded === key ? null : key)}
                  onApply={(key, suggestion) => after('[data-testid="undo"]', () => onApply(key, suggestion))}
                  onApplyRewrite={(_key, index) => applyRewrite(finding, index)}
                  onIgnore={(key) => after('[data-testid="undo-ignore"]', () => props.onIgnore(key))}
                  onDisableRule={(id) => after('[data-testid="undo-ignore"]', () => props.onDisableRule(id))}
                  onHover={onHover}
                />
              ))}
            </ul>
            <p class="rp-sidebar__keys rp-muted">{t('sidebarKeysHint')}</p>
          </>
        )}
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
        {ignored.length > 0 && props.onRestore && (
          <IgnoredList
            ignored={ignored}
            onRestore={(key) =>
              after('[data-testid="finding-head"] || [data-testid="sidebar-collapse"]', () => props.onRestore?.(key))
            }
          />
        )}
        {!calm && appreciation}
        {review && wordCount > 0 && (
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
        )}
        <ContactCard recipients={props.recipients} repliedTo={props.repliedTo ?? null} />
        <p class="rp-sidebar__privacy rp-muted">{t('privacyLine')}</p>
      </aside>
    </div>
  );
}
