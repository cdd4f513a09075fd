import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MENU_ID, onComplimentMenu, refreshComplimentMenu } from '../../../lib/messaging/compliment-menu';
import { readGeneral } from '../../../lib/storage/compliments';
import { findContact, task } from '../../../lib/storage/contacts';
import { writeSettings } from '../../../lib/storage/settings';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  fakeBrowser.action.setBadgeText = vi.fn(async () => undefined);
});

const info = { menuItemId: MENU_ID, selectionText: 'Thank you, the plans are wonderful!', frameId: 2 };
const tab = { id: 7, title: 'Re: Plans - Gmail' };

describe('Save as compliment', () => {
  it("stores the selection under the author's contact, asking the selection's frame who wrote it", async () => {
    const ask = vi.fn(async () => ({ name: 'Anna Schmidt', email: 'anna@example.com' }));
    fakeBrowser.tabs.sendMessage = ask as never;
    expect(await onComplimentMenu(info, tab)).toBe('contact');
    expect(ask).toHaveBeenCalledWith(7, { channel: 'rapport-page', type: 'selection-sender' }, { frameId: 2 });
    const anna = await findContact(['anna@example.com']);
    expect(anna?.name).toBe('Anna Schmidt');
    expect(anna?.compliments.map((c) => [c.text, c.title, c.source])).toEqual([
      ['Thank you, the plans are wonderful!', 'Re: Plans - Gmail', 'mail'],
    ]);
    expect(fakeBrowser.action.setBadgeText).toHaveBeenCalledWith({ tabId: 7, text: '✓' });
  });

  it('keeps it in the general collection when the page cannot tell (or does not answer)', async () => {
    fakeBrowser.tabs.sendMessage = vi.fn(async () => {
      throw new Error('Could not establish connection');
    }) as never;
    expect(await onComplimentMenu(info, tab)).toBe('general');
    expect((await task(readGeneral)).map((c) => c.text)).toEqual(['Thank you, the plans are wonderful!']);
  });

  it('ignores other menu entries and empty selections', async () => {
    expect(await onComplimentMenu({ ...info, menuItemId: 'other' }, tab)).toBeNull();
    expect(await onComplimentMenu({ ...info, selectionText: '  ' }, tab)).toBeNull();
    expect(await task(readGeneral)).toEqual([]);
  });

  it('offers the entry on the mail sites and the own webmail, in the UI language', async () => {
    const create = vi.fn();
    fakeBrowser.contextMenus.removeAll = vi.fn(async () => undefined) as never;
    fakeBrowser.contextMenus.create = create as never;
    fakeBrowser.i18n.getUILanguage = () => 'en-US';
    await writeSettings({ uiLanguage: 'de', ownMailSites: ['https://webmail.example.org/*'] });
    await refreshComplimentMenu();
    const [entry] = create.mock.calls[0] as [{ title: string; documentUrlPatterns: string[]; contexts: string[] }];
    expect(entry.title).toBe('Als Kompliment speichern (Rapport)');
    expect(entry.contexts).toEqual(['selection']);
    expect(entry.documentUrlPatterns).toContain('https://mail.google.com/*');
    expect(entry.documentUrlPatterns).toContain('https://webmail.example.org/*');
  });
});
