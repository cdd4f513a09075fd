import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { clip, clipPerson, MAX_NAME, MAX_TITLE } from '../../../lib/messaging/limits';
import { CALL_PAGE, MAIL_FRAME, transportFrom } from './transport';

beforeEach(() => fakeBrowser.reset());

describe('what the page side sends is cut to the size the background takes', () => {
  it('cuts long text with an ellipsis and leaves short text alone', () => {
    expect(clip('Anna Berger', MAX_NAME)).toBe('Anna Berger');
    const cut = clip('x'.repeat(MAX_NAME + 100), MAX_NAME);
    expect(cut).toHaveLength(MAX_NAME);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never splits a surrogate pair', () => {
    const cut = clip(`${'a'.repeat(MAX_NAME - 2)}😀😀😀`, MAX_NAME);
    expect(cut.length).toBeLessThanOrEqual(MAX_NAME);
    expect(cut).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });

  it('a recipient with a 600-character name still gets the appreciation question', async () => {
    const person = clipPerson({ name: `Dr. ${'Maximiliane '.repeat(50)}Berger`, email: 'berger@example.org' });
    const brief = await send(
      { type: 'contacts/brief', email: person.email, name: person.name, language: 'de' },
      transportFrom(MAIL_FRAME),
    );
    expect(brief.prompt?.text).toBeTruthy();
  });

  it('a meeting with a 3,000-character title is still recorded', async () => {
    const meeting = await send(
      {
        type: 'calls/seen',
        site: 'meet',
        key: 'abc-defg-hij',
        title: clip('Abstimmung '.repeat(300), MAX_TITLE),
        participants: [clipPerson({ name: 'N'.repeat(900), email: '' })],
        state: 'in-call',
      },
      transportFrom(CALL_PAGE),
    );
    expect(meeting.title.length).toBeLessThanOrEqual(MAX_TITLE);
    expect(meeting.participants[0]?.name.length).toBeGreaterThan(0);
    expect(meeting.participants[0]?.name.length).toBeLessThanOrEqual(MAX_NAME);
  });
});
