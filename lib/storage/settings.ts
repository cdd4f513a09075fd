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
const SITE_ID = /^[a-z0-9-]{1,40}$/;

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
  if ('sidebarDock' in record) {
    if (record.sidebarDock === 'left' || record.sidebarDock === 'right') patch.sidebarDock = record.sidebarDock;
    else problems.push('sidebarDock must be left or right');
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
    if (Array.isArray(value) && value.length <= 50 && value.every((v) => typeof v === 'string' && SITE_ID.test(v))) {
      patch.disabledSites = [...new Set(value as string[])];
    } else {
      problems.push('disabledSites must be a list of site ids');
    }
  }
  if ('pausedSites' in record) {
    const value = record.pausedSites;
    const entries = typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.entries(value) : null;
    if (
      entries &&
      entries.length <= 50 &&
      entries.every(
        ([site, until]) => SITE_ID.test(site) && typeof until === 'string' && !Number.isNaN(Date.parse(until)),
      )
    ) {
      patch.pausedSites = Object.fromEntries(entries) as Record<string, string>;
    } else {
      problems.push('pausedSites must map site ids to the time each pause ends');
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

/** Whole values replace what is stored; lists change through `changeLists`. */
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

/** The settings that are lists: they change by adding and removing entries, never as a whole sent by a page. */
export const LIST_FIELDS = [
  'disabledRules',
  'disabledCategories',
  'disabledSites',
  'ownMailSites',
  'ownCallSites',
  'resetList',
] as const;
export type ListField = (typeof LIST_FIELDS)[number];

export interface ListChange {
  add?: string[];
  remove?: string[];
  /** resetList only: the suggestions the user saw while no list of their own is stored; their change starts from these. */
  from?: string[];
}
export type ListChanges = Partial<Record<ListField, ListChange>>;

const OPERATIONS = ['add', 'remove', 'from'] as const;

/** Checks list operations as `parseSettingsPatch` checks the lists themselves; throws with every problem. */
export function parseListChanges(raw: unknown): ListChanges {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new Error('list changes must be an object');
  const changes: ListChanges = {};
  const problems: string[] = [];
  for (const [field, change] of Object.entries(raw)) {
    if (!(LIST_FIELDS as readonly string[]).includes(field)) {
      problems.push(`${field} is not a list setting`);
      continue;
    }
    if (typeof change !== 'object' || change === null) {
      problems.push(`${field} needs add or remove`);
      continue;
    }
    const valid: ListChange = {};
    for (const [operation, entries] of Object.entries(change)) {
      if (entries === undefined) continue;
      if (!(OPERATIONS as readonly string[]).includes(operation) || (operation === 'from' && field !== 'resetList')) {
        problems.push(`${field}: ${operation} is not an operation (add, remove)`);
        continue;
      }
      // The entries must be what the list itself may hold.
      const checked = parseSettingsPatch({ [field]: entries });
      if (!Array.isArray(entries)) problems.push(`${field}: ${operation} must be a list`);
      else if (checked.problems.length > 0) problems.push(...checked.problems);
      else valid[operation as keyof ListChange] = checked.patch[field as ListField] as string[];
    }
    changes[field as ListField] = valid;
  }
  if (problems.length > 0) throw new Error(problems.join('; '));
  return changes;
}

/** One occurrence of each removed line goes: reset lines may repeat. */
function withoutOnce(lines: readonly string[], removed: readonly string[]): string[] {
  const rest = [...lines];
  for (const line of removed) {
    const at = rest.indexOf(line);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

/** The lists after the changes, computed from the settings as stored at this moment. */
export function applyListChanges(current: Settings, changes: ListChanges): Partial<Settings> {
  const next: Partial<Settings> = {};
  for (const field of LIST_FIELDS) {
    const change = changes[field];
    if (!change) continue;
    const { add = [], remove = [] } = change;
    if (field === 'resetList') {
      next.resetList = [...withoutOnce(current.resetList ?? change.from ?? [], remove), ...add];
      continue;
    }
    const gone = new Set(remove);
    (next as Record<ListField, string[]>)[field] = [
      ...new Set([...(current[field] as string[]).filter((e) => !gone.has(e)), ...add]),
    ];
  }
  return next;
}

/** Adds and removes list entries inside the serialized write: two tabs changing one list both keep their change. */
export function changeLists(changes: ListChanges): Promise<Settings> {
  return changeSettings((current) => applyListChanges(current, changes));
}

/** The longest pause the popup may ask for: a day. */
export const MAX_PAUSE_MINUTES = 24 * 60;

/** Pauses a site for `minutes` from `now` (0 ends its pause); pauses already over are forgotten. */
export function pauseSite(site: string, minutes: number, now = Date.now()): Promise<Settings> {
  return changeSettings((current) => {
    const pausedSites = Object.fromEntries(
      Object.entries(current.pausedSites).filter(([id, until]) => id !== site && Date.parse(until) > now),
    );
    if (minutes > 0) pausedSites[site] = new Date(now + minutes * 60_000).toISOString();
    return { pausedSites };
  });
}
