// What changed, per minor version, in the user's words: the welcome page shows
// the entries after a minor update (lib/onboarding/after-install.ts). Newest first.
import type { UiLanguage } from '../i18n';
import { compareMinor } from './after-install';

export interface ChangelogEntry {
  /** major.minor */
  version: string;
  changes: Record<UiLanguage, readonly string[]>;
}

export const CHANGELOG: readonly ChangelogEntry[] = [
  {
    version: '0.2',
    changes: {
      de: [
        'Eine Willkommensseite zeigt, was Rapport tut und was nie, mit einer Vorschau von Seitenleiste, Karte und Popup.',
        'Im Popup: „Nicht auf dieser Seite“ und „Eine Stunde pausieren“ für die Seite des aktuellen Tabs.',
        'Die Sprache folgt den bevorzugten Sprachen Ihres Browsers, solange Sie keine wählen.',
      ],
      en: [
        'A welcome page shows what Rapport does and never does, with a preview of the sidebar, the card and the popup.',
        'In the popup: "Not on this site" and "Pause for an hour" for the site of the current tab.',
        "The language follows your browser's preferred languages until you choose one.",
      ],
    },
  },
  {
    version: '0.1',
    changes: {
      de: ['Die erste Ausgabe: Seitenleiste beim Schreiben, Karte vor Anrufen, Kontakte und Notizen.'],
      en: ['The first release: the sidebar while writing, the card before calls, contacts and notes.'],
    },
  },
];

/** The entries after `from` up to and including `current`, newest first. */
export function changesSince(
  from: string,
  current: string,
  log: readonly ChangelogEntry[] = CHANGELOG,
): ChangelogEntry[] {
  return log
    .filter((entry) => compareMinor(entry.version, from) > 0 && compareMinor(entry.version, current) <= 0)
    .sort((a, b) => compareMinor(b.version, a.version));
}
