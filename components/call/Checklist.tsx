import { t } from '../../lib/i18n';

const LINES = [
  'precallCheckEarly',
  'precallCheckListen',
  'precallCheckBlindSpots',
  'precallCheckCommon',
  'precallCheckGenerous',
] as const;

/** The friction checklist (principle 4) in Rapport's words; `short` keeps the first three for the small card. */
export function Checklist({ short = false }: { short?: boolean }) {
  return (
    <ul class="rp-checklist" data-testid="checklist" aria-label={t('checklistLabel')}>
      {(short ? LINES.slice(0, 3) : LINES).map((key) => (
        <li key={key}>{t(key)}</li>
      ))}
    </ul>
  );
}
