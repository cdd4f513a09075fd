import { useState } from 'preact/hooks';
import { type MessageKey, t } from '../../lib/i18n';

import type { OwnSiteError } from '../../lib/ui/use-own-sites';

export interface OwnSitesProps {
  /** Own webmail (default) or own Jitsi servers. */
  kind?: 'mail' | 'call';
  sites: readonly string[];
  error: OwnSiteError;
  onAdd: (input: string) => void;
  onRemove: (site: string) => void;
}

const ERRORS: Record<Exclude<OwnSiteError, null>, MessageKey> = {
  invalid: 'ownSitesInvalid',
  insecure: 'ownSitesInsecure',
  builtin: 'ownSitesBuiltin',
  denied: 'ownSitesDenied',
};

const LABELS = {
  mail: {
    title: 'ownSitesTitle',
    intro: 'ownSitesIntro',
    input: 'ownSitesInput',
    none: 'ownSitesNone',
    add: 'ownSitesAdd',
    example: 'webmail.example.org',
  },
  call: {
    title: 'ownCallSitesTitle',
    intro: 'ownCallSitesIntro',
    input: 'ownCallSitesInput',
    none: 'ownCallSitesNone',
    add: 'ownCallSitesAdd',
    example: 'meet.example.org',
  },
} as const;

/** The user's own webmail domains (or Jitsi servers), each allowed one by one. */
export function OwnSites({ kind = 'mail', sites, error, onAdd, onRemove }: OwnSitesProps) {
  const labels = LABELS[kind];
  const [input, setInput] = useState('');
  return (
    <section
      class="rp-own-sites"
      aria-labelledby={`rp-own-${kind}-heading`}
      data-testid={kind === 'mail' ? 'own-sites' : 'own-call-sites'}
    >
      <h2 id={`rp-own-${kind}-heading`} class="rp-page__subtitle">
        {t(labels.title)}
      </h2>
      <p class="rp-muted">{t(labels.intro)}</p>
      <form
        class="rp-own-sites__form"
        onSubmit={(event) => {
          event.preventDefault();
          onAdd(input);
        }}
      >
        <label class="rp-settings__row rp-settings__row--stacked">
          <span>{t(labels.input)}</span>
          <input
            name="ownSite"
            class="rp-focusable rp-own-sites__input"
            type="text"
            inputMode="url"
            placeholder={labels.example}
            value={input}
            onInput={(event) => setInput(event.currentTarget.value)}
          />
        </label>
        <button type="submit" class="rp-button">
          {t(labels.add)}
        </button>
      </form>
      {error && (
        <p class="rp-page__error" role="alert" data-testid="own-sites-error">
          {t(ERRORS[error])}
        </p>
      )}
      {sites.length === 0 ? (
        <p class="rp-muted">{t(labels.none)}</p>
      ) : (
        <ul class="rp-own-sites__list">
          {sites.map((site) => (
            <li key={site}>
              <code>{site.replace(/\/\*$/, '')}</code>{' '}
              <button type="button" class="rp-button rp-button--quiet" onClick={() => onRemove(site)}>
                {t('ownSitesRemove', site.replace(/\/\*$/, ''))}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
