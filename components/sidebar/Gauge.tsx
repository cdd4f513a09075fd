import { t } from '../../lib/i18n';

export interface GaugeProps {
  label: string;
  value: number;
  testId: string;
}

/** A 0–100 score as a labelled meter. */
export function Gauge({ label, value, testId }: GaugeProps) {
  const level = value >= 70 ? 'good' : value >= 40 ? 'fair' : 'low';
  return (
    <div class={`rp-gauge rp-gauge--${level}`} data-testid={testId}>
      <span class="rp-gauge__label" aria-hidden="true">
        {label}
      </span>
      <meter
        class="rp-gauge__meter"
        min={0}
        max={100}
        low={40}
        high={70}
        optimum={100}
        value={value}
        aria-label={t('sidebarScore', label, value)}
      />
      <span class="rp-gauge__value" aria-hidden="true">
        {value}
      </span>
    </div>
  );
}
