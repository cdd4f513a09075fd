// Content scripts read the settings once per mount; a page must work even when
// the background cannot answer (extension updated, storage broken).
import { send } from '../messaging/client';
import { DEFAULT_SETTINGS, type PageSettings, pageSettings } from '../settings/model';
import { applyLanguage } from './language';

/** The user's settings, with their UI language applied; the defaults when unreadable. */
export async function loadSettingsInPage(): Promise<PageSettings> {
  let settings: PageSettings = pageSettings(DEFAULT_SETTINGS);
  try {
    settings = await send({ type: 'settings/page-get' });
  } catch (error) {
    console.warn('[Rapport] settings unavailable, using defaults', error);
  }
  applyLanguage(settings.uiLanguage);
  return settings;
}
