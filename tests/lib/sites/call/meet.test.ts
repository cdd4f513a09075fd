import { describe, expect, it } from 'vitest';
import { meet } from '../../../../lib/sites/call/meet';
import { loadFixture, runFixture } from '../load-fixture';

describe('meet adapter', () => {
  it('finds the English pre-join screen, its join button and the meeting code', () => {
    const url = 'https://meet.google.com/abc-defg-hij';
    const screen = meet.findPreJoin(loadFixture('meet/prejoin.html', url), new URL(url));
    expect(screen?.joinButton.textContent?.trim()).toBe('Join now');
    expect(screen?.meetingTitle).toBe('abc-defg-hij');
    // The card's place: the column with the heading and every join control.
    expect(screen?.panel.querySelector('h1')?.textContent).toBe('Ready to join?');
    expect(screen?.panel.contains(screen.joinButton)).toBe(true);
    expect(screen?.panel.textContent).toContain('Other ways to join');
  });

  it('finds the German signed-out pre-join screen', () => {
    const url = 'https://meet.google.com/xyz-abcd-efg';
    const screen = meet.findPreJoin(loadFixture('meet/prejoin-de.html', url), new URL(url));
    expect(screen?.joinButton.textContent?.trim()).toBe('Teilnahme erbitten');
  });

  it('is not fooled by the lobby self-preview carrying data-participant-id', () => {
    const url = 'https://meet.google.com/abc-defg-hij';
    const doc = loadFixture('meet/prejoin.html', url);
    expect(doc.querySelector('[data-participant-id]')).not.toBeNull();
    expect(meet.findPreJoin(doc, new URL(url))).not.toBeNull();
  });

  it('sees no pre-join screen during a call', () => {
    const url = 'https://meet.google.com/qrs-tuvw-xyz';
    expect(meet.findPreJoin(loadFixture('meet/in-call.html', url), new URL(url))).toBeNull();
  });

  it('sees the pre-join screen go when the user joins', () => {
    const url = 'https://meet.google.com/abc-defg-hij';
    const dom = runFixture('meet/prejoin.html', url);
    const doc = dom.window.document;
    const screen = meet.findPreJoin(doc, new URL(url));
    screen?.joinButton.click();
    expect(meet.findPreJoin(doc, new URL(url))).toBeNull();
  });

  it('returns null on a page it does not know', () => {
    const url = 'https://meet.google.com/abc-defg-hij';
    expect(meet.findPreJoin(loadFixture('gmail/inbox.html', url), new URL(url))).toBeNull();
  });
});

describe('meet adapter: states, people, chat and controls', () => {
  const at = (path: string) => new URL(`https://meet.google.com${path}`);

  it('tells pre-join, in-call, ended and other pages apart', () => {
    expect(meet.callState(loadFixture('meet/prejoin.html', at('/abc-defg-hij').href), at('/abc-defg-hij'))).toBe(
      'pre-join',
    );
    expect(meet.callState(loadFixture('meet/prejoin-de.html', at('/xyz-abcd-efg').href), at('/xyz-abcd-efg'))).toBe(
      'pre-join',
    );
    expect(meet.callState(loadFixture('meet/in-call.html', at('/abc-defg-hij').href), at('/abc-defg-hij'))).toBe(
      'in-call',
    );
    expect(meet.callState(loadFixture('meet/ended.html', at('/abc-defg-hij').href), at('/abc-defg-hij'))).toBe('ended');
    expect(meet.callState(loadFixture('gmail/inbox.html', at('/').href), at('/'))).toBe('other');
  });

  it('names the people already in the call before joining, and the other tiles in the call (never the user)', () => {
    expect(meet.participants(loadFixture('meet/prejoin.html', at('/abc-defg-hij').href))).toEqual([
      { name: 'Anna Schmidt', email: '' },
      { name: 'Jonas Weber', email: '' },
    ]);
    const inCall = meet.participants(loadFixture('meet/in-call.html', at('/abc-defg-hij').href));
    expect(inCall.map((p) => p.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
    expect(meet.participants(loadFixture('meet/ended.html', at('/abc-defg-hij').href))).toEqual([]);
  });

  it('finds the chat box only in the call, and the control bar with the leave button but without the tiles', () => {
    const doc = loadFixture('meet/in-call.html', at('/abc-defg-hij').href);
    expect(meet.chatBox(doc)?.getAttribute('aria-label')).toBe('Send a message');
    expect(meet.chatBox(loadFixture('meet/prejoin.html', at('/abc-defg-hij').href))).toBeNull();
    const bar = meet.controls(doc);
    expect(bar?.querySelector('button[aria-label="Leave call"]')).not.toBeNull();
    expect(bar?.querySelector('button[aria-label="Chat with everyone"]')).not.toBeNull();
    expect(bar?.querySelector('[data-participant-id]')).toBeNull();
    expect(meet.controls(loadFixture('meet/ended.html', at('/abc-defg-hij').href))).toBeNull();
  });

  it('keys a meeting by its code and titles it from the page', () => {
    expect(meet.meetingKey(at('/abc-defg-hij'))).toBe('abc-defg-hij');
    expect(meet.meetingKey(at('/landing'))).toBe('');
    expect(meet.meetingTitle(loadFixture('meet/in-call.html', at('/abc-defg-hij').href), at('/abc-defg-hij'))).toBe(
      'abc-defg-hij',
    );
  });
});
