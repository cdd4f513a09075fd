// What the background answers. Incoming payloads are validated here, at the
// boundary, before anything is stored.
import { type AnalyzeOptions, analyze, rewriteFindings } from '../analysis';
import { browser } from '../browser';
import { type Brief, makeBrief } from '../contacts/brief';
import { peopleBriefs } from '../contacts/call-brief';
import { summarize } from '../contacts/summary';
import { type ScriptingApi, syncOwnScripts } from '../sites/own-registration';
import { adapterFor, CALL_ADAPTERS, MAIL_ADAPTERS } from '../sites/registry';
import { deleteAllData, exportData, importData, parseOffsets } from '../storage/backup';
import { readGeneral, removeGeneral } from '../storage/compliments';
import {
  addAppreciation,
  addCompliment,
  deleteContact,
  findContact,
  getContact,
  learnAddressForm,
  listContacts,
  mergeContactRecords,
  parseContactPatch,
  rememberPrompt,
  removeNote,
  snoozePrompts,
  task,
  updateContact,
} from '../storage/contacts';
import {
  confirmPerson,
  getMeeting,
  knownPeople,
  type Meeting,
  type MeetingPatch,
  meetingSeen,
  noteAgreement,
  noteMoment,
  pendingAgreements,
  type Sighting,
  updateMeeting,
} from '../storage/meetings';
import { recentPrompts } from '../storage/prompt-memory';
import { readQuarantine } from '../storage/quarantine';
import {
  applyListChanges,
  changeLists,
  changeSettings,
  LIST_FIELDS,
  type ListChange,
  MAX_PAUSE_MINUTES,
  pageSettings,
  parseListChanges,
  parseSettingsPatch,
  pauseSite,
  readSettings,
  type Settings,
  writeSettings,
} from '../storage/settings';
import { readUsage } from '../storage/usage';
import type { Sender } from './access';
import { remindAfterCall } from './after-call-reminder';
import { refreshComplimentMenu } from './compliment-menu';
import { MAX_ANALYSED_CHARS, MAX_EMAIL, MAX_LEARNED_RECIPIENTS, MAX_NAME, MAX_TITLE } from './limits';
import { createOnce, saveId } from './once';
import type { CallBrief } from './protocol';
import type { Handlers } from './router';
import { createSightings } from './sightings';
import { createSurfaces, type Surfaces } from './surfaces';

const MAX_RECIPIENTS = 100;
/** Findings the sidebar asks rewrites for at once: about what it shows. */
const MAX_REWRITE_INDEXES = 50;

/** Bad input gets a clear message: the draft must be text of a bounded size, the recipients a short list. */
function checkDraft(draft: unknown, recipients: unknown, type: string): asserts draft is string {
  if (typeof draft !== 'string') throw new Error(`${type} needs the draft as text`);
  // The sidebar sends at most this much of a draft (analysedPart); a page that sends more is refused.
  if (draft.length > MAX_ANALYSED_CHARS)
    throw new Error(`Drafts of more than ${MAX_ANALYSED_CHARS} characters are not analysed at once`);
  if (recipients !== undefined && (!Array.isArray(recipients) || recipients.length > MAX_RECIPIENTS))
    throw new Error(`recipients must be a list of at most ${MAX_RECIPIENTS} addresses`);
}

/** The options with the du/Sie form learned for the first known recipient as the contact hint. */
async function withContact(
  options: AnalyzeOptions | undefined,
  recipients: unknown[] | undefined,
): Promise<AnalyzeOptions> {
  const known = recipients ? await findContact(recipients.filter((r): r is string => typeof r === 'string')) : null;
  const formality = known && known.formality !== 'unknown' ? known.formality : undefined;
  const contact = {
    ...(options?.contact ?? {}),
    ...(formality && !options?.contact?.formality ? { formality } : {}),
  };
  return { ...(options ?? {}), contact };
}

function text(value: unknown, what: string, max = 2_000): string {
  if (typeof value !== 'string' || value.length > max)
    throw new Error(`${what} must be text of at most ${max} characters`);
  return value;
}

/** The menu follows language and sites; a browser without context menus (tests) keeps working. */
const refreshMenu = () =>
  refreshComplimentMenu().catch((error: unknown) => console.warn('[Rapport] context menu not updated', error));

function parseSighting(raw: Sighting): Sighting {
  if (!['pre-join', 'in-call', 'ended'].includes(raw.state))
    throw new Error('state must be pre-join, in-call or ended');
  if (!Array.isArray(raw.participants)) throw new Error('participants must be a list');
  return {
    site: text(raw.site, 'site', 40),
    key: text(raw.key, 'key', 300),
    title: text(raw.title, 'title', MAX_TITLE),
    state: raw.state,
    participants: raw.participants
      .filter((p) => typeof p?.name === 'string' && typeof p?.email === 'string')
      .slice(0, 200),
  };
}

function parseMeetingPatch(raw: MeetingPatch): MeetingPatch {
  const patch: MeetingPatch = {};
  if (raw.mood !== undefined) {
    if (raw.mood !== null && !(Number.isInteger(raw.mood) && raw.mood >= 1 && raw.mood <= 5))
      throw new Error('mood must be 1 to 5');
    patch.mood = raw.mood;
  }
  if (raw.criticalPoint !== undefined) patch.criticalPoint = text(raw.criticalPoint, 'The critical point');
  if (raw.goal !== undefined) patch.goal = text(raw.goal, 'The goal');
  if (raw.cardHidden !== undefined) {
    if (typeof raw.cardHidden !== 'boolean') throw new Error('cardHidden must be true or false');
    patch.cardHidden = raw.cardHidden;
  }
  return patch;
}

/** Whole values only: a page holding a stale list would undo another tab's change (resetList null: back to the suggestions). */
function parseWholeSettings(raw: unknown): Partial<Settings> {
  const { patch, problems } = parseSettingsPatch(raw);
  for (const field of LIST_FIELDS) {
    if (patch[field] !== undefined && !(field === 'resetList' && patch[field] === null))
      problems.push(`${field} changes by adding and removing entries (settings/lists)`);
  }
  if (patch.pausedSites !== undefined) problems.push('pausedSites changes one site at a time (settings/pause-site)');
  if (problems.length > 0) throw new Error(problems.join('; '));
  return patch;
}

let registrations: Promise<void> = Promise.resolve();

/** The user's own webmail or Jitsi servers changed (permissions already granted): store and register. */
async function changeOwnSites(kind: 'mail' | 'call', change: ListChange): Promise<Settings> {
  const field = kind === 'mail' ? 'ownMailSites' : 'ownCallSites';
  const settings = await changeLists(parseListChanges({ [field]: change }));
  // One registration after the other, each with the list as stored by then: the last one wins with the latest list.
  registrations = registrations
    .catch(() => undefined)
    .then(async () => syncOwnScripts(scripting(), kind, (await readSettings())[field]));
  await registrations;
  // The compliment menu is offered on the own webmail too.
  if (kind === 'mail') await refreshMenu();
  return settings;
}

const scripting = () => browser.scripting as unknown as ScriptingApi;

const language = (value: unknown): 'de' | 'en' => (value === 'en' ? 'en' : 'de');

async function brief(email: string, name: string, draftTension: number | undefined, lang: 'de' | 'en') {
  const contact = await findContact([email]);
  const general = contact?.compliments.length ? [] : await task(readGeneral);
  return makeBrief({
    contact,
    key: email,
    name,
    ...(typeof draftTension === 'number' ? { draftTension } : {}),
    language: lang,
    general,
    recent: await recentPrompts([email, ...(contact?.emails ?? [])]),
  });
}

/**
 * A page's UI shows the question, the last note and a compliment: a content
 * script gets only those, never the summary of what Rapport knows.
 */
function forPage(brief: Brief): Brief {
  return { ...brief, contact: null, lastNotes: brief.lastNotes.slice(0, 1) };
}

/** The meeting as a call page shows it: people and mood, not the critical point, goal, moments or agreement. */
function meetingForPage(meeting: Meeting): Meeting {
  return { ...meeting, criticalPoint: '', goal: '', moments: [], agreement: null };
}

function callBriefForPage(brief: CallBrief): CallBrief {
  const meeting = brief.meeting && meetingForPage(brief.meeting);
  return { meeting, people: brief.people.map((p) => ({ ...p, brief: forPage(p.brief) })) };
}

/** The site ids a page at `url` belongs to: a built-in adapter, or the user's own webmail or Jitsi. */
function sitesOf(url: string, settings: Settings): string[] {
  const ids = [...MAIL_ADAPTERS, ...CALL_ADAPTERS].filter((a) => adapterFor([a], url)).map((a) => a.id);
  const origin = URL.canParse(url) ? new URL(url).origin : '';
  const own = (patterns: string[]) => patterns.some((p) => p.replace(/\/\*$/, '') === origin);
  if (own(settings.ownMailSites)) ids.push('generic');
  if (own(settings.ownCallSites)) ids.push('jitsi');
  return ids;
}

/** The background's answers; each call has its own memory of meetings shown (tests start afresh). */
export function createHandlers(
  surfaces: Surfaces = createSurfaces((tabId, frameId, message) =>
    browser.tabs.sendMessage(tabId, message, { frameId }),
  ),
): Handlers {
  const sightings = createSightings();
  const once = createOnce();
  /** A save at most once per id, per sender and type (a retry answers as the first did). */
  const saveOnce = <T>(raw: unknown, type: string, from: { kind: string; tabId?: number }, save: () => Promise<T>) => {
    const id = saveId(raw);
    return once(id === undefined ? undefined : `${from.kind}:${from.tabId ?? ''}:${type}:${id}`, save);
  };

  /** The meeting asked about; a call frame may ask only about the one its page reported. */
  const meetingAsked = (site: unknown, key: unknown, from: Sender): [string, string] => {
    const asked: [string, string] = [text(site, 'site', 40), text(key, 'key', 300)];
    const own = from.kind === 'frame' ? surfaces.meetingOf(from) : null;
    if (from.kind === 'frame' && (own?.site !== asked[0] || own.key !== asked[1]))
      throw new Error('A call frame may ask only about its own meeting');
    return asked;
  };

  /** The stored meeting, else the one a call page showed (not stored until joined or acted on). */
  const storedOrShown = async (site: string, key: string): Promise<Meeting | null> =>
    (await getMeeting(site, key)) ?? sightings.shown(site, key) ?? null;

  return {
    'settings/get': () => readSettings(),
    'settings/page-get': async () => pageSettings(await readSettings()),
    'settings/page-set': async ({ sidebarCollapsed, sidebarDock, disableRule, enableRule, disableSite }, from) => {
      const settings = await readSettings();
      // A frame acts for the page it was placed on.
      const page = from.kind === 'frame' ? (surfaces.pageOf(from) ?? '') : from.url;
      if (disableSite !== undefined && !sitesOf(page, settings).includes(text(disableSite, 'site', 40)))
        throw new Error('A page can turn off only its own site');
      if (sidebarCollapsed !== undefined && typeof sidebarCollapsed !== 'boolean')
        throw new Error('sidebarCollapsed must be true or false');
      if (sidebarDock !== undefined && sidebarDock !== 'left' && sidebarDock !== 'right')
        throw new Error('sidebarDock must be left or right');
      const rule = disableRule === undefined ? undefined : text(disableRule, 'rule id', 100);
      const again = enableRule === undefined ? undefined : text(enableRule, 'rule id', 100);
      const lists = parseListChanges({
        ...(rule || again ? { disabledRules: { add: rule ? [rule] : [], remove: again ? [again] : [] } } : {}),
        ...(disableSite ? { disabledSites: { add: [disableSite] } } : {}),
      });
      const next = await changeSettings((current) => ({
        ...(sidebarCollapsed === undefined ? {} : { sidebarCollapsed }),
        ...(sidebarDock === undefined ? {} : { sidebarDock }),
        ...applyListChanges(current, lists),
      }));
      return pageSettings(next);
    },
    'settings/set': async ({ patch }) => {
      const valid = parseWholeSettings(patch);
      const settings = await writeSettings(valid);
      if (valid.uiLanguage) await refreshMenu();
      return settings;
    },
    'settings/lists': ({ changes }) => changeLists(parseListChanges(changes)),
    'settings/pause-site': ({ site, minutes }) => {
      if (![...MAIL_ADAPTERS, ...CALL_ADAPTERS].some((a) => a.id === site))
        throw new Error(`${String(site).slice(0, 40)} is not a site Rapport knows`);
      if (!Number.isInteger(minutes) || minutes < 0 || minutes > MAX_PAUSE_MINUTES)
        throw new Error(`minutes must be a whole number from 0 to ${MAX_PAUSE_MINUTES}`);
      return pauseSite(site, minutes);
    },
    'sites/own-mail-change': ({ add, remove }) => changeOwnSites('mail', { add, remove }),
    'sites/own-call-change': ({ add, remove }) => changeOwnSites('call', { add, remove }),
    'analysis/run': async ({ text: draft, options, recipients }) => {
      checkDraft(draft, recipients, 'analysis/run');
      return analyze(draft, await withContact(options, recipients));
    },
    'analysis/rewrites': async ({ text: draft, options, recipients, indexes }) => {
      checkDraft(draft, recipients, 'analysis/rewrites');
      if (!Array.isArray(indexes) || indexes.length > MAX_REWRITE_INDEXES || !indexes.every(Number.isInteger))
        throw new Error(`analysis/rewrites needs at most ${MAX_REWRITE_INDEXES} finding indexes`);
      return rewriteFindings(draft, await withContact(options, recipients), indexes);
    },
    'contacts/learn-form': async ({ emails, form }) => {
      if (!Array.isArray(emails) || (form !== 'sie' && form !== 'du'))
        throw new Error('contacts/learn-form needs addresses and sie or du');
      if (emails.length > MAX_LEARNED_RECIPIENTS)
        throw new Error(`A mail to more than ${MAX_LEARNED_RECIPIENTS} people teaches no form of address`);
      await learnAddressForm(
        emails.filter((e) => typeof e === 'string'),
        form,
      );
      return null;
    },
    'contacts/brief': async ({ email, name, draftTension, language: lang }, from) => {
      const answer = await brief(
        text(email, 'email', MAX_EMAIL),
        text(name, 'name', MAX_NAME),
        draftTension,
        language(lang),
      );
      return from.kind === 'extension' ? answer : forPage(answer);
    },
    'contacts/prompt-shown': async ({ email, name, promptId }) => {
      await rememberPrompt(
        text(email, 'email', MAX_EMAIL),
        text(name, 'name', MAX_NAME),
        text(promptId, 'promptId', 100),
      );
      return null;
    },
    'contacts/snooze': async ({ email, until }) => {
      const date = until === null ? null : new Date(text(until, 'until', 40));
      if (date && Number.isNaN(date.getTime())) throw new Error('until must be a date');
      await snoozePrompts(text(email, 'email', MAX_EMAIL), date);
      return null;
    },
    'contacts/appreciate': ({ email, name, text: note, source, saveId: id }, from) =>
      saveOnce(id, 'contacts/appreciate', from, async () => {
        const sources = from.kind === 'extension' ? ['sidebar', 'popup', 'options', 'call'] : ['sidebar', 'call'];
        if (!sources.includes(source)) throw new Error(`Unknown source ${String(source)}`);
        const contact = await addAppreciation({
          email: text(email, 'email', MAX_EMAIL),
          name: text(name, 'name', MAX_NAME),
          text: text(note, 'The appreciation'),
          source,
        });
        const answer = { ...(await brief(contact.id, contact.name, undefined, 'de')), prompt: null };
        return from.kind === 'extension' ? answer : forPage(answer);
      }),
    'contacts/list': async () => (await listContacts()).map(summarize),
    'contacts/get': ({ id }) => getContact(text(id, 'id', 320)),
    'contacts/update': ({ id, patch }) => updateContact(text(id, 'id', 320), parseContactPatch(patch)),
    'contacts/merge': ({ into, from }) => mergeContactRecords(text(into, 'into', 320), text(from, 'from', 320)),
    'contacts/delete': async ({ id }) => {
      await deleteContact(text(id, 'id', 320));
      return null;
    },
    'contacts/remove-note': ({ id, list, date, text: note }) => {
      if (!['appreciations', 'compliments', 'agreements'].includes(list))
        throw new Error('list must be appreciations, compliments or agreements');
      return removeNote(text(id, 'id', 320), list, text(date, 'date', 40), text(note, 'text'));
    },
    'compliments/add': ({ text: compliment, title, email, name, saveId: id }, from) =>
      saveOnce(id, 'compliments/add', from, () =>
        addCompliment({
          text: text(compliment, 'The compliment'),
          title: text(title, 'title', MAX_TITLE).slice(0, 300),
          email: typeof email === 'string' ? email : null,
          name: typeof name === 'string' ? name.slice(0, MAX_NAME) : '',
          source: 'mail',
        }),
      ),
    'compliments/list': () => task(readGeneral),
    'compliments/remove': async ({ date, text: compliment }) => {
      await task(() => removeGeneral(text(date, 'date', 40), text(compliment, 'text')));
      return null;
    },
    'calls/seen': async (raw, from) => {
      const sighting = parseSighting(raw);
      const before = await getMeeting(sighting.site, sighting.key);
      // A new record only on joining, and at most one a minute per tab.
      const create = before !== null || (sighting.state === 'in-call' && sightings.mayCreate(from.tabId));
      const meeting = await meetingSeen(sighting, new Date(), { create });
      sightings.remember(meeting);
      // Just left: the reminder, once (a notification the user allowed).
      if (sighting.state === 'ended' && before && before.leftAt === null && meeting.agreement === null) {
        await remindAfterCall(meeting).catch((error: unknown) => console.warn('[Rapport] no reminder', error));
      }
      return meeting;
    },
    'calls/brief': async ({ site, key, language: lang }, from) => {
      const meeting = await storedOrShown(...meetingAsked(site, key, from));
      const people = meeting?.participants ?? [];
      const { known, maybe } = meeting ? await knownPeople(meeting) : { known: [], maybe: [] };
      const general = await task(readGeneral);
      const answer: CallBrief = {
        meeting,
        people: peopleBriefs(
          known,
          maybe,
          people.map((p) => p.name),
          language(lang),
          general,
          new Date(),
          new Map(await Promise.all(known.map(async (c) => [c.id, await recentPrompts(c.emails)] as const))),
        ),
      };
      return from.kind === 'extension' ? answer : callBriefForPage(answer);
    },
    'calls/update': async ({ site, key, patch }, from) => {
      const valid = parseMeetingPatch(patch);
      // The page UI sets the mood and hides its card; the critical point and goal are written in the popup.
      if (from.kind !== 'extension' && (valid.criticalPoint !== undefined || valid.goal !== undefined))
        throw new Error('The critical point and the goal are written in Rapport’s popup');
      const saved = await updateMeeting(...meetingAsked(site, key, from), valid, sightings.shown(site, key));
      return from.kind === 'extension' ? saved : meetingForPage(saved);
    },
    'calls/moment': ({ site, key, text: moment, saveId: id }, from) =>
      saveOnce(id, 'calls/moment', from, () =>
        noteMoment(
          ...meetingAsked(site, key, from),
          text(moment, 'The moment'),
          new Date(),
          sightings.shown(site, key),
        ),
      ),
    'calls/agreement': ({ site, key, text: agreement, saveId: id }, from) =>
      saveOnce(id, 'calls/agreement', from, () =>
        noteAgreement(text(site, 'site', 40), text(key, 'key', 300), text(agreement, 'The agreement')),
      ),
    'calls/confirm': ({ site, key, contact, yes }, from) => {
      if (typeof yes !== 'boolean') throw new Error('yes must be true or false');
      return confirmPerson(
        ...meetingAsked(site, key, from),
        text(contact, 'contact', MAX_EMAIL),
        yes,
        sightings.shown(site, key),
      ).then((m) => (from.kind === 'extension' ? m : meetingForPage(m)));
    },
    'calls/pending': () => pendingAgreements(),
    'surface/open': async ({ kind, meeting }, from) => surfaces.open(from, kind, meeting),
    'surface/marks': async ({ marks }, from) => {
      surfaces.marks(from, marks);
      return null;
    },
    'surface/draft': async ({ draft }, from) => {
      surfaces.draft(from, draft);
      return null;
    },
    'surface/close': async ({ id }, from) => {
      surfaces.close(from, text(id, 'id', 100));
      return null;
    },
    'surface/command': ({ command }, from) => surfaces.command(from, command),
    'data/usage': () => readUsage(),
    'data/quarantine': () => readQuarantine(),
    'data/export': () => exportData(),
    'data/import': ({ file, offsets }) =>
      importData(
        file,
        (site) => browser.permissions.contains({ origins: [site] }).catch(() => false),
        parseOffsets(offsets),
      ),
    'data/delete-all': async () => {
      await deleteAllData();
      await syncOwnScripts(scripting(), 'mail', []);
      await syncOwnScripts(scripting(), 'call', []);
      await refreshMenu();
      return null;
    },
  };
}
