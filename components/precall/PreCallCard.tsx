import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { Recipient } from '../../lib/sites/types';
import { Checklist } from '../call/Checklist';
import { MoodCheck, type MoodCheckProps } from '../call/MoodCheck';

export interface PreCallCardProps {
  meetingTitle: string;
  /** The people the page names, with whether Rapport knows them. */
  people: readonly (Recipient & { known: boolean })[];
  /** The appreciation question for the most relevant person (AppreciationPrompt), and their private notes behind a click. */
  appreciation?: ComponentChildren;
  mood: MoodCheckProps;
  onDismiss: () => void;
  /** Rapport stays off this call site from now on (settings). */
  onTurnOff: () => void;
}

/** The small brief beside a call's join button. */
export function PreCallCard({ meetingTitle, people, appreciation, mood, onDismiss, onTurnOff }: PreCallCardProps) {
  return (
    <section class="rp-card" aria-label={t('precallLabel')} data-testid="precall-card">
      <h2 class="rp-card__title">{t('precallTitle')}</h2>
      {meetingTitle && <p class="rp-card__meeting rp-muted">{t('precallMeeting', meetingTitle)}</p>}
      {people.length > 0 && (
        <p class="rp-card__people" data-testid="participants">
          {t('precallWith')}{' '}
          {people.map((p, i) => (
            <span key={`${p.name}|${p.email}`} data-known={p.known}>
              {i > 0 && ', '}
              <bdi>{p.name || p.email}</bdi>
              {p.known && <span class="rp-visually-hidden"> ({t('precallKnown')})</span>}
            </span>
          ))}
        </p>
      )}
      {appreciation ?? <p class="rp-card__prompt">{t('precallPrompt')}</p>}
      <MoodCheck {...mood} />
      <Checklist short />
      <div class="rp-card__actions">
        <button type="button" class="rp-button" data-testid="precall-dismiss" onClick={onDismiss}>
          {t('precallDismiss')}
        </button>
        <button type="button" class="rp-button rp-button--quiet" data-testid="precall-turn-off" onClick={onTurnOff}>
          {t('precallTurnOff')}
        </button>
      </div>
      <p class="rp-card__hint rp-muted">{t('hideAllHint')}</p>
    </section>
  );
}
