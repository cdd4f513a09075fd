// @vitest-environment jsdom
// The real-browser proof (window.find, keys, size, a page-framed copy, the
// token on the browser's own load, the focus shortcut) is in
// tests/e2e/private-sidebar.e2e.ts; this checks the bookkeeping: no token in
// the address nor on a page's fake load; the size follows the state and the
// room given, never the content; Alt+Shift+H hides the frame.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { installFocusShortcut } from '../../../lib/dom/frame-focus';
import { createFrameSurface, FRAME_SIZES, placeExtensionFrame } from '../../../lib/dom/frame-surface';
import { setHidden } from '../../../lib/dom/hide';

afterEach(() => {
  setHidden(false);
  document.body.replaceChildren();
});

function place(open = true) {
  const surface = createFrameSurface(document, {
    page: 'mail-sidebar.html',
    name: 'rapport-sidebar',
    token: 'tok',
    open,
  });
  const post = vi.fn();
  Object.defineProperty(surface.frame, 'contentWindow', { value: { postMessage: post } });
  return { surface, post };
}

describe('the sidebar frame in the page', () => {
  it('is a plain iframe of the extension page, without the token in its address', () => {
    const { surface } = place();
    expect(surface.frame.tagName).toBe('IFRAME');
    expect(surface.frame.src).toBe(fakeBrowser.runtime.getURL('/mail-sidebar.html'));
    expect(surface.frame.src).not.toContain('tok');
    expect(surface.frame.getAttribute('data-rapport-ui')).toBe('rapport-sidebar');
  });

  it('posts no token on a load a page script dispatches (the browser’s own load: e2e)', () => {
    const { surface, post } = place();
    surface.frame.dispatchEvent(new Event('load'));
    expect(post).not.toHaveBeenCalled();
  });

  it('takes the size of its state and of the room it is given, nothing else', () => {
    const { surface } = place(false);
    expect([surface.frame.style.width, surface.frame.style.height]).toEqual(['48px', '48px']);
    surface.place({
      open: { left: 400, top: 72, width: 300, height: 420 },
      tab: { left: 1220, top: 72, width: 48, height: 48 },
    });
    expect(surface.frame.style.height).toBe(`${FRAME_SIZES.collapsed.height}px`);
    expect([surface.frame.style.left, surface.frame.style.top]).toEqual(['1220px', '72px']);
    surface.setOpen(true);
    expect([surface.frame.style.width, surface.frame.style.height]).toEqual(['300px', '420px']);
    expect([surface.frame.style.left, surface.frame.style.top]).toEqual(['400px', '72px']);
  });

  it('is hidden by Alt+Shift+H and gone on remove', () => {
    const { surface } = place();
    setHidden(true);
    expect(surface.frame.style.display).toBe('none');
    expect(surface.frame.inert).toBe(true);
    setHidden(false);
    expect(surface.frame.style.display).toBe('');
    surface.remove();
    expect(document.querySelector('iframe')).toBeNull();
  });

  it('ignores an Alt+Shift+R a page script dispatches (the user’s own: e2e), and stops with the signal', () => {
    const { surface, post } = place();
    const controller = new AbortController();
    installFocusShortcut(document, surface, controller.signal);
    document.dispatchEvent(new KeyboardEvent('keydown', { altKey: true, shiftKey: true, code: 'KeyR', bubbles: true }));
    expect(post).not.toHaveBeenCalled();
    controller.abort();
  });
});

describe('a frame in the page’s flow (the pre-join card)', () => {
  it('sits in the given panel as a block, also after Alt+Shift+H hid and showed it', () => {
    const panel = document.createElement('div');
    document.body.append(panel);
    const { frame } = placeExtensionFrame(document, {
      page: 'call-card.html',
      name: 'rapport-precall',
      token: 'tok',
      title: 'Rapport',
      into: panel,
    });
    expect(frame.parentElement).toBe(panel);
    expect(frame.src).not.toContain('tok');
    expect([frame.style.position, frame.style.display]).toEqual(['static', 'block']);
    setHidden(true);
    expect(frame.style.display).toBe('none');
    setHidden(false);
    expect(frame.style.display).toBe('block');
  });
});

describe('the manifest shortcut in the page', () => {
  it('moves focus into the frame when the background passes focus-sidebar on', async () => {
    const { surface, post } = place();
    const controller = new AbortController();
    installFocusShortcut(document, surface, controller.signal);
    await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'rapport-shortcut', shortcut: 'focus-sidebar' },
      {},
      () => {},
    );
    expect(post).toHaveBeenCalledWith({ rapportFocus: true }, expect.any(String));
    controller.abort();
    post.mockClear();
    await fakeBrowser.runtime.onMessage.trigger(
      { channel: 'rapport-shortcut', shortcut: 'focus-sidebar' },
      {},
      () => {},
    );
    expect(post).not.toHaveBeenCalled();
  });
});
