// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ContactPicker } from '../../../components/popup/ContactPicker';
import type { ContactSummary } from '../../../lib/contacts/summary';
import { click, mount } from '../render';

const person = (id: string, name: string, note = ''): ContactSummary => ({
  id,
  name,
  emails: [id],
  kind: 'client',
  formality: 'unknown',
  tense: false,
  note,
  appreciations: 0,
  compliments: 0,
  lastContacted: null,
});

const contacts = [
  person('anna@example.com', 'Anna Müller'),
  person('ben@example.com', 'Ben Weber', 'Bauherr Müllerstraße'),
  person('carla@example.com', ''),
];

function search(el: HTMLElement, text: string) {
  const input = el.querySelector('[data-testid="picker-search"]') as HTMLInputElement;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('ContactPicker', () => {
  it('lists nothing until the user types, then the matches (names, addresses and notes)', () => {
    const el = mount(<ContactPicker contacts={contacts} onPick={vi.fn()} />);
    expect(el.querySelectorAll('[data-testid="picker-match"]')).toHaveLength(0);
    search(el, 'muller');
    const names = [...el.querySelectorAll('[data-testid="picker-match"]')].map((b) => b.textContent);
    expect(names).toEqual(['Anna Müller anna@example.com', 'Ben Weber ben@example.com']);
    search(el, 'carla');
    expect(el.querySelector('[data-testid="picker-match"]')?.textContent?.trim()).toBe('carla@example.com');
  });

  it('reports the picked contact', () => {
    const onPick = vi.fn();
    const el = mount(<ContactPicker contacts={contacts} onPick={onPick} />);
    search(el, 'ben');
    click(el.querySelector('[data-testid="picker-match"]'));
    expect(onPick).toHaveBeenCalledWith(contacts[1]);
  });

  it('says so when there is nobody yet', () => {
    expect(mount(<ContactPicker contacts={[]} onPick={vi.fn()} />).textContent).toBe(
      'No contacts yet. Rapport adds people when you write to them.',
    );
  });
});
