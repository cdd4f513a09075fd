import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send, type Transport } from '../../../lib/messaging/client';
import { handlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';
import { addressFormFor, learnAddressForm } from '../../../lib/storage/address-forms';
import { readQuarantine } from '../../../lib/storage/quarantine';

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

describe('address forms learned from sends', () => {
  it('remembers the form of the last send per address, case-insensitively', async () => {
    await learnAddressForm(['Anna.Schmidt@Example.com', 'team@example.com'], 'sie');
    await learnAddressForm(['team@example.com'], 'du');
    expect(await addressFormFor(['anna.schmidt@example.com'])).toBe('sie');
    expect(await addressFormFor(['TEAM@example.com'])).toBe('du');
    expect(await addressFormFor(['nobody@example.com'])).toBeUndefined();
    expect(await addressFormFor(['nobody@example.com', 'anna.schmidt@example.com'])).toBe('sie');
    // The same person written another way.
    await learnAddressForm(['jonas.weber+projekt@gmail.com'], 'du');
    expect(await addressFormFor(['JonasWeber@googlemail.com'])).toBe('du');
  });

  it('ignores what is not an address', async () => {
    await learnAddressForm(['', 'not an address'], 'du');
    expect(await fakeBrowser.storage.local.get('addressForms')).toEqual({ addressForms: {} });
  });

  it('keeps unreadable entries aside and the readable ones in use', async () => {
    await fakeBrowser.storage.local.set({
      addressForms: { 'a@example.com': { form: 'sie', at: '2026-01-01T00:00:00Z' }, 'b@example.com': { form: 'ihr' } },
    });
    expect(await addressFormFor(['a@example.com'])).toBe('sie');
    const kept = await readQuarantine();
    expect(kept[0]?.value).toEqual({ 'b@example.com': { form: 'ihr' } });
  });
});

describe('the learned form in the analysis', () => {
  const route = createRouter(handlers);
  const transport: Transport = async (envelope) => structuredClone(await route(structuredClone(envelope)));

  it('warns when a draft uses du for someone written to with Sie before', async () => {
    await send({ type: 'contacts/learn-form', emails: ['anna.schmidt@example.com'], form: 'sie' }, transport);
    const analysis = await send(
      {
        type: 'analysis/run',
        text: 'Hallo Anna, kannst du mir die Pläne schicken?',
        options: { uiLanguage: 'en' },
        recipients: ['anna.schmidt@example.com'],
      },
      transport,
    );
    expect(analysis.findings.map((f) => f.message)).toContain(
      'You usually write “Sie” to this person; this draft uses “du”.',
    );
  });

  it('rejects a form that is neither sie nor du', async () => {
    await expect(
      send({ type: 'contacts/learn-form', emails: ['a@example.com'], form: 'ihr' } as never, transport),
    ).rejects.toThrow('needs addresses and sie or du');
  });
});
