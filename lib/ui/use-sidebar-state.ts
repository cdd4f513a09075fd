// The mail sidebar's own state in its frame: open or a tab (remembered, except
// while the page leaves no room: then it opens only when asked), and the side
// it docks to (remembered); the content script sizes and places the frame.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/client';
import type { DraftSnapshot, EditorCommand } from '../messaging/surface-types';
import type { PageSettings } from '../storage/settings';

const remember = (what: string) => (error: unknown) => console.warn(`[Rapport] could not remember ${what}`, error);

export function useSidebarState(
  settings: PageSettings,
  draft: DraftSnapshot | null,
  command: (c: EditorCommand) => unknown,
) {
  const [collapsed, setCollapsed] = useState(settings.sidebarCollapsed);
  const [dock, setDock] = useState(settings.sidebarDock);
  // A compose that fills the pane leaves no room beside it: Rapport waits as a tab
  // and opens over the page only when the user asks for it.
  const [openedWhileCramped, setOpenedWhileCramped] = useState(false);
  const cramped = draft?.cramped ?? false;
  const open = cramped ? openedWhileCramped : !collapsed;

  // The content script sized the frame from the same settings; the frame follows the user's toggles.
  const known = draft !== null;
  useEffect(() => {
    if (known) command({ op: 'size', open });
  }, [open, known]);

  const toggle = () => {
    if (cramped) {
      setOpenedWhileCramped(!openedWhileCramped);
      return;
    }
    setCollapsed(!collapsed);
    send({ type: 'settings/page-set', sidebarCollapsed: !collapsed }).catch(remember('the sidebar state'));
  };

  const redock = () => {
    const side = dock === 'left' ? 'right' : 'left';
    setDock(side);
    send({ type: 'settings/page-set', sidebarDock: side }).catch(remember('the side'));
    command({ op: 'dock', side });
  };

  return { open, toggle, dock, redock };
}
