// Every adapter finds its compose's Send button (Rapport learns the form of
// address from a send), on a fixture with a compose open.
import { describe, expect, it } from 'vitest';
import { generic } from '../../../../lib/sites/mail/generic';
import { gmail } from '../../../../lib/sites/mail/gmail';
import { gmx } from '../../../../lib/sites/mail/gmx';
import { outlook } from '../../../../lib/sites/mail/outlook';
import { yahoo } from '../../../../lib/sites/mail/yahoo';
import type { MailAdapter } from '../../../../lib/sites/types';
import { runFixture } from '../load-fixture';

const CASES: Array<[MailAdapter, string, string, RegExp]> = [
  [gmail, 'gmail/inbox-de.html', 'https://mail.google.com/mail/u/1/', /Senden/],
  [outlook, 'outlook/reply-de.html', 'https://outlook.office.com/mail/inbox/id/x', /Senden|Send/],
  [yahoo, 'yahoo/reply.html', 'https://mail.yahoo.com/d/folders/1/messages/1', /Send/],
  [gmx, 'gmx/reply.html', 'https://3c.gmx.net/mail/client/compose', /Senden/],
  [generic, 'generic/roundcube.html', 'https://webmail.example.org/', /Send/],
];

describe.each(CASES.map(([adapter, ...rest]) => [adapter.id, adapter, ...rest] as const))(
  '%s',
  (_, adapter, fixture, url, label) => {
    it('finds the Send button of the open compose', () => {
      const dom = runFixture(fixture, url);
      const [compose] = adapter.findComposes(dom.window.document);
      if (!compose) throw new Error(`${adapter.id}: no compose in ${fixture}`);
      const button = adapter.sendButton(compose);
      const text = `${button?.textContent ?? ''} ${button?.getAttribute('aria-label') ?? ''} ${button?.getAttribute('title') ?? ''}`;
      expect(text).toMatch(label);
    });
  },
);
