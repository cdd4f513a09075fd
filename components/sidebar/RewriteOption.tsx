import { t } from '../../lib/i18n';
import { splitPlaceholders } from '../../lib/ui/placeholder';
import type { RewriteView } from '../../lib/ui/review';

export interface RewriteOptionProps {
  rewrite: RewriteView;
  /** The user's sentence is shown once: a further option for the same sentence leaves it out. */
  showBefore: boolean;
  onApply: (index: number) => void;
}

/**
 * One whole-sentence rewrite: the user's sentence struck through, the calmer
 * one with its gaps marked, one click to use it. An empty rewrite says to
 * leave the sentence out.
 */
export function RewriteOption({ rewrite, showBefore, onApply }: RewriteOptionProps) {
  const leaveOut = rewrite.text === '';
  return (
    <div class="rp-rewrite" data-testid="rewrite">
      {showBefore && (
        <p class="rp-rewrite__before">
          <span class="rp-visually-hidden">{t('sidebarRewriteBefore')} </span>
          <del>{rewrite.before}</del>
        </p>
      )}
      <p class="rp-rewrite__after">
        <span class="rp-visually-hidden">{t('sidebarRewriteAfter')} </span>
        {leaveOut && <em class="rp-rewrite__leave-out">{t('sidebarRewriteLeaveOut')}</em>}
        <ins hidden={leaveOut}>
          {splitPlaceholders(rewrite.text).map((part) =>
            part.placeholder ? (
              <mark key={part.start} class="rp-rewrite__gap">
                {part.text}
              </mark>
            ) : (
              part.text
            ),
          )}
        </ins>
      </p>
      <button
        type="button"
        class="rp-button rp-button--primary"
        data-testid="apply-rewrite"
        aria-label={
          leaveOut ? t('sidebarRewriteLeaveOutLabel', rewrite.before.trim()) : t('sidebarUseRewriteLabel', rewrite.text)
        }
        onClick={() => onApply(rewrite.index)}
      >
        {leaveOut ? t('sidebarRewriteLeaveOut') : t('sidebarUseRewrite')}
      </button>
    </div>
  );
}
