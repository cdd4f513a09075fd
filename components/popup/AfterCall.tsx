import { useState } from 'preact/hooks';
import { isolate, plural, t } from '../../lib/i18n';
import type { Meeting } from '../../lib/storage/meetings';

export interface AfterCallProps {
  meeting: Meeting;
  status: 'idle' | 'saving' | 'saved' | 'error';
  /** How many journals the saved agreement went into. */
  saved: number;
  onSave: (text: string) => void;
  onSkip: () => void;
}

/** After a call: the moment of agreement and the decisions, noted with the date so they are not doubted later. */
export function AfterCall({ meeting, status, saved, onSave, onSkip }: AfterCallProps) {
  const [text, setText] = useState('');
  const people = meeting.participants.map((p) => isolate(p.name || p.email)).join(', ');
  if (status === 'saved') {
    return (
      <p class="rp-after__saved" role="status" data-testid="after-call-saved">
        {saved > 0 ? plural('afterSaved', saved) : t('afterSavedMeeting')}
      </p>
    );
  }
  return (
    <form
      class="rp-after"
      data-testid="after-call"
      onSubmit={(event) => {
        event.preventDefault();
        if (text.trim()) onSave(text);
      }}
    >
      <h2 class="rp-page__subtitle">{t('afterTitle', meeting.title || meeting.key)}</h2>
      {people && <p class="rp-muted">{t('afterWith', people)}</p>}
      {meeting.goal && <p class="rp-muted">{t('afterGoal', meeting.goal)}</p>}
      {meeting.criticalPoint && <p class="rp-muted">{t('afterCritical', meeting.criticalPoint)}</p>}
      <label for="rp-agreement">{t('afterQuestion')}</label>
      <textarea
        id="rp-agreement"
        class="rp-focusable rp-after__text"
        data-testid="agreement-input"
        rows={3}
        maxLength={2_000}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {status === 'error' && (
        <p class="rp-page__error" role="alert">
          {t('callMomentFailed')}
        </p>
      )}
      <div class="rp-appreciate__actions">
        <button type="submit" class="rp-button rp-button--primary" data-testid="agreement-save" disabled={!text.trim()}>
          {t('afterSave')}
        </button>
        <button type="button" class="rp-button" data-testid="agreement-skip" onClick={onSkip}>
          {t('afterSkip')}
        </button>
      </div>
    </form>
  );
}
