// What the background answers. Incoming payloads are validated here, at the
// boundary, before anything is stored.
import { analyze } from '../analysis';
import { browser } from '../browser';
import { type ScriptingApi, syncOwnMailScripts } from '../sites/own-registration';
import { addressFormFor, learnAddressForm } from '../storage/address-forms';
import { parseSettingsPatch, readSettings, writeSettings } from '../storage/settings';
import type { Handlers } from './router';

export const handlers: Handlers = {
  'settings/get': () => readSettings(),
  'settings/set': async ({ patch }) => {
    const { patch: valid, problems } = parseSettingsPatch(patch);
    if (problems.length > 0) throw new Error(problems.join('; '));
    return writeSettings(valid);
  },
  'sites/own-mail-set': async ({ sites }) => {
    const { patch, problems } = parseSettingsPatch({ ownMailSites: sites });
    if (problems.length > 0) throw new Error(problems.join('; '));
    const settings = await writeSettings(patch);
    await syncOwnMailScripts(browser.scripting as unknown as ScriptingApi, settings.ownMailSites);
    return settings;
  },
  'analysis/run': async ({ text, options, recipients }) => {
    if (typeof text !== 'string') throw new Error('analysis/run needs the draft as text');
    const known = Array.isArray(recipients)
      ? await addressFormFor(recipients.filter((r) => typeof r === 'string'))
      : undefined;
    const contact = {
      ...(options?.contact ?? {}),
      ...(known && !options?.contact?.formality ? { formality: known } : {}),
    };
    return analyze(text, { ...(options ?? {}), contact });
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
};
