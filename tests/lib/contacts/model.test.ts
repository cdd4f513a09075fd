import { describe, expect, it } from 'vitest';
import { type Contact, mergeContacts, newContact, parseContact } from '../../../lib/contacts/model';

const anna = (over: Partial<Contact> = {}): Contact => ({
  ...(newContact('Anna.Schmidt@example.com', 'Dr. Anna Schmidt') as Contact),
  ...over,
});

describe('newContact', () => {
  it('keys a contact by its normalized address', () => {
    expect(anna()).toMatchObject({
      id: 'anna.schmidt@example.com',
      emails: ['anna.schmidt@example.com'],
      kind: 'client',
      formality: 'unknown',
    });
    expect(newContact('not an address')).toBeNull();
  });
});

describe('parseContact', () => {
  it('accepts a well-formed record, trimming note text', () => {
    const record = anna({
      appreciations: [{ text: '  klare Fragen ', date: '2026-11-01T10:00:00.000Z', source: 'sidebar' }],
    });
    const parsed = parseContact(JSON.parse(JSON.stringify(record)));
    expect(parsed.ok && parsed.contact.appreciations[0]?.text).toBe('klare Fragen');
  });

  it.each([
    [null, 'contact'],
    [{ ...anna(), emails: [] }, 'emails'],
    [{ ...anna(), emails: ['<script>'] }, 'emails.0'],
    [{ ...anna(), kind: 'friend' }, 'kind'],
    [{ ...anna(), appreciations: [{ text: 'x', date: 'gestern', source: 'sidebar' }] }, 'appreciations.0.date'],
    [{ ...anna(), tense: 'yes' }, 'tense'],
  ])('rejects %j and says where (%s)', (raw, where) => {
    const parsed = parseContact(raw);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems.join(' ')).toContain(where);
  });

  it('keeps HTML in names as plain text (it is rendered as text, never as markup)', () => {
    const parsed = parseContact(anna({ name: '<img src=x onerror=alert(1)>' }));
    expect(parsed.ok && parsed.contact.name).toBe('<img src=x onerror=alert(1)>');
  });
});

describe('mergeContacts', () => {
  it('loses nothing: addresses, notes of both, the more specific fields', () => {
    const a = anna({
      appreciations: [{ text: 'klare Fragen', date: '2026-11-01T10:00:00.000Z', source: 'sidebar' }],
      lastContacted: '2026-11-02T10:00:00.000Z',
    });
    const b = {
      ...(newContact('anna@schmidt-architekten.de', 'Anna') as Contact),
      kind: 'supplier' as const,
      formality: 'du' as const,
      tense: true,
      note: 'Bevorzugt Telefon.',
      appreciations: [
        { text: 'klare Fragen', date: '2026-11-01T10:00:00.000Z', source: 'sidebar' as const },
        { text: 'pünktlich', date: '2026-10-01T10:00:00.000Z', source: 'popup' as const },
      ],
      lastContacted: '2026-11-20T10:00:00.000Z',
    };
    const merged = mergeContacts(a, b);
    expect(merged.id).toBe('anna.schmidt@example.com');
    expect(merged.name).toBe('Dr. Anna Schmidt');
    expect(merged.emails).toEqual(['anna.schmidt@example.com', 'anna@schmidt-architekten.de']);
    expect(merged).toMatchObject({ kind: 'supplier', formality: 'du', tense: true, note: 'Bevorzugt Telefon.' });
    expect(merged.appreciations.map((n) => n.text)).toEqual(['pünktlich', 'klare Fragen']);
    expect(merged.lastContacted).toBe('2026-11-20T10:00:00.000Z');
    expect(parseContact(merged).ok).toBe(true);
  });
});
