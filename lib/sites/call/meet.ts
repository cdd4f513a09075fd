// Google Meet (meet.google.com). Public meeting bots find the pre-join screen
// by its join button's text (Vexa, screenapp meeting-bot, MeetCat, 2026):
// Meet's class names are generated, the visible labels are stable per UI language.
import type { CallAdapter, Recipient } from '../types';

/** Join labels of the pre-join screen, signed in and signed out, English and German UI ("Teilnahme erbitten": Vexa, MeetCat). */
const JOIN_LABELS = ['join now', 'ask to join', 'jetzt teilnehmen', 'teilnahme erbitten', 'teilnahme anfordern'];
/** The hang-up button (megingjord: jsname CQylAd; Vexa: aria-label "Leave call"). */
const LEAVE = 'button[jsname="CQylAd"], button[aria-label="Leave call"], button[aria-label="Anruf verlassen"]';
/**
 * Present only once the call runs: the hang-up button and the self tile's name.
 * Not [data-participant-id]: the lobby's self-preview carries it too (Vexa admission.ts, 2026-06).
 */
const IN_CALL = `${LEAVE}, [data-self-name]`;
/** The screen after leaving: public bots look for these words. */
const ENDED = [
  'you left the meeting',
  'the meeting has ended',
  'you have been removed from the meeting',
  'sie haben die besprechung verlassen',
  'die besprechung wurde beendet',
];
const CHAT_BOX =
  'textarea[aria-label="Send a message"], textarea[aria-label="Send a message to everyone"], textarea[aria-label="Nachricht senden"], textarea[placeholder="Send a message"]';
/** Meeting codes look like abc-defg-hij. */
const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:$|[/?#])/;
/** "Anna Schmidt and Jonas Weber are in this call" (German UI: "… nehmen teil", a guess). */
const IN_THIS_CALL = /^(.+?) (?:are|is) in this call$|^(.+?) (?:nehmen|nimmt) (?:bereits )?teil$/i;

/** The pre-join column: the nearest ancestor of the join button that also holds the screen's heading. */
function panelOf(joinButton: HTMLElement): HTMLElement {
  for (let el = joinButton.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector('h1, h2, [role="heading"]')) return el;
  }
  return joinButton.parentElement ?? joinButton;
}

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

function labelOf(el: Element): string {
  return clean(el.getAttribute('aria-label') || el.textContent).toLowerCase();
}

function joinButton(doc: Document): HTMLElement | null {
  if (doc.querySelector(IN_CALL)) return null;
  return (
    [...doc.querySelectorAll<HTMLElement>('button, [role="button"]')].find((el) => JOIN_LABELS.includes(labelOf(el))) ??
    null
  );
}

function title(doc: Document, url: URL): string {
  const code = MEETING_CODE.exec(url.pathname)?.[1] ?? '';
  const fromTitle = doc.title.replace(/^Meet\s*[-–]\s*/, '').trim();
  return fromTitle && fromTitle !== 'Meet' ? fromTitle : code;
}

/** "A, B and C" → [A, B, C]. */
function splitNames(list: string): string[] {
  return list
    .split(/,\s*|\s+(?:and|und)\s+/)
    .map(clean)
    .filter((name) => name && !/^\d+ (?:others?|weitere)$/i.test(name));
}

function lobbyNames(doc: Document): string[] {
  for (const el of doc.querySelectorAll('span, div')) {
    if (el.children.length > 0) continue;
    const match = IN_THIS_CALL.exec(clean(el.textContent));
    if (match) return splitNames(match[1] ?? match[2] ?? '');
  }
  return [];
}

function tileNames(doc: Document): string[] {
  const names = [...doc.querySelectorAll('[data-participant-id]')]
    .filter((tile) => !tile.querySelector('[data-self-name]'))
    .map((tile) => clean(tile.querySelector('span.notranslate')?.textContent))
    // Device ids ("spaces/…/devices/…") stand in where Meet has no name yet (Vexa's JUNK_NAME).
    .filter((name) => name && !name.includes('/'));
  return [...new Set(names)];
}

export const meet: CallAdapter = {
  kind: 'call',
  id: 'meet',
  name: 'Google Meet',
  matches: ['https://meet.google.com/*'],
  demoPath: '/demo/meet',

  findPreJoin(doc, url) {
    try {
      const button = joinButton(doc);
      return button ? { joinButton: button, panel: panelOf(button), meetingTitle: title(doc, url) } : null;
    } catch {
      return null;
    }
  },

  callState(doc) {
    try {
      if (doc.querySelector(IN_CALL)) return 'in-call';
      if (joinButton(doc)) return 'pre-join';
      const heading = [...doc.querySelectorAll('h1, h2, [role="heading"]')].map((h) => labelOf(h));
      return heading.some((h) => ENDED.includes(h)) ? 'ended' : 'other';
    } catch {
      return 'other';
    }
  },

  meetingTitle: (doc, url) => title(doc, url),

  meetingKey(url) {
    return MEETING_CODE.exec(url.pathname)?.[1] ?? '';
  },

  participants(doc): Recipient[] {
    try {
      const names = doc.querySelector(IN_CALL) ? tileNames(doc) : lobbyNames(doc);
      return names.map((name) => ({ name, email: '' }));
    } catch {
      return [];
    }
  },

  chatBox(doc) {
    return doc.querySelector<HTMLElement>(CHAT_BOX);
  },

  controls(doc) {
    const leave = doc.querySelector<HTMLElement>(LEAVE);
    if (!leave) return null;
    // The bar: the widest ancestor of the hang-up button that does not hold the video tiles.
    let bar: HTMLElement = leave;
    while (
      bar.parentElement &&
      bar.parentElement !== doc.body &&
      !bar.parentElement.querySelector('[data-participant-id]')
    ) {
      bar = bar.parentElement;
    }
    return bar;
  },
};
