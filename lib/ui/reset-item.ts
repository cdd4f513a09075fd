// One line of the user's reset list for a low mood: their own list, else
// Rapport's suggestions; a different line each day.
import type { Settings } from '../storage/settings';
import { defaultResetList } from './reset-defaults';

export function resetItem(settings: Pick<Settings, 'resetList'>, now = new Date()): string | null {
  const list = settings.resetList ?? defaultResetList();
  if (list.length === 0) return null;
  return list[Math.floor(now.getTime() / 86_400_000) % list.length] ?? null;
}
