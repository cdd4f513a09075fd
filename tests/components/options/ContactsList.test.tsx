// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactsList } from '../../../components/options/ContactsList';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';
import { summary } from './fixtures';

afterEach(() => setLanguage('en'));

const rows = (el: HTMLElement) => [...el.querySelectorAll<HTMLElement>('[data-testid="contact-row"]')];
const ids = (el: HTMLElement) => rows(el).map((row) => row.dataset.id);
const count = (el: HTMLElement) => el.querySelector('[data-testid="contact-count"]')?.textContent;

function search(el: HTMLElement, text: string) {
  const input = el.querySelector('[data-testid="contact-search"]') as HTMLInputElement;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const PEOPLE = [
  summary('k.mueller@example.de', 'Katrin Müller', {
    tense: true,
    appreciations: [{ text: 'Klare Pläne', date: '2025-03-12T12:00:00.000Z', source: 'sidebar' }],
  }),
  summary('tom@studio.example', 'Tom Becker', { kind: 'supplier' }),
  summary('info@kanzlei.example', ''),
];

describe('ContactsList', () => {
  it('lists people by name with their address, kind, journal count and a tense marker', () => {
    const el = mount(<ContactsList contacts={PEOPLE} selectedId={null} onSelect={() => undefined} />);
    expect(ids(el)).toEqual(['info@kanzlei.example', 'k.mueller@example.de', 'tom@studio.example']);
    const [nameless, katrin, tom] = rows(el);
    expect(nameless?.textContent).toBe('info@kanzlei.example' + 'Client · 0 appreciations');
    expect(katrin?.textContent).toBe('Katrin Müller' + 'tense' + 'k.mueller@example.de' + 'Client · 1 appreciation');
    expect(tom?.querySelector('.rp-contact-row__meta')?.textContent).toBe('Supplier · 0 appreciations');
    expect(count(el)).toBe('3 of 3 contacts');
    const status = el.querySelector('[data-testid="contact-count"]');
    expect(status?.getAttribute('aria-live')).toBe('polite');
  });

  it('speaks German', () => {
    setLanguage('de');
    const el = mount(<ContactsList contacts={PEOPLE} selectedId={null} onSelect={() => undefined} />);
    expect(el.querySelector('label')?.textContent).toBe('Kontakte suchen');
    expect(rows(el)[1]?.textContent).toBe(
      'Katrin Müller' + 'angespannt' + 'k.mueller@example.de' + 'Kunde/Kundin · 1 Wertschätzung',
    );
    search(el, 'tom');
    expect(count(el)).toBe('1 von 3 Kontakten');
  });

  it('filters as one types, umlauts folded, and says when nobody matches', () => {
    const el = mount(<ContactsList contacts={PEOPLE} selectedId={null} onSelect={() => undefined} />);
    search(el, 'muller');
    expect(ids(el)).toEqual(['k.mueller@example.de']);
    expect(count(el)).toBe('1 of 3 contacts');
    search(el, 'zebra');
    expect(ids(el)).toEqual([]);
    expect(el.textContent).toContain('No contact matches “zebra”.');
    expect(count(el)).toBe('0 of 3 contacts');
  });

  it('reports the chosen row and marks the selected one', () => {
    const onSelect = vi.fn();
    const el = mount(<ContactsList contacts={PEOPLE} selectedId="tom@studio.example" onSelect={onSelect} />);
    expect(rows(el).map((row) => row.getAttribute('aria-current'))).toEqual([null, null, 'true']);
    click(rows(el)[1] ?? null);
    expect(onSelect).toHaveBeenCalledWith('k.mueller@example.de');
  });

  it('shows 50 at a time, with "Show more" for the next 50', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      summary(`p${String(i).padStart(3, '0')}@example.org`, `Person ${String(i).padStart(3, '0')}`),
    );
    const el = mount(<ContactsList contacts={many} selectedId={null} onSelect={() => undefined} />);
    expect(rows(el)).toHaveLength(50);
    expect(count(el)).toBe('120 of 120 contacts');
    click(el.querySelector('[data-testid="contacts-more"]'));
    expect(rows(el)).toHaveLength(100);
    expect(rows(el)[99]?.dataset.id).toBe('p099@example.org');
    click(el.querySelector('[data-testid="contacts-more"]'));
    expect(rows(el)).toHaveLength(120);
    expect(el.querySelector('[data-testid="contacts-more"]')).toBeNull();
    // A new search starts again at 50.
    search(el, 'person');
    expect(rows(el)).toHaveLength(50);
    expect(count(el)).toBe('120 of 120 contacts');
    // Names that start with the query first; "Person 011" only contains "11".
    search(el, 'person 11');
    expect(ids(el)).toEqual([...Array.from({ length: 10 }, (_, i) => `p11${i}@example.org`), 'p011@example.org']);
  });

  it('explains where contacts come from when there are none', () => {
    const el = mount(<ContactsList contacts={[]} selectedId={null} onSelect={() => undefined} />);
    expect(el.querySelector('[data-testid="contacts-empty"]')?.textContent).toBe(
      'No contacts yet: Rapport adds people when you write to them or save an appreciation.',
    );
    expect(el.querySelector('[data-testid="contact-search"]')).toBeNull();
  });

  it('labels the search field and makes each row a button in a list', () => {
    const el = mount(<ContactsList contacts={PEOPLE} selectedId={null} onSelect={() => undefined} />);
    const input = el.querySelector('[data-testid="contact-search"]') as HTMLInputElement;
    expect(input.type).toBe('search');
    expect(input.closest('label')?.textContent).toBe('Search contacts');
    for (const row of rows(el)) {
      expect(row.tagName).toBe('BUTTON');
      expect(row.parentElement?.tagName).toBe('LI');
    }
  });
});
