import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { segment } from '../../../../lib/analysis/segment';
import { outlook } from '../../../../lib/sites/mail/outlook';
import type { MailCompose } from '../../../../lib/sites/types';
import { loadFixture, runFixture } from '../load-fixture';

const MAILBOX = 'https://outlook.office.com/mail/';
const REPLY = 'https://outlook.office.com/mail/inbox/id/AQQkADAwATM0MDAAMS1hMDE';
const ROOSTER_TAG = '<script nonce="rapport-fixture" src="/__rapport/rooster-min.js"></script>';

/** The fixture with its scripts running and the real roosterjs bundle inlined where the page loads it. */
function runWithRooster(file: string, url: string): JSDOM {
  const html = readFileSync(`tests/fixtures/sites/${file}`, 'utf8');
  const bundle = readFileSync('node_modules/roosterjs/dist/rooster-min.js', 'utf8');
  expect(html).toContain(ROOSTER_TAG);
  const inlined = html.replace(ROOSTER_TAG, () => `<script nonce="rapport-fixture">${bundle}</script>`);
  return new JSDOM(inlined, { url, runScripts: 'dangerously', pretendToBeVisual: true });
}

function newMail(dom: JSDOM): void {
  dom.window.document.querySelector<HTMLElement>('button[aria-label="New mail"]')?.click();
}

function only(composes: MailCompose[]): MailCompose {
  expect(composes).toHaveLength(1);
  return composes[0] as MailCompose;
}

const EDITORS = '[contenteditable="true"][role="textbox"][aria-label="Message body"], [id^="editorParent_"] > div';

describe('outlook adapter', () => {
  it('finds no compose in the mailbox before New mail is clicked', () => {
    expect(outlook.findComposes(loadFixture('outlook/mailbox.html', MAILBOX))).toEqual([]);
    expect(outlook.findComposes(runFixture('outlook/mailbox.html', MAILBOX).window.document)).toEqual([]);
  });

  it('finds the compose New mail opens, with the compose part as root', () => {
    const dom = runFixture('outlook/mailbox.html', MAILBOX);
    newMail(dom);
    newMail(dom); // a second click focuses the open compose, as in Outlook's reading pane
    const { root, editor } = only(outlook.findComposes(dom.window.document));
    expect(editor.getAttribute('aria-label')).toBe('Message body');
    expect(editor.parentElement?.id).toBe('editorParent_1');
    expect(root.id).toBe('docking_InitVisiblePart_0');
    expect(root.contains(editor)).toBe(true);
    expect(root.querySelectorAll(EDITORS)).toHaveLength(1);
    expect(root.querySelector('[data-testid="ComposeSendButton"]')).not.toBeNull();
    expect(outlook.readDraft(only(outlook.findComposes(dom.window.document)))).toBe('');
  });

  it('reads the recipient chip and the subject, and loses the compose on Discard', () => {
    const dom = runFixture('outlook/mailbox.html', MAILBOX);
    newMail(dom);
    const compose = only(outlook.findComposes(dom.window.document));
    expect(outlook.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    expect(outlook.readSubject(compose)).toBe('');
    const subject = compose.root.querySelector<HTMLInputElement>(
      'input[aria-label="Add a subject"]',
    ) as HTMLInputElement;
    subject.value = '  Angebot Praxis-Software ';
    expect(outlook.readSubject(compose)).toBe('Angebot Praxis-Software');
    compose.root.querySelector<HTMLElement>('#discardCompose')?.click();
    expect(outlook.findComposes(dom.window.document)).toEqual([]);
  });

  it('reads chips whose label carries "Name <address>" or only a presence-prefixed name', () => {
    const doc = loadFixture('outlook/reply-de.html', REPLY);
    const compose = only(outlook.findComposes(doc));
    const chip = doc.getElementById('REK000000') as HTMLElement;
    chip.setAttribute('aria-label', 'Dr. Anna Schmidt <Anna.Schmidt@Example.DE>');
    (chip.querySelector('[class*="textContainer"]') as HTMLElement).textContent = 'Anna.Schmidt@Example.DE';
    expect(outlook.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.de' }]);
    chip.setAttribute('aria-label', 'offlineDr. Anna Schmidt');
    (chip.querySelector('[class*="textContainer"]') as HTMLElement).textContent = 'Dr. Anna Schmidt';
    expect(outlook.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: '' }]);
  });

  it('finds the German reply open at load, not the read-mode body above it', () => {
    const doc = loadFixture('outlook/reply-de.html', REPLY);
    const compose = only(outlook.findComposes(doc));
    expect(compose.editor.getAttribute('aria-label')).toBe('Nachrichtentext');
    expect(compose.editor.isContentEditable || compose.editor.getAttribute('contenteditable') === 'true').toBe(true);
    expect(compose.root.querySelectorAll(EDITORS)).toHaveLength(1);
    expect(compose.root.contains(doc.getElementById('UniqueMessageBody_1'))).toBe(false);
    expect(outlook.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.de' }]);
    expect(outlook.readSubject(compose)).toBe('AW: Angebot Praxis-Software – Rückfragen');
  });

  it('reads the reply as lines: new text, then Outlook\'s "Von:" header, which the engine treats as quoted', () => {
    const doc = loadFixture('outlook/reply-de.html', REPLY);
    const compose = only(outlook.findComposes(doc));
    const draft = outlook.readDraft(compose);
    const lines = draft.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'Hallo Frau Dr. Schmidt,',
      '',
      'vielen Dank für Ihre Rückfragen. Die Schulung ist im Preis enthalten; eine Entscheidung bis Ende März wäre ideal.',
    ]);
    expect(lines).toContain('Von: Dr. Anna Schmidt <anna.schmidt@example.de>');
    expect(lines).toContain('Gesendet: Montag, 3. März 2025 09:14');
    const analysed = segment(draft)
      .paragraphs.map((p) => draft.slice(p.start, p.end))
      .join('\n');
    expect(analysed).toContain('Die Schulung ist im Preis enthalten');
    expect(analysed).not.toContain('Zwei kurze Fragen');
    const map = outlook.mapDraft(compose);
    expect(map.text.replace(/\n+$/, '')).toBe(draft);
    const at = map.text.indexOf('Rückfragen');
    expect(map.range(at, at + 'Rückfragen'.length)?.toString()).toBe('Rückfragen');
  });

  it('falls back to the conversation heading when an inline reply hides its subject', () => {
    const doc = loadFixture('outlook/reply-de.html', REPLY);
    const compose = only(outlook.findComposes(doc));
    compose.root.querySelector('input[id$="_SUBJECT"]')?.remove();
    expect(outlook.readSubject(compose)).toBe('Angebot Praxis-Software – Rückfragen');
  });

  it('finds the body by #editorParent_N when the label changes', () => {
    const doc = loadFixture('outlook/reply-de.html', REPLY);
    doc
      .querySelector('[aria-label="Nachrichtentext"][contenteditable]')
      ?.setAttribute('aria-label', 'Corps du message');
    const compose = only(outlook.findComposes(doc));
    expect(compose.root.id).toBe('docking_InitVisiblePart_0');
  });

  it('works on the live roosterjs editor the fixtures build', () => {
    const reply = runWithRooster('outlook/reply-de.html', REPLY);
    const compose = only(outlook.findComposes(reply.window.document));
    // roosterjs re-rendered the body from its model: Outlook's ids are gone, the text and lines are not.
    expect((reply.window as unknown as { roosterjs?: object }).roosterjs).toBeDefined();
    expect(compose.editor.querySelector('#divRplyFwdMsg')).toBeNull();
    const draft = outlook.readDraft(compose);
    expect(draft.startsWith('Hallo Frau Dr. Schmidt,\n\nvielen Dank für Ihre Rückfragen.')).toBe(true);
    expect(draft.split('\n')).toContain('Von: Dr. Anna Schmidt <anna.schmidt@example.de>');
    expect(
      segment(draft)
        .paragraphs.map((p) => draft.slice(p.start, p.end))
        .join('\n'),
    ).not.toContain('Zwei kurze');

    const mailbox = runWithRooster('outlook/mailbox.html', MAILBOX);
    newMail(mailbox);
    const fresh = only(outlook.findComposes(mailbox.window.document));
    expect(fresh.editor.getAttribute('contenteditable')).toBe('true');
    expect(fresh.editor.firstElementChild?.tagName).toBe('DIV');
    expect(outlook.readDraft(fresh)).toBe('');
    fresh.root.querySelector<HTMLElement>('[aria-label="Send"]')?.click();
    expect(outlook.findComposes(mailbox.window.document)).toEqual([]);
  });

  it('returns nothing, without throwing, on pages it does not know', () => {
    expect(outlook.findComposes(loadFixture('gmail/inbox.html', MAILBOX))).toEqual([]);
    expect(outlook.findComposes(loadFixture('meet/prejoin.html', MAILBOX))).toEqual([]);
  });
});
