// messageSender: who wrote the received mail around a node (text the user selected to save as a
// compliment), on fixtures of Gmail's conversation view and Outlook's reading pane.
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../../lib/sites/mail/gmail';
import { outlook } from '../../../../lib/sites/mail/outlook';
import { loadFixture } from '../load-fixture';

const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQZTMxKqWbLnGvRcHsJpXdNfBkT';
const OUTLOOK_URL = 'https://outlook.office.com/mail/inbox/id/AQQkADAwATM0MDAAMS1hMDU';

/**
 * The first text node under `root` (the reading view by default) that contains `text`: the selection's
 * anchor when the user selects those words.
 */
function textNode(doc: Document, text: string, root: Node = doc.querySelector('[role="main"]') ?? doc.body): Text {
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if ((node as Text).data.includes(text)) return node as Text;
  }
  throw new Error(`no text node with "${text}"`);
}

const ANNA = { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' };
const SAM_GMAIL = { name: 'Sam Taylor', email: 'user@example.com' };
const WEBER = { name: 'Weber <Statik> & Partner', email: 'info@weber-statik.example.de' };

describe('gmail.messageSender', () => {
  const load = () => loadFixture('gmail/conversation.html', GMAIL_URL);

  it('names the sender of each message in the thread', () => {
    const doc = load();
    expect(gmail.messageSender?.(textNode(doc, 'Thank you so much, the plans are wonderful'))).toEqual(ANNA);
    expect(gmail.messageSender?.(textNode(doc, 'great work on the plans'))).toEqual(WEBER);
    // The collapsed first message: its snippet sits in div.adf next to its span.gD.
    expect(gmail.messageSender?.(textNode(doc, 'Hi Anna, please find the revised site plans attached'))).toEqual(
      SAM_GMAIL,
    );
    // An element (not only a text node) inside a body works too.
    const body = textNode(doc, 'Could we meet on site').parentElement as Element;
    expect(gmail.messageSender?.(body)).toEqual(ANNA);
  });

  it('gives quoted text to the author named in the quote, not to the mail that quotes it', () => {
    const doc = load();
    const quoted = textNode(
      doc,
      'please find the revised site plans attached. I moved',
      doc.querySelector('blockquote') as Node,
    );
    expect(gmail.messageSender?.(quoted)).toEqual(SAM_GMAIL);
    expect(gmail.messageSender?.(textNode(doc, ' wrote:'))).toEqual(SAM_GMAIL);
    // A quote without an "On … wrote:" line: nobody can be named.
    doc.querySelector('.gmail_attr')?.remove();
    expect(gmail.messageSender?.(quoted)).toBeNull();
    expect(gmail.messageSender?.(textNode(doc, 'Thank you so much'))).toEqual(ANNA);
  });

  it('returns null outside any message', () => {
    const doc = load();
    expect(gmail.messageSender?.(textNode(doc, 'Starred', doc.body))).toBeNull();
    expect(gmail.messageSender?.(textNode(doc, 'Site plans for the Schmidt house'))).toBeNull();
    expect(gmail.messageSender?.(doc.querySelector('[gh="cm"]') as Element)).toBeNull();
    expect(gmail.messageSender?.(doc)).toBeNull();
    expect(gmail.messageSender?.(doc.createTextNode('detached'))).toBeNull();
  });

  it('returns null when the message lost its sender element, without borrowing a neighbour', () => {
    const doc = load();
    const anna = textNode(doc, 'Thank you so much');
    anna.parentElement?.closest('.adn')?.querySelector('span.gD')?.remove();
    expect(gmail.messageSender?.(anna)).toBeNull();
    expect(gmail.messageSender?.(textNode(doc, 'great work on the plans'))).toEqual(WEBER);
  });

  it('keeps names with HTML-like text as plain text', () => {
    const doc = load();
    const images = doc.querySelectorAll('img').length;
    const span = doc.querySelectorAll('span.gD')[1] as Element;
    span.setAttribute('name', '<img src=x onerror=alert(1)> Anna');
    expect(gmail.messageSender?.(textNode(doc, 'Thank you so much'))).toEqual({
      name: '<img src=x onerror=alert(1)> Anna',
      email: 'anna.schmidt@example.com',
    });
    expect(doc.querySelectorAll('img')).toHaveLength(images);
  });

  it('falls back to the hovercard id and the shown name when the attributes go', () => {
    const doc = load();
    const span = doc.querySelectorAll('span.gD')[2] as Element;
    span.removeAttribute('name');
    span.setAttribute('email', '');
    expect(gmail.messageSender?.(textNode(doc, 'great work on the plans'))).toEqual(WEBER);
  });

  it('never throws', () => {
    const broken = {
      nodeType: 1,
      closest: () => {
        throw new Error('boom');
      },
    } as unknown as Node;
    expect(gmail.messageSender?.(broken)).toBeNull();
  });
});

describe('outlook.messageSender', () => {
  const load = () => loadFixture('outlook/reading.html', OUTLOOK_URL);

  it('names the sender of each open mail in the conversation', () => {
    const doc = load();
    expect(outlook.messageSender?.(textNode(doc, 'Thank you so much, the plans are wonderful'))).toEqual(ANNA);
    // A sender without a display name: the chip shows only the address.
    expect(outlook.messageSender?.(textNode(doc, 'great work on the plans'))).toEqual({
      name: '',
      email: 'office@weber-statik.example.de',
    });
    const header = doc.querySelector('[id$="_DATETIME"]') as Element;
    expect(outlook.messageSender?.(header)).toEqual({ name: '', email: 'office@weber-statik.example.de' });
  });

  it('gives quoted text to the author in Outlook\'s "From:" block', () => {
    const doc = load();
    const quoted = textNode(
      doc,
      'please find the revised site plans attached. I moved',
      doc.getElementById('UniqueMessageBody_2') as Node,
    );
    expect(outlook.messageSender?.(quoted)).toEqual({ name: 'Sam Taylor', email: 'sam.taylor@example.com' });
    expect(outlook.messageSender?.(textNode(doc, 'Best regards,'))).toEqual(ANNA);
  });

  it('returns null outside any open mail: nav, message list, subject, collapsed summary', () => {
    const doc = load();
    expect(outlook.messageSender?.(textNode(doc, 'Sent Items', doc.body))).toBeNull();
    // The message list repeats the client's words in its preview: not a mail the page attributes there.
    const preview = textNode(doc, 'Thank you so much, the plans are wonderful', doc.body);
    expect(preview.parentElement?.closest('#MailList')).not.toBeNull();
    expect(outlook.messageSender?.(preview)).toBeNull();
    expect(outlook.messageSender?.(textNode(doc, 'Termin nächste Woche?', doc.body))).toBeNull();
    expect(outlook.messageSender?.(doc.querySelector('[id$="_SUBJECT"]') as Element)).toBeNull();
    // The collapsed first mail shows a name but no From chip and no address: the page does not say enough.
    expect(outlook.messageSender?.(textNode(doc, 'I moved the kitchen to the south side as we discussed.'))).toBeNull();
    expect(outlook.messageSender?.(doc.querySelector('.ZOM9m') as Element)).toBeNull();
  });

  it('returns null when a mail lost its From line, without borrowing its neighbour', () => {
    const doc = load();
    const anna = textNode(doc, 'Thank you so much');
    doc.getElementById('MSG_QAEIJBdKwAA_FROM')?.remove();
    expect(outlook.messageSender?.(anna)).toBeNull();
    expect(outlook.messageSender?.(textNode(doc, 'great work on the plans'))?.email).toBe(
      'office@weber-statik.example.de',
    );
  });

  it('reads the From line when the chip loses its label (language-independent id)', () => {
    const doc = load();
    doc.querySelector('[aria-label="From: Dr. Anna Schmidt"]')?.removeAttribute('aria-label');
    expect(outlook.messageSender?.(textNode(doc, 'Thank you so much'))).toEqual(ANNA);
  });

  it('keeps names with HTML-like text as plain text', () => {
    const doc = load();
    const chip = doc.querySelector('[aria-label="From: Dr. Anna Schmidt"]') as Element;
    chip.setAttribute('aria-label', 'From: <b>Anna</b> & Co');
    const name = chip.querySelector('.OZZZK') as Element;
    name.textContent = '<b>Anna</b> & Co';
    expect(outlook.messageSender?.(textNode(doc, 'Thank you so much'))).toEqual({
      name: '<b>Anna</b> & Co',
      email: 'anna.schmidt@example.com',
    });
    expect(chip.querySelector('b')).toBeNull();
  });

  it('reads the German reading pane ("Von: Name <address>") and ignores the reply being written', () => {
    const doc = loadFixture(
      'outlook/reply-de.html',
      'https://outlook.office.com/mail/inbox/id/AQQkADAwATM0MDAAMS1hMDE',
    );
    const read = doc.getElementById('UniqueMessageBody_1') as Element;
    expect(outlook.messageSender?.(textNode(doc, 'Zwei kurze Fragen', read))).toEqual({
      name: 'Dr. Anna Schmidt',
      email: 'anna.schmidt@example.de',
    });
    const editor = doc.querySelector('[contenteditable="true"][aria-label="Nachrichtentext"]') as Element;
    expect(outlook.messageSender?.(editor.firstChild as Node)).toBeNull();
  });

  it('never throws', () => {
    const broken = {
      nodeType: 1,
      closest: () => {
        throw new Error('boom');
      },
    } as unknown as Node;
    expect(outlook.messageSender?.(broken)).toBeNull();
  });
});
