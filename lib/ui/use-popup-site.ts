// The popup's control over Rapport on the current tab's site: which built-in
// site the tab shows (its content script says), and turning it off, pausing it
// for an hour or on again through the background; the tab's scripts are told.
import { useEffect, useState } from 'preact/hooks';
import { send } from '../messaging/client';
import { askPageSite, type PageSite, tellSiteChanged } from '../messaging/page-requests';
import { type Settings, siteState } from '../settings/model';
import { BUILT_IN_SITES } from './built-in-sites';
import { popupTabId } from './use-popup-contact';

const HOUR = 60;

export function usePopupSite(settings: Settings | null, saved: (settings: Settings) => void) {
  const [page, setPage] = useState<(PageSite & { tabId: number }) | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    popupTabId()
      .then(async (tabId) => {
        const site = tabId === null ? null : await askPageSite(tabId);
        if (tabId !== null && site) setPage({ ...site, tabId });
      })
      .catch(() => undefined);
  }, []);

  const entry = page && BUILT_IN_SITES.find((s) => s.id === page.site);
  if (!page || !entry || !settings) return null;

  const act = (...saving: (() => Promise<Settings>)[]) => {
    setError(null);
    saving
      .reduce<Promise<Settings | null>>((done, next) => done.then(next), Promise.resolve(null))
      .then((next) => {
        if (next) saved(next);
        return tellSiteChanged(page.tabId);
      })
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  const pause = (minutes: number) => () => send({ type: 'settings/pause-site', site: page.site, minutes });
  const sites = (change: 'add' | 'remove') => () =>
    send({ type: 'settings/lists', changes: { disabledSites: { [change]: [page.site] } } });

  return {
    name: entry.label,
    state: siteState(settings, page.site),
    error,
    turnOff: () => act(sites('add')),
    pause: () => act(pause(HOUR)),
    turnOn: () => act(sites('remove'), pause(0)),
  };
}
