// A contact saved from a mail whose recipient carries a title ("Dr. Anna
// Schmidt" in Gmail) is the "Anna Schmidt" a Meet page names: offered as
// "maybe" (a name alone proves nothing), known once the user confirms.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInUi, focusInUi, queryInUi, textInUi, waitForTextInUi } from './closed-root';
import { eventually, launch, type Session, serveFixture, TRUSTED_TYPES_HEADERS } from './harness';

const INBOX = 'https://mail.google.com/mail/u/0/';
const PREJOIN = 'https://meet.google.com/abc-defg-hij';
const CARD = 'rapport-precall';

let session: Session;

beforeAll(async () => {
  session = await launch();
  await serveFixture(session.context, `${INBOX}**`, 'gmail/inbox.html', TRUSTED_TYPES_HEADERS);
  await serveFixture(session.context, `${PREJOIN}**`, 'meet/prejoin.html');
});

afterAll(() => session?.close());

describe('a contact across surfaces', () => {
  it('saved from a mail as "Dr. Anna Schmidt" is offered on Meet as "maybe", and known after confirmation', async () => {
    const mail = await session.context.newPage();
    await mail.goto(`${INBOX}#inbox`);
    await mail.click('[gh="cm"]');
    await eventually('the question', () => queryInUi(mail, 'rapport-sidebar', '[data-testid="appreciation-input"]'));
    await focusInUi(mail, 'rapport-sidebar', '[data-testid="appreciation-input"]');
    await mail.keyboard.type('Denkt bei jedem Plan an die Nachbarn.');
    await mail.keyboard.press('Enter');
    await waitForTextInUi(
      mail,
      'rapport-sidebar',
      '[data-testid="appreciation-saved"]',
      'Saved in the journal of Dr. Anna Schmidt.',
    );
    await mail.close();

    const meet = await session.context.newPage();
    await meet.goto(PREJOIN);
    await eventually('the name-only question', () => queryInUi(meet, CARD, '[data-testid="person-maybe"]'), 15_000);
    expect(await textInUi(meet, CARD, '[data-testid="person-maybe"] p')).toContain('Dr. Anna Schmidt');
    expect(await textInUi(meet, CARD, '[data-testid="participants"]')).not.toContain('in your contacts');
    await clickInUi(meet, CARD, '[data-testid="maybe-yes"]');
    await eventually('Anna known', async () =>
      (await textInUi(meet, CARD, '[data-testid="participants"]')).includes('Anna Schmidt (in your contacts)'),
    );
    expect(await queryInUi(meet, CARD, '[data-testid="appreciation-prompt"]')).not.toBeNull();
    await meet.close();
  });
});
