// Content scripts read the settings once per mount; a page must work even when
// the background cannot answer (extension updated, storage broken).
import { send } from '../messaging/client';
import { DEFAULT_SETTINGS, type Settings } from '../storage/settings';
import { applyLanguage } from './language';

/** The user's settings, with their UI language applied; the defaults when unreadable. */
export async function loadSettingsInPage(): Promise<Settings> {
  let settings: Settings = DEFAULT_SETTINGS;
  try {
    settings = await send({ type: 'settings/get' });
  } catch (error) {
    console.warn('[Rapport] settings unavailable, using defaults', error);
  }
  applyLanguage(settings.uiLanguage);
  return settings;
}
