// A granted frame's page settings (language, sensitivity, rules turned off):
// asked once the background granted it, so a copy the page framed gets none.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/client';
import type { PageSettings } from '../storage/settings';
import { applyLanguage } from './language';

export function useFrameSettings(granted: boolean): PageSettings | null {
  const [settings, setSettings] = useState<PageSettings | null>(null);
  useEffect(() => {
    if (!granted) return;
    send({ type: 'settings/page-get' }).then((s) => {
      applyLanguage(s.uiLanguage);
      setSettings(s);
    }, console.warn);
  }, [granted]);
  return settings;
}
