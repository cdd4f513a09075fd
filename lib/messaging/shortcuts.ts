// The manifest's keyboard shortcuts (wxt.config.ts `commands`): the browser
// tells the background, which passes the shortcut to the content scripts of
// the tab it was pressed in; the one with a sidebar moves focus into it.

/** Marks a shortcut passed to a content script. */
export const SHORTCUT_CHANNEL = 'rapport-shortcut';

/** The shortcuts a content script acts on (the popup's own is the browser's `_execute_action`). */
export const SHORTCUTS = ['focus-sidebar'] as const;
/** Opens or collapses the mail sidebar: told to its frame over its port, then focus goes into it. */
export const TOGGLE = 'toggle-sidebar';
export type Shortcut = (typeof SHORTCUTS)[number];

export interface ShortcutMessage {
  channel: typeof SHORTCUT_CHANNEL;
  shortcut: Shortcut;
}

/** Background: passes `name` to every frame of `tab` (GMX's sidebar lives in the mail client's frame). */
export async function forwardShortcut(
  tell: (tabId: number, message: ShortcutMessage) => Promise<unknown>,
  name: string,
  tab: { id?: number } | undefined,
): Promise<void> {
  const shortcut = SHORTCUTS.find((s) => s === name);
  if (!shortcut || tab?.id === undefined) return;
  // A tab without Rapport's content script has no one to answer.
  await tell(tab.id, { channel: SHORTCUT_CHANNEL, shortcut }).catch(() => undefined);
}

/** Background: the toggle goes to the tab's sidebar frame, which then gets focus like focus-sidebar. */
export async function onShortcut(
  name: string,
  tab: { id?: number } | undefined,
  to: { tell: (tabId: number, message: ShortcutMessage) => Promise<unknown>; toggle: (tabId: number) => boolean },
): Promise<void> {
  if (name !== TOGGLE) return forwardShortcut(to.tell, name, tab);
  if (tab?.id !== undefined && to.toggle(tab.id)) await forwardShortcut(to.tell, 'focus-sidebar', tab);
}

/** Content script: whether `message` is the shortcut `name`. */
export const isShortcut = (message: unknown, name: Shortcut): boolean => {
  const m = message as Partial<ShortcutMessage> | null;
  return m?.channel === SHORTCUT_CHANNEL && m.shortcut === name;
};
