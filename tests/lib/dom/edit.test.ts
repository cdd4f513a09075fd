// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { replaceInEditor, replaceRange, selectInEditor } from '../../../lib/dom/edit';
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

describe('replaceInEditor on a plain-text textarea', () => {
  it('refuses when the text moved, and selects exactly the range before inserting', () => {
    const area = document.createElement('textarea');
    area.value = 'As I already said, the plans are late.';
    document.body.replaceChildren(area);
    const map = mapText(area);
    expect(map.text).toBe(area.value);
    area.value = `Hi! ${area.value}`;
    expect(replaceInEditor(area, map, 0, 17, 'As I already said', 'As we discussed')).toBe('changed');
    area.value = 'As I already said, the plans are late.';
    let selected = '';
    document.execCommand = () => {
      selected = area.value.slice(area.selectionStart, area.selectionEnd);
      return true;
    };
    expect(replaceInEditor(area, map, 0, 17, 'As I already said', 'As we discussed')).toBe('replaced');
    expect(selected).toBe('As I already said');
  });
});

describe('selectInEditor', () => {
  it('selects a gap across the editor’s text nodes, for typing over it', () => {
    const el = editor('');
    el.append('Bitte bis [Da', document.createElement('b'));
    (el.lastChild as HTMLElement).textContent = 'tum] zurück.';
    const map = mapText(el);
    expect(selectInEditor(el, map, 10, 17, '[Datum]')).toBe(true);
    expect(document.getSelection()?.toString()).toBe('[Datum]');
    expect(document.activeElement).toBe(el);
  });

  it('selects nothing where the text is not the gap', () => {
    const el = editor('Bitte bis Freitag zurück.');
    document.getSelection()?.removeAllRanges();
    expect(selectInEditor(el, mapText(el), 10, 17, '[Datum]')).toBe(false);
    expect(document.getSelection()?.rangeCount).toBe(0);
  });

  it('selects by offsets in a plain-text textarea', () => {
    const area = document.createElement('textarea');
    area.value = 'We need it by [date].';
    document.body.replaceChildren(area);
    expect(selectInEditor(area, mapText(area), 14, 20, '[date]')).toBe(true);
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('[date]');
    expect(selectInEditor(area, mapText(area), 13, 19, '[date]')).toBe(false);
  });
});
