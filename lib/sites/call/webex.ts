// Webex web client (<site>.webex.com, web.webex.com). Webex publishes no test hooks and its class names are
// generated (CSS modules, Momentum `mdc-*` web components), so this adapter goes by visible labels and roles
// first; the few `data-test` hooks public meeting bots use (aws-samples/amazon-transcribe-live-meeting-assistant
// webex.ts, IA-Generative/mcr webex_connection.py / webex_monitor.py, 2025–2026) only add certainty.
// The client often runs in an iframe (#unified-webclient-iframe, iframe[name="thinIframe"], older #pbui_iframe):
// on another origin that frame gets its own content script; a same-origin one is searched from the page too.
import type { CallAdapter, PreJoinScreen, Recipient } from '../types';

const CLICKABLE = 'button, [role="button"], mdc-button';
/** The pre-join form's button, English and German ("Join meeting" in the bots; the German words a best guess). */
const JOIN_LABELS = ['join meeting', 'join', 'join now', 'meeting beitreten', 'beitreten', 'jetzt beitreten'];
/** Join-button hooks seen in public bots (mdc-button[data-test="join-button"], #join-button, enterprise #interstitial_join_btn). */
const JOIN_HOOKS = '[data-test="join-button"], #join-button, #interstitial_join_btn';
const LEAVE_LABELS = ['leave meeting', 'leave', 'meeting verlassen', 'verlassen'];
/** Present only in the meeting (the bots wait for these after joining; the pre-join form has mic/camera buttons too). */
const IN_MEETING_HOOKS = [
  '[data-test="grid-layout"]',
  '[data-test="participants-toggle-button"]',
  '[data-test="in-meeting-chat-toggle-button"]',
  '[data-test="call_controls_wrap"]',
  '[data-test="raise-hand-button"]',
  '[data-test="mc-share"]',
].join(', ');
/** The lobby ("The host will let you in soon") is not the meeting yet, though it has a leave button. */
const LOBBY_HOOK = '[data-test="call_lobby_content"]';
/** The screen after the meeting (the bots watch for the English phrases; the German ones are a best guess). */
const ENDED = [
  'you have left the meeting',
  'you left the meeting',
  'the meeting has ended',
  'this meeting has ended',
  'meeting has ended',
  'the host ended the meeting',
  'sie haben das meeting verlassen',
  'das meeting wurde beendet',
  'das meeting ist beendet',
  'dieses meeting ist beendet',
  'der gastgeber hat das meeting beendet',
];
const HEADING = 'h1, h2, h3, [role="heading"], mdc-text[tagname^="h"]';
const LIST = '[role="list"], ul, ol, mdc-list';
const LIST_ITEM = '[role="listitem"], li, mdc-listitem';
const EDITOR = 'textarea, [contenteditable="true"], [contenteditable=""]';
/** The user's own row in the participant list: "(Me)", German "(Ich)". */
const SELF_MARK = /\(\s*(?:me|ich|you|sie)\s*\)/i;
const MUTE = /\b(?:mute|unmute|microphone|audio)\b|stummschalt|mikrofon/i;
const VIDEO = /\b(?:video|camera)\b|kamera/i;
const GENERIC_TITLE =
  /^(?:(?:cisco )?webex(?: meetings?)?|meeting|meetings|join meeting|meeting beitreten|participants|teilnehmer|chat)$/i;
const FRAMES = 'iframe#unified-webclient-iframe, iframe[name="thinIframe"], iframe#pbui_iframe';

const clean = (text: string | null | undefined) =>
  (text ?? '')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const lower = (text: string | null | undefined) =>
  clean(text)
    .toLowerCase()
    .replace(/\byou've\b/g, 'you have');

/** The page and the web client's same-origin frame, where one is reachable. */
function roots(doc: Document): Document[] {
  const docs = [doc];
  for (const frame of doc.querySelectorAll<HTMLIFrameElement>(FRAMES)) {
    try {
      if (frame.contentDocument?.body) docs.push(frame.contentDocument);
    } catch {
      // Another origin: that frame's own content script reads it.
    }
  }
  return docs;
}

function all<T extends Element = HTMLElement>(doc: Document, selector: string): T[] {
  return roots(doc).flatMap((root) => [...root.querySelectorAll<T>(selector)]);
}

/** What a control says: its aria-label, title and visible text. */
function labelsOf(el: Element): string[] {
  return [el.getAttribute('aria-label'), el.getAttribute('title'), el.textContent].map(lower).filter(Boolean);
}

function hasLabel(el: Element, labels: string[]): boolean {
  return labelsOf(el).some((label) => labels.includes(label));
}

function hidden(el: Element): boolean {
  return el.closest('[hidden], [aria-hidden="true"]') !== null;
}

function leaveButton(doc: Document): HTMLElement | null {
  return all(doc, CLICKABLE).find((el) => !hidden(el) && hasLabel(el, LEAVE_LABELS)) ?? null;
}

function inCall(doc: Document): boolean {
  if (all(doc, LOBBY_HOOK).length) return false;
  return leaveButton(doc) !== null || all(doc, IN_MEETING_HOOKS).length > 0;
}

function ended(doc: Document): boolean {
  return roots(doc).some((root) => {
    const text = lower(root.body?.textContent);
    return ENDED.some((phrase) => text.includes(phrase));
  });
}

/** Mic or camera controls: the pre-join form has them, a "Join" button elsewhere on webex.com (join by number) has not. */
function hasMediaControls(doc: Document): boolean {
  if (all(doc, '[data-test="microphone-button"], [data-test="camera-button"]').length) return true;
  return all(doc, CLICKABLE).some((el) => labelsOf(el).some((label) => MUTE.test(label) || VIDEO.test(label)));
}

function joinButton(doc: Document): HTMLElement | null {
  if (inCall(doc) || ended(doc)) return null;
  const byHook = all(doc, JOIN_HOOKS).find((el) => !hidden(el));
  if (byHook) return byHook.closest<HTMLElement>(CLICKABLE) ?? byHook;
  if (!hasMediaControls(doc)) return null;
  return all(doc, CLICKABLE).find((el) => !hidden(el) && hasLabel(el, JOIN_LABELS)) ?? null;
}

/** The join column: the nearest ancestor of the join button that also holds a heading. */
function panelOf(button: HTMLElement): HTMLElement {
  for (let el = button.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector(HEADING)) return el;
  }
  return button.parentElement ?? button;
}

/** A personal room's name from /meet/<name>, else ''. */
function roomName(url: URL): string {
  const match = /^\/meet\/([^/?#]+)/i.exec(url.pathname);
  if (!match?.[1] || /^j\.php$/i.test(match[1])) return '';
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}

function title(doc: Document, url: URL): string {
  if (inCall(doc) || joinButton(doc)) {
    const heading = all(doc, 'h1')
      .map((h) => clean(h.textContent))
      .find((text) => text && !GENERIC_TITLE.test(text));
    if (heading) return heading;
  }
  const fromTitle = clean(doc.title.replace(/\s*[-–|:]\s*(?:cisco\s+)?webex(?:\s+meetings?)?\s*$/i, ''));
  if (fromTitle && !GENERIC_TITLE.test(fromTitle)) return fromTitle;
  return roomName(url);
}

/** A panel named by its aria-label or by a heading inside it, holding what `inside` selects. */
function panel(doc: Document, name: RegExp, inside: string): Element | null {
  for (const el of all<Element>(doc, '[aria-label]')) {
    if (!el.matches(CLICKABLE) && name.test(lower(el.getAttribute('aria-label'))) && el.querySelector(inside)) {
      return el;
    }
  }
  for (const heading of all<Element>(doc, HEADING)) {
    if (!name.test(lower(heading.textContent))) continue;
    for (let el = heading.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
      if (el.querySelector(inside)) return el;
    }
  }
  return null;
}

/** The first piece of text in an element, outside icons and avatars. */
function firstText(root: Element): string {
  for (const el of root.querySelectorAll('*')) {
    if (el.closest('svg, [aria-hidden="true"]')) continue;
    if (el.children.length === 0 && clean(el.textContent)) return clean(el.textContent);
  }
  return '';
}

function nameOf(item: Element): string {
  const named = item.querySelector('[data-test="participant-name"]');
  const name = named ? clean(named.textContent) : firstText(item);
  return clean(name.replace(SELF_MARK, ''));
}

/** The walk up from the leave button to the first ancestor that also holds mute and video controls. */
function barAround(leave: HTMLElement): HTMLElement {
  for (let el = leave.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    const controls = [...el.querySelectorAll(CLICKABLE)].map((c) => labelsOf(c).join(' '));
    const hooks =
      el.querySelector('[data-test="microphone-button"]') && el.querySelector('[data-test="camera-button"]');
    if (hooks || (controls.some((l) => MUTE.test(l)) && controls.some((l) => VIDEO.test(l)))) return el;
  }
  return leave.parentElement ?? leave;
}

function guard<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

export const webex: CallAdapter = {
  kind: 'call',
  id: 'webex',
  name: 'Webex',
  // The meeting client's paths only (personal rooms, the web app, its join service and sign-in join form;
  // the bots named above), not a site's whole portal.
  matches: [
    'https://*.webex.com/meet/*',
    'https://*.webex.com/webappng/*',
    'https://*.webex.com/wbxmjs/*',
    'https://signin.webex.com/join*',
    'https://web.webex.com/*',
  ],
  demoPath: '/demo/webex',
  // The client often runs in an iframe (see the top of this file).
  inFrames: true,

  findPreJoin(doc, url): PreJoinScreen | null {
    return guard(null, () => {
      const button = joinButton(doc);
      return button ? { joinButton: button, panel: panelOf(button), meetingTitle: title(doc, url) } : null;
    });
  },

  callState(doc) {
    return guard('other' as const, () => {
      if (inCall(doc)) return 'in-call';
      if (ended(doc)) return 'ended';
      if (joinButton(doc)) return 'pre-join';
      return 'other';
    });
  },

  meetingTitle(doc, url) {
    return guard('', () => title(doc, url));
  },

  meetingKey(url) {
    return guard('', () => {
      const host = url.hostname.toLowerCase();
      const id = /\/sites\/[^/]+\/meeting\/(?:download|info)\/([^/?#]+)/i.exec(url.pathname)?.[1];
      if (id) return `${host}/meeting/${id.toLowerCase()}`;
      const mtid = url.searchParams.get('MTID') ?? url.searchParams.get('mtid');
      if (mtid) return `${host}/mtid/${mtid}`;
      const room = roomName(url);
      return room ? `${host}/meet/${room.toLowerCase()}` : '';
    });
  },

  participants(doc): Recipient[] {
    return guard([], () => {
      if (!inCall(doc)) return [];
      const list = panel(doc, /^(?:participants|teilnehmer)\b/, LIST);
      if (!list) return [];
      const names = [...list.querySelectorAll(LIST_ITEM)]
        .filter((item) => !SELF_MARK.test(clean(item.textContent)))
        .map(nameOf)
        .filter(Boolean);
      return [...new Set(names)].map((name) => ({ name, email: '' }));
    });
  },

  chatBox(doc) {
    return guard(null, () => {
      if (!inCall(doc)) return null;
      const chat = panel(doc, /^chat\b/, EDITOR) ?? all(doc, '#chat-panel')[0] ?? null;
      if (!chat || hidden(chat)) return null;
      return [...chat.querySelectorAll<HTMLElement>(EDITOR)].find((el) => !hidden(el)) ?? null;
    });
  },

  controls(doc) {
    return guard(null, () => {
      if (!inCall(doc)) return null;
      const leave = leaveButton(doc);
      if (!leave) return all(doc, '[data-test="call_controls_wrap"]')[0] ?? null;
      return leave.closest<HTMLElement>('[role="toolbar"], [data-test="call_controls_wrap"]') ?? barAround(leave);
    });
  },
};
