// @vitest-environment jsdom
// The underline layer's page side: a frame that takes no pointer events nor
// focus, laid over the editor's visible part, and boxes relative to it sent to
// the background (the real drawing: tests/e2e/mail.e2e.ts, private-sidebar).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createUnderlineLayer } from '../../../lib/dom/underline-layer';
import { send } from '../../../lib/messaging/client';

vi.mock('../../../lib/messaging/client', () => ({ send: vi.fn(async () => null) }));

afterEach(() => document.body.replaceChildren());

const rect = (x: number, y: number, width: number, height: number) =>
  ({ left: x, top: y, right: x + width, bottom: y + height, width, height, x, y }) as DOMRect;

describe('the underline layer', () => {
  it('covers the editor’s visible part, lets clicks through, and sends boxes relative to itself', () => {
    const editor = document.createElement('div');
    document.body.append(editor);
    editor.getBoundingClientRect = () => rect(100, -50, 400, 300);
    const layer = createUnderlineLayer(document, editor, 'tok');
    const frame = document.querySelector('iframe') as HTMLIFrameElement;
    expect(frame.style.pointerEvents).toBe('none');
    expect(frame.getAttribute('aria-hidden')).toBe('true');
    expect(frame.tabIndex).toBe(-1);
    const range = { getClientRects: () => [rect(120, 20, 50, 18), rect(120, -40, 50, 18)] } as unknown as Range;
    layer.draw([range], null);
    // The part above the view is cut off: the layer starts at the top of the view.
    expect([frame.style.left, frame.style.top, frame.style.width, frame.style.height]).toEqual([
      '100px',
      '0px',
      '400px',
      '250px',
    ]);
    expect(send).toHaveBeenCalledWith({
      type: 'surface/marks',
      marks: { boxes: [{ x: 20, y: 20, w: 50, h: 18 }], focus: [] },
    });
    layer.remove();
    expect(document.querySelector('iframe')).toBeNull();
  });
});
