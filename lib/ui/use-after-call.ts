// The question after a call: the newest meeting the user left without noting
// what was agreed; the answer goes into the participants' journals.
import { useEffect, useRef, useState } from 'preact/hooks';
import { send } from '../messaging/client';
import type { Meeting } from '../storage/meetings';
import { createSaveIds } from './save-ids';

export function useAfterCall(currentKey: string | null) {
  const [pending, setPending] = useState<Meeting | null>(null);
  const [status, setStatus] = useState<'idle' | 'saving' | 'saved' | 'error'>('idle');
  const [saved, setSaved] = useState(0);
  const ids = useRef(createSaveIds()).current;

  useEffect(() => {
    send({ type: 'calls/pending' }).then(
      (meetings) => setPending(meetings.find((m) => m.key !== currentKey) ?? null),
      (error: unknown) => console.warn('[Rapport] no pending meetings', error),
    );
  }, [currentKey]);

  const answer = (text: string) => {
    if (!pending) return;
    setStatus('saving');
    const what = `${pending.site}:${pending.key}\n${text}`;
    send({ type: 'calls/agreement', site: pending.site, key: pending.key, text, saveId: ids.idFor(what) }).then(
      (count) => {
        ids.saved(what);
        setSaved(count);
        setStatus(text.trim() ? 'saved' : 'idle');
        if (!text.trim()) setPending(null);
      },
      () => setStatus('error'),
    );
  };

  return { pending, status, saved, save: answer, skip: () => answer('') };
}
