// The content script's side of `surface/command`: the background passes on
// what its frame asks; a handler that does not know the command leaves it to
// another (the call sidebar answers `size`, its chat feed the edits).
import { browser } from '../browser';
import { type CommandResult, type EditorCommand, SURFACE_CHANNEL } from '../messaging/surface-types';

export function answerCommands(
  signal: AbortSignal,
  carryOut: (command: EditorCommand) => CommandResult | undefined,
): void {
  const listener = (message: unknown) => {
    const m = message as { channel?: unknown; command?: EditorCommand } | null;
    if (m?.channel !== SURFACE_CHANNEL || !m.command) return undefined;
    const result = carryOut(m.command);
    return result && Promise.resolve(result);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
