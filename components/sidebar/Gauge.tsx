import { useId, useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import { cueKey, signedPoints } from '../../lib/ui/reasons';
import type { ReasonView } from '../../lib/ui/review';

export interface GaugeProps {
  label: string;
  value: number;
  testId: string;
  /** Grades for a score where less is better (tension): the meter's optimum and the colour turn around. */
  lowerIsBetter?: boolean;
  /** Where the grades change: below `low`, from `high` on. */
  low?: number;
  high?: number;
  /** The strongest reasons behind the score, strongest first; none: no "why". */
  reasons?: readonly ReasonView[];
}

/** A 0–100 score as a labelled, graded meter that can say why it stands where it does. */
export function Gauge({ label, value, testId, lowerIsBetter = false, low = 40, high = 70, reasons = [] }: GaugeProps) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const band = value >= high ? 'high' : value >= low ? 'mid' : 'low';
  const level = band === 'mid' ? 'fair' : (band === 'high') !== lowerIsBetter ? 'good' : 'low';
  return (
    <div class={`rp-gauge rp-gauge--${level}`} data-testid={testId} data-level={level}>
      <span class="rp-gauge__label" aria-hidden="true">
        {label}
      </span>
      <meter
        class="rp-gauge__meter"
        min={0}
        max={100}
        low={low}
        high={high}
        optimum={lowerIsBetter ? 0 : 100}
        value={value}
        aria-label={lowerIsBetter ? t('sidebarScoreLower', label, value) : t('sidebarScore', label, value)}
      />
      <span class="rp-gauge__value" aria-hidden="true">
        {value}
      </span>
      {reasons.length > 0 && (
        <>
          <button
            type="button"
            class="rp-button rp-button--quiet rp-gauge__why"
            data-testid="why"
            aria-expanded={open ? 'true' : 'false'}
            aria-controls={listId}
            aria-label={t('sidebarWhyScoreLabel', value, label)}
            onClick={() => setOpen(!open)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' && open) {
                event.stopPropagation();
                setOpen(false);
              }
            }}
          >
            {t('sidebarWhyScore', value)}
          </button>
          <ul
            id={listId}
            class="rp-reasons"
            data-testid="reasons"
            aria-label={t('sidebarReasonsLabel', label)}
            hidden={!open}
          >
            {reasons.map((reason) => {
              // Does this reason make the score better or worse for the reader?
              const helps = reason.points > 0 !== lowerIsBetter;
              return (
                <li
                  key={reason.cue}
                  class={`rp-reason rp-reason--${helps ? 'helps' : 'hurts'}`}
                  data-testid="reason"
                  data-cue={reason.cue}
                >
                  <span class="rp-reason__name">{t(cueKey(reason.cue))}</span>
                  {reason.quote !== null && (
                    <span class="rp-reason__quote">{t('sidebarReasonQuote', reason.quote)}</span>
                  )}
                  <span class="rp-reason__points" data-testid="reason-points">
                    {signedPoints(reason.points)}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </div>
  );
}
