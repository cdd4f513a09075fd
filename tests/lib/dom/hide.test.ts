// @vitest-environment jsdom
// The real-browser proof (layout box, focus, accessibility tree) is in
// tests/e2e/hostile-page.e2e.ts; this checks the bookkeeping.
import { afterEach, describe, expect, it } from 'vitest';
import { hiddenNow, installHideShortcut, registerSurface, setHidden } from '../../../lib/dom/hide';

const press = (init: KeyboardEventInit) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

function surface() {
  const host = document.createElement('div');
  const shadow = host.attachShadow({ mode: 'closed' });
  document.body.append(host);
  return { host, shadow, hidingRules: () => [...shadow.querySelectorAll('style')].map((s) => s.textContent) };
}

afterEach(() => setHidden(false));

describe('hiding every surface', () => {
  it('puts the hiding rule inside each root and makes the hosts inert, then takes both back', () => {
    const [a, b] = [surface(), surface()];
    const forget = [registerSurface(a.host, a.shadow), registerSurface(b.host, b.shadow)];
    setHidden(true);
    expect(hiddenNow()).toBe(true);
    for (const s of [a, b]) {
      expect(s.hidingRules()).toEqual([':host { display: none !important; }']);
      expect(s.host.inert).toBe(true);
    }
    setHidden(true);
    expect(a.hidingRules()).toHaveLength(1);
    setHidden(false);
    for (const s of [a, b]) {
      expect(s.hidingRules()).toEqual([]);
      expect(s.host.inert).toBe(false);
    }
    for (const f of forget) f();
  });

  it('a surface that appears while hidden starts hidden; a forgotten one is left alone', () => {
    setHidden(true);
    const late = surface();
    const forget = registerSurface(late.host, late.shadow);
    expect(late.hidingRules()).toHaveLength(1);
    forget();
    setHidden(false);
    expect(late.hidingRules()).toHaveLength(1);
  });

  it('ignores a shortcut a page script dispatches (untrusted), and stops with the signal', () => {
    const controller = new AbortController();
    installHideShortcut(document, controller.signal);
    press({ altKey: true, shiftKey: true, code: 'KeyH' });
    expect(hiddenNow()).toBe(false);
    controller.abort();
  });
});
