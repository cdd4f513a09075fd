// Names and notes come from mails and from what the user typed; a bidi
// control in them (U+202E RIGHT-TO-LEFT OVERRIDE) must stay inside them and
// not turn Rapport's own text around it backwards. Only layout shows this.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askBackground, extensionPage, launch, type Session } from './harness';

const EMAIL = 'berger@kanzlei.example';

let session: Session;

beforeAll(async () => {
  session = await launch();
});

afterAll(async () => {
  await session?.close();
});

/** Whether the last `tail` characters of the element's text (all of it by default) are laid out left to right. */
function readsLeftToRight(page: Page, selector: string, tail = 0): Promise<boolean> {
  return page.evaluate(
    ([s, tail]) => {
      const element = document.querySelector(s);
      const node = element?.firstChild;
      if (!node || node.nodeType !== Node.TEXT_NODE) throw new Error(`no text in ${s}`);
      const x = (i: number) => {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        return range.getBoundingClientRect().left;
      };
      const length = (node as Text).data.length;
      return x(tail ? length - tail : 0) < x(length - 1);
    },
    [selector, tail] as const,
  );
}

describe('bidi controls in stored names', () => {
  it('keep the e-mail address beside a name with U+202E readable left to right', async () => {
    const options = await extensionPage(session, 'options.html#contacts');
    await askBackground(options, {
      type: 'contacts/appreciate',
      email: EMAIL,
      name: 'Paula \u202eBerger',
      text: 'Hat die Unterlagen sorgfältig sortiert.',
      source: 'options',
    });
    await options.reload();
    await options.getByTestId('contact-row').first().waitFor();
    expect(await readsLeftToRight(options, '.rp-contact-row__email')).toBe(true);
    await options.close();
  });

  it('keep the date after a note with U+202E readable left to right', async () => {
    const popup = await extensionPage(session, 'popup.html');
    await askBackground(popup, {
      type: 'contacts/appreciate',
      email: 'linde@praxis.example',
      name: 'Jonas Linde',
      text: 'Bringt \u202eimmer Kuchen mit',
      source: 'popup',
    });
    await popup.reload();
    await popup.getByTestId('picker-search').fill('linde');
    await popup.getByTestId('picker-match').first().click();
    await popup.getByTestId('last-note').waitFor();
    // "… (2026-12-05)": the date and its brackets, after the note.
    expect(await readsLeftToRight(popup, '[data-testid="last-note"]', 12)).toBe(true);
    await popup.close();
  });
});
