import { describe, expect, it } from 'vitest';
import { generic } from '../../../../lib/sites/mail/generic';
import { loadFixture, runFixture } from '../load-fixture';

const URL = 'https://webmail.example.org/?_task=mail&_action=compose';

describe('generic adapter (own webmail)', () => {
  it('finds the TinyMCE body of a Roundcube compose, with the form as root', () => {
    const dom = runFixture('generic/roundcube.html', URL);
    const [compose] = generic.findComposes(dom.window.document);
    expect(compose?.editor.id).toBe('tinymce');
    expect(compose?.root.getAttribute('name')).toBe('form');
    expect(generic.composeVisible?.(dom.window.document)).toBe(true);
  });

  it('reads recipients from the field and its chips, and the subject', () => {
    const dom = runFixture('generic/roundcube.html', URL);
    const [compose] = generic.findComposes(dom.window.document);
    if (!compose) throw new Error('no compose');
    expect(generic.readRecipients(compose)).toEqual([{ name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' }]);
    expect(generic.readSubject(compose)).toBe('Plans for the extension');
  });

  it('reads and maps the draft typed into the iframe body', () => {
    const dom = runFixture('generic/roundcube.html', URL);
    const [compose] = generic.findComposes(dom.window.document);
    if (!compose) throw new Error('no compose');
    compose.editor.textContent = 'As I already said, the plans are late.';
    expect(generic.readDraft(compose)).toBe('As I already said, the plans are late.');
    expect(generic.mapDraft(compose).range(0, 17)?.toString()).toBe('As I already said');
  });

  it('reads a plain-text compose from its textarea, offsets as typed', () => {
    const dom = runFixture('generic/roundcube-plain.html', URL);
    const [compose] = generic.findComposes(dom.window.document);
    expect(compose?.editor.tagName).toBe('TEXTAREA');
    if (!compose) throw new Error('no compose');
    (compose.editor as HTMLTextAreaElement).value = 'Hallo Anna,\n\nwie bereits erwähnt, fehlen die Pläne.';
    expect(generic.readDraft(compose)).toBe('Hallo Anna,\n\nwie bereits erwähnt, fehlen die Pläne.');
    expect(generic.mapDraft(compose).range(0, 5)).toBeNull();
    expect(generic.readRecipients(compose)[0]?.email).toBe('anna.schmidt@example.com');
  });

  it('finds nothing, without throwing, where no editor sits in a mail form', () => {
    expect(generic.findComposes(loadFixture('gmail/inbox.html', URL))).toEqual([]);
    expect(generic.findComposes(loadFixture('meet/prejoin.html', URL))).toEqual([]);
    const dom = runFixture('generic/roundcube.html', URL);
    dom.window.document.querySelector('form')?.remove();
    expect(generic.findComposes(dom.window.document)).toEqual([]);
  });
});
