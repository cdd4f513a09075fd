// The options page's own-webmail list: asks the browser for each site's
// permission (this must happen in the click, in the page), then lets the
// background store it and register the content script.
import { useState } from 'preact/hooks';
import { browser } from '../browser';
import { send } from '../messaging/client';
import { ownSitePattern } from '../sites/own-sites';
import type { Settings } from '../storage/settings';

export type OwnSiteError = 'invalid' | 'insecure' | 'builtin' | 'denied' | null;

export function useOwnSites(
  settings: Settings | null,
  onSaved: (settings: Settings) => void,
  kind: 'mail' | 'call' = 'mail',
) {
  const [error, setError] = useState<OwnSiteError>(null);
  const sites = (kind === 'mail' ? settings?.ownMailSites : settings?.ownCallSites) ?? [];
  // Added and removed one by one: another options page's change to the list stays.
  const message = kind === 'mail' ? 'sites/own-mail-change' : 'sites/own-call-change';

  const add = (input: string) => {
    const result = ownSitePattern(input, kind);
    if ('error' in result) {
      setError(result.error);
      return;
    }
    // Called synchronously in the click handler: the browser needs the user's gesture.
    browser.permissions
      .request({ origins: [result.pattern] })
      .then((granted) => {
        if (!granted) throw new Error('denied');
        return send({ type: message, add: [result.pattern] });
      })
      .then(
        (saved) => {
          setError(null);
          onSaved(saved);
        },
        () => setError('denied'),
      );
  };

  const remove = (site: string) => {
    send({ type: message, remove: [site] })
      .then((saved) => {
        onSaved(saved);
        return browser.permissions.remove({ origins: [site] });
      })
      .catch((e: unknown) => console.warn('[Rapport] could not remove the site', e));
  };

  return { sites, error, add, remove };
}
