import { describe, expect, it } from 'vitest';
import {
  adapterFor,
  CALL_ADAPTERS,
  CALL_FRAME_MATCHES,
  CALL_TOP_MATCHES,
  DEMO_ORIGIN,
  MAIL_ADAPTERS,
  MAIL_FRAME_MATCHES,
  MAIL_MATCHES,
  MAIL_TOP_MATCHES,
} from '../../../lib/sites/registry';

describe('adapterFor', () => {
  it.each([
    ['https://mail.google.com/mail/u/0/#inbox', 'gmail'],
    ['https://mail.google.com.evil.example/mail/', null],
    ['http://mail.google.com/mail/', null],
    ['https://example.org/', null],
    [`${DEMO_ORIGIN}/demo/mail`, 'gmail'],
    [`${DEMO_ORIGIN}/demo/meet`, null],
    ['not a url', null],
  ])('mail: %s → %s', (href, id) => {
    expect(adapterFor(MAIL_ADAPTERS, href)?.id ?? null).toBe(id);
  });

  it.each([
    ['https://meet.google.com/abc-defg-hij', 'meet'],
    ['https://meet.google.co/abc-defg-hij', null],
    [`${DEMO_ORIGIN}/demo/meet`, 'meet'],
  ])('call: %s → %s', (href, id) => {
    expect(adapterFor(CALL_ADAPTERS, href)?.id ?? null).toBe(id);
  });

  it('gives every adapter a unique id and demo path', () => {
    const all = [...MAIL_ADAPTERS, ...CALL_ADAPTERS];
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);
    expect(new Set(all.map((a) => a.demoPath)).size).toBe(all.length);
  });
});

describe('which frames the content scripts run in', () => {
  it('runs in every frame only on the sites whose client lives in an iframe', () => {
    const framed = (adapters: readonly { id: string; inFrames?: boolean }[]) =>
      adapters.filter((a) => a.inFrames).map((a) => a.id);
    expect(framed(MAIL_ADAPTERS)).toEqual(['gmx', 'webde']);
    expect(framed(CALL_ADAPTERS)).toEqual(['zoom', 'webex']);
    expect(MAIL_FRAME_MATCHES).toContain('https://*.gmx.net/mail/client/*');
    expect(MAIL_TOP_MATCHES).toContain('https://mail.google.com/*');
    // Each site is served by exactly one of the two scripts, so no frame gets two sidebars.
    expect(MAIL_TOP_MATCHES.filter((m) => MAIL_FRAME_MATCHES.includes(m))).toEqual([]);
    expect(CALL_TOP_MATCHES.filter((m) => CALL_FRAME_MATCHES.includes(m))).toEqual([]);
    expect([...MAIL_TOP_MATCHES, ...MAIL_FRAME_MATCHES].sort()).toEqual([...MAIL_MATCHES].sort());
  });
});
