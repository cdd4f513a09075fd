// The user's settings: one versioned record in storage.local, validated on
// every read. Only the background calls these functions (it owns writes).
import { storage } from 'wxt/utils/storage';
import { SENSITIVITIES, type Sensitivity } from '../analysis/sensitivity';
import { CATEGORIES, type Category } from '../analysis/types';
import type { LanguagePreference } from '../i18n';
import { DEFAULT_SETTINGS, type PageSettings, pageSettings, type Settings } from '../settings/model';
import { quarantine } from './quarantine';
import { serialized } from './serialized';

export { DEFAULT_SETTINGS, type PageSettings, pageSettings, SENSITIVITIES, type Sensitivity, type Settings };

const MAX_DISABLED = 1_000;
const MAX_RESET = 30;
const SITE_PATTERN = /^https?:\/\/[^/*\s]+\/\*$/;

const LANGUAGES: readonly LanguagePreference[] = ['auto', 'de', 'en'];

const item = storage.defineItem<Record<string, unknown>>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS },
  version: 1,
});

/** Checks each known field; unknown fields are ignored, bad ones reported. */
export function parseSettingsPatch(raw: unknown): { patch: Partial<Settings>; problems: string[] } {
  const patch: Partial<Settings> = {};
  const problems: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { patch, problems: [`settings must be an object, got ${raw === null ? 'null' : typeof raw}`] };
  }
  const record = raw as Record<string, unknown>;
  if ('sidebarCollapsed' in record) {
    if (typeof record.sidebarCollapsed === 'boolean') patch.sidebarCollapsed = record.sidebarCollapsed;
    else problems.push('sidebarCollapsed must be true or false');
  }
  if ('remindAfterCall' in record) {
    if (typeof record.remindAfterCall === 'boolean') patch.remindAfterCall = record.remindAfterCall;
    else problems.push('remindAfterCall must be true or false');
  }
  if ('uiLanguage' in record) {
    const value = record.uiLanguage;
    if (LANGUAGES.includes(value as LanguagePreference)) patch.uiLanguage = value as LanguagePreference;
    else problems.push(`uiLanguage must be one of ${LANGUAGES.join(', ')}`);
  }
  if ('disabledRules' in record) {
    const value = record.disabledRules;
    if (
      Array.isArray(value) &&
      value.length <= MAX_DISABLED &&
      value.every((v) => typeof v === 'string' && v.length <= 200)
    ) {
      patch.disabledRules = [...new Set(value as string[])];
    } else {
      problems.push(`disabledRules must be a list of at most ${MAX_DISABLED} rule ids`);
    }
  }
  for (const field of ['ownMailSites', 'ownCallSites'] as const) {
    if (!(field in record)) continue;
    const value = record[field];
    if (
      Array.isArray(value) &&
      value.length <= 100 &&
      value.every((v) => typeof v === 'string' && SITE_PATTERN.test(v))
    ) {
      patch[field] = [...new Set(value as string[])];
    } else {
      problems.push(`${field} must be a list of patterns like https://webmail.example.org/*`);
    }
  }
  if ('disabledCategories' in record) {
    const value = record.disabledCategories;
    if (Array.isArray(value) && value.every((v) => CATEGORIES.includes(v as Category))) {
      patch.disabledCategories = [...new Set(value as Category[])];
    } else {
      problems.push(`disabledCategories must be a list of categories (${CATEGORIES.join(', ')})`);
    }
  }
  if ('sensitivity' in record) {
    if (SENSITIVITIES.includes(record.sensitivity as Sensitivity))
      patch.sensitivity = record.sensitivity as Sensitivity;
    else problems.push(`sensitivity must be one of ${SENSITIVITIES.join(', ')}`);
  }
  if ('disabledSites' in record) {
    const value = record.disabledSites;
    if (
      Array.isArray(value) &&
      value.length <= 50 &&
      value.every((v) => typeof v === 'string' && /^[a-z0-9-]{1,40}$/.test(v))
    ) {
      patch.disabledSites = [...new Set(value as string[])];
    } else {
      problems.push('disabledSites must be a list of site ids');
    }
  }
  if ('resetList' in record) {
    const value = record.resetList;
    if (value === null) patch.resetList = null;
    else if (
      Array.isArray(value) &&
      value.length <= MAX_RESET &&
      value.every((v) => typeof v === 'string' && v.trim().length > 0 && v.length <= 200)
    ) {
      patch.resetList = value.map((v: string) => v.trim());
    } else {
      problems.push(`resetList must be at most ${MAX_RESET} lines of at most 200 characters`);
    }
  }
  return { patch, problems };
}

export async function readSettings(): Promise<Settings> {
  const raw: unknown = await item.getValue();
  const { patch, problems } = parseSettingsPatch(raw);
  const settings = { ...DEFAULT_SETTINGS, ...patch };
  if (problems.length > 0) {
    // Keep the unreadable record aside, then store what could be read.
    await serialized(async () => {
      await quarantine('settings', raw, problems);
      await item.setValue({ ...settings });
    });
  }
  return settings;
}

export function writeSettings(patch: Partial<Settings>): Promise<Settings> {
  return serialized(async () => {
    const { patch: current } = parseSettingsPatch(await item.getValue());
    const next = { ...DEFAULT_SETTINGS, ...current, ...patch };
    await item.setValue({ ...next });
    return next;
  });
}

/** A change computed from the current settings inside the same serialized step (adding to a list loses no other tab's addition). */
export function changeSettings(change: (current: Settings) => Partial<Settings>): Promise<Settings> {
  return serialized(async () => {
    const { patch: current } = parseSettingsPatch(await item.getValue());
    const base = { ...DEFAULT_SETTINGS, ...current };
    const { patch, problems } = parseSettingsPatch(change(base));
    if (problems.length > 0) throw new Error(problems.join('; '));
    const next = { ...base, ...patch };
    await item.setValue({ ...next });
    return next;
  });
}
