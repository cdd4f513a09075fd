import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { gmail } from '../../../../lib/sites/mail/gmail';
import { loadFixture, runFixture } from '../load-fixture';

const URL = 'https://mail.google.com/mail/u/0/#inbox';

describe('gmail adapter', () => {
  it('finds no compose in the inbox before Compose is clicked', () => {
    expect(gmail.findComposes(loadFixture('gmail/inbox.html', URL))).toEqual([]);
  });

  it('finds each compose that opens, with its own window as root', () => {
    const dom = runFixture('gmail/inbox.html', URL);
    const doc = dom.window.document;
    const compose = doc.querySelector<HTMLElement>('[gh="cm"]');
    compose?.click();
    compose?.click();
    const found = gmail.findComposes(doc);
    expect(found).toHaveLength(2);
    for (const { root, editor } of found) {
      expect(editor.getAttribute('aria-label')).toBe('Message Body');
      expect(root.contains(editor)).toBe(true);
      expect(root.querySelector('input[name="subjectbox"]')).not.toBeNull();
      // The root is one compose window, not the shared container of both.
      expect(root.querySelectorAll('div[g_editable="true"]')).toHaveLength(1);
    }
    expect(found[0]?.root).not.toBe(found[1]?.root);
  });

  it('finds the German compose already open at load and reads its draft as lines', () => {
    const doc = loadFixture('gmail/inbox-de.html', 'https://mail.google.com/mail/u/1/#inbox');
    const [compose] = gmail.findComposes(doc);
    expect(compose?.editor.getAttribute('aria-label')).toBe('Nachrichtentext');
    if (!compose) throw new Error('no compose');
    compose.editor.replaceChildren();
    for (const line of ['Hallo Herr Weber,', '', 'danke für Ihre Nachricht.']) {
      const div = doc.createElement('div');
      if (line) div.textContent = line;
      else div.append(doc.createElement('br'));
      compose.editor.append(div);
    }
    expect(gmail.readDraft(compose)).toBe('Hallo Herr Weber,\n\ndanke für Ihre Nachricht.');
  });

  it('reads the recipients and the subject of each compose', () => {
    const dom = runFixture('gmail/inbox.html', URL);
    dom.window.document.querySelector<HTMLElement>('[gh="cm"]')?.click();
    const [compose] = gmail.findComposes(dom.window.document);
    if (!compose) throw new Error('no compose');
    expect(gmail.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    const subject = compose.root.querySelector<HTMLInputElement>('input[name="subjectbox"]') as HTMLInputElement;
    subject.value = '  Angebot Praxis-Software ';
    expect(gmail.readSubject(compose)).toBe('Angebot Praxis-Software');
    const de = gmail.findComposes(loadFixture('gmail/inbox-de.html', 'https://mail.google.com/mail/u/1/'))[0];
    expect(de && gmail.readRecipients(de)).toEqual([{ name: 'Herr Jonas Weber', email: 'jonas.weber@example.de' }]);
  });

  it('reads a reply as the new text above the quote header, and the engine leaves the quote alone', () => {
    const doc = loadFixture('gmail/reply-de.html', 'https://mail.google.com/mail/u/1/#inbox/FMfcgz');
    const [compose] = gmail.findComposes(doc);
    if (!compose) throw new Error('no compose');
    const draft = gmail.readDraft(compose);
    expect(draft.startsWith('Hallo Herr Weber,\n\nvielen Dank für die schnelle Rückmeldung.')).toBe(true);
    expect(draft).toContain('\nAm Mo., 3. März 2025 um 09:14 Uhr schrieb Jonas Weber <jonas.weber@example.de>:\n');
    // The quoted original is tense; none of it is the user's to fix.
    expect(analyze(draft).findings).toEqual([]);
  });

  it('falls back to the labelled textbox when Gmail drops g_editable', () => {
    const doc = loadFixture('gmail/inbox-de.html', 'https://mail.google.com/mail/u/1/#inbox');
    for (const el of doc.querySelectorAll('[g_editable]')) el.removeAttribute('g_editable');
    expect(gmail.findComposes(doc)).toHaveLength(1);
  });

  it('returns nothing, without throwing, on a page it does not know', () => {
    const doc = loadFixture('meet/prejoin.html', URL);
    expect(gmail.findComposes(doc)).toEqual([]);
  });
});
