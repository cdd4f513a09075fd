// Microsoft Teams on the web (teams.microsoft.com, teams.live.com, teams.cloud.microsoft).
// Teams marks its functional elements with `data-tid` test ids (and a few stable `id`s); its
// class names are generated Fluent UI hashes. Public meeting bots key on those ids:
// attendee-labs/attendee (teams_ui_methods.py, teams_chromedriver_payload.js), Vexa-ai/vexa
// (msteams/selectors.ts, teams-capture), screenappai/meeting-bot (MicrosoftTeamsBot.ts),
// Zerg00s/Live-Captions-Saver, Meeting-BaaS/meet-teams-bot (teamsUrlParser.ts). Where they
// disagree, every candidate is tried; visible labels are the fallback, English and German.
import type { CallAdapter, PreJoinScreen, Recipient } from '../types';

/** The join control of the pre-join screen (attendee: data-tid; a live capture: also id="prejoin-join-button"). */
const JOIN_BUTTON = 'button[data-tid="prejoin-join-button"], #prejoin-join-button';
/** The same button by its label, for builds that drop the test id ("Jetzt teilnehmen" is Teams' German label). */
const JOIN_LABELS = ['join now', 'join meeting', 'jetzt teilnehmen', 'an besprechung teilnehmen'];
/** Roots of the pre-join screen, seen in a live capture (2026-07). The lobby wait keeps the screen, without Join. */
const PREJOIN_ROOT =
  '[data-tid="calling-prejoin-screen"], [data-tid="calling-prejoin-render-content-container"], [data-tid="prejoin-header-content"]';
const LOBBY_TEXT =
  /someone (?:in the meeting )?(?:will|should) let you in|waiting for someone to let you in|you're in the lobby/i;
/**
 * The hang-up control: only present in the call. Vexa ("confirmed from logs": button#hangup-button), attendee
 * ([data-inp="hangup-button"], #hangup-button), Live-Captions-Saver (hangup-main-btn, hangup-leave-button,
 * hangup-end-meeting-button, "div#hangup-button button"). Not [data-tid="toggle-mute"]: the pre-join has it too.
 */
const HANGUP =
  '#hangup-button, [data-tid="hangup-main-btn"], [data-inp="hangup-button"], [data-tid="hangup-leave-button"], [data-tid="hangup-end-meeting-button"], [data-tid="call-hangup"]';
/** aria-label of the hang-up button: "Leave (Ctrl+Shift+H)"; German "Verlassen (…)" is a guess. */
const LEAVE_LABEL = /^(?:leave|hang up|verlassen|auflegen)\b/i;
/**
 * The screen after a call: Teams' "retry" screen (attendee reads #calling-retry-screen-title for "You've been
 * removed from this meeting"; its Dismiss is [data-tid="calling-retry-cancelbutton"]), plus ids guessed by
 * Live-Captions-Saver for the post-call survey.
 */
const AFTER_CALL =
  '[data-tid="calling-retry-screen"], #calling-retry-screen-title, [data-tid="call-ended-screen"], [data-tid="meeting-ended"]';
/** The same retry screen asks for meeting id and passcode when a join fails ("We couldn't find a meeting …"). */
const JOIN_FAILED = 'input[data-tid="meeting-code-input"], input[data-tid="meeting-passcode-input"]';
/** Headings of the screen after leaving (screenapp, Vexa, attendee; German wording partly guessed). */
const ENDED_TEXT =
  /^(?:you left the meeting|you've left the meeting|you have left the meeting|call ended|your call has ended|(?:the|this) meeting has ended|meeting ended|you've been removed|you have been removed|you were removed|removed from the meeting|sie haben die besprechung verlassen|du hast die besprechung verlassen|anruf beendet|besprechung beendet|die besprechung wurde beendet|sie wurden .*entfernt|du wurdest .*entfernt)/i;

/** Where Teams shows the meeting's subject (pre-join: a live capture; in the call: guesses from public scrapers). */
const TITLE =
  '[data-tid="meeting-header-title"], [data-tid="calling-title"], [data-tid="call-title"], [data-tid="calls-header-title"], [data-tid="meeting-title"]';
/** What Teams shows when it does not know the subject (a live capture read "Microsoft Teams meeting"). */
const GENERIC_TITLES = new Set([
  'microsoft teams',
  'microsoft teams meeting',
  'microsoft teams-besprechung',
  'teams meeting',
  'teams-besprechung',
  'meeting',
  'besprechung',
]);
/** App sections that lead document.title ("(3) Calendar | Weekly sync | Microsoft Teams"). */
const SECTIONS = new Set([
  'activity',
  'apps',
  'calendar',
  'calls',
  'chat',
  'files',
  'settings',
  'teams',
  'aktivität',
  'anrufe',
  'dateien',
  'einstellungen',
  'kalender',
]);

/**
 * Rows of the People panel ("Participants" / "Attendees" tree), only while it is open: data-cid and the data-tid
 * "participantsInCall-<name>" (Live-Captions-Saver, attendee-style bots, a CDP reader verified in a live call) or
 * "attendeesInMeeting-<name>" on /meet/ meetings. Not "participantsFromThread-": invited, not in the call.
 */
const ROSTER_ROW =
  '[data-cid="roster-participant"], [data-tid^="participantsInCall-"], [data-tid^="attendeesInMeeting-"]';
const ROSTER_PREFIX = /^(?:participantsInCall|attendeesInMeeting)-/;
/** Video tiles on the stage: the stream wrapper carries the display name (or an address) in data-tid (Vexa). */
const TILE = '[data-cid="calling-participant-stream"], [data-stream-type][data-tid]';
/** The user's own video, shown apart from the others' tiles. */
const SELF_VIDEO = '[data-tid="myself-video"]';
/** Markers of the user's own row or tile (not seen in public code: a guess, kept for safety). */
const SELF_MARK = /\((?:you|me|sie|du|ich)\)/i;
/** Qualifiers Teams appends to a name (Vexa: "(Unverified)", "(Guest)"; German and "(Edited)" guessed). */
const QUALIFIER =
  /\s*\((?:you|me|sie|du|ich|guest|gast|unverified|nicht überprüft|nicht verifiziert|external|extern|edited|bearbeitet)\)/gi;
/** "Profile picture of Maya Okafor." on the account button (a CDP reader, 2026-09); German guessed. */
const AVATAR_NAME = /^(?:profile picture of|profilbild von|image de profil de|photo de profil de)\s+(.+?)\.?$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The meeting chat's editor: CKEditor under data-tid="ckeditor" (attendee: aria-label "Type a message"). */
const CHAT_EDITOR = '[data-tid="ckeditor"]';
const CHAT_LABEL = /^(?:type a (?:new )?message|(?:eine )?(?:neue )?nachricht eingeben)/i;
/** The bar of call controls (a Selenium object map: ubar-toolbar-wrapper; Vexa: [role="toolbar"]). */
const BAR = '[data-tid="ubar-toolbar-wrapper"]';

const clean = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const key = (name: string) => name.toLowerCase();

function labelOf(el: Element): string {
  return clean(el.getAttribute('aria-label') || el.textContent).toLowerCase();
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The button itself when the id sits on a wrapper ("div#hangup-button button"). */
function asButton(el: Element | null): HTMLElement | null {
  if (!el) return null;
  if (el.matches('button, [role="button"]')) return el as HTMLElement;
  return el.querySelector<HTMLElement>('button, [role="button"]') ?? (el as HTMLElement);
}

function leaveButton(doc: Document): HTMLElement | null {
  const byId = asButton(doc.querySelector(HANGUP));
  if (byId) return byId;
  return (
    [...doc.querySelectorAll<HTMLElement>('[role="toolbar"] button[aria-label]')].find((b) =>
      LEAVE_LABEL.test(b.getAttribute('aria-label') ?? ''),
    ) ?? null
  );
}

function isEnded(doc: Document): boolean {
  const screen = doc.querySelector(AFTER_CALL);
  if (screen) return !doc.querySelector(JOIN_FAILED);
  return [...doc.querySelectorAll('h1, h2, [role="heading"]')].some((h) =>
    ENDED_TEXT.test(clean(h.textContent).replace(/’/g, "'")),
  );
}

function joinButton(doc: Document): HTMLElement | null {
  if (leaveButton(doc) || isEnded(doc)) return null;
  const byId = asButton(doc.querySelector(JOIN_BUTTON));
  if (byId) return byId;
  return (
    [...doc.querySelectorAll<HTMLElement>('button, [role="button"]')].find((el) => JOIN_LABELS.includes(labelOf(el))) ??
    null
  );
}

/** The join column: the nearest ancestor of the button that also holds the name field or the audio options. */
function panelOf(button: HTMLElement): HTMLElement {
  for (let el = button.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector('input, [role="radiogroup"]')) return el;
  }
  return button.parentElement ?? button;
}

function titleFromTab(doc: Document): string {
  const parts = doc.title
    .replace(/^\(\d+\)\s*/, '')
    .split(/\s*[|｜]\s*/)
    .map(clean)
    .filter(Boolean);
  while (parts.length && /^microsoft teams$/i.test(parts[parts.length - 1] ?? '')) parts.pop();
  while (parts.length > 1 && SECTIONS.has(key(parts[0] ?? ''))) parts.shift();
  const title = parts.join(' | ');
  return GENERIC_TITLES.has(key(title)) || SECTIONS.has(key(title)) ? '' : title;
}

/** The meeting id of /meet/<id> links (teams.live.com, teams.microsoft.com), in path or hash. */
function meetId(url: URL): string {
  return /\/meet\/(\d{6,})/.exec(`${url.pathname}${url.hash}`)?.[1] ?? '';
}

function title(doc: Document, url: URL): string {
  for (const el of doc.querySelectorAll(TITLE)) {
    const text = clean(el.textContent);
    if (text && !GENERIC_TITLES.has(key(text))) return text;
  }
  return titleFromTab(doc) || meetId(url);
}

/** "19:meeting_…@thread.v2" (scheduled meeting; one meeting per thread) or a channel thread plus its message id. */
function threadKey(thread: string, message: string | undefined): string {
  const normal = thread.replace(/@thread\.([a-z0-9]+)$/i, (_, kind: string) => `@thread.${kind.toLowerCase()}`);
  return /^19:meeting_/i.test(normal) || !message || message === '0' ? normal : `${normal}/${message}`;
}

const THREAD = /\/l\/meetup-join\/(19:[^/?#&]+@thread\.[a-z0-9]+)(?:\/(\d+))?/i;

/** Light meetings (/light-meetings/launch?coords=…) carry the meeting in base64 JSON (Meeting-BaaS teamsUrlParser). */
function coordsKey(url: URL): string {
  const coords = url.searchParams.get('coords');
  if (!coords) return '';
  try {
    // A '+' of the base64 arrives as a space when the link was not encoded.
    const data = JSON.parse(decode(atob(coords.replace(/ /g, '+')))) as Record<string, unknown>;
    const thread = typeof data.conversationId === 'string' ? data.conversationId : '';
    if (/^19:.+@thread\./i.test(thread)) {
      return threadKey(thread, typeof data.messageId === 'string' ? data.messageId : undefined);
    }
    const code = [data.meetingCode, data.meetingId].find((v) => typeof v === 'string' && /^\d{6,}$/.test(v));
    return typeof code === 'string' ? `meet/${code}` : '';
  } catch {
    return '';
  }
}

function meetingKey(url: URL): string {
  try {
    const places = [`${url.pathname}${url.search}`, url.hash.replace(/^#/, ''), url.searchParams.get('url') ?? ''];
    for (const place of places) {
      const text = decode(place);
      const thread = THREAD.exec(text);
      if (thread?.[1]) return threadKey(thread[1], thread[2]);
      const meet = /\/meet\/(\d{6,})/.exec(text);
      if (meet?.[1]) return `meet/${meet[1]}`;
    }
    return coordsKey(url);
  } catch {
    return '';
  }
}

function cleanName(raw: string | null | undefined): string {
  return clean((raw ?? '').replace(QUALIFIER, ' '));
}

/** The first segment of an aria-label such as "Anna Schmidt, Organizer, Muted". */
const firstSegment = (label: string | null) => (label ?? '').split(',')[0] ?? '';

/** A data-tid that is a name, not a machine id ("video-stream-2", "voice-level-stream-outline"). */
function tidName(tid: string | null): string {
  const value = clean(tid);
  return !value || /^[a-z0-9]+(?:[-_][a-z0-9]+)+$/.test(value) ? '' : value;
}

/** The names the page gives the user: own video, account button, name typed before joining. */
function selfNames(doc: Document): Set<string> {
  const names = new Set<string>();
  const add = (name: string) => {
    if (name) names.add(key(name));
  };
  for (const self of doc.querySelectorAll(SELF_VIDEO)) {
    add(cleanName(self.querySelector('[data-tid="participant-info-nametag"]')?.textContent));
    for (const stream of self.querySelectorAll(
      '[data-stream-type][data-tid], [data-cid="calling-participant-stream"]',
    )) {
      add(cleanName(tidName(stream.getAttribute('data-tid'))));
    }
  }
  for (const avatar of doc.querySelectorAll('[data-tid="me-control-avatar"], [data-tid="me-control-avatar-trigger"]')) {
    add(cleanName(AVATAR_NAME.exec(clean(avatar.getAttribute('aria-label')))?.[1]));
  }
  for (const el of doc.querySelectorAll('[data-tid="me-control-displayname"], [data-tid="me-control-display-name"]')) {
    add(cleanName(el.textContent));
  }
  const typed = doc.querySelector<HTMLInputElement>('input[data-tid="prejoin-display-name-input"]');
  add(cleanName(typed?.value));
  return names;
}

interface Person extends Recipient {
  self: boolean;
}

function rosterPerson(row: Element): Person {
  const avatar = row.querySelector('[id^="roster-avatar-img-"]');
  const shown = avatar?.getAttribute('title') || avatar?.textContent || '';
  const fromTid = decode((row.getAttribute('data-tid') ?? '').replace(ROSTER_PREFIX, ''));
  const raw =
    clean(shown) ||
    (ROSTER_PREFIX.test(row.getAttribute('data-tid') ?? '') ? clean(fromTid) : '') ||
    clean(firstSegment(row.getAttribute('aria-label')));
  const email = EMAIL.test(raw) ? raw.toLowerCase() : '';
  return {
    name: email ? '' : cleanName(raw),
    email,
    self: SELF_MARK.test(`${shown} ${row.getAttribute('aria-label') ?? ''}`),
  };
}

function tilePerson(tile: Element): Person {
  const tag = clean(tile.querySelector('[data-tid="participant-info-nametag"]')?.textContent);
  const tid = tidName(tile.getAttribute('data-tid'));
  const email = EMAIL.test(tid) ? tid.toLowerCase() : '';
  const raw = tag || (email ? '' : tid) || clean(firstSegment(tile.getAttribute('aria-label')));
  return {
    name: EMAIL.test(raw) ? '' : cleanName(raw),
    email: email || (EMAIL.test(raw) ? raw.toLowerCase() : ''),
    self: SELF_MARK.test(`${tag} ${tile.getAttribute('aria-label') ?? ''}`),
  };
}

function participants(doc: Document): Recipient[] {
  const self = selfNames(doc);
  const people: Recipient[] = [];
  const seen = new Set<string>();
  const add = (person: Person) => {
    const id = key(person.name || person.email);
    if (!id || person.self || self.has(key(person.name)) || seen.has(id)) return;
    seen.add(id);
    if (person.email) seen.add(key(person.email));
    people.push({ name: person.name, email: person.email });
  };
  // The People panel names everyone (but only while open); the stage may leave some out.
  for (const row of doc.querySelectorAll(ROSTER_ROW)) add(rosterPerson(row));
  for (const tile of doc.querySelectorAll(TILE)) {
    if (tile.closest(SELF_VIDEO)) continue;
    // A shared screen is a second tile of its sharer.
    if (/screen|sharing|content/i.test(tile.getAttribute('data-stream-type') ?? '')) continue;
    if (tile.parentElement?.closest(TILE)) continue;
    add(tilePerson(tile));
  }
  return people;
}

/** Hidden by an attribute or an inline style (jsdom knows no layout; Teams unmounts a closed panel anyway). */
function hidden(el: Element): boolean {
  return !!el.closest('[hidden], [aria-hidden="true"], [style*="display: none"], [style*="display:none"]');
}

function chatBox(doc: Document): HTMLElement | null {
  if (!leaveButton(doc)) return null;
  const editors = [...doc.querySelectorAll<HTMLElement>(CHAT_EDITOR)].map((el) =>
    el.getAttribute('contenteditable') === 'true' ? el : el.querySelector<HTMLElement>('[contenteditable="true"]'),
  );
  const labelled = [...doc.querySelectorAll<HTMLElement>('[contenteditable="true"], textarea')].filter((el) =>
    CHAT_LABEL.test(clean(el.getAttribute('aria-label') || el.getAttribute('placeholder'))),
  );
  return [...editors, ...labelled].find((el): el is HTMLElement => !!el && !hidden(el)) ?? null;
}

function controls(doc: Document): HTMLElement | null {
  const leave = leaveButton(doc);
  if (!leave) return null;
  const bar = leave.closest<HTMLElement>(BAR) ?? leave.closest<HTMLElement>('[role="toolbar"]');
  if (bar) return bar;
  // Else the widest ancestor of the hang-up button that does not hold the video tiles.
  let el: HTMLElement = leave;
  while (el.parentElement && el.parentElement !== doc.body && !el.parentElement.querySelector(TILE)) {
    el = el.parentElement;
  }
  return el;
}

export const teams: CallAdapter = {
  kind: 'call',
  id: 'teams',
  name: 'Microsoft Teams',
  matches: ['https://teams.microsoft.com/*', 'https://teams.live.com/*', 'https://teams.cloud.microsoft/*'],
  demoPath: '/demo/teams',

  findPreJoin(doc, url): PreJoinScreen | null {
    try {
      const button = joinButton(doc);
      return button ? { joinButton: button, panel: panelOf(button), meetingTitle: title(doc, url) } : null;
    } catch {
      return null;
    }
  },

  callState(doc) {
    try {
      if (leaveButton(doc)) return 'in-call';
      if (isEnded(doc)) return 'ended';
      if (joinButton(doc) || doc.querySelector(PREJOIN_ROOT)) return 'pre-join';
      return LOBBY_TEXT.test(clean(doc.body?.textContent)) ? 'pre-join' : 'other';
    } catch {
      return 'other';
    }
  },

  meetingTitle(doc, url) {
    try {
      return title(doc, url);
    } catch {
      return '';
    }
  },

  meetingKey,

  participants(doc) {
    try {
      return participants(doc);
    } catch {
      return [];
    }
  },

  chatBox(doc) {
    try {
      return chatBox(doc);
    } catch {
      return null;
    }
  },

  controls(doc) {
    try {
      return controls(doc);
    } catch {
      return null;
    }
  },
};
