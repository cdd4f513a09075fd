// What the background answers. Incoming payloads are validated here, at the
// boundary, before anything is stored.
import { analyze } from '../analysis';
import { browser } from '../browser';
import { makeBrief } from '../contacts/brief';
import { peopleBriefs } from '../contacts/call-brief';
import { summarize } from '../contacts/summary';
import { type ScriptingApi, syncOwnScripts } from '../sites/own-registration';
import { deleteAllData, exportData, importData } from '../storage/backup';
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
  getMeeting,
  knownPeople,
  type MeetingPatch,
  meetingSeen,
  noteAgreement,
  noteMoment,
  pendingAgreements,
  type Sighting,
  updateMeeting,
} from '../storage/meetings';
import { readQuarantine } from '../storage/quarantine';
import { parseSettingsPatch, readSettings, writeSettings } from '../storage/settings';
import { readUsage } from '../storage/usage';
import { remindAfterCall } from './after-call-reminder';
import { refreshComplimentMenu } from './compliment-menu';
import type { Handlers } from './router';

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
    title: text(raw.title, 'title', 2_000),
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
  });
}

export const handlers: Handlers = {
  'settings/get': () => readSettings(),
  'settings/set': async ({ patch }) => {
    const { patch: valid, problems } = parseSettingsPatch(patch);
    if (problems.length > 0) throw new Error(problems.join('; '));
    const settings = await writeSettings(valid);
    if (valid.uiLanguage) await refreshMenu();
    return settings;
  },
  'sites/own-mail-set': async ({ sites }) => {
    const { patch, problems } = parseSettingsPatch({ ownMailSites: sites });
    if (problems.length > 0) throw new Error(problems.join('; '));
    const settings = await writeSettings(patch);
    await syncOwnScripts(scripting(), 'mail', settings.ownMailSites);
    await refreshMenu();
    return settings;
  },
  'sites/own-call-set': async ({ sites }) => {
    const { patch, problems } = parseSettingsPatch({ ownCallSites: sites });
    if (problems.length > 0) throw new Error(problems.join('; '));
    const settings = await writeSettings(patch);
    await syncOwnScripts(scripting(), 'call', settings.ownCallSites);
    return settings;
  },
  'analysis/run': async ({ text: draft, options, recipients }) => {
    if (typeof draft !== 'string') throw new Error('analysis/run needs the draft as text');
    const known = Array.isArray(recipients) ? await findContact(recipients.filter((r) => typeof r === 'string')) : null;
    const formality = known && known.formality !== 'unknown' ? known.formality : undefined;
    const contact = {
      ...(options?.contact ?? {}),
      ...(formality && !options?.contact?.formality ? { formality } : {}),
    };
    return analyze(draft, { ...(options ?? {}), contact });
  },
  'contacts/learn-form': async ({ emails, form }) => {
    if (!Array.isArray(emails) || (form !== 'sie' && form !== 'du'))
      throw new Error('contacts/learn-form needs addresses and sie or du');
    await learnAddressForm(
      emails.filter((e) => typeof e === 'string'),
      form,
    );
    return null;
  },
  'contacts/brief': ({ email, name, draftTension, language: lang }) =>
    brief(text(email, 'email', 320), text(name, 'name', 500), draftTension, language(lang)),
  'contacts/prompt-shown': async ({ email, name, promptId }) => {
    await rememberPrompt(text(email, 'email', 320), text(name, 'name', 500), text(promptId, 'promptId', 100));
    return null;
  },
  'contacts/snooze': async ({ email, until }) => {
    const date = until === null ? null : new Date(text(until, 'until', 40));
    if (date && Number.isNaN(date.getTime())) throw new Error('until must be a date');
    await snoozePrompts(text(email, 'email', 320), date);
    return null;
  },
  'contacts/appreciate': async ({ email, name, text: note, source }) => {
    if (!['sidebar', 'popup', 'options', 'call'].includes(source)) throw new Error(`Unknown source ${String(source)}`);
    const contact = await addAppreciation({
      email: text(email, 'email', 320),
      name: text(name, 'name', 500),
      text: text(note, 'The appreciation'),
      source,
    });
    return brief(contact.id, contact.name, undefined, 'de').then((b) => ({ ...b, prompt: null }));
  },
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
  'compliments/add': ({ text: compliment, title, email, name }) =>
    addCompliment({
      text: text(compliment, 'The compliment'),
      title: text(title, 'title', 2_000).slice(0, 300),
      email: typeof email === 'string' ? email : null,
      name: typeof name === 'string' ? name.slice(0, 500) : '',
      source: 'mail',
    }),
  'compliments/list': () => task(readGeneral),
  'compliments/remove': async ({ date, text: compliment }) => {
    await task(() => removeGeneral(text(date, 'date', 40), text(compliment, 'text')));
    return null;
  },
  'calls/seen': async (raw) => {
    const sighting = parseSighting(raw);
    const before = sighting.state === 'ended' ? await getMeeting(sighting.site, sighting.key) : null;
    const meeting = await meetingSeen(sighting);
    // Just left: the reminder, once (a notification the user allowed).
    if (sighting.state === 'ended' && before && before.leftAt === null && meeting.agreement === null) {
      await remindAfterCall(meeting).catch((error: unknown) => console.warn('[Rapport] no reminder', error));
    }
    return meeting;
  },
  'calls/brief': async ({ site, key, language: lang }) => {
    const meeting = await getMeeting(text(site, 'site', 40), text(key, 'key', 300));
    const people = meeting?.participants ?? [];
    const known = await knownPeople(people);
    const general = await task(readGeneral);
    return {
      meeting,
      people: peopleBriefs(
        known,
        people.map((p) => p.name),
        language(lang),
        general,
      ),
    };
  },
  'calls/update': ({ site, key, patch }) =>
    updateMeeting(text(site, 'site', 40), text(key, 'key', 300), parseMeetingPatch(patch)),
  'calls/moment': ({ site, key, text: moment }) =>
    noteMoment(text(site, 'site', 40), text(key, 'key', 300), text(moment, 'The moment')),
  'calls/agreement': ({ site, key, text: agreement }) =>
    noteAgreement(text(site, 'site', 40), text(key, 'key', 300), text(agreement, 'The agreement')),
  'calls/pending': () => pendingAgreements(),
  'data/usage': () => readUsage(),
  'data/quarantine': () => readQuarantine(),
  'data/export': () => exportData(),
  'data/import': ({ file }) =>
    importData(file, (site) => browser.permissions.contains({ origins: [site] }).catch(() => false)),
  'data/delete-all': async () => {
    await deleteAllData();
    await syncOwnScripts(scripting(), 'mail', []);
    await syncOwnScripts(scripting(), 'call', []);
    await refreshMenu();
    return null;
  },
};
