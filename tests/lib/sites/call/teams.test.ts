import { describe, expect, it } from 'vitest';
import { teams } from '../../../../lib/sites/call/teams';
import { loadFixture, runFixture } from '../load-fixture';

const THREAD = '19:meeting_NmQ3ZTFhYjItOWM0Ni00ZDM4LWI1YTEtM2Q0ZjVlNmE3Yjhj@thread.v2';
const CONTEXT =
  '%7B%22Tid%22%3A%220f3c2e1d-4b5a-4968-8776-5a4b3c2d1e0f%22%2C%22Oid%22%3A%227e6d5c4b-3a29-4817-9605-f4e3d2c1b0a9%22%7D';
/** The link in the invitation (guest pre-join). */
const JOIN_LINK = `https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmQ3ZTFhYjItOWM0Ni00ZDM4LWI1YTEtM2Q0ZjVlNmE3Yjhj%40thread.v2/0?context=${CONTEXT}`;
/** The web app's form of the same meeting (in the call, after it). */
const APP_LINK = `https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/${THREAD}/0?context=${CONTEXT}&anon=true`;
const DE_LINK = `https://teams.microsoft.com/v2/?meetingjoin=true#/l/meetup-join/19:meeting_YTNmMDljMjEtNTdiZS00ZTEwLTlkMmYtOGM2MWI0ZTA3ZDU1@thread.v2/0?context=${CONTEXT}`;
const LIVE_LINK = 'https://teams.live.com/meet/9356011842277?p=Xb7kQ2mZ9rTa';

const page = (file: string, href: string) => ({ doc: loadFixture(`teams/${file}`, href), url: new URL(href) });
const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('teams adapter: pre-join', () => {
  it('finds the English guest pre-join screen, its Join now button, the column and the subject', () => {
    const { doc, url } = page('prejoin.html', JOIN_LINK);
    const screen = teams.findPreJoin(doc, url);
    expect(screen?.joinButton.textContent?.trim()).toBe('Join now');
    expect(screen?.joinButton.getAttribute('data-tid')).toBe('prejoin-join-button');
    expect(screen?.meetingTitle).toBe('Site plans review – Schmidt house');
    // The card goes below the join controls: the column with the name field, audio options and Join now, not the preview.
    expect(screen?.panel.querySelector('input[data-tid="prejoin-display-name-input"]')).not.toBeNull();
    expect(screen?.panel.querySelector('[role="radiogroup"]')?.textContent).toContain('Computer audio');
    expect(screen?.panel.contains(screen.joinButton)).toBe(true);
    expect(screen?.panel.querySelector('[data-tid="calling-prejoin-v2-video-preview"]')).toBeNull();
  });

  it('finds the German signed-in pre-join screen ("Jetzt teilnehmen")', () => {
    const { doc, url } = page('prejoin-de.html', DE_LINK);
    const screen = teams.findPreJoin(doc, url);
    expect(screen?.joinButton.textContent?.trim()).toBe('Jetzt teilnehmen');
    expect(screen?.meetingTitle).toBe('Abstimmung Tragwerk – Haus Schmidt');
    expect(screen?.panel.textContent).toContain('Kein Audio verwenden');
  });

  it('finds the join button by its label when a build drops the test id', () => {
    const { doc, url } = page('prejoin-de.html', DE_LINK);
    const button = doc.querySelector('[data-tid="prejoin-join-button"]');
    button?.removeAttribute('data-tid');
    button?.removeAttribute('id');
    expect(teams.findPreJoin(doc, url)?.joinButton).toBe(button);
  });

  it('sees no pre-join screen in the call, after it, or on a page it does not know', () => {
    expect(teams.findPreJoin(page('in-call.html', APP_LINK).doc, new URL(APP_LINK))).toBeNull();
    expect(teams.findPreJoin(page('in-call-de.html', LIVE_LINK).doc, new URL(LIVE_LINK))).toBeNull();
    expect(teams.findPreJoin(page('ended.html', APP_LINK).doc, new URL(APP_LINK))).toBeNull();
    expect(teams.findPreJoin(loadFixture('gmail/inbox.html', APP_LINK), new URL(APP_LINK))).toBeNull();
  });

  it('names nobody before joining (the pre-join screen lists no one)', () => {
    expect(teams.participants(page('prejoin.html', JOIN_LINK).doc)).toEqual([]);
    expect(teams.participants(page('prejoin-de.html', DE_LINK).doc)).toEqual([]);
  });

  it('sees the pre-join screen go when the user joins, and the typed name becomes the user', () => {
    const dom = runFixture('teams/prejoin.html', JOIN_LINK);
    const doc = dom.window.document;
    const url = new URL(JOIN_LINK);
    const name = doc.querySelector<HTMLInputElement>('input[data-tid="prejoin-display-name-input"]');
    if (name) name.value = 'Sam T.';
    teams.findPreJoin(doc, url)?.joinButton.click();
    expect(teams.findPreJoin(doc, url)).toBeNull();
    expect(teams.callState(doc, url)).toBe('in-call');
    expect(doc.querySelector('[data-tid="myself-video"] [data-tid="participant-info-nametag"]')?.textContent).toBe(
      'Sam T.',
    );
    expect(names(teams.participants(doc))).toEqual(['Anna Schmidt', 'Jonas Weber', 'Lena Fischer']);
    expect(teams.meetingTitle(doc, url)).toBe('Site plans review – Schmidt house');
  });
});

describe('teams adapter: states', () => {
  it('tells pre-join, in-call, ended and other pages apart', () => {
    expect(teams.callState(page('prejoin.html', JOIN_LINK).doc, new URL(JOIN_LINK))).toBe('pre-join');
    expect(teams.callState(page('prejoin-de.html', DE_LINK).doc, new URL(DE_LINK))).toBe('pre-join');
    expect(teams.callState(page('in-call.html', APP_LINK).doc, new URL(APP_LINK))).toBe('in-call');
    expect(teams.callState(page('in-call-de.html', LIVE_LINK).doc, new URL(LIVE_LINK))).toBe('in-call');
    expect(teams.callState(page('ended.html', APP_LINK).doc, new URL(APP_LINK))).toBe('ended');
    expect(teams.callState(loadFixture('gmail/inbox.html', APP_LINK), new URL(APP_LINK))).toBe('other');
  });

  it('keeps the pre-join state while waiting in the lobby (no Join button any more)', () => {
    const { doc, url } = page('prejoin.html', JOIN_LINK);
    doc.querySelector('[data-tid="prejoin-join-button"]')?.remove();
    expect(teams.findPreJoin(doc, url)).toBeNull();
    expect(teams.callState(doc, url)).toBe('pre-join');
  });

  it('does not take the "meeting not found" retry screen for the end of a call', () => {
    const { doc, url } = page('ended.html', APP_LINK);
    const code = doc.createElement('input');
    code.setAttribute('data-tid', 'meeting-code-input');
    doc.querySelector('[data-tid="calling-retry-screen-alert-container"]')?.append(code);
    expect(teams.callState(doc, url)).toBe('other');
  });

  it('knows the German end screen by its heading', () => {
    const doc = loadFixture('gmail/inbox.html', APP_LINK);
    const heading = doc.createElement('h1');
    heading.textContent = 'Sie haben die Besprechung verlassen';
    doc.body.append(heading);
    expect(teams.callState(doc, new URL(APP_LINK))).toBe('ended');
  });

  it('finds the leave button by its German label when the ids are gone', () => {
    const { doc, url } = page('in-call-de.html', LIVE_LINK);
    const leave = doc.querySelector('#hangup-button');
    for (const attr of ['id', 'data-tid', 'data-inp']) leave?.removeAttribute(attr);
    expect(teams.callState(doc, url)).toBe('in-call');
    expect(teams.controls(doc)?.contains(leave)).toBe(true);
  });
});

describe('teams adapter: people', () => {
  it('names the other people on the stage, with the address where the tile carries one, never the user', () => {
    expect(teams.participants(page('in-call.html', APP_LINK).doc)).toEqual([
      { name: 'Anna Schmidt', email: '' },
      { name: 'Jonas Weber', email: '' },
      { name: 'Lena Fischer', email: 'lena.fischer@example.org' },
    ]);
  });

  it('reads the open People panel (German), drops "(Gast)" and leaves out the user', () => {
    expect(teams.participants(page('in-call-de.html', LIVE_LINK).doc)).toEqual([
      { name: 'Anna Schmidt', email: '' },
      { name: 'Jonas Weber', email: '' },
    ]);
  });

  it('tells the user apart by the account picture or a "(You)"/"(Sie)" mark when the own video is not shown', () => {
    const de = page('in-call-de.html', LIVE_LINK).doc;
    de.querySelector('[data-tid="myself-video"]')?.remove();
    expect(names(teams.participants(de))).toEqual(['Sam Taylor', 'Anna Schmidt', 'Jonas Weber']);
    const avatar = de.createElement('span');
    avatar.setAttribute('data-tid', 'me-control-avatar');
    avatar.setAttribute('aria-label', 'Profilbild von Sam Taylor.');
    de.body.append(avatar);
    expect(names(teams.participants(de))).toEqual(['Anna Schmidt', 'Jonas Weber']);
    avatar.remove();
    const own = de.querySelector('[id="roster-avatar-img-2f9d41c0"]');
    if (own) own.textContent = 'Sam Taylor (Sie)';
    expect(names(teams.participants(de))).toEqual(['Anna Schmidt', 'Jonas Weber']);

    const en = page('in-call.html', APP_LINK).doc;
    const self = en.querySelector('[data-tid="myself-video"]');
    const tile = self?.firstElementChild;
    if (self && tile) self.replaceWith(tile);
    expect(names(teams.participants(en))).toContain('Sam Taylor');
    const tag = tile?.querySelector('[data-tid="participant-info-nametag"]');
    if (tag) tag.textContent = 'Sam Taylor (You)';
    expect(names(teams.participants(en))).toEqual(['Anna Schmidt', 'Jonas Weber', 'Lena Fischer']);
  });

  it("reads a name from the row's data-tid when the row shows none", () => {
    const { doc } = page('in-call-de.html', LIVE_LINK);
    for (const row of doc.querySelectorAll('[data-cid="roster-participant"]')) {
      row.removeAttribute('data-cid');
      row.querySelector('[id^="roster-avatar-img-"]')?.remove();
    }
    doc.querySelector('[data-tid="modern-stage-wrapper"]')?.replaceChildren();
    expect(names(teams.participants(doc))).toEqual(['Sam Taylor', 'Anna Schmidt', 'Jonas Weber']);
  });

  it('names nobody after the call', () => {
    expect(teams.participants(page('ended.html', APP_LINK).doc)).toEqual([]);
  });
});

describe('teams adapter: chat box and controls', () => {
  it('finds the meeting chat box only while the chat panel is open in the call', () => {
    const { doc } = page('in-call.html', APP_LINK);
    const box = teams.chatBox(doc);
    expect(box?.getAttribute('data-tid')).toBe('ckeditor');
    expect(box?.getAttribute('contenteditable')).toBe('true');
    expect(box?.getAttribute('aria-label')).toBe('Type a message');
    expect(teams.chatBox(page('in-call-de.html', LIVE_LINK).doc)).toBeNull();
    expect(teams.chatBox(page('prejoin.html', JOIN_LINK).doc)).toBeNull();
    expect(teams.chatBox(page('ended.html', APP_LINK).doc)).toBeNull();
    doc.querySelector('aside.rail')?.setAttribute('hidden', '');
    expect(teams.chatBox(doc)).toBeNull();
  });

  it('returns the call bar with the leave button, without the stage', () => {
    const bar = teams.controls(page('in-call.html', APP_LINK).doc);
    expect(bar?.getAttribute('data-tid')).toBe('ubar-toolbar-wrapper');
    expect(bar?.querySelector('button#hangup-button')?.getAttribute('aria-label')).toBe('Leave (Ctrl+Shift+H)');
    expect(bar?.querySelector('button#microphone-button')).not.toBeNull();
    expect(bar?.querySelector('[data-cid="calling-participant-stream"]')).toBeNull();
    const de = teams.controls(page('in-call-de.html', LIVE_LINK).doc);
    expect(de?.querySelector('#hangup-button')?.getAttribute('aria-label')).toBe('Verlassen (Strg+Umschalt+H)');
    expect(teams.controls(page('prejoin.html', JOIN_LINK).doc)).toBeNull();
    expect(teams.controls(page('ended.html', APP_LINK).doc)).toBeNull();
  });
});

describe('teams adapter: meeting key and title', () => {
  it('keys a meeting by its thread, whichever form the link takes', () => {
    expect(teams.meetingKey(new URL(JOIN_LINK))).toBe(THREAD);
    expect(teams.meetingKey(new URL(APP_LINK))).toBe(THREAD);
    expect(
      teams.meetingKey(
        new URL(
          'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_NmQ3ZTFhYjItOWM0Ni00ZDM4LWI1YTEtM2Q0ZjVlNmE3Yjhj%40thread.v2%2F0%3Fcontext%3D%257b%257d%26anon%3Dtrue&type=meetup-join',
        ),
      ),
    ).toBe(THREAD);
    const coords = btoa(
      encodeURIComponent(
        JSON.stringify({ conversationId: THREAD, tenantId: '0f3c2e1d-4b5a-4968-8776-5a4b3c2d1e0f', messageId: '0' }),
      ),
    );
    expect(
      teams.meetingKey(new URL(`https://teams.microsoft.com/light-meetings/launch?agent=web&coords=${coords}`)),
    ).toBe(THREAD);
    // A channel meeting: the channel's thread holds many meetings, the message id tells them apart.
    expect(
      teams.meetingKey(
        new URL(
          'https://teams.microsoft.com/l/meetup-join/19%3aQm9hcmRyb29tX3g3WXEy%40thread.tacv2/1767000000000?context=%7b%7d',
        ),
      ),
    ).toBe('19:Qm9hcmRyb29tX3g3WXEy@thread.tacv2/1767000000000');
    expect(teams.meetingKey(new URL(LIVE_LINK))).toBe('meet/9356011842277');
    expect(teams.meetingKey(new URL('https://teams.microsoft.com/meet/3312457790160?p=kq2Z'))).toBe(
      'meet/3312457790160',
    );
    expect(teams.meetingKey(new URL('https://teams.microsoft.com/v2/'))).toBe('');
    expect(teams.meetingKey(new URL('https://teams.microsoft.com/light-meetings/launch?coords=not-base64!'))).toBe('');
  });

  it('titles the meeting from the page, else from the tab title, else by its id', () => {
    expect(teams.meetingTitle(page('in-call.html', APP_LINK).doc, new URL(APP_LINK))).toBe(
      'Site plans review – Schmidt house',
    );
    expect(teams.meetingTitle(page('in-call-de.html', LIVE_LINK).doc, new URL(LIVE_LINK))).toBe(
      'Planungsrunde Haus Schmidt',
    );
    expect(teams.meetingTitle(page('ended.html', APP_LINK).doc, new URL(APP_LINK))).toBe(
      'Site plans review – Schmidt house',
    );
    // A guest sees "Microsoft Teams meeting" where Teams does not know the subject.
    const { doc } = page('prejoin.html', LIVE_LINK);
    const header = doc.querySelector('[data-tid="meeting-header-title"]');
    if (header) header.textContent = 'Microsoft Teams meeting';
    expect(teams.meetingTitle(doc, new URL(LIVE_LINK))).toBe('9356011842277');
    expect(teams.meetingTitle(doc, new URL(APP_LINK))).toBe('');
    doc.title = '(2) Chat | Microsoft Teams';
    expect(teams.meetingTitle(doc, new URL(APP_LINK))).toBe('');
    doc.title = '(2) Kalender | Microsoft Teams-Besprechung | Microsoft Teams';
    expect(teams.meetingTitle(doc, new URL(APP_LINK))).toBe('');
  });

  it('serves the three Teams hosts', () => {
    expect(teams).toMatchObject({ id: 'teams', kind: 'call', name: 'Microsoft Teams', demoPath: '/demo/teams' });
    expect(teams.matches).toEqual([
      'https://teams.microsoft.com/*',
      'https://teams.live.com/*',
      'https://teams.cloud.microsoft/*',
    ]);
  });
});
