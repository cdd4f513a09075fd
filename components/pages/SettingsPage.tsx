import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/storage/settings';
import type { SettingsState } from '../../lib/ui/use-settings';
import { SettingsForm } from '../settings/SettingsForm';

export interface SettingsPageProps {
  variant: 'popup' | 'options';
  state: SettingsState;
  onChange: (patch: Partial<Settings>) => void;
  /** Popup only: opens the full options page. */
  onOpenOptions?: () => void;
  /** Options only: the user's own webmail. */
  ownSites?: ComponentChildren;
}

/** The toolbar popup and the options page: same settings, two depths. */
export function SettingsPage({ variant, state, onChange, onOpenOptions, ownSites }: SettingsPageProps) {
  return (
    <main class={`rp-page rp-page--${variant}`} data-testid={`${variant}-page`}>
      <h1 class="rp-page__title">{variant === 'popup' ? t('extName') : t('optionsTitle')}</h1>
      {variant === 'popup' && <p class="rp-page__intro">{t('popupIntro')}</p>}
      {state.phase === 'loading' && (
        <p class="rp-muted" aria-busy="true">
          …
        </p>
      )}
      {state.phase === 'failed' && (
        <p class="rp-page__error" role="alert">
          {t('settingsLoadFailed', state.error)}
        </p>
      )}
      {state.phase === 'ready' && (
        <section aria-labelledby="rp-settings-heading">
          <h2 id="rp-settings-heading" class="rp-page__subtitle">
            {t('settingsTitle')}
          </h2>
          <SettingsForm
            settings={state.settings}
            status={state.status}
            showLanguage={variant === 'options'}
            onChange={onChange}
          />
        </section>
      )}
      {state.phase === 'ready' && ownSites}
      {onOpenOptions && (
        <button type="button" class="rp-button" data-testid="open-options" onClick={onOpenOptions}>
          {t('popupOpenOptions')}
        </button>
      )}
      <p class="rp-page__privacy rp-muted">{t('privacyLine')}</p>
    </main>
  );
}
