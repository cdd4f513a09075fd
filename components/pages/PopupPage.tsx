import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/storage/settings';
import type { SettingsState } from '../../lib/ui/use-settings';
import { SettingsForm } from '../settings/SettingsForm';
import { PrivacyLine } from '../shared/PrivacyLine';

export interface PopupPageProps {
  state: SettingsState;
  onChange: (patch: Partial<Settings>) => void;
  onOpenOptions: () => void;
  /** The appreciation question about the person the user is about to write to (or picks). */
  children?: ComponentChildren;
  /** Rapport on the current tab's site (SiteControl), below the brief. */
  site?: ComponentChildren;
}

/** The toolbar popup: the appreciation question first, the essentials of the settings below. */
export function PopupPage({ state, onChange, onOpenOptions, children, site }: PopupPageProps) {
  return (
    <main class="rp-page rp-page--popup" data-testid="popup-page">
      <h1 class="rp-page__title">{t('extName')}</h1>
      {children}
      {site}
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
          <SettingsForm settings={state.settings} status={state.status} showLanguage={false} onChange={onChange} />
        </section>
      )}
      <button type="button" class="rp-button" data-testid="open-options" onClick={onOpenOptions}>
        {t('popupOpenOptions')}
      </button>
      <PrivacyLine class="rp-page__privacy rp-muted" />
    </main>
  );
}
