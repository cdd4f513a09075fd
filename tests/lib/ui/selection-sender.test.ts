// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmail } from '../../../lib/sites/mail/gmail';
import { selectionSender } from '../../../lib/ui/selection-sender';
import { runFixture } from '../sites/load-fixture';

describe('who wrote the selected text', () => {
  it("inside a reply being written: the quoted mail's sender", () => {
    const doc = runFixture('gmail/reply-de.html', 'https://mail.google.com/mail/u/1/#inbox/FMfcgz').window.document;
    const quote = doc.querySelector('blockquote.gmail_quote') as HTMLElement;
    doc.getSelection()?.selectAllChildren(quote);
    expect(selectionSender(gmail, doc)?.email).toBe('jonas.weber@example.de');
  });

  it('nothing selected, or outside any mail: nobody', () => {
    const doc = runFixture('gmail/reply-de.html', 'https://mail.google.com/mail/u/1/#inbox/FMfcgz').window.document;
    doc.getSelection()?.removeAllRanges();
    expect(selectionSender(gmail, doc)).toBeNull();
    doc.getSelection()?.selectAllChildren(doc.querySelector('title') as HTMLElement);
    expect(selectionSender(gmail, doc)).toBeNull();
  });
});
