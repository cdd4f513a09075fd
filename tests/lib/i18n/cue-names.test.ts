// Every cue the gauges may name in "why" has a short name in both languages.
import { describe, expect, it } from 'vitest';
import { CUES } from '../../../lib/analysis/gauges/cues';
import { CATALOGS, UI_LANGUAGES } from '../../../lib/i18n';
import { cueKey } from '../../../lib/ui/reasons';

describe('cue names', () => {
  it('exist for the cues', () => {
    expect(CUES.length).toBeGreaterThan(20);
  });

  it.each(UI_LANGUAGES)('%s: every cue in CUES has a name', (lang) => {
    const missing = CUES.filter((cue) => !CATALOGS[lang][cueKey(cue)]?.message.trim());
    expect(missing).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: every cue name belongs to a cue (no names left behind)', (lang) => {
    const known = new Set<string>(CUES.map(cueKey));
    const stale = Object.keys(CATALOGS[lang]).filter((key) => key.startsWith('cue_') && !known.has(key));
    expect(stale).toEqual([]);
  });

  it.each(UI_LANGUAGES)('%s: names are short enough for a 280-pixel panel', (lang) => {
    for (const cue of CUES) expect(CATALOGS[lang][cueKey(cue)]?.message.length ?? 0, cue).toBeLessThanOrEqual(40);
  });
});
