// Puts the call surfaces on the page, each in an extension frame (issue 15,
// docs/extension-frames.md): the card in the pre-join column's flow (below the
// join button, never over it), the in-call sidebar docked at the left edge
// above the call controls. The content script tells the background the meeting
// and, in the call, the chat message; what Rapport knows of the people and
// says about the message stays in the frames.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { feedChat } from '../../lib/dom/chat-feed';
import { installFocusShortcut } from '../../lib/dom/frame-focus';
import { focusFrame, placeExtensionFrame } from '../../lib/dom/frame-surface';
import { answerCommands } from '../../lib/dom/surface-commands';
import { t } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { SurfaceMeeting } from '../../lib/messaging/surface-types';
import type { CallAdapter, PreJoinScreen } from '../../lib/sites/types';
import { callSidebarBox } from '../../lib/ui/call-sidebar-box';

/** The card's one size, for a stranger and a known contact alike; it scrolls inside. */
export const CARD_SIZE = { width: 320, height: 460 } as const;

/** A frame's life: it ends with the content script's context or by `remove`, and the background forgets it. */
function lifetime(
  ctx: Pick<ContentScriptContext, 'signal'>,
  token: string,
  placed: { frame: HTMLElement; unregister: () => void },
) {
  const controller = new AbortController();
  const remove = () => {
    if (controller.signal.aborted) return;
    controller.abort();
    placed.unregister();
    placed.frame.remove();
    send({ type: 'surface/close', id: token }).catch(() => undefined);
  };
  ctx.signal.addEventListener('abort', remove, { signal: controller.signal });
  return { signal: controller.signal, remove };
}

export async function mountCard(
  ctx: Pick<ContentScriptContext, 'signal'>,
  screen: PreJoinScreen,
  meeting: SurfaceMeeting,
  onDismissed: () => void,
  onLost: () => void,
): Promise<() => void> {
  const { token } = await send({ type: 'surface/open', kind: 'call-card', meeting });
  const placed = placeExtensionFrame(document, {
    page: 'call-card.html',
    name: 'rapport-precall',
    token,
    title: t('precallLabel'),
    into: screen.panel,
    onLost,
  });
  const { signal, remove } = lifetime(ctx, token, placed);
  installFocusShortcut(document, { focus: () => focusFrame(placed.frame, placed.origin) }, signal);
  const { style } = placed;
  style.setProperty('width', `${CARD_SIZE.width}px`, 'important');
  style.setProperty('height', `${CARD_SIZE.height}px`, 'important');
  style.setProperty('max-width', '100%', 'important');
  style.setProperty('margin', '12px auto 0', 'important');
  answerCommands(signal, (command) => {
    if (command.op !== 'dismiss') return undefined;
    // The frame stored the choice (calls/update, settings/page-set) before it asked.
    onDismissed();
    remove();
    return 'done';
  });
  return remove;
}

export async function mountInCall(
  ctx: Pick<ContentScriptContext, 'signal'>,
  adapter: CallAdapter,
  meeting: SurfaceMeeting,
  onLost: () => void,
): Promise<() => void> {
  const { token } = await send({ type: 'surface/open', kind: 'call-sidebar', meeting });
  const placed = placeExtensionFrame(document, {
    page: 'call-sidebar.html',
    name: 'rapport-call-sidebar',
    token,
    title: t('callLabel'),
    onLost,
  });
  const { signal, remove } = lifetime(ctx, token, placed);
  installFocusShortcut(document, { focus: () => focusFrame(placed.frame, placed.origin) }, signal);
  const { frame, style } = placed;
  let open = false;
  // Clear of the call controls, at the top or the bottom; the size follows open or collapsed only.
  const place = () => {
    const bar = adapter.controls(document)?.getBoundingClientRect() ?? null;
    const box = callSidebarBox(window.innerHeight, bar, open);
    for (const side of ['left', 'top', 'width', 'height'] as const) {
      style.setProperty(side, `${box[side]}px`, 'important');
    }
  };
  place();
  window.addEventListener('resize', place, { signal });
  answerCommands(signal, (command) => {
    if (command.op !== 'size') return undefined;
    open = command.open;
    place();
    return 'done';
  });
  feedChat(adapter, frame, signal);
  return remove;
}
