import { t } from '../../lib/i18n';
import type { IgnoredView } from '../../lib/ui/review';
import { categoryKey } from './FindingCard';

export interface IgnoredListProps {
  /** Latest last. */
  ignored: readonly IgnoredView[];
  onRestore: (key: string) => void;
}

const labelOf = (item: IgnoredView) =>
  item.kind === 'here' ? t('sidebarIgnoredHere', item.quote) : t('sidebarRuleOff', t(categoryKey(item.category)));

/** The latest ignore with its undo, and everything ignored in this draft, each with a restore. */
export function IgnoredList({ ignored, onRestore }: IgnoredListProps) {
  const latest = ignored[ignored.length - 1];
  if (!latest) return null;
  return (
    <section class="rp-ignored" aria-label={t('sidebarIgnoredTitle')} data-testid="ignored">
      <p class="rp-ignored__latest" role="status">
        <span>{labelOf(latest)}</span>{' '}
        <button
          type="button"
          class="rp-button rp-button--quiet"
          data-testid="undo-ignore"
          onClick={() => onRestore(latest.key)}
        >
          {t('sidebarUndoIgnore')}
        </button>
      </p>
      <details class="rp-ignored__all">
        <summary class="rp-focusable">
          {t('sidebarIgnoredTitle')} ({ignored.length})
        </summary>
        <ul class="rp-ignored__list">
          {ignored.map((item) => (
            <li key={item.key} data-testid="ignored-item">
              <span>{labelOf(item)}</span>{' '}
              <button type="button" class="rp-button rp-button--quiet" onClick={() => onRestore(item.key)}>
                {t('sidebarRestore')}
              </button>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
