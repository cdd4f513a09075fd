import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { zoom } from '../../../../lib/sites/call/zoom';
import { adapterFor, CALL_ADAPTERS } from '../../../../lib/sites/registry';
import { loadFixture, runFixture } from '../load-fixture';

const CLIENT = 'https://app.zoom.us/wc/87412345678/join?fromPWA=1&pwd=aB3xQ1';
const VANITY = 'https://us06web.zoom.us/wc/87412345678/join';
const CLASSIC = 'https://app.zoom.us/wc/join/87412345678';

function load(file: string, url: string) {
  return { doc: loadFixture(`zoom/${file}`, url), url: new URL(url) };
}

describe('zoom adapter', () => {
  it('describes itself and serves both app.zoom.us and the subdomains', () => {
    expect(zoom.id).toBe('zoom');
    expect(zoom.name).toBe('Zoom');
    expect(zoom.demoPath).toBe('/demo/zoom');
    for (const url of ['https://app.zoom.us/wc/87412345678/join', 'https://us06web.zoom.us/wc/87412345678/join'])
      expect(adapterFor(CALL_ADAPTERS, url)?.id).toBe('zoom');
    for (const url of ['https://zoom.us/signin', 'https://zoom.us/pricing', 'https://acme.zoom.us/profile'])
      expect(adapterFor(CALL_ADAPTERS, url)).toBeNull();
  });

  describe('callState', () => {
    it.each([
      ['prejoin.html', CLIENT, 'pre-join'],
      ['prejoin-de.html', VANITY, 'pre-join'],
      ['prejoin-classic.html', CLASSIC, 'pre-join'],
      ['in-call.html', CLIENT, 'in-call'],
      ['ended.html', CLIENT, 'ended'],
      ['outer.html', CLIENT, 'other'],
    ] as const)('%s at %s is %s', (file, url, state) => {
      const page = load(file, url);
      expect(zoom.callState(page.doc, page.url)).toBe(state);
    });

    it('is other on a foreign page', () => {
      const doc = loadFixture('gmail/inbox.html', CLIENT);
      expect(zoom.callState(doc, new URL(CLIENT))).toBe('other');
    });

    it('ranks the end dialog above the toolbar still rendered under it', () => {
      const { doc } = load('ended.html', CLIENT);
      expect(doc.querySelector('#wc-footer button[aria-label="Leave"]')).not.toBeNull();
      expect(doc.querySelector('.zm-modal-body-title')?.textContent).toBe('This meeting has been ended by host');
    });

    it('reads the German end dialog and the page Zoom opens after leaving', () => {
      const { doc } = load('ended.html', CLIENT);
      const title = doc.querySelector('.zm-modal-body-title');
      if (title) title.textContent = 'Dieses Meeting wurde vom Host beendet';
      expect(zoom.callState(doc, new URL(CLIENT))).toBe('ended');
      const leaveUrl = 'https://app.zoom.us/wc/leave?meetingId=87412345678';
      const blank = new JSDOM('<!DOCTYPE html><title>Zoom</title>', { url: leaveUrl }).window.document;
      expect(zoom.callState(blank, new URL(leaveUrl))).toBe('ended');
      expect(zoom.meetingKey(new URL(leaveUrl))).toBe('87412345678');
    });

    it('does not take the waiting room for the call', () => {
      const html =
        '<!DOCTYPE html><div class="meeting-app"><div class="wr-default__text">Please wait, the meeting host will let you in soon.</div><button type="button" class="wr-leave-btn" aria-label="Leave">Leave</button></div>';
      const doc = new JSDOM(html, { url: CLIENT }).window.document;
      expect(zoom.callState(doc, new URL(CLIENT))).toBe('other');
    });
  });

  describe('findPreJoin', () => {
    it('finds the English pre-join form, its Join button and the meeting id', () => {
      const { doc, url } = load('prejoin.html', CLIENT);
      const screen = zoom.findPreJoin(doc, url);
      expect(screen?.joinButton.textContent?.trim()).toBe('Join');
      expect(screen?.joinButton.classList.contains('preview-join-button')).toBe(true);
      expect(screen?.meetingTitle).toBe('874 1234 5678');
      // The card's place: the form column with the title, the name input, Join and the fine print.
      expect(screen?.panel.classList.contains('preview-meeting-info')).toBe(true);
      expect(screen?.panel.querySelector('.preview-meeting-info__title')?.textContent).toBe('Enter Meeting Info');
      expect(screen?.panel.querySelector('#input-for-name')).not.toBeNull();
      expect(screen?.panel.contains(screen.joinButton)).toBe(true);
    });

    it('finds the German pre-join form ("Beitreten")', () => {
      const { doc, url } = load('prejoin-de.html', VANITY);
      const screen = zoom.findPreJoin(doc, url);
      expect(screen?.joinButton.textContent?.trim()).toBe('Beitreten');
      expect(screen?.panel.querySelector('#input-for-pwd')).not.toBeNull();
      expect(screen?.meetingTitle).toBe('874 1234 5678');
    });

    it('finds the classic client form (#inputname, #joinBtn)', () => {
      const { doc, url } = load('prejoin-classic.html', CLASSIC);
      const screen = zoom.findPreJoin(doc, url);
      expect(screen?.joinButton.id).toBe('joinBtn');
      expect(screen?.panel.id).toBe('join-form');
      // "Join Meeting - Zoom" says nothing about the meeting: the id stands in.
      expect(screen?.meetingTitle).toBe('874 1234 5678');
    });

    it('finds nothing in the call, after it, in the outer shell or on a foreign page', () => {
      for (const file of ['in-call.html', 'ended.html', 'outer.html']) {
        const { doc, url } = load(file, CLIENT);
        expect(zoom.findPreJoin(doc, url), file).toBeNull();
      }
      expect(zoom.findPreJoin(loadFixture('gmail/inbox.html', CLIENT), new URL(CLIENT))).toBeNull();
    });

    it('sees the pre-join form go when the user types a name and joins', () => {
      const dom = runFixture('zoom/prejoin.html', CLIENT);
      const doc = dom.window.document;
      const url = new URL(CLIENT);
      const screen = zoom.findPreJoin(doc, url);
      const input = doc.querySelector<HTMLInputElement>('#input-for-name');
      if (!screen || !input) throw new Error('pre-join form missing');
      screen.joinButton.click();
      expect(zoom.callState(doc, url)).toBe('pre-join');
      input.value = 'Sam Taylor';
      input.dispatchEvent(new dom.window.Event('input', { bubbles: true }));
      screen.joinButton.click();
      expect(zoom.findPreJoin(doc, url)).toBeNull();
      expect(zoom.callState(doc, url)).toBe('in-call');
      expect(zoom.meetingTitle(doc, url)).toBe('Schmidt house – plan review');
    });
  });

  describe('in the call', () => {
    it('reads the meeting topic from the header', () => {
      const { doc, url } = load('in-call.html', CLIENT);
      expect(zoom.meetingTitle(doc, url)).toBe('Schmidt house – plan review');
    });

    it('lists the others from the Participants panel, never the user', () => {
      const { doc } = load('in-call.html', CLIENT);
      expect(zoom.participants(doc)).toEqual([
        { name: 'Anna Schmidt', email: '' },
        { name: 'Jonas Weber', email: '' },
        { name: 'Lea Wagner', email: '' },
      ]);
    });

    it('treats "(Host, me)" and the German "(Host, ich)" as the user', () => {
      const { doc } = load('in-call.html', CLIENT);
      // Only the visible label decides here: the rows' aria-labels (which repeat it) are removed.
      for (const row of doc.querySelectorAll('.participants-li')) row.removeAttribute('aria-label');
      const labels = doc.querySelectorAll('.participants-item__name-label');
      labels[0]?.replaceChildren('(Host, ich)');
      labels[1]?.replaceChildren('');
      expect(zoom.participants(doc).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber', 'Lea Wagner']);
      labels[0]?.replaceChildren('(Host, me)');
      expect(zoom.participants(doc).map((p) => p.name)).not.toContain('Sam Taylor');
    });

    it('names nobody from the tiles alone, where the user cannot be told apart', () => {
      const { doc } = load('in-call.html', CLIENT);
      doc.querySelector('.participants-section-container')?.remove();
      expect(doc.querySelectorAll('.video-avatar__avatar-footer').length).toBe(4);
      expect(zoom.participants(doc)).toEqual([]);
    });

    it('names nobody before joining: the pre-join shows only the name input', () => {
      const { doc } = load('prejoin.html', CLIENT);
      expect(zoom.participants(doc)).toEqual([]);
    });

    it('finds the chat message box only while the chat panel is open in the call', () => {
      const { doc } = load('in-call.html', CLIENT);
      const box = zoom.chatBox(doc);
      expect(box?.getAttribute('contenteditable')).toBe('true');
      expect(box?.classList.contains('ProseMirror')).toBe(true);
      expect(box?.closest('.chat-rtf-box__editor-outer')).not.toBeNull();
      doc.querySelector('.chat-container')?.remove();
      expect(zoom.chatBox(doc)).toBeNull();
      for (const file of ['prejoin.html', 'ended.html', 'outer.html']) {
        expect(zoom.chatBox(load(file, CLIENT).doc), file).toBeNull();
      }
    });

    it('returns the toolbar with the Leave button as the controls', () => {
      const { doc } = load('in-call.html', CLIENT);
      const controls = zoom.controls(doc);
      expect(controls?.id).toBe('wc-footer');
      const leave = controls?.querySelector('button[aria-label="Leave"]');
      expect(leave?.textContent?.trim()).toBe('Leave');
      expect(controls?.querySelector('button[aria-label="mute my microphone"]')).not.toBeNull();
      expect(zoom.controls(load('ended.html', CLIENT).doc)).toBeNull();
      expect(zoom.controls(load('prejoin.html', CLIENT).doc)).toBeNull();
    });
  });

  describe('meetingKey', () => {
    it.each([
      [CLIENT, '87412345678'],
      [VANITY, '87412345678'],
      [CLASSIC, '87412345678'],
      ['https://app.zoom.us/wc/874123456/start', '874123456'],
      ['https://acme.zoom.us/j/8741234567?pwd=x', '8741234567'],
      ['https://app.zoom.us/wc/home', ''],
      ['https://zoom.us/signin', ''],
    ])('%s → %s', (url, key) => {
      expect(zoom.meetingKey(new URL(url))).toBe(key);
    });
  });
});
