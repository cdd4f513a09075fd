// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { refuseHiddenClicks } from '../../../lib/dom/hidden-clicks';

/** jsdom has no IntersectionObserver: a stand-in that lets the test speak for the browser. */
function withObserver(doc: Document) {
  let report: ((entries: unknown[]) => void) | null = null;
  let options: Record<string, unknown> = {};
  const view = doc.defaultView as unknown as Record<string, unknown>;
  view.IntersectionObserver = class {
    constructor(callback: (entries: unknown[]) => void, init: Record<string, unknown>) {
      report = callback;
      options = init;
    }
    observe() {}
  };
  return {
    say: (isVisible: boolean | undefined) => report?.([{ isVisible }]),
    options: () => options,
  };
}

describe('refuseHiddenClicks', () => {
  it('drops clicks while the browser says the frame is not fully visible, and lets them through again after', () => {
    const browser = withObserver(document);
    refuseHiddenClicks(document);
    expect(browser.options()).toMatchObject({ trackVisibility: true, delay: 100 });
    const button = document.createElement('button');
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    document.body.append(button);

    button.click();
    browser.say(false);
    button.click();
    button.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
    browser.say(true);
    button.click();
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it('keeps clicks where the browser gives no visibility (Firefox: isVisible undefined)', () => {
    const browser = withObserver(document);
    refuseHiddenClicks(document);
    const button = document.createElement('button');
    const onClick = vi.fn();
    button.addEventListener('click', onClick);
    document.body.append(button);
    browser.say(undefined);
    button.click();
    expect(onClick).toHaveBeenCalledTimes(1);
  });
});
