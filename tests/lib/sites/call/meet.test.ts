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
