import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../lib/i18n';
import type { Recipient } from '../../lib/sites/types';
import { Checklist } from './Checklist';

export interface CallSidebarProps {
  collapsed: boolean;
  people: readonly (Recipient & { known: boolean })[];
  /** The appreciation question for the most relevant person, with their notes behind a click. */
  appreciation?: ComponentChildren;
  /** Coaching for the chat message being typed (findings with rewrites), when the chat is open. */
  chat?: ComponentChildren;
  momentStatus: 'idle' | 'saving' | 'saved' | 'error';
  onToggle: () => void;
  onMoment: (text: string) => void;
}

/** During a call: a small tab by default; opened, the people, the checklist, "note this moment" and chat coaching. */
export function CallSidebar({
  collapsed,
  people,
  appreciation,
  chat,
  momentStatus,
  onToggle,
  onMoment,
}: CallSidebarProps) {
  const [moment, setMoment] = useState('');
  if (collapsed) {
    return (
      <button
        type="button"
        class="rp-button rp-tab rp-call-tab"
        data-testid="call-expand"
        aria-label={t('callExpand')}
        aria-expanded="false"
        onClick={onToggle}
      >
        R
      </button>
    );
  }
  return (
    <aside class="rp-sidebar rp-call" aria-label={t('callLabel')} data-testid="call-sidebar">
      <header class="rp-sidebar__head">
        <h2 class="rp-sidebar__title">{t('extName')}</h2>
        <button
          type="button"
          class="rp-button"
          data-testid="call-collapse"
          aria-label={t('callCollapse')}
          aria-expanded="true"
          onClick={onToggle}
        >
          ‹
        </button>
      </header>
      {people.length > 0 && (
        <ul class="rp-call__people" data-testid="call-people" aria-label={t('callPeople')}>
          {people.map((p) => (
            <li key={`${p.name}|${p.email}`} class="rp-contact" data-known={p.known}>
              <strong>{p.name || p.email}</strong>
            </li>
          ))}
        </ul>
      )}
      {appreciation}
      <form
        class="rp-call__moment"
        onSubmit={(event) => {
          event.preventDefault();
          if (!moment.trim()) return;
          onMoment(moment);
          setMoment('');
        }}
      >
        <label for="rp-moment" class="rp-call__moment-label">
          {t('callMoment')}
        </label>
        <input
          id="rp-moment"
          class="rp-focusable rp-appreciate__input"
          data-testid="moment-input"
          value={moment}
          placeholder={t('callMomentPlaceholder')}
          onInput={(event) => setMoment(event.currentTarget.value)}
        />
        <button type="submit" class="rp-button rp-button--primary" data-testid="moment-save" disabled={!moment.trim()}>
          {t('callMomentSave')}
        </button>
        <span role="status" class="rp-muted" data-testid="moment-status">
          {momentStatus === 'saved' ? t('callMomentSaved') : momentStatus === 'error' ? t('callMomentFailed') : ''}
        </span>
      </form>
      {chat && (
        <section class="rp-call__chat" aria-label={t('callChat')} data-testid="chat-coaching">
          <h3 class="rp-group__title">{t('callChat')}</h3>
          {chat}
        </section>
      )}
      <Checklist />
      <p class="rp-sidebar__privacy rp-muted">{t('hideAllHint')}</p>
    </aside>
  );
}
