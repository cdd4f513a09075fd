import { getLanguage, t } from '../../lib/i18n';
import type { SiteState } from '../../lib/settings/model';

export interface SiteControlProps {
  /** The site's name as people know it ("Gmail"). */
  name: string;
  state: SiteState;
  /** The last change could not be saved. */
  error: string | null;
  onTurnOff: () => void;
  onPause: () => void;
  /** Turns the site on again: off or paused. */
  onTurnOn: () => void;
}

const clock = (iso: string) => new Intl.DateTimeFormat(getLanguage(), { timeStyle: 'short' }).format(new Date(iso));

/** Rapport on the current tab's site: on, off, or paused for an hour; the buttons say what they do. */
export function SiteControl({ name, state, error, onTurnOff, onPause, onTurnOn }: SiteControlProps) {
  return (
    <section
      class="rp-site-control"
      aria-label={t('popupSiteLabel')}
      data-testid="site-control"
      data-state={state.kind}
    >
      <p class="rp-site-control__state" role="status" data-testid="site-state">
        {state.kind === 'on' && t('popupSiteOn', name)}
        {state.kind === 'off' && t('popupSiteOff', name)}
        {state.kind === 'paused' && t('popupSitePaused', name, clock(state.until))}
      </p>
      <div class="rp-site-control__actions">
        {state.kind === 'on' ? (
          <>
            <button type="button" class="rp-button" data-testid="site-off" onClick={onTurnOff}>
              {t('popupSiteTurnOff')}
            </button>
            <button type="button" class="rp-button" data-testid="site-pause" onClick={onPause}>
              {t('popupSitePause')}
            </button>
          </>
        ) : (
          <button type="button" class="rp-button" data-testid="site-on" onClick={onTurnOn}>
            {state.kind === 'paused' ? t('popupSiteResume') : t('popupSiteTurnOn')}
          </button>
        )}
      </div>
      {error && (
        <p class="rp-page__error" role="alert">
          {t('settingsSaveFailed', error)}
        </p>
      )}
    </section>
  );
}
