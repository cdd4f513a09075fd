import { describe, expect, it } from 'vitest';
import { jitsi } from '../../../../lib/sites/call/jitsi';
import { loadFixture } from '../load-fixture';

const ROOM = 'https://meet.jit.si/WeeklyPlanning';
const ROOM_DE = 'https://meet.jit.si/Kundengespr%C3%A4chWeber';
const CLOSE = 'https://meet.jit.si/static/close2.html';
/** A self-hosted deployment: the user adds its host at run time, the adapter must not care. */
const OWN = 'https://video.weber-statik.example.de/WeeklyPlanning';

const load = (file: string, url: string) => ({ doc: loadFixture(`jitsi/${file}`, url), url: new URL(url) });

describe('jitsi adapter: states', () => {
  it('tells pre-join (English and German), in-call, ended and foreign pages apart', () => {
    for (const [file, url, state] of [
      ['prejoin.html', ROOM, 'pre-join'],
      ['prejoin-de.html', ROOM_DE, 'pre-join'],
      ['in-call.html', ROOM, 'in-call'],
      ['ended.html', CLOSE, 'ended'],
    ] as const) {
      const page = load(file, url);
      expect(jitsi.callState(page.doc, page.url), file).toBe(state);
    }
    expect(jitsi.callState(loadFixture('gmail/inbox.html', ROOM), new URL(ROOM))).toBe('other');
  });

  it('decides by the page, not the host', () => {
    const page = load('in-call.html', OWN);
    expect(jitsi.callState(page.doc, page.url)).toBe('in-call');
    const pre = load('prejoin.html', OWN);
    expect(jitsi.findPreJoin(pre.doc, pre.url)?.joinButton.getAttribute('data-testid')).toBe('prejoin.joinMeeting');
  });

  it('is not fooled by the toolbox the pre-join screen shows too', () => {
    const { doc, url } = load('prejoin.html', ROOM);
    expect(doc.querySelector('.toolbox-content [aria-label="Mute microphone"]')).not.toBeNull();
    expect(jitsi.callState(doc, url)).toBe('pre-join');
    expect(jitsi.controls(doc)).toBeNull();
  });

  it('sees the call end in the leave-reason dialog, in German too', () => {
    const { doc, url } = load('in-call.html', ROOM);
    doc.querySelector('#new-toolbox')?.remove();
    const dialog = doc.createElement('div');
    dialog.setAttribute('role', 'dialog');
    dialog.textContent = 'Die Konferenz wurde beendet';
    doc.body.append(dialog);
    expect(jitsi.callState(doc, url)).toBe('ended');
  });
});

describe('jitsi adapter: pre-join', () => {
  it('finds the English join button, the column around it and the room name', () => {
    const { doc, url } = load('prejoin.html', ROOM);
    const screen = jitsi.findPreJoin(doc, url);
    expect(screen?.joinButton.getAttribute('aria-label')).toBe('Join meeting');
    expect(screen?.meetingTitle).toBe('Weekly Planning');
    expect(screen?.panel.querySelector('h1')?.textContent).toBe('Join meeting');
    expect(screen?.panel.querySelector('#premeeting-name-input')).not.toBeNull();
    expect(screen?.panel.contains(screen.joinButton)).toBe(true);
  });

  it('finds the German join button, by its label when the test id is gone', () => {
    const { doc, url } = load('prejoin-de.html', ROOM_DE);
    expect(jitsi.findPreJoin(doc, url)?.joinButton.getAttribute('aria-label')).toBe('Konferenz beitreten');
    expect(jitsi.findPreJoin(doc, url)?.meetingTitle).toBe('Kundengespräch Weber');
    doc.querySelector('[data-testid="prejoin.joinMeeting"]')?.removeAttribute('data-testid');
    expect(jitsi.findPreJoin(doc, url)?.joinButton.textContent).toBe('Konferenz beitreten');
  });

  it('sees no pre-join screen in the call, after it, or elsewhere', () => {
    for (const [file, url] of [
      ['in-call.html', ROOM],
      ['ended.html', CLOSE],
    ] as const) {
      const page = load(file, url);
      expect(jitsi.findPreJoin(page.doc, page.url), file).toBeNull();
    }
    expect(jitsi.findPreJoin(loadFixture('gmail/inbox.html', ROOM), new URL(ROOM))).toBeNull();
  });
});

describe('jitsi adapter: meeting', () => {
  it('titles the meeting by its subject, else by the room name made readable', () => {
    const inCall = load('in-call.html', ROOM);
    expect(jitsi.meetingTitle(inCall.doc, inCall.url)).toBe('Site plans – Schmidt house');
    const blank = new URL('https://meet.jit.si/project-kickoff_2026');
    expect(jitsi.meetingTitle(loadFixture('gmail/inbox.html', blank.href), blank)).toBe('Project Kickoff 2026');
    const ended = load('ended.html', CLOSE);
    expect(jitsi.meetingTitle(ended.doc, ended.url)).toBe('');
  });

  it('keys a meeting by host and room, whatever the case of the room name', () => {
    expect(jitsi.meetingKey(new URL(ROOM))).toBe('meet.jit.si/weeklyplanning');
    expect(
      jitsi.meetingKey(new URL('https://meet.jit.si/weeklyPlanning?lang=de#config.startWithAudioMuted=true')),
    ).toBe('meet.jit.si/weeklyplanning');
    expect(jitsi.meetingKey(new URL(ROOM_DE))).toBe('meet.jit.si/kundengesprächweber');
    expect(jitsi.meetingKey(new URL('https://jitsi.example.org/tenant/Room1'))).toBe('jitsi.example.org/tenant/room1');
    expect(jitsi.meetingKey(new URL('https://meet.jit.si/'))).toBe('');
    expect(jitsi.meetingKey(new URL(CLOSE))).toBe('');
  });

  it('names the others in the call from the participants pane and the thumbnails, never the user', () => {
    const { doc } = load('in-call.html', ROOM);
    expect(jitsi.participants(doc)).toEqual([
      { name: 'Anna Schmidt', email: '' },
      { name: 'Jonas Weber', email: '' },
    ]);
    // With the pane closed the thumbnails still name them.
    doc.querySelector('#participants-pane')?.remove();
    expect(jitsi.participants(doc).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
    expect(jitsi.participants(load('prejoin.html', ROOM).doc)).toEqual([]);
    expect(jitsi.participants(load('ended.html', CLOSE).doc)).toEqual([]);
  });

  it('skips the user\'s own row in a German participants pane ("(Sie)")', () => {
    const { doc } = load('in-call.html', ROOM);
    const own = doc.querySelector('#participant-item-0f9e8d7c span');
    if (own) own.textContent = '\u00a0(Sie)';
    doc.querySelector('#filmstripRemoteVideos')?.remove();
    expect(jitsi.participants(doc).map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
  });
});

describe('jitsi adapter: chat and controls', () => {
  it('finds the chat box only while the chat panel is open in the call', () => {
    const { doc } = load('in-call.html', ROOM);
    const box = jitsi.chatBox(doc);
    expect(box?.tagName).toBe('TEXTAREA');
    expect(box?.getAttribute('placeholder')).toBe('Type a message');
    doc.querySelector('#chat-panel')?.classList.add('hide');
    expect(jitsi.chatBox(doc)).toBeNull();
    doc.querySelector('#sideToolbarContainer')?.remove();
    expect(jitsi.chatBox(doc)).toBeNull();
    expect(jitsi.chatBox(load('prejoin.html', ROOM).doc)).toBeNull();
    expect(jitsi.chatBox(load('ended.html', CLOSE).doc)).toBeNull();
  });

  it('finds the toolbar with the hang-up button, also by label in German', () => {
    const { doc } = load('in-call.html', ROOM);
    const bar = jitsi.controls(doc);
    expect(bar?.classList.contains('toolbox-content')).toBe(true);
    expect(bar?.querySelector('[aria-label="Leave the meeting"]')).not.toBeNull();
    expect(bar?.querySelector('[aria-label="Mute microphone"]')).not.toBeNull();
    expect(bar?.querySelector('#chat-input-messagebox')).toBeNull();

    const hangup = doc.querySelector('[aria-label="Leave the meeting"]');
    hangup?.querySelector('.hangup-button')?.classList.remove('hangup-button');
    hangup?.setAttribute('aria-label', 'Konferenz verlassen');
    expect(jitsi.callState(doc, new URL(ROOM))).toBe('in-call');
    expect(jitsi.controls(doc)?.contains(hangup ?? null)).toBe(true);
    expect(jitsi.controls(load('ended.html', CLOSE).doc)).toBeNull();
  });
});
