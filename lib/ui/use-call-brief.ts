// What the call surfaces (pre-join card, in-call sidebar, popup) know about a
// meeting: its people and their questions, the mood, and saving answers.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { getLanguage } from '../i18n';
import { send } from '../messaging/client';
import type { CallBrief } from '../messaging/protocol';
import type { MeetingPatch } from '../storage/meetings';
import { createSaveIds } from './save-ids';
import { type AppreciationStatus, snoozeUntil } from './use-contact-brief';

export interface MeetingRef {
  site: string;
  key: string;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

export function useCallBrief(meeting: MeetingRef | null) {
  const [brief, setBrief] = useState<CallBrief | null>(null);
  const [status, setStatus] = useState<Record<string, AppreciationStatus>>({});
  const [error, setError] = useState<string | null>(null);
  const saveIds = useRef(createSaveIds()).current;

  const load = useCallback(async () => {
    if (!meeting) return;
    const next = await send({ type: 'calls/brief', ...meeting, language: getLanguage() });
    setBrief(next);
    return next;
  }, [meeting?.site, meeting?.key]);

  useEffect(() => {
    load()
      .then((next) => {
        // The first known person's question counts as asked (not repeated within the next ten).
        const focus = next?.people[0];
        if (focus?.email && focus.brief.prompt) {
          return send({
            type: 'contacts/prompt-shown',
            email: focus.email,
            name: focus.name,
            promptId: focus.brief.prompt.id,
          });
        }
      })
      .catch((e: unknown) => console.warn('[Rapport] no brief for this meeting', e));
  }, [load]);

  const update = (patch: MeetingPatch) => {
    if (!meeting) return;
    send({ type: 'calls/update', ...meeting, patch }).then(
      (saved) => setBrief((b) => (b ? { ...b, meeting: saved } : b)),
      (e: unknown) => setError(errorText(e)),
    );
  };

  return {
    brief,
    error,
    status,
    update,
    appreciate: (email: string, name: string, text: string) => {
      setStatus((s) => ({ ...s, [email]: 'saving' }));
      const what = `${email}\n${text}`;
      send({ type: 'contacts/appreciate', email, name, text, source: 'call', saveId: saveIds.idFor(what) }).then(
        () => {
          saveIds.saved(what);
          setStatus((s) => ({ ...s, [email]: 'saved' }));
        },
        (e: unknown) => {
          setError(errorText(e));
          setStatus((s) => ({ ...s, [email]: 'error' }));
        },
      );
    },
    confirm: (contact: string, yes: boolean) => {
      if (!meeting) return;
      send({ type: 'calls/confirm', ...meeting, contact, yes }).then(load, (e: unknown) => setError(errorText(e)));
    },
    dismiss: (email: string) => setStatus((s) => ({ ...s, [email]: 'dismissed' })),
    snooze: (email: string) => {
      setStatus((s) => ({ ...s, [email]: 'dismissed' }));
      send({ type: 'contacts/snooze', email, until: snoozeUntil() }).catch((e: unknown) => setError(errorText(e)));
    },
    reload: load,
  };
}
