// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { keepFrameFocus } from '../../../lib/dom/frame-focus';
import { focusFirstFound, PENDING_FOCUS_MS, pendingFocus, rowsOf } from '../../../lib/dom/panel-focus';

function panel(html: string): HTMLElement {
  const root = document.createElement('div');
  // Static test markup, no data.
  root.innerHTML = html;
  document.body.replaceChildren(root);
  return root;
}

/** A document whose focus the test decides (jsdom's hasFocus follows no real window). */
const focusOf = (has: () => boolean) => ({ hasFocus: has }) as Document;

describe('focusFirstFound', () => {
  it('focuses the first selector that is there', () => {
    const root = panel('<button id="a">a</button><button id="b">b</button>');
    expect(focusFirstFound(root, ['#missing', '#b', '#a'])).toBe(true);
    expect(document.activeElement?.id).toBe('b');
    expect(focusFirstFound(root, ['#missing'])).toBe(false);
  });
});

describe('pendingFocus', () => {
  it('waits for the control to be rendered, then focuses it once', () => {
    const root = panel('<button id="head">head</button>');
    const focus = pendingFocus(
      () => root,
      focusOf(() => true),
    );
    focus.set(['[data-testid="undo"]']);
    focus.attempt();
    expect(document.activeElement?.id).toBe('');
    const undo = document.createElement('button');
    undo.dataset.testid = 'undo';
    root.append(undo);
    focus.attempt();
    expect(document.activeElement).toBe(undo);
    (root.querySelector('#head') as HTMLElement).focus();
    focus.attempt();
    expect(document.activeElement?.id).toBe('head');
  });

  it('never pulls focus out of the page: it waits while the panel has no focus', () => {
    const root = panel('<button data-testid="undo">undo</button>');
    let has = false;
    const focus = pendingFocus(
      () => root,
      focusOf(() => has),
    );
    focus.set(['[data-testid="undo"]']);
    focus.attempt();
    expect(document.activeElement).toBe(document.body);
    has = true;
    focus.attempt();
    expect(document.activeElement?.getAttribute('data-testid')).toBe('undo');
  });

  it('gives up after a while, so that focus coming back later is not moved', () => {
    const root = panel('<button data-testid="undo">undo</button>');
    let now = 1_000;
    let has = false;
    const focus = pendingFocus(
      () => root,
      focusOf(() => has),
      () => now,
    );
    focus.set(['[data-testid="undo"]']);
    now += PENDING_FOCUS_MS + 1;
    has = true;
    focus.attempt();
    expect(document.activeElement).toBe(document.body);
  });
});

describe('rowsOf', () => {
  it('lists the rows in document order', () => {
    const root = panel('<p class="r" id="1"></p><div><p class="r" id="2"></p></div>');
    expect(rowsOf(root, '.r').map((e) => e.id)).toEqual(['1', '2']);
    expect(rowsOf(null, '.r')).toEqual([]);
  });
});

describe('keepFrameFocus', () => {
  function page() {
    const host = document.createElement('div');
    const shadow = host.attachShadow({ mode: 'closed' });
    const frame = document.createElement('iframe');
    shadow.append(frame);
    const area = document.createElement('textarea');
    document.body.replaceChildren(area, host);
    return { frame, area, shadow };
  }

  it('gives focus back to the frame the user acted in after the edit focused the editor', () => {
    const { frame, area, shadow } = page();
    frame.focus();
    expect(
      keepFrameFocus(
        frame,
        () => {
          area.focus();
          return 'replaced';
        },
        () => false,
      ),
    ).toBe('replaced');
    expect(shadow.activeElement).toBe(frame);
  });

  it('leaves focus in the editor when the edit means the user types there next (a gap to fill)', () => {
    const { frame, area } = page();
    frame.focus();
    keepFrameFocus(
      frame,
      () => area.focus(),
      () => true,
    );
    expect(document.activeElement).toBe(area);
  });

  it('does not move focus into the frame when the user was not there', () => {
    const { frame, area } = page();
    area.focus();
    keepFrameFocus(
      frame,
      () => area.focus(),
      () => false,
    );
    expect(document.activeElement).toBe(area);
  });
});
