// Settings as extension pages see them: loaded from and saved through the
// background, with the UI language applied on every change.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import { send } from '../messaging/client';
import type { Settings } from '../storage/settings';
import { applyLanguage } from './language';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

export type SettingsState =
  | { phase: 'loading' }
  | { phase: 'failed'; error: string }
  | { phase: 'ready'; settings: Settings; status: SaveStatus };

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function useSettings(): [SettingsState, (patch: Partial<Settings>) => void, (settings: Settings) => void] {
  const [state, setState] = useState<SettingsState>({ phase: 'loading' });

  useEffect(() => {
    send({ type: 'settings/get' }).then(
      (settings) => {
        document.documentElement.lang = applyLanguage(settings.uiLanguage);
        setState({ phase: 'ready', settings, status: { kind: 'idle' } });
      },
      (error: unknown) => setState({ phase: 'failed', error: errorText(error) }),
    );
  }, []);

  const change = useCallback((patch: Partial<Settings>) => {
    send({ type: 'settings/set', patch }).then(
      (settings) => {
        document.documentElement.lang = applyLanguage(settings.uiLanguage);
        setState({ phase: 'ready', settings, status: { kind: 'saved' } });
      },
      (error: unknown) =>
        setState((prev) =>
          prev.phase === 'ready' ? { ...prev, status: { kind: 'error', message: errorText(error) } } : prev,
        ),
    );
  }, []);

  /** For settings saved by another message (own webmail sites). */
  const saved = useCallback(
    (settings: Settings) => setState({ phase: 'ready', settings, status: { kind: 'saved' } }),
    [],
  );

  return [state, change, saved];
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
