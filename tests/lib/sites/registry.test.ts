import { describe, expect, it } from 'vitest';
import { adapterFor, CALL_ADAPTERS, DEMO_ORIGIN, MAIL_ADAPTERS } from '../../../lib/sites/registry';

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
