// "Save as compliment" in the context menu of selected text on the mail sites:
// the words, the date, the page title, and the author when the page tells.
import { browser } from '../browser';
import { t } from '../i18n';
import { MAIL_MATCHES } from '../sites/registry';
import { addCompliment } from '../storage/contacts';
import { readSettings } from '../storage/settings';
import { applyLanguage } from '../ui/language';
import { askSelectionSender } from './page-requests';

export const MENU_ID = 'rapport-save-compliment';
const BADGE_MS = 2_500;

/** (Re)creates the entry in the UI language, on the built-in sites and the user's own webmail. */
export async function refreshComplimentMenu(): Promise<void> {
  const settings = await readSettings();
  applyLanguage(settings.uiLanguage);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: MENU_ID,
    title: t('menuSaveCompliment'),
    contexts: ['selection'],
    documentUrlPatterns: [...MAIL_MATCHES, ...settings.ownMailSites],
  });
}

type Tab = { id?: number; title?: string } | undefined;
type Info = { menuItemId: string | number; selectionText?: string; frameId?: number };

/** A short mark on the toolbar icon says it worked (or not) without touching the page. */
function badge(tabId: number | undefined, text: string): void {
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  if (!action || tabId === undefined) return;
  action.setBadgeText({ tabId, text }).catch(() => undefined);
  setTimeout(() => action.setBadgeText({ tabId, text: '' }).catch(() => undefined), BADGE_MS);
}

export async function onComplimentMenu(info: Info, tab: Tab): Promise<'contact' | 'general' | null> {
  if (info.menuItemId !== MENU_ID || !info.selectionText?.trim()) return null;
  const sender = tab?.id !== undefined ? await askSelectionSender(tab.id, info.frameId ?? 0) : null;
  try {
    const where = await addCompliment({
      text: info.selectionText,
      title: tab?.title ?? '',
      email: sender?.email || null,
      name: sender?.name ?? '',
      source: 'mail',
    });
    badge(tab?.id, '✓');
    return where;
  } catch (error) {
    console.warn('[Rapport] compliment not saved', error);
    badge(tab?.id, '!');
    return null;
  }
}
