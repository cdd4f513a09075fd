import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import { SectionBoundary } from '../options/SectionBoundary';
import { PrivacyLine } from '../shared/PrivacyLine';

export interface OptionsNavItem {
  id: string;
  label: string;
}

export interface OptionsPageProps {
  nav: OptionsNavItem[];
  /** The id of the section shown. */
  current: string;
  onNavigate: (id: string) => void;
  children?: ComponentChildren;
}

/**
 * The options page's frame: the title, a list of sections on the left, the
 * current one on the right (wide enough for contacts beside their editor:
 * wrap the two in `<div class="rp-options__split">`). The section sits in an
 * error boundary: one that fails to render shows why, the rest of the page works.
 */
export function OptionsPage({ nav, current, onNavigate, children }: OptionsPageProps) {
  return (
    <div class="rp-page rp-options" data-testid="options-page">
      <header class="rp-options__head">
        <h1 class="rp-page__title">{t('optionsTitle')}</h1>
        <PrivacyLine class="rp-muted rp-options__privacy" />
      </header>
      <nav class="rp-options__nav" aria-label={t('optionsNavLabel')}>
        <ul>
          {nav.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                class="rp-options__nav-item rp-focusable"
                data-testid="options-nav"
                data-id={item.id}
                aria-current={item.id === current ? 'page' : undefined}
                onClick={() => onNavigate(item.id)}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      </nav>
      <main class="rp-options__main" data-testid="options-main">
        <SectionBoundary key={current}>{children}</SectionBoundary>
      </main>
    </div>
  );
}
