import { describe, expect, it } from 'vitest';
import { webex } from '../../../../lib/sites/call/webex';
import { adapterFor, CALL_ADAPTERS } from '../../../../lib/sites/registry';
import { loadFixture } from '../load-fixture';

const MEETING =
  'https://acme.webex.com/wbxmjs/joinservice/sites/acme/meeting/download/8c2f1e4b9a7d4e1f9b3c2a1d0e5f6a7b';
const ROOM = 'https://acme.webex.com/meet/anna.schmidt';

const load = (file: string, url = MEETING) => ({ doc: loadFixture(`webex/${file}`, url), url: new URL(url) });

/** Webex's class names are generated and its test hooks unofficial: remove them all, the labels must do. */
function stripHooks(doc: Document): Document {
  for (const el of doc.querySelectorAll('[class], [data-test], [id]')) {
    el.removeAttribute('class');
    el.removeAttribute('data-test');
    el.removeAttribute('id');
  }
  return doc;
}

describe('webex adapter: where it runs', () => {
  it('serves the meeting client and stays off the rest of a Webex site', () => {
    for (const url of [
      'https://acme.webex.com/meet/anna.schmidt',
      'https://acme.webex.com/webappng/sites/acme/meeting/info/8c2f1e4b',
      'https://signin.webex.com/join',
    ])
      expect(adapterFor(CALL_ADAPTERS, url)?.id).toBe('webex');
    for (const url of ['https://acme.webex.com/', 'https://www.webex.com/pricing/', 'https://help.webex.com/en-us/'])
      expect(adapterFor(CALL_ADAPTERS, url)).toBeNull();
  });
});

describe('webex adapter: states', () => {
  it('tells pre-join (English and German), in-call, ended and foreign pages apart', () => {
    for (const [file, url, state] of [
      ['prejoin.html', MEETING, 'pre-join'],
      ['prejoin-de.html', ROOM, 'pre-join'],
      ['in-call.html', MEETING, 'in-call'],
      ['ended.html', MEETING, 'ended'],
    ] as const) {
      const page = load(file, url);
      expect(webex.callState(page.doc, page.url), file).toBe(state);
    }
    expect(webex.callState(loadFixture('gmail/inbox.html', MEETING), new URL(MEETING))).toBe('other');
  });

  it('still tells the states apart when every class, data-test and id is gone', () => {
    for (const [file, url, state] of [
      ['prejoin.html', MEETING, 'pre-join'],
      ['prejoin-de.html', ROOM, 'pre-join'],
      ['in-call.html', MEETING, 'in-call'],
      ['ended.html', MEETING, 'ended'],
    ] as const) {
      const page = load(file, url);
      expect(webex.callState(stripHooks(page.doc), page.url), file).toBe(state);
    }
  });

  it('takes the lobby for no call yet, though it has a leave button', () => {
    const { doc, url } = load('in-call.html');
    doc.querySelector('main')?.setAttribute('data-test', 'call_lobby_content');
    expect(webex.callState(doc, url)).toBe('other');
    expect(webex.chatBox(doc)).toBeNull();
  });

  it('reads a German leave button and a German "left the meeting" screen', () => {
    const inCall = stripHooks(load('in-call.html').doc);
    inCall.querySelector('[aria-label="Leave meeting"]')?.setAttribute('aria-label', 'Meeting verlassen');
    expect(webex.callState(inCall, new URL(MEETING))).toBe('in-call');
    const gone = load('ended.html').doc;
    const heading = gone.querySelector('h1');
    if (heading) heading.textContent = 'Sie haben das Meeting verlassen';
    expect(webex.callState(gone, new URL(MEETING))).toBe('ended');
  });
});

describe('webex adapter: pre-join', () => {
  it('finds the English join button, the column around it and the meeting title', () => {
    const { doc, url } = load('prejoin.html');
    const screen = webex.findPreJoin(doc, url);
    expect(screen?.joinButton.textContent).toBe('Join meeting');
    expect(screen?.meetingTitle).toBe('Site plans – Schmidt house');
    expect(screen?.panel.querySelector('h1')?.textContent).toBe('Site plans – Schmidt house');
    expect(screen?.panel.querySelector('input[autocomplete="name"]')).not.toBeNull();
    expect(screen?.panel.contains(screen.joinButton)).toBe(true);
  });

  it('finds the German join button', () => {
    const { doc, url } = load('prejoin-de.html', ROOM);
    const screen = webex.findPreJoin(doc, url);
    expect(screen?.joinButton.textContent).toBe('Meeting beitreten');
    expect(screen?.meetingTitle).toBe('Persönlicher Raum von Anna Schmidt');
  });

  it('finds the join button by its label alone when class names and hooks change', () => {
    const en = load('prejoin.html');
    expect(webex.findPreJoin(stripHooks(en.doc), en.url)?.joinButton.textContent).toBe('Join meeting');
    const de = load('prejoin-de.html', ROOM);
    const screen = webex.findPreJoin(stripHooks(de.doc), de.url);
    expect(screen?.joinButton.textContent).toBe('Meeting beitreten');
    expect(screen?.panel.textContent).toContain('Persönlicher Raum von Anna Schmidt');
  });

  it('does not take a bare "Join" button (join by meeting number) for the pre-join form', () => {
    const doc = loadFixture('gmail/inbox.html', 'https://signin.webex.com/join');
    const form = doc.createElement('form');
    const input = doc.createElement('input');
    input.setAttribute('aria-label', 'Meeting number or link');
    const join = doc.createElement('button');
    join.textContent = 'Join';
    form.append(input, join);
    doc.body.replaceChildren(form);
    expect(webex.callState(doc, new URL('https://signin.webex.com/join'))).toBe('other');
    // With the preview's mic and camera buttons it is the form.
    const mute = doc.createElement('button');
    mute.textContent = 'Mute';
    const video = doc.createElement('button');
    video.textContent = 'Stop video';
    form.append(mute, video);
    expect(webex.findPreJoin(doc, new URL('https://signin.webex.com/join'))?.joinButton).toBe(join);
  });

  it('sees no pre-join screen in the meeting, after it, or elsewhere', () => {
    expect(webex.findPreJoin(load('in-call.html').doc, new URL(MEETING))).toBeNull();
    expect(webex.findPreJoin(load('ended.html').doc, new URL(MEETING))).toBeNull();
    expect(webex.findPreJoin(loadFixture('gmail/inbox.html', MEETING), new URL(MEETING))).toBeNull();
  });

  it('finds the web client in a same-origin frame of the page', () => {
    const page = loadFixture('webex/in-call.html', MEETING);
    const host = loadFixture('gmail/inbox.html', MEETING);
    host.body.replaceChildren();
    const frame = host.createElement('iframe');
    frame.id = 'unified-webclient-iframe';
    host.body.append(frame);
    const inner = frame.contentDocument;
    inner?.documentElement.replaceWith(inner.importNode(page.documentElement, true));
    expect(webex.callState(host, new URL(MEETING))).toBe('in-call');
    expect(webex.chatBox(host)?.getAttribute('contenteditable')).toBe('true');
    expect(webex.participants(host).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
  });
});

describe('webex adapter: meeting', () => {
  it('titles the meeting from the page, else the personal room from the URL', () => {
    const { doc, url } = load('in-call.html');
    expect(webex.meetingTitle(doc, url)).toBe('Site plans – Schmidt house');
    expect(webex.meetingTitle(load('ended.html', ROOM).doc, new URL(ROOM))).toBe('anna.schmidt');
    expect(webex.meetingTitle(load('ended.html').doc, new URL(MEETING))).toBe('');
  });

  it('keys a meeting by its id, MTID or personal room', () => {
    expect(webex.meetingKey(new URL(MEETING))).toBe('acme.webex.com/meeting/8c2f1e4b9a7d4e1f9b3c2a1d0e5f6a7b');
    expect(
      webex.meetingKey(
        new URL(
          'https://acme.webex.com/webappng/sites/acme/meeting/info/8C2F1E4B9A7D4E1F9B3C2A1D0E5F6A7B?launchApp=true',
        ),
      ),
    ).toBe('acme.webex.com/meeting/8c2f1e4b9a7d4e1f9b3c2a1d0e5f6a7b');
    expect(webex.meetingKey(new URL('https://acme.webex.com/meet/Anna.Schmidt'))).toBe(
      'acme.webex.com/meet/anna.schmidt',
    );
    expect(webex.meetingKey(new URL('https://acme.webex.com/acme/j.php?MTID=m0d1e2f3a4b5c6d7e8f9'))).toBe(
      'acme.webex.com/mtid/m0d1e2f3a4b5c6d7e8f9',
    );
    expect(webex.meetingKey(new URL('https://acme.webex.com/webappng/sites/acme/dashboard'))).toBe('');
  });

  it('names the others from the participant list, never the user marked "(Me)"', () => {
    const { doc } = load('in-call.html');
    expect(webex.participants(doc)).toEqual([
      { name: 'Anna Schmidt', email: '' },
      { name: 'Jonas Weber', email: '' },
    ]);
    expect(webex.participants(stripHooks(doc)).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
    expect(webex.participants(load('prejoin.html').doc)).toEqual([]);
    expect(webex.participants(load('ended.html').doc)).toEqual([]);
  });

  it('reads a German participant list ("Teilnehmer", "(Ich)")', () => {
    const { doc } = load('in-call.html');
    doc.querySelector('aside[aria-label="Participants"]')?.setAttribute('aria-label', 'Teilnehmer');
    const me = [...doc.querySelectorAll('mdc-text')].find((el) => el.textContent === '(Me)');
    if (me) me.textContent = '(Ich)';
    expect(webex.participants(doc).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
    // Found by its heading when the panel has no label.
    doc.querySelector('aside[aria-label="Teilnehmer"]')?.removeAttribute('aria-label');
    const heading = [...doc.querySelectorAll('mdc-text[tagname="h2"]')].find((h) => h.textContent?.startsWith('Part'));
    if (heading) heading.textContent = 'Teilnehmer (3)';
    expect(webex.participants(doc).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
  });
});

describe('webex adapter: chat and controls', () => {
  it('finds the chat editor only while the chat panel is open in the meeting', () => {
    const { doc } = load('in-call.html');
    expect(webex.chatBox(doc)?.getAttribute('aria-label')).toBe('Type your message here');
    expect(webex.chatBox(stripHooks(load('in-call.html').doc))?.getAttribute('contenteditable')).toBe('true');
    doc.querySelector('aside[aria-label="Chat"]')?.setAttribute('hidden', '');
    expect(webex.chatBox(doc)).toBeNull();
    expect(webex.chatBox(load('prejoin.html').doc)).toBeNull();
    expect(webex.chatBox(load('ended.html').doc)).toBeNull();
  });

  it('finds the control bar with mute, video and leave', () => {
    const { doc } = load('in-call.html');
    const bar = webex.controls(doc);
    expect(bar?.getAttribute('role')).toBe('toolbar');
    expect(bar?.querySelector('[aria-label="Leave meeting"]')).not.toBeNull();
    expect(bar?.querySelector('[aria-label="Mute"]')).not.toBeNull();
    expect(bar?.querySelector('[contenteditable]')).toBeNull();
    expect(webex.controls(load('prejoin.html').doc)).toBeNull();
    expect(webex.controls(load('ended.html').doc)).toBeNull();
  });

  it('finds the bar as the parent of mute, video and leave when no role or hook names it', () => {
    const doc = stripHooks(load('in-call.html').doc);
    doc.querySelector('[role="toolbar"]')?.removeAttribute('role');
    const bar = webex.controls(doc);
    expect(bar?.querySelector('[aria-label="Leave meeting"]')).not.toBeNull();
    expect(bar?.querySelector('[aria-label="Stop video"]')).not.toBeNull();
    expect(bar?.querySelector('[aria-label="Participants"] ~ [aria-label="Chat"]')).not.toBeNull();
    expect(bar?.querySelector('[role="list"]')).toBeNull();
  });
});
