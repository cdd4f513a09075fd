import { t } from '../../lib/i18n';

export interface PreCallCardProps {
  meetingTitle: string;
  onDismiss: () => void;
}

/** The small brief beside a call's join button. */
export function PreCallCard({ meetingTitle, onDismiss }: PreCallCardProps) {
  return (
    <section class="rp-card" aria-label={t('precallLabel')} data-testid="precall-card">
      <h2 class="rp-card__title">{t('precallTitle')}</h2>
      {meetingTitle && <p class="rp-card__meeting rp-muted">{t('precallMeeting', meetingTitle)}</p>}
      <p class="rp-card__prompt">{t('precallPrompt')}</p>
      <ul class="rp-card__checklist">
        <li>{t('precallCheckEarly')}</li>
        <li>{t('precallCheckListen')}</li>
        <li>{t('precallCheckCommon')}</li>
      </ul>
      <button type="button" class="rp-button" data-testid="precall-dismiss" onClick={onDismiss}>
        {t('precallDismiss')}
      </button>
    </section>
  );
}
