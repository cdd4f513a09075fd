// Zoom web client (app.zoom.us/wc/<id>/join, <sub>.zoom.us/wc/<id>/join, classic /wc/join/<id>).
// On app.zoom.us the client runs in a same-origin iframe#webclient; the content script runs in every
// frame, so this adapter reads the client's own document and reports 'other' for the outer shell.
// Selectors follow public meeting bots (Vexa zoom selectors "verified from live DOM", screenapp
// meeting-bot, a measured capture of web client 7.2.0, 2026): ids and aria-labels first, Zoom's BEM
// class names where nothing else exists. German labels are best guesses (see the fixtures' headers).
import type { CallAdapter, CallState, PreJoinScreen, Recipient } from '../types';

/** The toolbar's leave control: "Leave" for attendees, "End" for the host (German: best guess). */
const LEAVE_LABELS = ['leave', 'end', 'verlassen', 'beenden'];
const LEAVE_CANDIDATES = 'button[aria-label], .footer__leave-btn, .footer__leave-btn-container button';
/** Only a leave control inside the meeting toolbar counts (the waiting room has its own leave button). */
const TOOLBAR = '#wc-footer, footer, .footer, [footer-section]';
/** Join labels of the pre-join form, used only inside that form. */
const JOIN_LABELS = ['join', 'beitreten'];
/** Texts of the end/removal dialog and of the page after leaving, English and German (lower case). */
const ENDED_TEXTS = [
  'meeting has been ended',
  'meeting has ended',
  'ended by host',
  'ended by the host',
  'host has ended this meeting',
  'you have been removed',
  'removed from the meeting',
  'you have left the meeting',
  'you left the meeting',
  'vom host beendet',
  'meeting wurde beendet',
  'meeting ist beendet',
  'aus dem meeting entfernt',
  'sie wurden entfernt',
  'sie haben das meeting verlassen',
];
const ENDED_PLACES = '.zm-modal-body-title, .zm-modal-body-content, h1, h2, [role="heading"]';
/** Pages Zoom navigates to after a meeting. */
const ENDED_PATH = /^\/(?:wc\/leave|postattendee)(?:[/?#]|$)/;
/** A parenthesised marker that names the user: "(me)", "(Host, me)", "(Co-host, me)", "(Ich)", "(Host, ich)". */
const SELF_MARKER = /\((?:[^()]*,\s*)?(?:me|ich|you)\s*\)/i;
/** Page titles that say nothing about the meeting. */
const GENERIC_TITLES =
  /^(?:zoom(?: meeting| workplace)?|join (?:a )?meeting - zoom|error - zoom|meeting information)$/i;
/** /wc/<id>/join, /wc/<id>/start, /wc/join/<id>, and the invite links /j/<id>, /s/<id>, /w/<id>. */
const MEETING_ID = /^\/(?:wc\/(?:join\/)?|j\/|s\/|w\/)(\d{9,12})(?:[/?#]|$)/;
/** Chat message boxes, most specific first: the TipTap editor of current builds, the older textarea. */
const CHAT_BOXES = [
  '.chat-rtf-box__editor-outer [contenteditable="true"]',
  '.chat-container [contenteditable="true"].tiptap',
  'textarea.chat-box__chat-textarea',
  '.chat-container [contenteditable="true"]',
  '.chat-container textarea',
];

function clean(s: string | null | undefined): string {
  return (s ?? '').replace(/\s+/g, ' ').trim();
}

function labelOf(el: Element): string {
  return clean(el.getAttribute('aria-label') || el.textContent).toLowerCase();
}

function urlOf(doc: Document): URL | null {
  try {
    return new URL(doc.URL);
  } catch {
    return null;
  }
}

/** The toolbar's Leave/End button, or null when the meeting toolbar is not in the page. */
function leaveButton(doc: Document): HTMLElement | null {
  for (const el of doc.querySelectorAll<HTMLElement>(LEAVE_CANDIDATES)) {
    const label = labelOf(el);
    const isLeave =
      LEAVE_LABELS.includes(label) ||
      el.classList.contains('footer__leave-btn') ||
      el.parentElement?.classList.contains('footer__leave-btn-container');
    if (isLeave && el.closest(TOOLBAR)) return el;
  }
  return null;
}

function isEnded(doc: Document, url: URL | null): boolean {
  if (url && ENDED_PATH.test(url.pathname)) return true;
  return [...doc.querySelectorAll(ENDED_PLACES)].some((el) => {
    const text = clean(el.textContent).toLowerCase();
    return text.length < 200 && ENDED_TEXTS.some((t) => text.includes(t));
  });
}

/** The pre-join form's parts: its join button and the column around it, or null. */
function preJoinParts(doc: Document): { joinButton: HTMLElement; panel: HTMLElement } | null {
  const nameInput = doc.querySelector<HTMLElement>(
    '#input-for-name, #inputname, input.preview-meeting-info-field-input',
  );
  const form = doc.querySelector<HTMLElement>('.preview-meeting-info') ?? nameInput?.closest('form') ?? null;
  let joinButton = doc.querySelector<HTMLElement>('button.preview-join-button');
  if (!joinButton && (nameInput || doc.querySelector('#inputpasscode, #input-for-pwd'))) {
    joinButton = doc.querySelector<HTMLElement>('#joinBtn');
  }
  if (!joinButton && form) {
    joinButton =
      [...form.querySelectorAll<HTMLElement>('button, [role="button"]')].find((el) =>
        JOIN_LABELS.includes(labelOf(el)),
      ) ?? null;
  }
  if (!joinButton) return null;
  const panel =
    joinButton.closest<HTMLElement>('.preview-meeting-info') ??
    joinButton.closest<HTMLElement>('form') ??
    joinButton.parentElement ??
    joinButton;
  return { joinButton, panel };
}

function stateOf(doc: Document, url: URL | null): CallState {
  if (isEnded(doc, url)) return 'ended';
  if (leaveButton(doc)) return 'in-call';
  if (preJoinParts(doc)) return 'pre-join';
  return 'other';
}

/** Zoom writes meeting ids in groups: 3-3-3, 3-3-4 or 3-4-4 digits. */
function formatMeetingId(id: string): string {
  if (id.length === 9) return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;
  if (id.length === 10) return `${id.slice(0, 3)} ${id.slice(3, 6)} ${id.slice(6)}`;
  if (id.length === 11) return `${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`;
  return id;
}

function meetingIdOf(url: URL): string {
  const fromPath = MEETING_ID.exec(url.pathname)?.[1];
  if (fromPath) return fromPath;
  if (ENDED_PATH.test(url.pathname)) {
    const fromQuery = url.searchParams.get('meetingId') ?? url.searchParams.get('mn') ?? '';
    if (/^\d{9,12}$/.test(fromQuery)) return fromQuery;
  }
  return '';
}

function topicOf(doc: Document): string {
  for (const sel of ['.meeting-info-icon__title', '.meeting-info-icon__meeting-topic-text']) {
    const text = clean(doc.querySelector(sel)?.textContent);
    if (text) return text;
  }
  const chat = clean(doc.querySelector('.chat-header__title')?.textContent);
  if (chat && !/^(?:chat|meeting group chat|zoom group chat)$/i.test(chat)) return chat;
  const title = clean(doc.title).replace(/\s+-\s+Zoom$/i, '');
  return title && !GENERIC_TITLES.test(title) && !GENERIC_TITLES.test(clean(doc.title)) ? title : '';
}

function meetingTitleOf(doc: Document, url: URL): string {
  const topic = topicOf(doc);
  if (topic) return topic;
  const id = meetingIdOf(url);
  return id ? formatMeetingId(id) : '';
}

function namesFromPanel(doc: Document): { others: string[]; self: string[] } {
  const others: string[] = [];
  const self: string[] = [];
  for (const row of doc.querySelectorAll('.participants-li, .participants-item__item-layout')) {
    if (row.classList.contains('participants-item__item-layout') && row.closest('.participants-li')) continue;
    const aria = clean(row.getAttribute('aria-label'));
    let name = clean(row.querySelector('.participants-item__display-name')?.textContent);
    const label = clean(row.querySelector('.participants-item__name-label')?.textContent);
    if (!name) name = clean(aria.split(',')[0]?.replace(/\s*\([^()]*\)\s*$/, ''));
    if (!name) continue;
    const isSelf = SELF_MARKER.test(label) || SELF_MARKER.test(aria.split(',')[0] ?? '');
    (isSelf ? self : others).push(name);
  }
  return { others, self };
}

function namesFromTiles(doc: Document): string[] {
  const names: string[] = [];
  for (const footer of doc.querySelectorAll('.video-avatar__avatar-footer')) {
    const name = clean(footer.querySelector('span')?.textContent || footer.textContent);
    if (name) names.push(name);
  }
  return names;
}

function unique(names: string[]): string[] {
  return [...new Set(names)];
}

export const zoom: CallAdapter = {
  kind: 'call',
  id: 'zoom',
  name: 'Zoom',
  // The web client only (/wc/…, sites.md), not zoom.us's marketing and account pages.
  matches: ['https://app.zoom.us/wc/*', 'https://*.zoom.us/wc/*'],
  demoPath: '/demo/zoom',
  // The client runs in iframe#webclient.
  inFrames: true,

  findPreJoin(doc, url): PreJoinScreen | null {
    try {
      if (stateOf(doc, url) !== 'pre-join') return null;
      const parts = preJoinParts(doc);
      return parts ? { ...parts, meetingTitle: meetingTitleOf(doc, url) } : null;
    } catch {
      return null;
    }
  },

  callState(doc, url) {
    try {
      return stateOf(doc, url);
    } catch {
      return 'other';
    }
  },

  meetingTitle(doc, url) {
    try {
      return meetingTitleOf(doc, url);
    } catch {
      return '';
    }
  },

  meetingKey(url) {
    try {
      return meetingIdOf(url);
    } catch {
      return '';
    }
  },

  participants(doc): Recipient[] {
    try {
      const panel = namesFromPanel(doc);
      if (panel.others.length || panel.self.length) {
        return unique(panel.others.filter((n) => !panel.self.includes(n))).map((name) => ({ name, email: '' }));
      }
      // Tiles carry no self marker: without the open Participants panel the user's own tile cannot be
      // told apart, so report nobody rather than risk naming the user.
      const tiles = namesFromTiles(doc);
      const self = tiles.filter((n) => SELF_MARKER.test(n));
      if (!self.length) return [];
      const selfNames = self.map((n) => clean(n.replace(SELF_MARKER, '')));
      return unique(tiles.filter((n) => !self.includes(n) && !selfNames.includes(n))).map((name) => ({
        name,
        email: '',
      }));
    } catch {
      return [];
    }
  },

  chatBox(doc) {
    try {
      if (stateOf(doc, urlOf(doc)) !== 'in-call') return null;
      for (const sel of CHAT_BOXES) {
        const box = doc.querySelector<HTMLElement>(sel);
        if (box && !box.closest('[hidden], [aria-hidden="true"]')) return box;
      }
      return null;
    } catch {
      return null;
    }
  },

  controls(doc) {
    try {
      if (stateOf(doc, urlOf(doc)) !== 'in-call') return null;
      const leave = leaveButton(doc);
      return leave?.closest<HTMLElement>('#wc-footer, footer') ?? leave?.closest<HTMLElement>(TOOLBAR) ?? null;
    } catch {
      return null;
    }
  },
};
