import { describe, expect, it } from 'vitest';
import { segment } from '../../../../lib/analysis/segment';
import { yahoo } from '../../../../lib/sites/mail/yahoo';
import { loadFixture, runFixture } from '../load-fixture';

const INBOX = 'https://mail.yahoo.com/d/folders/1';
const READER = 'https://mail.yahoo.com/d/folders/1/messages/AMq3rG2';
const NEW_TEXT = 'Hi Jonas,\n\nTuesday at 2 pm works for me. I will send the agenda by Monday.\n\nBest regards,\nSam';
const HEADER = 'On Friday, May 2, 2025 at 09:14:22 AM GMT+2, Jonas Weber <jonas.weber@example.de> wrote:';

function openCompose() {
  const dom = runFixture('yahoo/inbox.html', INBOX);
  const doc = dom.window.document;
  doc.querySelector<HTMLElement>('a[data-test-id="compose-button"]')?.click();
  return doc;
}

describe('yahoo adapter', () => {
  it('finds no compose in the inbox before Compose is clicked', () => {
    expect(yahoo.findComposes(loadFixture('yahoo/inbox.html', INBOX))).toEqual([]);
    const dom = runFixture('yahoo/inbox.html', INBOX);
    expect(yahoo.findComposes(dom.window.document)).toEqual([]);
  });

  it('finds the compose that Compose opens, with the compose form as root', () => {
    const doc = openCompose();
    const found = yahoo.findComposes(doc);
    expect(found).toHaveLength(1);
    const [{ root, editor }] = found as [{ root: HTMLElement; editor: HTMLElement }];
    expect(editor.getAttribute('data-test-id')).toBe('rte');
    expect(root.getAttribute('data-test-id')).toBe('compose');
    expect(root.contains(editor)).toBe(true);
    expect(root.querySelectorAll('[data-test-id="rte"]')).toHaveLength(1);
    expect(root.querySelector('[data-test-id="compose-send-button"]')).not.toBeNull();
    expect(yahoo.readDraft({ root, editor })).toBe('');
  });

  it('loses the compose again when it is closed', () => {
    const doc = openCompose();
    doc.querySelector<HTMLElement>('[data-test-id="compose-close-button"]')?.click();
    expect(yahoo.findComposes(doc)).toEqual([]);
    doc.querySelector<HTMLElement>('a[data-test-id="compose-button"]')?.click();
    doc.querySelector<HTMLElement>('button[title="Discard draft"]')?.click();
    expect(yahoo.findComposes(doc)).toEqual([]);
  });

  it('reads the recipient pill and the subject', () => {
    const doc = openCompose();
    const [compose] = yahoo.findComposes(doc);
    if (!compose) throw new Error('no compose');
    expect(yahoo.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    expect(yahoo.readSubject(compose)).toBe('');
    const subject = compose.root.querySelector<HTMLInputElement>(
      '[data-test-id="compose-subject"]',
    ) as HTMLInputElement;
    subject.value = '  Practice software quote ';
    expect(yahoo.readSubject(compose)).toBe('Practice software quote');
  });

  it('reads pills whose title has no name, a bare address, or the newer y-pill form', () => {
    const doc = openCompose();
    const [compose] = yahoo.findComposes(doc);
    if (!compose) throw new Error('no compose');
    const list = compose.root.querySelector('ul.pill-list') as HTMLElement;
    // Old pills carry the title themselves, y-pills on a descendant; y-pill labels start with a literal "|".
    const add = (kind: 'pill' | 'y-pill', title: string | null, label: string) => {
      const li = doc.createElement('li');
      const pill = doc.createElement('div');
      const text = doc.createElement(kind === 'pill' ? 'div' : 'span');
      pill.setAttribute('data-test-id', kind);
      if (kind === 'pill') text.setAttribute('data-test-id', 'pill-text');
      if (title) (kind === 'pill' ? pill : text).setAttribute('title', title);
      text.textContent = label;
      pill.append(text);
      li.append(pill);
      list.insertBefore(li, list.lastElementChild);
    };
    add('pill', '<Vis.Cesar@Mail.ru>', 'vis.cesar@mail.ru');
    add('pill', 'Ihar@epam.com <ihar@epam.com>', 'Ihar@epam.com');
    add('y-pill', 'Lena Fischer <lena.fischer@example.de>', '|Lena Fischer');
    add('y-pill', null, '|tom.becker@example.com');
    expect(yahoo.readRecipients(compose)).toEqual([
      { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
      { name: '', email: 'vis.cesar@mail.ru' },
      { name: '', email: 'ihar@epam.com' },
      { name: 'Lena Fischer', email: 'lena.fischer@example.de' },
      { name: '', email: 'tom.becker@example.com' },
    ]);
  });

  it('reads the reply: new text above the quote header, which the segmenter recognises', () => {
    const doc = loadFixture('yahoo/reply.html', READER);
    const found = yahoo.findComposes(doc);
    expect(found).toHaveLength(1);
    const [compose] = found;
    if (!compose) throw new Error('no compose');
    expect(compose.root.querySelectorAll('[data-test-id="rte"]')).toHaveLength(1);
    // The message being answered is outside the compose form.
    expect(compose.root.contains(doc.querySelector('[data-test-id="message-view"]'))).toBe(false);
    expect(yahoo.readRecipients(compose)).toEqual([{ name: 'Jonas Weber', email: 'jonas.weber@example.de' }]);
    expect(yahoo.readSubject(compose)).toBe('Re: Kick-off next week?');

    const draft = yahoo.readDraft(compose);
    expect(draft.startsWith(`${NEW_TEXT}\n`)).toBe(true);
    expect(draft).toContain(`\n${HEADER}\n`);
    expect(draft).toContain('would Tuesday at 2 pm work for the kick-off?');
    expect(yahoo.mapDraft(compose).text.replace(/\n+$/, '')).toBe(draft);

    const { paragraphs } = segment(draft);
    const quoteAt = draft.indexOf(HEADER);
    expect(paragraphs.length).toBeGreaterThan(0);
    expect(paragraphs.every((p) => p.end < quoteAt)).toBe(true);
    // The name under the closing is signature, not text to review.
    expect(draft.slice(paragraphs.at(-1)?.start, paragraphs.at(-1)?.end)).toBe('Best regards,');
  });

  it('maps draft offsets back to the editor text', () => {
    const [compose] = yahoo.findComposes(loadFixture('yahoo/reply.html', READER));
    if (!compose) throw new Error('no compose');
    const map = yahoo.mapDraft(compose);
    const at = map.text.indexOf('agenda');
    expect(map.range(at, at + 'agenda'.length)?.toString()).toBe('agenda');
  });

  it('falls back to the labelled editable when the rte marker goes', () => {
    const doc = loadFixture('yahoo/reply.html', READER);
    for (const el of doc.querySelectorAll('[data-test-id="rte"]')) el.removeAttribute('data-test-id');
    expect(yahoo.findComposes(doc)).toHaveLength(1);
    for (const el of doc.querySelectorAll('[aria-label="Message body"]')) el.removeAttribute('aria-label');
    for (const el of doc.querySelectorAll('[data-test-id="compose-editor-container"]'))
      el.removeAttribute('data-test-id');
    for (const el of doc.querySelectorAll('#editor-container')) el.removeAttribute('id');
    const [generic] = yahoo.findComposes(doc);
    expect(generic?.editor.classList.contains('rte')).toBe(true);
    expect(generic?.root.getAttribute('data-test-id')).toBe('compose');
  });

  it('ignores an editable that is in no compose form', () => {
    const doc = loadFixture('yahoo/inbox.html', INBOX);
    const signature = doc.createElement('div');
    signature.setAttribute('data-test-id', 'rte');
    signature.setAttribute('contenteditable', 'true');
    doc.body.append(signature);
    expect(yahoo.findComposes(doc)).toEqual([]);
  });

  it('returns nothing, without throwing, on a page it does not know', () => {
    expect(yahoo.findComposes(loadFixture('gmail/inbox.html', 'https://mail.google.com/mail/u/0/#inbox'))).toEqual([]);
    expect(yahoo.findComposes(loadFixture('meet/prejoin.html', INBOX))).toEqual([]);
  });
});
