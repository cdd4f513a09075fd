// Once per meeting, when the user leaves it: a browser notification asks what
// was agreed — only if they turned the reminder on and granted the permission.
import { browser } from '../browser';
import { t } from '../i18n';
import type { Meeting } from '../storage/meetings';
import { readSettings } from '../storage/settings';

export async function remindAfterCall(meeting: Meeting): Promise<boolean> {
  const settings = await readSettings();
  if (!settings.remindAfterCall) return false;
  const granted = await browser.permissions.contains({ permissions: ['notifications'] }).catch(() => false);
  if (!granted) return false;
  await browser.notifications.create(`rapport-after-${meeting.site}-${meeting.key}`, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('afterTitle', meeting.title || meeting.key),
    message: t('afterQuestion'),
  });
  return true;
}
