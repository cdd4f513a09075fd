import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send, type Transport } from '../../../lib/messaging/client';
import { handlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';

const route = createRouter(handlers);
// The same path as browser.runtime.sendMessage, minus the browser: a structured clone each way.
const transport: Transport = async (envelope) => structuredClone(await route(structuredClone(envelope)));

beforeEach(() => fakeBrowser.reset());

describe('messages to the background', () => {
  it('saves a setting in one context and reads it in another', async () => {
    await send({ type: 'settings/set', patch: { sidebarCollapsed: true } }, transport);
    expect(await send({ type: 'settings/get' }, transport)).toMatchObject({ sidebarCollapsed: true });
  });

  it('rejects an invalid patch with a clear message and stores nothing', async () => {
    const bad = { type: 'settings/set', patch: { uiLanguage: 'fr' } } as never;
    await expect(send(bad, transport)).rejects.toThrow('uiLanguage must be one of auto, de, en');
    expect(await send({ type: 'settings/get' }, transport)).toMatchObject({ uiLanguage: 'auto' });
  });

  it('answers an unknown type with an error, not silence', async () => {
    await expect(send({ type: 'nope' } as never, transport)).rejects.toThrow('Unknown message type: nope');
  });

  it('analyses a draft in the background and answers in the asked UI language', async () => {
    const analysis = await send(
      { type: 'analysis/run', text: 'Wie bereits erwähnt, fehlt die Unterschrift.', options: { uiLanguage: 'en' } },
      transport,
    );
    expect(analysis.language).toBe('de');
    expect(analysis.findings[0]?.message).toBe('“Wie bereits erwähnt” proves you were right.');
  });

  it('rejects an analysis request without text', async () => {
    await expect(send({ type: 'analysis/run', options: {} } as never, transport)).rejects.toThrow(
      'needs the draft as text',
    );
  });

  it('leaves messages that are not Rapport’s to other listeners', () => {
    expect(route({ type: 'settings/get' })).toBeUndefined();
    expect(route('hello')).toBeUndefined();
    expect(route(null)).toBeUndefined();
  });

  it('turns a missing answer into an error', async () => {
    await expect(send({ type: 'settings/get' }, async () => undefined)).rejects.toThrow(/No answer/);
  });
});
