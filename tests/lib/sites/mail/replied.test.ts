// Each adapter's reply fixture names the sender of the quoted mail; a new mail names no one.
import { describe, expect, it } from 'vitest';
import { quotedSender } from '../../../../lib/analysis/quote-header';
import { gmail } from '../../../../lib/sites/mail/gmail';
import { gmx } from '../../../../lib/sites/mail/gmx';
import { outlook } from '../../../../lib/sites/mail/outlook';
import { yahoo } from '../../../../lib/sites/mail/yahoo';
import type { MailAdapter } from '../../../../lib/sites/types';
import { runFixture } from '../load-fixture';

const REPLIES: Array<[MailAdapter, string, string, string]> = [
  [gmail, 'gmail/reply-de.html', 'https://mail.google.com/mail/u/1/#inbox/FMfcgz', 'jonas.weber@example.de'],
  [outlook, 'outlook/reply-de.html', 'https://outlook.office.com/mail/inbox/id/x', 'anna.schmidt@example.de'],
  [yahoo, 'yahoo/reply.html', 'https://mail.yahoo.com/d/folders/1/messages/1', 'jonas.weber@example.de'],
  [gmx, 'gmx/reply.html', 'https://3c.gmx.net/mail/client/compose', 'lena.weber@example.de'],
];

describe("the sender of the quoted mail, read from each adapter's draft", () => {
  it.each(REPLIES.map(([a, ...rest]) => [a.id, a, ...rest] as const))(
    '%s reply names its quoted sender',
    (_, adapter, fixture, url, email) => {
      const [compose] = adapter.findComposes(runFixture(fixture, url).window.document);
      if (!compose) throw new Error(`${adapter.id}: no compose`);
      expect(quotedSender(adapter.readDraft(compose))?.email).toBe(email);
    },
  );

  it('names no one for a new mail', () => {
    const dom = runFixture('gmail/inbox-de.html', 'https://mail.google.com/mail/u/1/');
    const [compose] = gmail.findComposes(dom.window.document);
    if (!compose) throw new Error('no compose');
    expect(quotedSender(gmail.readDraft(compose))).toBeNull();
  });
});
