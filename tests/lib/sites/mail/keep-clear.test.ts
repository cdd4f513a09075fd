// Issue 16: each adapter names what the sidebar must never cover besides the
// compose: its Send and Discard and the inbox's sender column.
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../../lib/sites/mail/gmail';
import { gmx } from '../../../../lib/sites/mail/gmx';
import { outlook } from '../../../../lib/sites/mail/outlook';
import type { MailAdapter } from '../../../../lib/sites/types';
import { runFixture } from '../load-fixture';

const CASES: Array<[MailAdapter, string, string, RegExp, number]> = [
  // Send, Discard ("Entwurf verwerfen"), and the four sender cells of the inbox beside the compose.
  [gmail, 'gmail/inbox-de.html', 'https://mail.google.com/mail/u/1/', /Senden.*verwerfen/s, 4],
  // Send, Discard, and the message list, whose rows lead with the sender.
  [outlook, 'outlook/reply-de.html', 'https://outlook.office.com/mail/inbox/id/x', /Send.*(Discard|Verwerfen)/s, 1],
  // The reply replaces the mail list: Send and "Verwerfen" only.
  [gmx, 'gmx/reply.html', 'https://3c.gmx.net/mail/client/compose', /Senden.*Verwerfen/s, 0],
];

const said = (el: Element) =>
  `${el.textContent ?? ''} ${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`.trim();

describe.each(CASES.map(([adapter, ...rest]) => [adapter.id, adapter, ...rest] as const))(
  '%s',
  (_, adapter, fixture, url, buttons, others) => {
    it('keeps clear of Send, Discard and the sender column', () => {
      const doc = runFixture(fixture, url).window.document;
      const [compose] = adapter.findComposes(doc);
      if (!compose) throw new Error(`${adapter.id}: no compose in ${fixture}`);
      const clear = adapter.keepClear?.(doc, compose) ?? [];
      const inCompose = clear.filter((el) => compose.root.contains(el));
      // The compose's own window (Gmail's dialog around the form) counts as the compose.
      const outside = clear.filter((el) => !compose.root.contains(el) && !el.contains(compose.root));
      expect(inCompose.map(said).join(' | ')).toMatch(buttons);
      expect(outside.length).toBe(others);
    });
  },
);
