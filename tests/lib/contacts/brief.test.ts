import { describe, expect, it } from 'vitest';
import { makeBrief } from '../../../lib/contacts/brief';
import { markKnown, peopleBriefs } from '../../../lib/contacts/call-brief';
import { type Contact, type ContactNote, newContact } from '../../../lib/contacts/model';

const now = new Date('2026-11-23T10:00:00Z');
const note = (text: string, day: number): ContactNote => ({
  text,
  date: new Date(Date.UTC(2026, 10, day, 9)).toISOString(),
  source: 'sidebar',
});
const anna = (over: Partial<Contact> = {}): Contact => ({
  ...(newContact('anna@example.com', 'Anna') as Contact),
  ...over,
});

describe('makeBrief', () => {
  it('asks about someone unknown by the name the page shows', () => {
    const brief = makeBrief({ contact: null, key: 'new@example.com', name: 'Ben', language: 'en', general: [], now });
    expect(brief.contact).toBeNull();
    expect(brief.prompt?.text).toContain('Ben');
    expect(brief.lastNotes).toEqual([]);
  });

  it('shows the newest notes first and avoids the questions asked lately', () => {
    const contact = anna({
      appreciations: [note('eins', 1), note('zwei', 2), note('drei', 3)],
      prompts: { recent: ['personality-one-word'], snoozedUntil: null },
    });
    const brief = makeBrief({ contact, key: contact.id, name: '', language: 'de', general: [], now });
    expect(brief.lastNotes.map((n) => n.text)).toEqual(['drei', 'zwei']);
    expect(brief.prompt?.id).not.toBe('personality-one-word');
    expect(brief.contact?.appreciations).toBe(3);
  });

  it('asks nothing while snoozed, and again once the snooze is over', () => {
    const snoozed = anna({ prompts: { recent: [], snoozedUntil: '2026-12-01T00:00:00.000Z' } });
    const during = makeBrief({ contact: snoozed, key: 'anna@example.com', name: '', language: 'de', general: [], now });
    expect(during.prompt).toBeNull();
    expect(during.snoozedUntil).toBe('2026-12-01T00:00:00.000Z');
    const later = new Date('2026-12-02T00:00:00Z');
    const after = makeBrief({
      contact: snoozed,
      key: 'anna@example.com',
      name: '',
      language: 'de',
      general: [],
      now: later,
    });
    expect(after.prompt).not.toBeNull();
    expect(after.snoozedUntil).toBeNull();
  });

  it("offers one of the contact's own compliments, else one from the general collection", () => {
    const own = anna({ compliments: [note('Sie sind die Beste', 5)] });
    expect(
      makeBrief({ contact: own, key: own.id, name: '', language: 'de', general: [note('x', 1)], now }).compliment?.text,
    ).toBe('Sie sind die Beste');
    const general = [note('Danke für alles', 1), note('Großartig', 2)];
    const picked = makeBrief({
      contact: anna(),
      key: 'anna@example.com',
      name: '',
      language: 'de',
      general,
      now,
    }).compliment;
    expect(general).toContainEqual(picked);
    expect(
      makeBrief({ contact: null, key: 'a@b.de', name: '', language: 'de', general: [], now }).compliment,
    ).toBeNull();
  });
});

describe('the questions asked lately', () => {
  const brief = (contact: Contact | null, recent?: string[]) =>
    makeBrief({
      contact,
      key: 'anna@example.com',
      name: 'Anna',
      language: 'de',
      general: [],
      now,
      ...(recent ? { recent } : {}),
    }).prompt?.id;

  it('come from the prompt memory, merged with those an older record kept', () => {
    const first = brief(null) as string;
    const second = brief(null, [first]) as string;
    expect(second).not.toBe(first);
    const legacy = anna({ prompts: { recent: [first], snoozedUntil: null } });
    expect([first, second]).not.toContain(brief(legacy, [second]));
    expect(brief(legacy)).not.toBe(first);
  });

  it('are avoided for every person of a call', () => {
    const ben = { ...(newContact('ben@example.com', 'Ben') as Contact), lastContacted: now.toISOString() };
    const plain = peopleBriefs([anna(), ben], [], [], 'de', [], now);
    const shown = new Map(plain.map((p) => [p.email, [p.brief.prompt?.id as string]]));
    const again = peopleBriefs([anna(), ben], [], [], 'de', [], now, shown);
    expect(again.map((p) => p.email)).toEqual(['ben@example.com', 'anna@example.com']);
    for (const person of again) expect(shown.get(person.email)).not.toContain(person.brief.prompt?.id);
  });
});

describe('markKnown', () => {
  it('marks the people briefed as contacts, not the name-only "maybe" nor a stranger', () => {
    const person = (name: string, email: string, maybe: boolean) => ({
      name,
      email,
      maybe,
      brief: makeBrief({ contact: null, key: email || name, name, language: 'de', general: [], now }),
    });
    const marked = markKnown(
      [
        { name: 'Anna Schmidt', email: '' },
        { name: 'Jonas Weber', email: '' },
        { name: 'Lena Fischer', email: '' },
      ],
      [
        person('Anna Schmidt', 'anna@example.com', false),
        person('Jonas Weber', 'jonas@example.com', true),
        person('Lena Fischer', '', false),
      ],
    );
    expect(marked.map((p) => p.known)).toEqual([true, false, false]);
  });
});

describe('markKnown across surfaces', () => {
  it('marks a confirmed contact saved with a title as the participant the call page names without it', () => {
    const dr = newContact('anna@example.com', 'Dr. Anna Schmidt') as Contact;
    const briefs = peopleBriefs([dr], [], ['Anna Schmidt'], 'de', [], now);
    const marked = markKnown([{ name: 'Anna Schmidt' }, { name: 'Hanna Schmidt' }], briefs);
    expect(marked.map((p) => p.known)).toEqual([true, false]);
  });
});
