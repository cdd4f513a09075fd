import { describe, expect, it } from 'vitest';
import { fold } from '../../../lib/contacts/normalize';
import type { ContactSummary } from '../../../lib/contacts/summary';
import { buildSearchIndex, searchContacts } from '../../../lib/ui/contact-search';

function summary(id: string, name: string, extra: Partial<ContactSummary> = {}): ContactSummary {
  return {
    id,
    name,
    emails: [id],
    kind: 'client',
    formality: 'unknown',
    tense: false,
    note: '',
    appreciations: 0,
    compliments: 0,
    lastContacted: null,
    ...extra,
  };
}

const CONTACTS = [
  summary('k.mueller@example.de', 'Katrin Müller', { note: 'Bauherrin, Projekt Lindenstraße' }),
  summary('tom@studio.example', 'Tom Becker', { emails: ['tom@studio.example', 'tom.becker@private.example'] }),
  summary('anna@example.org', 'Anna Schmidt', { note: 'prefers calls in the morning' }),
  summary('nobody@example.com', ''),
  summary('s.muller@example.fr', 'Sophie Muller'),
  summary('annette@example.org', 'Annette Kraus', { note: 'Anna recommended her' }),
];
const index = buildSearchIndex(CONTACTS);
const ids = (query: string, limit = 50) => searchContacts(index, query, limit).matches.map((c) => c.id);

describe('fold', () => {
  it('lowers case, drops accents and spells ß as ss', () => {
    expect(fold('Müller Çelik Straße ÉCOLE')).toBe('muller celik strasse ecole');
  });
});

describe('searchContacts', () => {
  it('finds Müller by "muller", "müller", "MÜLLER" and the transliteration "mueller"', () => {
    expect(ids('muller')).toEqual(['k.mueller@example.de', 's.muller@example.fr']);
    expect(ids('müller')).toEqual(['k.mueller@example.de', 's.muller@example.fr']);
    expect(ids('MÜLLER')).toEqual(['k.mueller@example.de', 's.muller@example.fr']);
    expect(ids('katrin mueller')).toEqual(['k.mueller@example.de']);
  });

  it('searches every address, not only the first', () => {
    expect(ids('private.example')).toEqual(['tom@studio.example']);
    expect(ids('nobody@')).toEqual(['nobody@example.com']);
  });

  it('searches words of the note, folded', () => {
    expect(ids('lindenstrasse')).toEqual(['k.mueller@example.de']);
    expect(ids('Morning')).toEqual(['anna@example.org']);
  });

  it('needs every word of the query (AND)', () => {
    expect(ids('anna calls')).toEqual(['anna@example.org']);
    expect(ids('anna becker')).toEqual([]);
  });

  it('puts name-prefix matches first, then word-prefix matches, then the rest, each by name', () => {
    // "Anna Schmidt" starts with "anna"; "Annette" starts with "ann" too; Annette's note mentions Anna.
    expect(ids('anna')).toEqual(['anna@example.org', 'annette@example.org']);
    expect(ids('ann')).toEqual(['anna@example.org', 'annette@example.org']);
    // "schmidt" starts a word of Anna's name; nobody's name starts with it.
    expect(ids('sch')).toEqual(['anna@example.org']);
    // No name starts with "mu"; "Müller" and "Muller" start words of names; Tom has "mu" nowhere.
    expect(ids('mu')).toEqual(['k.mueller@example.de', 's.muller@example.fr']);
    // "becker" starts a word of Tom's name and also occurs in his second address.
    expect(ids('becker')).toEqual(['tom@studio.example']);
  });

  it('ranks a name that starts with the query above one that only contains it', () => {
    const small = buildSearchIndex([
      summary('a@x.example', 'Zoe Bergmann'),
      summary('b@x.example', 'Bergmann Consulting'),
      summary('c@x.example', 'Aaron Weinberg', { note: 'knows bergmann' }),
    ]);
    expect(searchContacts(small, 'berg', 10).matches.map((c) => c.id)).toEqual([
      'b@x.example',
      'a@x.example',
      'c@x.example',
    ]);
  });

  it('limits the matches and reports the total', () => {
    const result = searchContacts(index, 'example', 2);
    expect(result.total).toBe(6);
    expect(result.matches.map((c) => c.id)).toEqual(['anna@example.org', 'annette@example.org']);
  });

  it('returns everyone for an empty query, by name then id (a missing name sorts by address)', () => {
    const twins = buildSearchIndex([...CONTACTS, summary('a.schmidt@other.example', 'Anna Schmidt')]);
    const result = searchContacts(twins, '   ', 100);
    expect(result.total).toBe(7);
    expect(result.matches.map((c) => c.id)).toEqual([
      'a.schmidt@other.example',
      'anna@example.org',
      'annette@example.org',
      'k.mueller@example.de',
      'nobody@example.com',
      's.muller@example.fr',
      'tom@studio.example',
    ]);
  });

  it('does not change the contacts it was given', () => {
    const list = [summary('b@x.example', 'Berta'), summary('a@x.example', 'Anton')];
    buildSearchIndex(list);
    expect(list.map((c) => c.id)).toEqual(['b@x.example', 'a@x.example']);
  });
});
