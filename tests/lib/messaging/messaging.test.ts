import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { send } from '../../../lib/messaging/client';
import { createHandlers } from '../../../lib/messaging/handlers';
import { createRouter } from '../../../lib/messaging/router';
import { addAppreciation } from '../../../lib/storage/contacts';
import { readSettings, writeSettings } from '../../../lib/storage/settings';
import { MAIL_FRAME, MAIL_PAGE, OPTIONS_PAGE, SELF, transportFrom } from './transport';

const transport = transportFrom(OPTIONS_PAGE);

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
    expect(analysis.findings.find((f) => f.category === 'being-right')?.message).toBe(
      '“Wie bereits erwähnt” proves you were right.',
    );
  });

  it('builds rewrites for the findings asked for, by their index in the analysis of the same draft', async () => {
    const text = 'Wie bereits erwähnt, fehlt die Unterschrift.';
    const analysis = await send({ type: 'analysis/run', text, options: { uiLanguage: 'en' } }, transport);
    const at = analysis.findings.findIndex((f) => f.category === 'being-right');
    const rewrites = await send(
      { type: 'analysis/rewrites', text, options: { uiLanguage: 'en' }, indexes: [at] },
      transport,
    );
    expect(rewrites).toHaveLength(1);
    expect(rewrites[0]?.map((r) => r.text)).toContain('Die Unterschrift fehlt.');
    await expect(
      send({ type: 'analysis/rewrites', text, options: {}, indexes: ['x'] } as never, transport),
    ).rejects.toThrow('finding indexes');
  });

  it('rejects an analysis request without text', async () => {
    await expect(send({ type: 'analysis/run', options: {} } as never, transport)).rejects.toThrow(
      'needs the draft as text',
    );
  });

  it('leaves messages that are not Rapport’s to other listeners', () => {
    const route = createRouter(createHandlers(), SELF);
    expect(route({ type: 'settings/get' }, OPTIONS_PAGE)).toBeUndefined();
    expect(route('hello', OPTIONS_PAGE)).toBeUndefined();
    expect(route(null, OPTIONS_PAGE)).toBeUndefined();
  });

  it('turns a missing answer into an error', async () => {
    await expect(send({ type: 'settings/get' }, async () => undefined)).rejects.toThrow(/No answer/);
  });
});

describe('what the page side gets', () => {
  const mail = transportFrom(MAIL_PAGE);
  const frame = transportFrom(MAIL_FRAME);

  it('settings without the user’s own webmail and Jitsi hosts', async () => {
    await writeSettings({ ownMailSites: ['https://webmail.example.org/*'], sidebarCollapsed: true });
    const settings = await send({ type: 'settings/page-get' }, mail);
    expect(settings).toMatchObject({ sidebarCollapsed: true });
    expect(settings).not.toHaveProperty('ownMailSites');
    expect(settings).not.toHaveProperty('ownCallSites');
  });

  it('a frame changes only the page UI’s own choices, adding to lists without losing another tab’s addition', async () => {
    await Promise.all([
      send({ type: 'settings/page-set', disableRule: 'phrase:de:blame:1' }, frame),
      send({ type: 'settings/page-set', disableRule: 'phrase:en:harsh:2' }, transportFrom(MAIL_FRAME)),
      send({ type: 'settings/page-set', sidebarCollapsed: true }, frame),
    ]);
    expect(await readSettings()).toMatchObject({
      sidebarCollapsed: true,
      disabledRules: ['phrase:de:blame:1', 'phrase:en:harsh:2'],
    });
    // Issue 16: a rule turned off in this draft comes back on undo; the side the sidebar docks to is kept.
    await send({ type: 'settings/page-set', enableRule: 'phrase:de:blame:1', sidebarDock: 'left' }, frame);
    expect(await readSettings()).toMatchObject({ sidebarDock: 'left', disabledRules: ['phrase:en:harsh:2'] });
    await expect(send({ type: 'settings/page-set', sidebarDock: 'top' as 'left' }, frame)).rejects.toThrow(
      'left or right',
    );
    // Not another site than its page's (tests/lib/messaging/surfaces.test.ts: its own).
    await expect(send({ type: 'settings/page-set', disableSite: 'outlook' }, frame)).rejects.toThrow(
      'only its own site',
    );
    // The content script itself changes nothing.
    await expect(send({ type: 'settings/page-set', sidebarCollapsed: false }, mail)).rejects.toThrow('not allowed');
  });

  it('a frame gets the brief without the contact’s summary, with one last note; the content script none', async () => {
    for (const text of ['Immer pünktlich', 'Klare Pläne'])
      await addAppreciation({ email: 'anna@example.org', name: 'Anna', text, source: 'options' });
    const brief = { type: 'contacts/brief', email: 'anna@example.org', name: 'Anna', language: 'de' } as const;
    const inFrame = await send(brief, frame);
    expect(inFrame.contact).toBeNull();
    expect(inFrame.lastNotes.map((n) => n.text)).toEqual(['Klare Pläne']);
    const inOptions = await send(brief, transport);
    expect(inOptions.contact?.id).toBe('anna@example.org');
    expect(inOptions.lastNotes).toHaveLength(2);
    await expect(send(brief, mail)).rejects.toThrow('not allowed');
  });

  it('learns nothing from a mail to more than 20 people, and refuses popup or options as a source', async () => {
    const emails = Array.from({ length: 21 }, (_, i) => `person${i}@example.org`);
    await expect(send({ type: 'contacts/learn-form', emails, form: 'sie' }, mail)).rejects.toThrow('more than 20');
    await expect(
      send({ type: 'contacts/appreciate', email: 'a@example.org', name: 'A', text: 'x', source: 'options' }, frame),
    ).rejects.toThrow('Unknown source');
  });
});
