// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContactEditor, type ContactEditorProps } from '../../../components/options/ContactEditor';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';
import { contact, note, summary } from './fixtures';

afterEach(() => setLanguage('en'));

const KATRIN = contact('k.mueller@example.de', 'Katrin Müller', {
  formality: 'sie',
  note: 'Bauherrin',
  appreciations: [
    note('Sie hat die Pläne pünktlich geschickt.', '2025-01-05T12:00:00.000Z', 'sidebar'),
    note('Immer freundlich am Telefon.', '2025-03-12T12:00:00.000Z', 'call'),
  ],
  compliments: [note('Danke für die klare Übersicht!', '2025-02-01T12:00:00.000Z', 'mail', 'Re: Angebot Lindenstraße')],
});
const OTHERS = [
  summary('k.mueller@example.de', 'Katrin Müller'),
  summary('katrin@privat.example', 'Katrin M.'),
  summary('tom@studio.example', ''),
];

function editor(overrides: Partial<ContactEditorProps> = {}) {
  const props: ContactEditorProps = {
    contact: KATRIN,
    others: OTHERS,
    busy: false,
    error: null,
    onSave: vi.fn(),
    onRemoveNote: vi.fn(),
    onMerge: vi.fn(),
    onDelete: vi.fn(),
    ...overrides,
  };
  return { props, el: mount(<ContactEditor {...props} />) };
}

function field<T extends HTMLElement>(el: HTMLElement, name: string): T {
  const found = el.querySelector<T>(`[name="${name}"]`);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

function type(el: HTMLElement, name: string, text: string) {
  const input = field<HTMLInputElement>(el, name);
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(el: HTMLElement, name: string, value: string) {
  const select = field<HTMLSelectElement>(el, name);
  act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

function submit(form: Element | null) {
  if (!form) throw new Error('no form');
  act(() => {
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  });
}

const saveButton = (el: HTMLElement) => el.querySelector('button[type="submit"]') as HTMLButtonElement;
const texts = (el: HTMLElement, selector: string) => [...el.querySelectorAll(selector)].map((n) => n.textContent);

describe('ContactEditor', () => {
  it('shows the contact in a form whose every control has a label', () => {
    const { el } = editor();
    expect(el.querySelector('h2')?.textContent).toBe('Katrin Müller');
    expect(field<HTMLInputElement>(el, 'name').value).toBe('Katrin Müller');
    expect(field<HTMLSelectElement>(el, 'kind').value).toBe('client');
    expect(field<HTMLSelectElement>(el, 'formality').value).toBe('sie');
    expect(field<HTMLSelectElement>(el, 'language').value).toBe('unknown');
    expect(field<HTMLTextAreaElement>(el, 'note').value).toBe('Bauherrin');
    expect(field<HTMLInputElement>(el, 'tense').checked).toBe(false);
    expect(texts(el, '[data-testid="contact-emails"] li')).toEqual(['k.mueller@example.de']);
    expect([...field<HTMLSelectElement>(el, 'kind').options].map((o) => o.textContent)).toEqual([
      'Client',
      'Colleague',
      'Supplier',
      'Other',
    ]);
    for (const control of el.querySelectorAll('input, select, textarea')) {
      expect(control.closest('label')?.textContent?.trim(), control.outerHTML).toBeTruthy();
    }
    expect(saveButton(el).disabled).toBe(true);
  });

  it('saves only the fields that changed', () => {
    const { el, props } = editor();
    type(el, 'name', 'Dr. Katrin Müller');
    click(field(el, 'tense'));
    choose(el, 'language', 'de');
    type(el, 'note', 'Bauherrin'); // typed back to what it was: no change
    expect(el.textContent).toContain('Unsaved changes.');
    submit(el.querySelector('[data-testid="contact-editor"]'));
    expect(props.onSave).toHaveBeenCalledTimes(1);
    expect(props.onSave).toHaveBeenCalledWith({ name: 'Dr. Katrin Müller', tense: true, language: 'de' });
  });

  it('sets the form of address by hand and says so', () => {
    const { el, props } = editor();
    expect(el.querySelector('[data-testid="formality-hint"]')?.textContent).toBe(
      'Rapport learns this from the mails you send. Choosing Sie or du fixes it: Rapport then stops learning it from the mails you send.',
    );
    expect([...field<HTMLSelectElement>(el, 'formality').options].map((o) => o.textContent)).toEqual([
      'Sie',
      'du',
      'Not known yet',
    ]);
    choose(el, 'formality', 'du');
    submit(el.querySelector('[data-testid="contact-editor"]'));
    expect(props.onSave).toHaveBeenCalledWith({ formality: 'du' });

    const byHand = editor({ contact: { ...KATRIN, formalityByHand: true } }).el;
    expect(byHand.querySelector('[data-testid="formality-hint"]')?.textContent).toMatch(/^You set this by hand\. /);
  });

  it('adds addresses with the save, leaving out ones the contact already has', () => {
    const { el, props } = editor();
    type(el, 'addEmail', 'katrin@privat.example, K.Mueller@example.de');
    submit(el.querySelector('[data-testid="contact-editor"]'));
    expect(props.onSave).toHaveBeenCalledWith({ addEmails: ['katrin@privat.example'] });
  });

  it('starts clean again once the saved contact comes back, and for another person', () => {
    const props = {
      others: OTHERS,
      busy: false,
      error: null,
      onRemoveNote: vi.fn(),
      onMerge: vi.fn(),
      onDelete: vi.fn(),
    };
    const onSave = vi.fn();
    const el = mount(<ContactEditor contact={KATRIN} onSave={onSave} {...props} />);
    type(el, 'name', 'Katrin M.');
    type(el, 'note', 'Bauherrin, mag kurze Mails');
    type(el, 'addEmail', 'katrin@privat.example');
    expect(saveButton(el).disabled).toBe(false);
    // The save stored the name and the address; the note is still being edited.
    const saved = { ...KATRIN, name: 'Katrin M.', emails: [...KATRIN.emails, 'katrin@privat.example'] };
    act(() => render(<ContactEditor contact={saved} onSave={onSave} {...props} />, el));
    expect(field<HTMLInputElement>(el, 'name').value).toBe('Katrin M.');
    expect(field<HTMLInputElement>(el, 'addEmail').value).toBe('');
    expect(field<HTMLTextAreaElement>(el, 'note').value).toBe('Bauherrin, mag kurze Mails');
    submit(el.querySelector('[data-testid="contact-editor"]'));
    expect(onSave).toHaveBeenLastCalledWith({ note: 'Bauherrin, mag kurze Mails' });

    const tom = contact('tom@studio.example', 'Tom Becker');
    act(() => render(<ContactEditor contact={tom} onSave={onSave} {...props} />, el));
    expect(field<HTMLInputElement>(el, 'name').value).toBe('Tom Becker');
    expect(field<HTMLTextAreaElement>(el, 'note').value).toBe('');
    expect(saveButton(el).disabled).toBe(true);
  });

  it('lists the journal newest first with date and source, and removes one entry', () => {
    const { el, props } = editor();
    const entries = [...el.querySelectorAll('[data-testid="journal-entry"]')];
    expect(entries.map((e) => e.querySelector('.rp-note__text')?.textContent)).toEqual([
      'Immer freundlich am Telefon.',
      'Sie hat die Pläne pünktlich geschickt.',
    ]);
    expect(entries[0]?.querySelector('.rp-note__meta')?.textContent).toBe('Mar 12, 2025 · noted around a call');
    click(entries[1]?.querySelector('button') ?? null);
    expect(props.onRemoveNote).toHaveBeenCalledWith('appreciations', KATRIN.appreciations[0]);
  });

  it('dates the journal in German when Rapport speaks German', () => {
    setLanguage('de');
    const { el } = editor();
    expect(texts(el, '[data-testid="journal-entry"] .rp-note__meta')).toEqual([
      '12.03.2025 · rund um einen Call notiert',
      '05.01.2025 · in der Mail-Seitenleiste notiert',
    ]);
    expect(el.querySelector('[data-testid="compliment-entry"] .rp-note__meta')?.textContent).toBe(
      '01.02.2025 · aus einer Mail gespeichert · In „Re: Angebot Lindenstraße“',
    );
    expect(el.querySelector('label')?.textContent).toBe('Name');
    expect(el.querySelector('[data-testid="delete-contact"]')?.textContent).toBe(
      'Diesen Kontakt und alles dazu löschen',
    );
  });

  it('lists compliments with the mail they came from, and removes one', () => {
    const { el, props } = editor();
    const entry = el.querySelector('[data-testid="compliment-entry"]');
    expect(entry?.querySelector('.rp-note__text')?.textContent).toBe('Danke für die klare Übersicht!');
    expect(entry?.querySelector('.rp-note__meta')?.textContent).toBe(
      'Feb 1, 2025 · saved from a mail · In “Re: Angebot Lindenstraße”',
    );
    click(entry?.querySelector('button') ?? null);
    expect(props.onRemoveNote).toHaveBeenCalledWith('compliments', KATRIN.compliments[0]);
  });

  it('says so when the journal is empty', () => {
    const { el } = editor({ contact: { ...KATRIN, appreciations: [], compliments: [] } });
    expect(el.querySelectorAll('[data-testid="journal-entry"]')).toHaveLength(0);
    expect(el.textContent).toContain('Nothing noted yet.');
    expect(el.textContent).toContain('No compliments saved from them yet.');
  });

  it('merges with the chosen other contact (never with itself)', () => {
    const { el, props } = editor();
    const select = field<HTMLSelectElement>(el, 'mergeWith');
    expect(select.closest('label')?.textContent).toContain('Merge with…');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['', 'Choose a contact'],
      ['katrin@privat.example', 'Katrin M. · katrin@privat.example'],
      ['tom@studio.example', 'tom@studio.example'],
    ]);
    const button = el.querySelector('[data-testid="contact-merge"] button') as HTMLButtonElement;
    expect(button.disabled).toBe(true);
    choose(el, 'mergeWith', 'katrin@privat.example');
    click(button);
    expect(props.onMerge).toHaveBeenCalledWith('katrin@privat.example');
    expect(props.onSave).not.toHaveBeenCalled();
  });

  it('deletes only after "Yes, delete"; Cancel goes back', () => {
    const { el, props } = editor();
    click(el.querySelector('[data-testid="delete-contact"]'));
    expect(props.onDelete).not.toHaveBeenCalled();
    const confirm = el.querySelector('[data-testid="delete-confirm"]');
    expect(confirm?.querySelector('p')?.textContent).toBe(
      'Delete Katrin Müller with every note and compliment? This cannot be undone.',
    );
    expect(document.activeElement?.textContent).toBe('Cancel');
    click([...(confirm?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Cancel') ?? null);
    expect(el.querySelector('[data-testid="delete-confirm"]')).toBeNull();
    expect(props.onDelete).not.toHaveBeenCalled();
    click(el.querySelector('[data-testid="delete-contact"]'));
    click(el.querySelector('[data-testid="delete-contact-yes"]'));
    expect(props.onDelete).toHaveBeenCalledTimes(1);
  });

  it('shows an error as an alert, and waits while busy', () => {
    const { el, props } = editor({
      error: 'katrin@privat.example belongs to Katrin M.: merge the two instead',
      busy: true,
    });
    expect(el.querySelector('[role="alert"]')?.textContent).toBe(
      'katrin@privat.example belongs to Katrin M.: merge the two instead',
    );
    type(el, 'name', 'Katrin');
    expect(saveButton(el).disabled).toBe(true);
    submit(el.querySelector('[data-testid="contact-editor"]'));
    expect(props.onSave).not.toHaveBeenCalled();
    expect((el.querySelector('[data-testid="delete-contact"]') as HTMLButtonElement).disabled).toBe(true);
  });
});
