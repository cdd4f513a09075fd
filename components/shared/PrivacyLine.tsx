import { t } from '../../lib/i18n';

/** The privacy promise in one line, with the full statement (entrypoints/privacy) a click away in a new tab. */
export function PrivacyLine({ class: className }: { class: string }) {
  return (
    <p class={className}>
      {t('privacyLine')}{' '}
      <a href="/privacy.html" target="_blank" rel="noreferrer" data-testid="privacy-link">
        {t('privacyLink')}
      </a>
    </p>
  );
}
