import { describe, expect, it } from 'vitest';
import { minorOf } from '../../../lib/onboarding/after-install';
import { CHANGELOG, type ChangelogEntry, changesSince } from '../../../lib/onboarding/changelog';

const entry = (version: string): ChangelogEntry => ({
  version,
  changes: { de: [`de ${version}`], en: [`en ${version}`] },
});
const LOG = [entry('0.2'), entry('0.10'), entry('0.3'), entry('0.1')];

describe('the changelog', () => {
  it('lists the versions after the previous one up to the installed one, newest first', () => {
    expect(changesSince('0.1.4', '0.3.0', LOG).map((e) => e.version)).toEqual(['0.3', '0.2']);
    expect(changesSince('0.3.2', '0.10.1', LOG).map((e) => e.version)).toEqual(['0.10']);
  });

  it('lists nothing for a patch or when the entry is not released yet', () => {
    expect(changesSince('0.2.0', '0.2.5', LOG)).toEqual([]);
    expect(changesSince('0.0.9', '0.1.0', [entry('0.2')])).toEqual([]);
  });

  it('has every entry in German and English, as major.minor, newest first and each once', () => {
    const versions = CHANGELOG.map((e) => e.version);
    expect(new Set(versions).size).toBe(versions.length);
    for (const e of CHANGELOG) {
      expect(minorOf(e.version)).toBe(e.version);
      expect(e.changes.de.length).toBe(e.changes.en.length);
      expect(e.changes.de.length).toBeGreaterThan(0);
      for (const line of [...e.changes.de, ...e.changes.en]) expect(line.trim().length).toBeGreaterThan(10);
    }
    expect(changesSince('0.0.0', '99.0.0').map((e) => e.version)).toEqual(versions);
  });
});
