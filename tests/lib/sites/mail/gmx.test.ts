import { describe, expect, it } from 'vitest';
import { segment } from '../../../../lib/analysis/segment';
import { gmx } from '../../../../lib/sites/mail/gmx';
import { parseAddress } from '../../../../lib/sites/mail/united-internet';
import { adapterFor, MAIL_ADAPTERS } from '../../../../lib/sites/registry';
import { loadFixture, runFixture } from '../load-fixture';

const URL = 'https://3c.gmx.net/mail/client/home';
const REPLY_URL = 'https://3c.gmx.net/mail/client/compose';

function openCompose(): Document {
  const doc = runFixture('gmx/mailbox.html', URL).window.document;
  doc.querySelector<HTMLElement>('[data-webdriver="emailLink"]')?.click();
  return doc;
}

describe('gmx adapter', () => {
  it('serves the GMX hosts, including the mail client frame', () => {
    expect(gmx.id).toBe('gmx');
    for (const url of [URL, 'https://3c-bap.gmx.net/mail/client/home', 'https://navigator.gmx.net/mail?sid=1'])
      expect(adapterFor(MAIL_ADAPTERS, url)?.id).toBe('gmx');
  });

  it('stays off the GMX portal and its other services', () => {
    for (const url of ['https://www.gmx.net/magazine/', 'https://www.gmx.net/', 'https://navigator.gmx.net/cloud'])
      expect(adapterFor(MAIL_ADAPTERS, url)).toBeNull();
  });

  it('finds no compose in the mailbox before "E-Mail schreiben" is clicked', () => {
    expect(gmx.findComposes(loadFixture('gmx/mailbox.html', URL))).toEqual([]);
    expect(gmx.findComposes(runFixture('gmx/mailbox.html', URL).window.document)).toEqual([]);
  });

  it('finds the compose that opens, with the body inside the CKEditor iframe as editor', () => {
    const doc = openCompose();
    const found = gmx.findComposes(doc);
    expect(found).toHaveLength(1);
    const [{ root, editor }] = found as [(typeof found)[number]];
    const frames = root.querySelectorAll<HTMLIFrameElement>('iframe.cke_wysiwyg_frame');
    expect(frames).toHaveLength(1);
    expect(editor).toBe(frames[0]?.contentDocument?.body);
    expect(editor.id).toBe('body');
    expect(editor.getAttribute('contenteditable')).toBe('true');
    expect(root.tagName).toBe('FORM');
    expect(root.querySelector('#compose-send-button')).not.toBeNull();
    expect(gmx.readDraft(found[0] as (typeof found)[number])).toBe('');
  });

  it('keeps one compose when the button is clicked again, and none after Verwerfen', () => {
    const doc = openCompose();
    doc.querySelector<HTMLElement>('[data-webdriver="emailLink"]')?.click();
    expect(gmx.findComposes(doc)).toHaveLength(1);
    doc.querySelector<HTMLElement>('button[name="composeHeader:buttonCancel"]')?.click();
    expect(gmx.findComposes(doc)).toEqual([]);
  });

  it('reads what is typed as lines', () => {
    const [compose] = gmx.findComposes(openCompose());
    if (!compose) throw new Error('no compose');
    const frameDoc = compose.editor.ownerDocument;
    compose.editor.replaceChildren();
    for (const line of ['Guten Tag Frau Dr. Schmidt,', '', 'anbei das überarbeitete Angebot.']) {
      const div = frameDoc.createElement('div');
      if (line) div.textContent = line;
      else div.append(frameDoc.createElement('br'));
      compose.editor.append(div);
    }
    expect(gmx.readDraft(compose)).toBe('Guten Tag Frau Dr. Schmidt,\n\nanbei das überarbeitete Angebot.');
    expect(gmx.mapDraft(compose).range(0, 5)?.toString()).toBe('Guten');
  });

  it('reads the recipient chip and the subject', () => {
    const [compose] = gmx.findComposes(openCompose());
    if (!compose) throw new Error('no compose');
    expect(gmx.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    expect(gmx.readSubject(compose)).toBe('');
    const subject = compose.root.querySelector<HTMLInputElement>('input.mailobjectpanel-textfield_input');
    if (!subject) throw new Error('no subject');
    subject.value = '  Angebot Praxis-Software ';
    expect(gmx.readSubject(compose)).toBe('Angebot Praxis-Software');
  });

  it("finds the reply open at load and reads the new text above GMX's quote block", () => {
    const doc = runFixture('gmx/reply.html', REPLY_URL).window.document;
    const [compose, ...rest] = gmx.findComposes(doc);
    expect(rest).toEqual([]);
    if (!compose) throw new Error('no compose');
    const draft = gmx.readDraft(compose);
    expect(draft.startsWith('Hallo Frau Weber,\n\nvielen Dank für Ihre schnelle Rückmeldung.')).toBe(true);
    expect(draft).toContain('Viele Grüße\nSam Taylor');
    expect(draft).toContain('Gesendet: Montag, 03. März 2025 um 09:14 Uhr\nVon: "Lena Weber" <lena.weber@example.de>');
    expect(draft).toContain('Betreff: Datenübernahme und Schulung\nGuten Tag Herr Taylor,');
    expect(gmx.readRecipients(compose)).toEqual([{ name: 'Lena Weber', email: 'lena.weber@example.de' }]);
    expect(gmx.readSubject(compose)).toBe('Re: Datenübernahme und Schulung');
    // The engine stops at the "Von:" line: nothing of the quoted original is analysed as the user's text.
    const analysed = segment(draft).paragraphs.map((p) => draft.slice(p.start, p.end));
    expect(analysed[0]).toBe('Hallo Frau Weber,');
    expect(analysed.join('\n')).not.toMatch(/Patientendaten|Lena Weber|Herr Taylor/);
  });

  it('falls back to labelled fields and a plain contenteditable when the GMX markers go', () => {
    const doc = openCompose();
    const [before] = gmx.findComposes(doc);
    if (!before) throw new Error('no compose');
    const form = before.root;
    // A redesign: no CKEditor, no select2, no data-webdriver; fields known by their labels only.
    form.replaceChildren();
    const to = doc.createElement('input');
    to.setAttribute('aria-label', 'An');
    to.value = '"Jonas Weber" <Jonas.Weber@example.de>, lena.fischer@example.de';
    const subject = doc.createElement('input');
    subject.setAttribute('name', 'subject');
    subject.value = 'Termin';
    const body = doc.createElement('div');
    body.setAttribute('contenteditable', 'true');
    body.textContent = 'Hallo Jonas,';
    form.append(to, subject, body);
    const [compose] = gmx.findComposes(doc);
    expect(compose?.editor).toBe(body);
    expect(compose?.root).toBe(form);
    if (!compose) throw new Error('no compose');
    expect(gmx.readRecipients(compose)).toEqual([
      { name: 'Jonas Weber', email: 'jonas.weber@example.de' },
      { name: '', email: 'lena.fischer@example.de' },
    ]);
    expect(gmx.readSubject(compose)).toBe('Termin');
  });

  it('parses the address forms GMX shows', () => {
    expect(parseAddress('Dr. Anna Schmidt', 'anna.schmidt@example.com')).toEqual({
      name: 'Dr. Anna Schmidt',
      email: 'anna.schmidt@example.com',
    });
    expect(parseAddress('ANNA@Example.com')).toEqual({ name: '', email: 'anna@example.com' });
    expect(parseAddress('Anna Schmidt')).toEqual({ name: 'Anna Schmidt', email: '' });
    expect(parseAddress('  ')).toBeNull();
  });

  it('returns nothing, without throwing, on a page it does not know', () => {
    expect(gmx.findComposes(loadFixture('gmail/inbox.html', URL))).toEqual([]);
    expect(gmx.findComposes(loadFixture('meet/prejoin.html', URL))).toEqual([]);
  });
});
