import type { ComponentChildren } from 'preact';
import { CATEGORIES } from '../../lib/analysis/types';
import { type MessageKey, t, type UiLanguage } from '../../lib/i18n';
import type { ChangelogEntry } from '../../lib/onboarding/changelog';
import type { Settings } from '../../lib/settings/model';
import type { ListChanges } from '../../lib/storage/settings';
import type { SaveStatus } from '../../lib/ui/use-settings';
import { categoryLabel } from '../options/format';
import { type SiteEntry, SitesPanel } from '../options/SitesPanel';
import { LanguageSelect } from '../settings/LanguageSelect';
import { Previews } from './Previews';

export interface WelcomePageProps {
  /** The language the page is shown in: the previews' sample data follow it. */
  language: UiLanguage;
  /** null while loading or when the settings cannot be read (then `error`). */
  settings: Settings | null;
  status: SaveStatus;
  error: string | null;
  sites: SiteEntry[];
  /** After a minor update: the version updated from and what changed since. */
  whatsNew: { from: string; entries: readonly ChangelogEntry[] } | null;
  onChange: (patch: Partial<Settings>) => void;
  onListChange: (changes: ListChanges) => void;
  onOpenOptions: () => void;
}

const GAUGES = [
  ['sidebarTension', 'welcomeGaugeTension'],
  ['sidebarAppreciationScore', 'welcomeGaugeAppreciation'],
  ['sidebarClarity', 'welcomeGaugeClarity'],
] as const satisfies readonly (readonly [MessageKey, MessageKey])[];

const NEVER = ['welcomeNeverNetwork', 'welcomeNeverDevice', 'welcomeNeverSend'] as const;

const categoryHint = (category: string) => t(`welcomeCategory_${category.replace(/-/g, '_')}` as MessageKey);

/** A titled part of the page; its heading names it for assistive technology. */
function Section({
  id,
  title,
  testId,
  children,
}: {
  id: string;
  title: string;
  testId?: string;
  children: ComponentChildren;
}) {
  return (
    <section class="rp-welcome__section" aria-labelledby={id} data-testid={testId}>
      <h2 id={id} class="rp-page__subtitle">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The page that opens on install (and, after a minor update, with what changed): what Rapport does, looks like and never does. */
export function WelcomePage(props: WelcomePageProps) {
  const { settings, whatsNew } = props;
  return (
    <main class="rp-page rp-welcome" data-testid="welcome">
      <h1 class="rp-page__title">{t('welcomeTitle')}</h1>
      {whatsNew && whatsNew.entries.length > 0 && (
        <Section id="rp-news" title={t('welcomeWhatsNewTitle', whatsNew.from)} testId="whats-new">
          {whatsNew.entries.map((entry) => (
            <div key={entry.version}>
              <h3 class="rp-welcome__version">{t('welcomeVersion', entry.version)}</h3>
              <ul>
                {entry.changes[props.language].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </div>
          ))}
        </Section>
      )}
      <p class="rp-page__intro">{t('welcomeIntro')}</p>
      <Section id="rp-never" title={t('welcomeNeverTitle')}>
        <ul data-testid="welcome-never">
          {NEVER.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </Section>

      <Section id="rp-preview" title={t('welcomePreviewTitle')}>
        <p class="rp-muted">{t('welcomePreviewIntro')}</p>
        <Previews language={props.language} />
      </Section>

      <Section id="rp-gauges" title={t('welcomeGaugesTitle')}>
        <dl class="rp-welcome__terms" data-testid="welcome-gauges">
          {GAUGES.map(([name, meaning]) => (
            <div key={name}>
              <dt>{t(name)}</dt>
              <dd>{t(meaning)}</dd>
            </div>
          ))}
        </dl>
        <p>{t('welcomeGaugesWhy')}</p>
      </Section>

      <Section id="rp-categories" title={t('welcomeCategoriesTitle')}>
        <dl class="rp-welcome__terms" data-testid="welcome-categories">
          {CATEGORIES.map((category) => (
            <div key={category}>
              <dt>{categoryLabel(category)}</dt>
              <dd>{categoryHint(category)}</dd>
            </div>
          ))}
        </dl>
      </Section>

      <Section id="rp-choices" title={t('welcomeChoicesTitle')}>
        {props.error && (
          <p class="rp-page__error" role="alert">
            {t('settingsLoadFailed', props.error)}
          </p>
        )}
        {settings && (
          <>
            <form class="rp-settings" onSubmit={(event) => event.preventDefault()}>
              <LanguageSelect value={settings.uiLanguage} onChange={(uiLanguage) => props.onChange({ uiLanguage })} />
            </form>
            <SitesPanel sites={props.sites} disabledSites={settings.disabledSites} onChange={props.onListChange}>
              <p class="rp-muted">{t('welcomeOwnSites')}</p>
            </SitesPanel>
          </>
        )}
        <p class="rp-settings__status" role="status" data-testid="settings-status">
          {props.status.kind === 'saved' && t('settingsSaved')}
          {props.status.kind === 'error' && (
            <span class="rp-settings__error">{t('settingsSaveFailed', props.status.message)}</span>
          )}
        </p>
      </Section>

      <p>{t('welcomeStart')}</p>
      <button type="button" class="rp-button" data-testid="open-options" onClick={props.onOpenOptions}>
        {t('popupOpenOptions')}
      </button>
      <p class="rp-page__privacy rp-muted">{t('privacyLine')}</p>
    </main>
  );
}
