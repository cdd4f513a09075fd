// Issue 16: the manifest's shortcut reaches the sidebar of the tab it was pressed in.
import { describe, expect, it, vi } from 'vitest';
import { forwardShortcut, isShortcut, onShortcut, SHORTCUT_CHANNEL } from '../../../lib/messaging/shortcuts';

describe('forwardShortcut', () => {
  it('passes focus-sidebar to the tab it was pressed in', async () => {
    const tell = vi.fn(async (_tab: number, _message: unknown) => undefined);
    await forwardShortcut(tell, 'focus-sidebar', { id: 7 });
    expect(tell).toHaveBeenCalledWith(7, { channel: SHORTCUT_CHANNEL, shortcut: 'focus-sidebar' });
    expect(isShortcut(tell.mock.calls[0]?.[1], 'focus-sidebar')).toBe(true);
  });

  it('passes nothing for another command, a tab without id, or a tab without Rapport', async () => {
    const tell = vi.fn(async () => {
      throw new Error('Could not establish connection');
    });
    await forwardShortcut(tell, '_execute_action', { id: 7 });
    await forwardShortcut(tell, 'focus-sidebar', undefined);
    expect(tell).not.toHaveBeenCalled();
    await expect(forwardShortcut(tell, 'focus-sidebar', { id: 8 })).resolves.toBeUndefined();
    expect(isShortcut({ channel: 'rapport', shortcut: 'focus-sidebar' }, 'focus-sidebar')).toBe(false);
  });
});

describe('onShortcut', () => {
  it('toggles the tab’s sidebar and then moves focus into it; nothing without a sidebar', async () => {
    const tell = vi.fn(async (_tab: number, _message: unknown) => undefined);
    await onShortcut('toggle-sidebar', { id: 3 }, { tell, toggle: () => true });
    expect(tell).toHaveBeenCalledWith(3, { channel: SHORTCUT_CHANNEL, shortcut: 'focus-sidebar' });
    tell.mockClear();
    await onShortcut('toggle-sidebar', { id: 3 }, { tell, toggle: () => false });
    expect(tell).not.toHaveBeenCalled();
    await onShortcut('focus-sidebar', { id: 4 }, { tell, toggle: () => false });
    expect(tell).toHaveBeenCalledWith(4, { channel: SHORTCUT_CHANNEL, shortcut: 'focus-sidebar' });
  });
});
