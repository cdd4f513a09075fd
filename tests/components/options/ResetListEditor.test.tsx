// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ResetListEditor } from '../../../components/options/ResetListEditor';
import { setLanguage } from '../../../lib/i18n';
import { defaultResetList } from '../../../lib/ui/reset-defaults';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

const items = (el: HTMLElement) =>
  [...el.querySelectorAll('[data-testid="reset-item"] span')].map((span) => span.textContent);

function add(el: HTMLElement, text: string) {
  const input = el.querySelector('input[name="resetLine"]') as HTMLInputElement;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  act(() => {
    (input.form as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

describe('defaultResetList', () => {
  it('gives five suggestions in the UI language', () => {
    const en = defaultResetList();
    expect(en).toHaveLength(5);
    expect(en[0]).toBe('Take three slow breaths.');
    setLanguage('de');
    expect(defaultResetList()[0]).toBe('Dreimal langsam durchatmen.');
    expect(new Set(defaultResetList()).size).toBe(5);
  });
});

describe('ResetListEditor', () => {
  it('shows Rapport’s suggestions while the user has no list of their own', () => {
    const el = mount(<ResetListEditor items={null} defaults={defaultResetList()} onChange={() => undefined} />);
    expect(items(el)).toEqual(defaultResetList());
    expect(el.querySelector('[data-testid="reset-source"]')?.textContent).toBe('Rapport’s suggestions');
    expect(el.querySelector('[data-testid="reset-restore"]')).toBeNull();
    expect(el.querySelector('input[name="resetLine"]')?.closest('label')?.textContent).toBe('Add a line');
  });

  it('adds a line to the suggestions, which makes them the user’s list', () => {
    const onChange = vi.fn();
    const el = mount(<ResetListEditor items={null} defaults={['Breathe.', 'Water.']} onChange={onChange} />);
    add(el, '  Walk around the block  ');
    // The background starts the user's list from the suggestions shown.
    expect(onChange).toHaveBeenCalledWith({ add: ['Walk around the block'], from: ['Breathe.', 'Water.'] });
    expect((el.querySelector('input[name="resetLine"]') as HTMLInputElement).value).toBe('');
  });

  it('ignores an empty line', () => {
    const onChange = vi.fn();
    const el = mount(<ResetListEditor items={['Tea.']} defaults={['Breathe.']} onChange={onChange} />);
    add(el, '   ');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('removes the line whose button was pressed, and restores the suggestions', () => {
    const onChange = vi.fn();
    const el = mount(
      <ResetListEditor items={['Tea.', 'Call Mum.', 'Tea.']} defaults={['Breathe.']} onChange={onChange} />,
    );
    expect(el.querySelector('[data-testid="reset-source"]')?.textContent).toBe('Your list');
    click(el.querySelectorAll('[data-testid="reset-item"] button')[2] ?? null);
    expect(onChange).toHaveBeenLastCalledWith({ remove: ['Tea.'], from: ['Breathe.'] });
    click(el.querySelector('[data-testid="reset-restore"]'));
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('says when the list is empty and when it is full, in German', () => {
    setLanguage('de');
    const empty = mount(<ResetListEditor items={[]} defaults={['x']} onChange={() => undefined} />);
    expect(empty.textContent).toContain('Die Liste ist leer');
    expect(empty.querySelector('[data-testid="reset-restore"]')?.textContent).toBe(
      'Vorschläge von Rapport wiederherstellen',
    );
    const onChange = vi.fn();
    const full = mount(
      <ResetListEditor items={Array.from({ length: 30 }, (_, i) => `Zeile ${i}`)} defaults={[]} onChange={onChange} />,
    );
    expect(full.textContent).toContain('Die Liste hat 30 Zeilen, mehr behält Rapport nicht.');
    expect((full.querySelector('input[name="resetLine"]') as HTMLInputElement).disabled).toBe(true);
    add(full, 'Noch eine');
    expect(onChange).not.toHaveBeenCalled();
  });
});
