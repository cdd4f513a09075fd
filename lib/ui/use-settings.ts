// Settings as extension pages see them: loaded from and saved through the
// background, with the UI language applied on every change. Lists change by
// adding and removing entries, so two open pages never undo each other.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import { send } from '../messaging/client';
import type { ListChanges, Settings } from '../storage/settings';
import { applyLanguage } from './language';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

export type SettingsState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: string }
  | { phase: 'ready'; settings: Settings; status: SaveStatus };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export interface SettingsActions {
  /** Whole values: language, sensitivity, switches. */
  change: (patch: Partial<Settings>) => void;
  /** Entries added to and removed from the list settings. */
  changeLists: (changes: ListChanges) => void;
  /** For settings saved by another message (own webmail sites). */
  saved: (settings: Settings) => void;
}

export function useSettings(): [SettingsState, SettingsActions] {
  const [state, setState] = useState<SettingsState>({ phase: 'loading' });

  useEffect(() => {
    send({ type: 'settings/get' }).then(
      (settings) => {
        applyLanguage(settings.uiLanguage);
        setState({ phase: 'ready', settings, status: { kind: 'idle' } });
      },
      (error: unknown) => setState({ phase: 'failed', error: errorText(error) }),
    );
  }, []);

  const apply = useCallback((saving: Promise<Settings>) => {
    saving.then(
      (settings) => {
        applyLanguage(settings.uiLanguage);
        setState({ phase: 'ready', settings, status: { kind: 'saved' } });
      },
      (error: unknown) =>
        setState((prev) =>
          prev.phase === 'ready' ? { ...prev, status: { kind: 'error', message: errorText(error) } } : prev,
        ),
    );
  }, []);

  const change = useCallback((patch: Partial<Settings>) => apply(send({ type: 'settings/set', patch })), [apply]);
  const changeLists = useCallback((changes: ListChanges) => apply(send({ type: 'settings/lists', changes })), [apply]);
  const saved = useCallback(
    (settings: Settings) => setState({ phase: 'ready', settings, status: { kind: 'saved' } }),
    [],
  );

  return [state, { change, changeLists, saved }];
}

/** The after-call reminder needs the notifications permission, asked for in the user's click. */
export function withReminderPermission(change: (patch: Partial<Settings>) => void) {
  return (patch: Partial<Settings>) => {
    if (!patch.remindAfterCall) return change(patch);
    browser.permissions.request({ permissions: ['notifications'] }).then(
      (granted) => change(granted ? patch : { remindAfterCall: false }),
      () => change({ remindAfterCall: false }),
    );
  };
}
