// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { hiddenNow, installHideShortcut } from '../../../lib/dom/hide';

const press = (init: KeyboardEventInit) =>
  document.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init }));

describe('Alt+Shift+H', () => {
  it("hides every Rapport surface at once and shows them again, leaving the page's own elements alone", () => {
    document.body.replaceChildren(
      document.createElement('rapport-precall'),
      document.createElement('rapport-call-sidebar'),
      document.createElement('div'),
    );
    const controller = new AbortController();
    installHideShortcut(document, controller.signal);
    const [card, sidebar, page] = [...document.body.children] as HTMLElement[];
    press({ altKey: true, shiftKey: true, code: 'KeyH' });
    expect([card?.style.display, sidebar?.style.display, page?.style.display]).toEqual(['none', 'none', '']);
    expect(hiddenNow(document)).toBe(true);
    press({ shiftKey: true, code: 'KeyH' });
    expect(card?.style.display).toBe('none');
    press({ altKey: true, shiftKey: true, code: 'KeyH' });
    expect([card?.style.display, sidebar?.style.display]).toEqual(['', '']);
    expect(hiddenNow(document)).toBe(false);
    controller.abort();
    press({ altKey: true, shiftKey: true, code: 'KeyH' });
    expect(card?.style.display).toBe('');
  });
});
