// What the user's settings are, apart from where they are kept: the content
// scripts need the shape and the defaults, never the storage behind them.
import type { Sensitivity } from '../analysis/sensitivity';
import type { Category } from '../analysis/types';
import type { LanguagePreference } from '../i18n';

export interface Settings {
  /** The mail sidebar opens as a small tab instead of the full panel. */
  sidebarCollapsed: boolean;
  /** The side of the window the mail sidebar keeps to, where the page leaves room. */
  sidebarDock: 'left' | 'right';
  uiLanguage: LanguagePreference;
  /** Rule ids (from findings) the user turned off. */
  disabledRules: string[];
  /** Match patterns of the user's own webmail ("https://webmail.example.org/*"), each granted as a permission. */
  ownMailSites: string[];
  /** The same for the user's own Jitsi servers ("https://meet.example.org/*"). */
  ownCallSites: string[];
  /** Finding categories the user turned off. */
  disabledCategories: Category[];
  /** How much Rapport points out (see lib/analysis/sensitivity.ts). */
  sensitivity: Sensitivity;
  /** Ids of built-in sites (adapters) Rapport stays away from. */
  disabledSites: string[];
  /** Built-in sites paused from the popup: site id → when the pause ends (ISO). */
  pausedSites: Record<string, string>;
  /** After leaving a call, one browser notification asks for the agreement (needs the notifications permission). */
  remindAfterCall: boolean;
  /** What helps the user reset before a call, in their words; null: Rapport's defaults in the UI language. */
  resetList: string[] | null;
}

/** The settings a content script gets: the user's own webmail and Jitsi hosts stay out of pages. */
export type PageSettings = Omit<Settings, 'ownMailSites' | 'ownCallSites' | 'remindAfterCall'>;

export function pageSettings({ ownMailSites, ownCallSites, remindAfterCall, ...rest }: Settings): PageSettings {
  return rest;
}

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  sidebarCollapsed: false,
  sidebarDock: 'right',
  uiLanguage: 'auto',
  disabledRules: [],
  ownMailSites: [],
  ownCallSites: [],
  disabledCategories: [],
  sensitivity: 'normal',
  disabledSites: [],
  pausedSites: {},
  resetList: null,
  remindAfterCall: false,
});

export type SiteState = { kind: 'on' } | { kind: 'off' } | { kind: 'paused'; until: string };

/** Whether Rapport works on a built-in site at `now`: turned off, paused until a moment still ahead, or on. */
export function siteState(
  settings: Pick<Settings, 'disabledSites' | 'pausedSites'>,
  site: string,
  now = Date.now(),
): SiteState {
  if (settings.disabledSites.includes(site)) return { kind: 'off' };
  const until = settings.pausedSites[site];
  return until && Date.parse(until) > now ? { kind: 'paused', until } : { kind: 'on' };
}
