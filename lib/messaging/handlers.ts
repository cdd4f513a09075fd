// What the background answers. Incoming payloads are validated here, at the
// boundary, before anything is stored.
import { analyze } from '../analysis';
import { parseSettingsPatch, readSettings, writeSettings } from '../storage/settings';
import type { Handlers } from './router';

export const handlers: Handlers = {
  'settings/get': () => readSettings(),
  'settings/set': async ({ patch }) => {
    const { patch: valid, problems } = parseSettingsPatch(patch);
    if (problems.length > 0) throw new Error(problems.join('; '));
    return writeSettings(valid);
  },
  'analysis/run': async ({ text, options }) => {
    if (typeof text !== 'string') throw new Error('analysis/run needs the draft as text');
    return analyze(text, options ?? {});
  },
};
