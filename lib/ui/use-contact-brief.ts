// The appreciation question about the first recipient, asked once per compose
// and contact: fetched when the draft's tension is first known (or at once for
// an empty draft), remembered as shown, answered, dismissed or snoozed. If the
// draft then runs hot before the user answered, the question turns once to the
// one that looks for a positive moment.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Brief } from '../contacts/brief';
import { normalizeEmail } from '../contacts/normalize';
import { TENSE_DRAFT } from '../contacts/prompts';
import { getLanguage } from '../i18n';
import { send } from '../messaging/client';
import type { Recipient } from '../sites/types';
import { createSaveIds } from './save-ids';

/** How long "not about this person for now" lasts. */
const SNOOZE_DAYS = 14;

/** The end of a snooze started now (ISO). */
export const snoozeUntil = (now = Date.now()) => new Date(now + SNOOZE_DAYS * 86_400_000).toISOString();

export type AppreciationStatus = 'idle' | 'saving' | 'saved' | 'dismissed' | 'error';

export interface ContactBrief {
  brief: Brief | null;
  /** Who the brief is about. */
  recipient: Recipient | null;
  status: AppreciationStatus;
  error: string | null;
  save: (text: string) => void;
  dismiss: () => void;
  snooze: () => void;
}

export function useContactBrief(
  recipient: Recipient | undefined,
  draftTension: number | undefined,
  draftEmpty: boolean,
  source: 'sidebar' | 'popup' = 'sidebar',
): ContactBrief {
  const key = recipient ? normalizeEmail(recipient.email) : null;
  const [state, setState] = useState<{ key: string; brief: Brief; status: AppreciationStatus; error: string | null }>();
  // One brief per contact and compose, even when the recipient field is edited back and forth.
  const asked = useRef(new Map<string, Brief>());
  const askedHot = useRef(new Set<string>());
  const saveIds = useRef(createSaveIds()).current;
  const ready = draftEmpty || draftTension !== undefined;
  const hot = (draftTension ?? 0) >= TENSE_DRAFT;

  useEffect(() => {
    if (!key || !recipient || !ready) return;
    const known = asked.current.get(key);
    const turnHot = known && hot && !askedHot.current.has(key) && state?.key === key && state.status === 'idle';
    if (known && !turnHot) {
      setState((s) => (s?.key === key ? s : { key, brief: known, status: 'idle', error: null }));
      return;
    }
    if (hot) askedHot.current.add(key);
    let stale = false;
    const name = recipient.name;
    send({
      type: 'contacts/brief',
      email: key,
      name,
      language: getLanguage(),
      ...(draftTension === undefined ? {} : { draftTension }),
    })
      .then((brief) => {
        asked.current.set(key, brief);
        if (stale) return;
        setState({ key, brief, status: 'idle', error: null });
        if (brief.prompt && brief.prompt.id !== known?.prompt?.id) {
          return send({ type: 'contacts/prompt-shown', email: key, name, promptId: brief.prompt.id });
        }
      })
      .catch((error: unknown) => console.warn('[Rapport] no appreciation question for this contact', error));
    return () => {
      stale = true;
    };
  }, [key, ready, hot]);

  const current = state && state.key === key ? state : null;
  const update = (patch: Partial<NonNullable<typeof state>>) =>
    setState((s) => (s && s.key === key ? { ...s, ...patch } : s));

  return {
    brief: current?.brief ?? null,
    recipient: current && recipient ? recipient : null,
    status: current?.status ?? 'idle',
    error: current?.error ?? null,
    save: (text) => {
      if (!key || !recipient || !text.trim()) return;
      update({ status: 'saving', error: null });
      const what = `${key}\n${text}`;
      const saveId = saveIds.idFor(what);
      send({ type: 'contacts/appreciate', email: key, name: recipient.name, text, source, saveId }).then(
        (brief) => {
          saveIds.saved(what);
          const next = { ...(asked.current.get(key) as Brief), lastNotes: brief.lastNotes, contact: brief.contact };
          asked.current.set(key, next);
          update({ brief: next, status: 'saved' });
        },
        (error: unknown) => update({ status: 'error', error: error instanceof Error ? error.message : String(error) }),
      );
    },
    dismiss: () => update({ status: 'dismissed' }),
    snooze: () => {
      if (!key) return;
      update({ status: 'dismissed' });
      send({ type: 'contacts/snooze', email: key, until: snoozeUntil() }).catch((error: unknown) =>
        console.warn('[Rapport] could not snooze the questions', error),
      );
    },
  };
}
