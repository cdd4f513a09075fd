// Google Meet (meet.google.com). Public meeting bots find the pre-join screen
// by its join button's text (Vexa, screenapp meeting-bot, MeetCat, 2026):
// Meet's class names are generated, the visible labels are stable per UI language.
import type { CallAdapter } from '../types';

/** Join labels of the pre-join screen, signed in and signed out, English and German UI ("Teilnahme erbitten": Vexa, MeetCat). */
const JOIN_LABELS = ['join now', 'ask to join', 'jetzt teilnehmen', 'teilnahme erbitten', 'teilnahme anfordern'];
/**
 * Present only once the call runs: the hang-up button and the self tile's name.
 * Not [data-participant-id]: the lobby's self-preview carries it too (Vexa admission.ts, 2026-06).
 */
const IN_CALL = 'button[aria-label="Leave call"], button[aria-label="Anruf verlassen"], [data-self-name]';
/** Meeting codes look like abc-defg-hij. */
const MEETING_CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})(?:$|[/?#])/;

/** The pre-join column: the nearest ancestor of the join button that also holds the screen's heading. */
function panelOf(joinButton: HTMLElement): HTMLElement {
  for (let el = joinButton.parentElement; el && el !== el.ownerDocument.body; el = el.parentElement) {
    if (el.querySelector('h1, h2, [role="heading"]')) return el;
  }
  return joinButton.parentElement ?? joinButton;
}

function labelOf(el: Element): string {
  return (el.getAttribute('aria-label') || el.textContent || '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export const meet: CallAdapter = {
  kind: 'call',
  id: 'meet',
  name: 'Google Meet',
  matches: ['https://meet.google.com/*'],
  demoPath: '/demo/meet',

  findPreJoin(doc, url) {
    if (doc.querySelector(IN_CALL)) return null;
    const joinButton = [...doc.querySelectorAll<HTMLElement>('button, [role="button"]')].find((el) =>
      JOIN_LABELS.includes(labelOf(el)),
    );
    if (!joinButton) return null;
    const code = MEETING_CODE.exec(url.pathname)?.[1] ?? '';
    const title = doc.title.replace(/^Meet\s*[-–]\s*/, '').trim();
    return { joinButton, panel: panelOf(joinButton), meetingTitle: title && title !== 'Meet' ? title : code };
  },
};
