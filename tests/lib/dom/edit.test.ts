// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceRange } from '../../../lib/dom/edit';
import { clearHighlights, focusHighlight, showHighlights } from '../../../lib/dom/highlights';
import { mapText } from '../../../lib/dom/text';

function editor(text: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.textContent = text;
  document.body.replaceChildren(el);
  return el;
}

describe('replaceRange', () => {
  it('refuses to replace text that changed since the analysis', () => {
    const el = editor('Wie bereits erwähnt, fehlt die Unterschrift.');
    const range = mapText(el).range(0, 19) as Range;
    (el.firstChild as Text).data = 'Wie schon erwähnt, fehlt die Unterschrift.';
    expect(replaceRange(range, 'Wie bereits erwähnt', 'Wie besprochen')).toBe('changed');
    expect(el.textContent).toBe('Wie schon erwähnt, fehlt die Unterschrift.');
  });

  it('reports failure instead of throwing where the browser cannot insert (jsdom has no execCommand)', () => {
    const el = editor('Wie bereits erwähnt, fehlt die Unterschrift.');
    const range = mapText(el).range(0, 19) as Range;
    document.execCommand = () => false;
    expect(replaceRange(range, 'Wie bereits erwähnt', 'Wie besprochen')).toBe('failed');
  });

  it('lets an editor that handles beforeinput itself do the insert', () => {
    const el = editor('Wie bereits erwähnt, fehlt die Unterschrift.');
    el.addEventListener('beforeinput', (event) => {
      event.preventDefault();
      (el.firstChild as Text).data = `${(event as InputEvent).data}, fehlt die Unterschrift.`;
    });
    const range = mapText(el).range(0, 19) as Range;
    expect(replaceRange(range, 'Wie bereits erwähnt', 'Wie besprochen')).toBe('replaced');
    expect(el.textContent).toBe('Wie besprochen, fehlt die Unterschrift.');
  });
});

describe('highlights', () => {
  it('do nothing, and do not throw, where the browser lacks the Highlight API', () => {
    const el = editor('text');
    const range = mapText(el).range(0, 4) as Range;
    expect(() => {
      showHighlights(document, [range]);
      focusHighlight(document, range);
      clearHighlights(document);
    }).not.toThrow();
    expect(document.getElementById('rapport-highlight-style')).toBeNull();
  });
});
