import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { ListChanges } from '../../lib/storage/settings';

export interface SiteEntry {
  id: string;
  /** The site's name as people know it ("Gmail"). */
  label: string;
  hosts: string[];
}

export interface SitesPanelProps {
  sites: SiteEntry[];
  disabledSites: string[];
  /** A site turned off or on again: added to or removed from the list, never the whole list. */
  onChange: (changes: ListChanges) => void;
  /** Shown below the built-in sites: the user's own webmail. */
  children?: ComponentChildren;
}

/** The built-in sites, each of which can be turned off, and below them the user's own webmail. */
export function SitesPanel({ sites, disabledSites, onChange, children }: SitesPanelProps) {
  const off = new Set(disabledSites);
  return (
    <section class="rp-sites" aria-labelledby="rp-sites-heading" data-testid="sites">
      <h2 id="rp-sites-heading" class="rp-page__subtitle">
        {t('optionsSitesTitle')}
      </h2>
      <form class="rp-settings" onSubmit={(event) => event.preventDefault()}>
        <fieldset class="rp-fieldset">
          <legend>{t('optionsSitesLegend')}</legend>
          <p class="rp-muted rp-choice__hint">{t('optionsSitesIntro')}</p>
          <ul class="rp-checklist">
            {sites.map((site) => (
              <li key={site.id}>
                <label class="rp-settings__row rp-sites__row">
                  <input
                    type="checkbox"
                    name="site"
                    value={site.id}
                    class="rp-focusable"
                    aria-describedby={`rp-site-${site.id}`}
                    checked={!off.has(site.id)}
                    onChange={(event) =>
                      onChange({
                        disabledSites: event.currentTarget.checked ? { remove: [site.id] } : { add: [site.id] },
                      })
                    }
                  />
                  <span>{site.label}</span>
                </label>
                <span id={`rp-site-${site.id}`} class="rp-muted rp-sites__hosts">
                  {site.hosts.join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </fieldset>
      </form>
      {children}
    </section>
  );
}
