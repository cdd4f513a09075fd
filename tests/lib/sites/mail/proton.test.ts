import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../lib/analysis/segment';
import { proton } from '../../../../lib/sites/mail/proton';
import type { MailCompose } from '../../../../lib/sites/types';
import { loadFixture, runFixture } from '../load-fixture';

// jsdom does not load the fixtures' roosterjs (an external script the e2e serves), so here the fixture script makes
// #rooster-editor contenteditable itself. What only the browser e2e can check: roosterjs running on the frame,
// typing, the sandboxed frame's events, highlights and rewrites inside the frame.
const INBOX = 'https://mail.proton.me/u/0/inbox';
const REPLY = 'https://mail.proton.me/u/0/inbox/aB3xQ1';
const FRAME = 'iframe[data-testid="rooster-iframe"]';

const ROOSTER_TAG = '<script nonce="rapport-fixture" src="/__rapport/rooster-min.js"></script>';

/** The fixture with its scripts running and the real roosterjs bundle inlined where the page loads it. */
function runWithRooster(file: string, url: string): JSDOM {
  const html = readFileSync(`tests/fixtures/sites/${file}`, 'utf8');
  expect(html).toContain(ROOSTER_TAG);
  const bundle = readFileSync('node_modules/roosterjs/dist/rooster-min.js', 'utf8');
  const inlined = html.replace(ROOSTER_TAG, () => `<script nonce="rapport-fixture">${bundle}</script>`);
  return new JSDOM(inlined, { url, runScripts: 'dangerously', pretendToBeVisual: true });
}

function openComposers(times: number, dom = runFixture('proton/inbox.html', INBOX)): Document {
  const doc = dom.window.document;
  for (let i = 0; i < times; i++) doc.querySelector<HTMLElement>('[data-testid="sidebar:compose"]')?.click();
  return doc;
}

function only(composes: MailCompose[]): MailCompose {
  expect(composes).toHaveLength(1);
  return composes[0] as MailCompose;
}

describe('proton adapter', () => {
  it('finds no composer in the inbox before "New message" is clicked', () => {
    expect(proton.findComposes(loadFixture('proton/inbox.html', INBOX))).toEqual([]);
    expect(proton.findComposes(openComposers(0))).toEqual([]);
  });

  it('finds each composer window that opens, with the editor inside its iframe', () => {
    const doc = openComposers(2);
    const found = proton.findComposes(doc);
    expect(found).toHaveLength(2);
    for (const { root, editor } of found) {
      expect(root.classList.contains('composer')).toBe(true);
      const frames = root.querySelectorAll<HTMLIFrameElement>(FRAME);
      expect(frames).toHaveLength(1);
      expect(editor.id).toBe('rooster-editor');
      expect(editor.getAttribute('contenteditable')).toBe('true');
      expect(editor.ownerDocument).toBe(frames[0]?.contentDocument);
      expect(root.querySelector('[data-testid="composer:send-button"]')).not.toBeNull();
      expect(root.querySelector('[data-testid="composer:close-button"]')).not.toBeNull();
    }
    expect(found[0]?.root).not.toBe(found[1]?.root);

    found[0]?.root.querySelector<HTMLElement>('[data-testid="composer:close-button"]')?.click();
    expect(proton.findComposes(doc)).toHaveLength(1);
  });

  it('reads the chip recipient and the subject of a new message', () => {
    const compose = only(proton.findComposes(openComposers(1)));
    expect(proton.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    expect(proton.readSubject(compose)).toBe('');
    const subject = compose.root.querySelector<HTMLInputElement>(
      '[data-testid="composer:subject"]',
    ) as HTMLInputElement;
    subject.value = '  Offer for practice software ';
    expect(proton.readSubject(compose)).toBe('Offer for practice software');
  });

  it('reads a chip that shows only an address', () => {
    const compose = only(proton.findComposes(openComposers(1)));
    const chip = compose.root.querySelector('[data-testid="composer-addresses-item"]') as HTMLElement;
    (chip.querySelector('[data-testid="composer-addresses-item-label"]') as HTMLElement).textContent =
      'Jonas.Weber@Example.de';
    chip.querySelector('button')?.setAttribute('data-testid', 'remove-address-button-Jonas.Weber@Example.de');
    expect(proton.readRecipients(compose)).toEqual([{ name: '', email: 'jonas.weber@example.de' }]);
  });

  it('reads what is typed in the frame as lines, and maps offsets to ranges in the frame', () => {
    const compose = only(proton.findComposes(openComposers(1)));
    const doc = compose.editor.ownerDocument;
    compose.editor.replaceChildren();
    for (const line of ['Hi Anna,', '', 'thanks for your message.']) {
      const div = doc.createElement('div');
      if (line) div.textContent = line;
      else div.append(doc.createElement('br'));
      compose.editor.append(div);
    }
    expect(proton.readDraft(compose)).toBe('Hi Anna,\n\nthanks for your message.');
    const map = proton.mapDraft(compose);
    const range = map.range(map.text.indexOf('thanks'), map.text.indexOf('thanks') + 6);
    expect(range?.toString()).toBe('thanks');
    expect(range?.startContainer.ownerDocument).toBe(doc);
  });

  it('reads the reply: new text above the quote header, which segmentation leaves out', () => {
    const compose = only(proton.findComposes(runFixture('proton/reply.html', REPLY).window.document));
    const draft = proton.readDraft(compose);
    expect(draft).toContain('Hi Anna,');
    expect(draft).toContain('The data migration is included in the offer');
    expect(draft).toContain('On Monday, March 3rd, 2025 at 9:14 AM, Anna Schmidt <anna.schmidt@example.com> wrote:');
    expect(draft.indexOf('Hi Anna,')).toBeLessThan(draft.indexOf('wrote:'));
    const own = segment(draft).paragraphs.map((p) => draft.slice(p.start, p.end));
    expect(own.join('\n')).toContain('The data migration is included');
    expect(own.join('\n')).not.toContain('thank you for the documents');
    expect(proton.readSubject(compose)).toBe('Re: Offer for practice software – follow-up questions');
  });

  it('reads the collapsed "To" line of the reply, taking the address from the quote, and the chips once opened', () => {
    const doc = runFixture('proton/reply.html', REPLY).window.document;
    const compose = only(proton.findComposes(doc));
    const anna = [{ name: 'Anna Schmidt', email: 'anna.schmidt@example.com' }];
    expect(compose.root.querySelector('[data-testid="composer-addresses-item"]')).toBeNull();
    expect(proton.readRecipients(compose)).toEqual(anna);

    // The editor may rewrite the quote without Proton's class (roosterjs does on formatting).
    const quote = compose.editor.querySelector('div.protonmail_quote') as HTMLElement;
    quote.removeAttribute('class');
    quote.querySelector('blockquote')?.removeAttribute('class');
    expect(proton.readRecipients(compose)).toEqual(anna);
    quote.querySelector('blockquote')?.remove();
    expect(proton.readRecipients(compose)).toEqual([{ name: 'Anna Schmidt', email: '' }]);

    compose.root.querySelector<HTMLElement>('[data-testid="composer:address"] [role="button"]')?.click();
    expect(proton.readRecipients(compose)).toEqual(anna);
  });

  it('says a composer is showing, and gives roosterjs an undo checkpoint in the frame', () => {
    expect(proton.composeVisible?.(openComposers(0))).toBe(false);
    const doc = openComposers(1);
    expect(proton.composeVisible?.(doc)).toBe(true);
    const { editor } = only(proton.findComposes(doc));
    const seen: string[] = [];
    editor.addEventListener('compositionend', (event) => seen.push(event.type));
    proton.undoCheckpoint?.(editor);
    expect(seen).toEqual(['compositionend']);
  });

  it('works on the live roosterjs editor the fixtures build inside the frame', () => {
    const inbox = runWithRooster('proton/inbox.html', INBOX);
    expect((inbox.window as unknown as { roosterjs?: object }).roosterjs).toBeDefined();
    const compose = only(proton.findComposes(openComposers(1, inbox)));
    // roosterjs took the div and rendered its empty paragraph (jsdom lacks the contentEditable property it sets).
    expect(compose.editor.style.userSelect).toBe('text');
    expect(compose.editor.querySelector('div > br')?.parentElement?.style.fontFamily).toContain('Arial');
    expect(proton.readDraft(compose)).toBe('');
    expect(proton.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);

    const reply = only(proton.findComposes(runWithRooster('proton/reply.html', REPLY).window.document));
    expect(proton.readDraft(reply)).toContain('Anna Schmidt <anna.schmidt@example.com> wrote:');
    expect(proton.readRecipients(reply)).toEqual([{ name: 'Anna Schmidt', email: 'anna.schmidt@example.com' }]);
  });

  it('falls back to the frame title, then to any frame in a composer window', () => {
    const doc = openComposers(1);
    const frame = doc.querySelector(FRAME) as HTMLIFrameElement;
    frame.removeAttribute('data-testid');
    expect(proton.findComposes(doc)).toHaveLength(1);
    frame.removeAttribute('title');
    const compose = only(proton.findComposes(doc));
    expect(compose.editor.id).toBe('rooster-editor');
    expect(compose.root.classList.contains('composer')).toBe(true);
  });

  it('returns nothing, without throwing, on a page it does not know or a frame not filled yet', () => {
    expect(proton.findComposes(loadFixture('gmail/inbox.html', INBOX))).toEqual([]);
    // Without its script the reply's frame is still empty: no editor yet.
    expect(proton.findComposes(loadFixture('proton/reply.html', REPLY))).toEqual([]);
    const compose = {
      root: loadFixture('gmail/inbox.html', INBOX).body,
      editor: loadFixture('gmail/inbox.html', INBOX).body,
    };
    expect(proton.readRecipients(compose)).toEqual([]);
    expect(proton.readSubject(compose)).toBe('');
  });
});
