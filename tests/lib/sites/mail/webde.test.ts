import { describe, expect, it } from 'vitest';
import { gmx } from '../../../../lib/sites/mail/gmx';
import { webde } from '../../../../lib/sites/mail/webde';
import { adapterFor, MAIL_ADAPTERS } from '../../../../lib/sites/registry';
import { loadFixture, runFixture } from '../load-fixture';

const URL = 'https://3c.web.de/mail/client/home';

function openCompose(): Document {
  const doc = runFixture('webde/mailbox.html', URL).window.document;
  doc.querySelector<HTMLElement>('[data-webdriver="emailLink"]')?.click();
  return doc;
}

describe('webde adapter', () => {
  it('serves the WEB.DE hosts', () => {
    expect(webde.id).toBe('webde');
    expect(webde.name).toBe('WEB.DE');
    for (const url of ['https://3c.web.de/mail/client/home', 'https://navigator.web.de/mail?sid=1'])
      expect(adapterFor(MAIL_ADAPTERS, url)?.id).toBe('webde');
    for (const url of ['https://web.de/magazine/politik/', 'https://www.web.de/', 'https://navigator.web.de/cloud'])
      expect(adapterFor(MAIL_ADAPTERS, url)).toBeNull();
  });

  it('finds no compose before "E-Mail schreiben" is clicked', () => {
    expect(webde.findComposes(loadFixture('webde/mailbox.html', URL))).toEqual([]);
    expect(webde.findComposes(runFixture('webde/mailbox.html', URL).window.document)).toEqual([]);
  });

  it('finds the compose that opens, with the body inside the CKEditor iframe as editor', () => {
    const found = webde.findComposes(openCompose());
    expect(found).toHaveLength(1);
    const [{ root, editor }] = found as [(typeof found)[number]];
    const frames = root.querySelectorAll<HTMLIFrameElement>('iframe.cke_wysiwyg_frame');
    expect(frames).toHaveLength(1);
    expect(editor).toBe(frames[0]?.contentDocument?.body);
    expect(webde.readDraft(found[0] as (typeof found)[number])).toBe('');
  });

  it('reads the recipient without the data-webdriver hook, and the subject', () => {
    const [compose] = webde.findComposes(openCompose());
    if (!compose) throw new Error('no compose');
    expect(compose.root.querySelector('[data-webdriver="to"]')).toBeNull();
    expect(webde.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    const subject = compose.root.querySelector<HTMLInputElement>('input.mailobjectpanel-textfield_input');
    if (!subject) throw new Error('no subject');
    subject.value = 'Rückfragen zum Angebot';
    expect(webde.readSubject(compose)).toBe('Rückfragen zum Angebot');
  });

  it('loses the compose after Verwerfen', () => {
    const doc = openCompose();
    doc.querySelector<HTMLElement>('button[name="composeHeader:buttonCancel"]')?.click();
    expect(webde.findComposes(doc)).toEqual([]);
  });

  it("shares its logic with GMX: each finds the other brand's compose", () => {
    expect(gmx.findComposes(openCompose())).toHaveLength(1);
    const reply = runFixture('gmx/reply.html', 'https://3c.gmx.net/mail/client/compose').window.document;
    expect(webde.findComposes(reply)).toHaveLength(1);
  });

  it('returns nothing, without throwing, on a page it does not know', () => {
    expect(webde.findComposes(loadFixture('gmail/inbox.html', URL))).toEqual([]);
    expect(webde.findComposes(loadFixture('meet/prejoin.html', URL))).toEqual([]);
  });
});
