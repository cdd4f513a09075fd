import { t } from '../../lib/i18n';

export interface MoodCheckProps {
  mood: number | null;
  /** One line of the user's own reset list, offered when they arrive drained (1 or 2). */
  resetItem: string | null;
  onMood: (mood: number) => void;
}

const MOODS = [1, 2, 3, 4, 5] as const;
/** Each step's meaning, so "3" is not read alone as "3 of 5". */
const MEANINGS = { 1: 'moodLevel1', 2: 'moodLevel2', 3: 'moodLevel3', 4: 'moodLevel4', 5: 'moodLevel5' } as const;

/** "How are you arriving?" — one tap, 1 (drained) to 5 (ready). */
export function MoodCheck({ mood, resetItem, onMood }: MoodCheckProps) {
  return (
    <fieldset class="rp-mood" data-testid="mood">
      <legend class="rp-mood__question">{t('moodQuestion')}</legend>
      <div class="rp-mood__scale">
        {MOODS.map((value) => (
          <button
            key={value}
            type="button"
            class="rp-button rp-mood__option"
            aria-pressed={mood === value}
            aria-label={t('moodOption', value, t(MEANINGS[value]))}
            data-testid={`mood-${value}`}
            onClick={() => onMood(value)}
          >
            {value}
          </button>
        ))}
      </div>
      <p class="rp-mood__ends rp-muted">{t('moodEnds')}</p>
      {mood !== null && mood <= 2 && resetItem && (
        <p class="rp-mood__reset" data-testid="reset-item" role="note">
          {t('moodReset', resetItem)}
        </p>
      )}
    </fieldset>
  );
}
