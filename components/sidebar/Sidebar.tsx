import { plural, t } from '../../lib/i18n';

export interface SidebarProps {
  wordCount: number;
  collapsed: boolean;
  onToggle: () => void;
}

/** The mail sidebar shell: a panel beside the compose window, or a small tab. */
export function Sidebar({ wordCount, collapsed, onToggle }: SidebarProps) {
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
        R
      </button>
    );
  }
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
      <p class="rp-sidebar__count" data-testid="word-count" aria-live="polite">
        {plural('sidebarWordCount', wordCount)}
      </p>
      <p class="rp-sidebar__hint rp-muted">
        {wordCount === 0 ? t('sidebarEmptyDraft') : t('sidebarAppreciationPrompt')}
      </p>
      <p class="rp-sidebar__privacy rp-muted">{t('privacyLine')}</p>
    </aside>
  );
}
