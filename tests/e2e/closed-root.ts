// Rapport's UI in a page is either an extension frame (the mail sidebar, issue
// 15: an out-of-process iframe named by data-rapport-ui) or a closed shadow
// root (the call surfaces). Playwright locators cannot see into closed shadow
// roots; the DevTools protocol can (DOM.getDocument with pierce), and it can
// attach to the frame's own process. Every assertion and click inside
// Rapport's UI goes through these helpers.
import type { CDPSession, Frame, Page } from 'playwright-core';

interface DomNode {
  nodeId: number;
  localName?: string;
  /** Name, value, name, value … */
  attributes?: string[];
  shadowRootType?: 'open' | 'closed' | 'user-agent';
  children?: DomNode[];
  shadowRoots?: DomNode[];
  contentDocument?: DomNode;
}

const sessions = new WeakMap<Page | Frame, Promise<CDPSession>>();

function cdpFor(page: Page, target: Page | Frame = page): Promise<CDPSession> {
  let session = sessions.get(target);
  if (!session) {
    session = page.context().newCDPSession(target);
    sessions.set(target, session);
  }
  return session;
}

/** Rapport's extension frame named `hostName` in the page, or null (the surface is a shadow root, or absent). */
export async function uiFrame(page: Page, hostName: string): Promise<Frame | null> {
  for (const frame of page.frames()) {
    if (!frame.url().startsWith('chrome-extension://')) continue;
    const element = await frame.frameElement().catch(() => null);
    if (element && (await element.getAttribute('data-rapport-ui').catch(() => null)) === hostName) return frame;
  }
  return null;
}

/** The DevTools session and root node to query in: the frame's document, or the host's closed shadow root. */
async function uiRoot(
  page: Page,
  hostName: string,
): Promise<{ cdp: CDPSession; root: number; frame: Frame | null } | null> {
  const frame = await uiFrame(page, hostName);
  if (frame) {
    const cdp = await cdpFor(page, frame);
    const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
    return { cdp, root: root.nodeId, frame };
  }
  const cdp = await cdpFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findHost(root, hostName);
  const shadow = host?.shadowRoots?.find((r) => r.shadowRootType === 'closed');
  return shadow ? { cdp, root: shadow.nodeId, frame: null } : null;
}

/** Rapport's hosts are plain elements named by an attribute (builds before issue 10 used the name as tag). */
function isHost(node: DomNode, hostName: string): boolean {
  if (node.localName === hostName) return true;
  const attributes = node.attributes ?? [];
  for (let i = 0; i < attributes.length; i += 2)
    if (attributes[i] === 'data-rapport-ui' && attributes[i + 1] === hostName) return true;
  return false;
}

function findHost(node: DomNode, hostName: string): DomNode | null {
  if (isHost(node, hostName)) return node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) {
    const found = findHost(child, hostName);
    if (found) return found;
  }
  return null;
}

/** A selector for a surface's host element, for use in the page. */
export const hostSelector = (hostName: string) => `[data-rapport-ui="${hostName}"]`;

/** The element matching `selector` in `<hostName>`'s frame or closed root, with the session that knows it. */
async function query(
  page: Page,
  hostName: string,
  selector: string,
): Promise<{ cdp: CDPSession; nodeId: number; frame: Frame | null } | null> {
  const at = await uiRoot(page, hostName).catch(() => null);
  if (!at) return null;
  try {
    const { nodeId } = await at.cdp.send('DOM.querySelector', { nodeId: at.root, selector });
    return nodeId ? { cdp: at.cdp, nodeId, frame: at.frame } : null;
  } catch (error) {
    // The UI re-rendered (or the frame navigated) between reading the tree and querying it: not there (yet).
    if (/Could not find node|detached|closed/i.test(String(error))) {
      // A frame that went (the sidebar followed another compose) leaves its session behind.
      if (at.frame) sessions.delete(at.frame);
      return null;
    }
    throw error;
  }
}

/** The node id of the first element matching `selector` inside `<hostName>`, or null. */
export async function queryInUi(page: Page, hostName: string, selector: string): Promise<number | null> {
  return (await query(page, hostName, selector))?.nodeId ?? null;
}

/** The node went between finding it and using it (the UI re-rendered it). */
const STALE = /No node with given id|Could not find node|detached/i;

/**
 * Runs `use` on the element matching `selector`; when the UI re-renders it
 * between the query and the use, queries it afresh (a few times).
 */
async function withNode<T>(
  page: Page,
  hostName: string,
  selector: string,
  use: (found: { cdp: CDPSession; nodeId: number; frame: Frame | null }) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const found = await query(page, hostName, selector);
    if (!found) throw new Error(`${selector} not found in <${hostName}>`);
    try {
      return await use(found);
    } catch (error) {
      if (attempt >= 5 || !STALE.test(String(error))) throw error;
      await new Promise((r) => setTimeout(r, 50));
    }
  }
}

/** Runs `fn` with `this` bound to the element and returns its JSON result. */
export async function evalInUi<T>(page: Page, hostName: string, selector: string, fn: string): Promise<T> {
  return withNode(page, hostName, selector, async ({ cdp, nodeId }) => {
    const { object } = await cdp.send('DOM.resolveNode', { nodeId });
    const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
      objectId: object.objectId,
      functionDeclaration: fn,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(`evalInUi(${selector}) threw: ${exceptionDetails.text}`);
    return result.value as T;
  });
}

export function textInUi(page: Page, hostName: string, selector: string): Promise<string> {
  return evalInUi<string>(page, hostName, selector, 'function () { return this.textContent.trim(); }');
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The element's border box in the page's viewport pixels (a frame's offset added). */
export async function boxInUi(page: Page, hostName: string, selector: string): Promise<Box> {
  const box = await evalInUi<Box>(
    page,
    hostName,
    selector,
    'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
  );
  const frame = await uiFrame(page, hostName);
  const offset = frame ? await (await frame.frameElement()).boundingBox() : null;
  return offset ? { ...box, x: box.x + offset.x, y: box.y + offset.y } : box;
}

/** A real mouse click at the element's centre, as a user would. */
export async function clickInUi(page: Page, hostName: string, selector: string): Promise<void> {
  await withNode(page, hostName, selector, ({ cdp, nodeId }) => cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId }));
  const box = await boxInUi(page, hostName, selector);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Waits until the element's text equals `expected`; the error names the last text seen. */
export async function waitForTextInUi(
  page: Page,
  hostName: string,
  selector: string,
  expected: string,
  timeout = 10_000,
) {
  const end = Date.now() + timeout;
  let last = '(element missing)';
  while (Date.now() < end) {
    if (await queryInUi(page, hostName, selector)) {
      last = await textInUi(page, hostName, selector).catch(() => last);
      if (last === expected) return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${selector} in <${hostName}>: expected "${expected}", last saw "${last}"`);
}

/** Moves keyboard focus to the element, as Tab would. */
export async function focusInUi(page: Page, hostName: string, selector: string): Promise<void> {
  await withNode(page, hostName, selector, async ({ cdp, nodeId, frame }) => {
    // Into the frame first, as Tab from the page would.
    if (frame) await (await frame.frameElement()).focus();
    await cdp.send('DOM.focus', { nodeId });
  });
}

/** Reads `look` once a second until it gives the same non-empty answer twice in a row. */
async function holdsStill(look: () => Promise<string>, timeout: number, what: string): Promise<void> {
  const end = Date.now() + timeout;
  let last = '';
  while (Date.now() < end) {
    const now = await look().catch(() => '');
    if (now && now === last) return;
    last = now;
    await new Promise((r) => setTimeout(r, 1_000));
  }
  throw new Error(`${what} did not settle within ${timeout} ms (last: ${last || 'nothing'})`);
}

/**
 * Waits until the mail sidebar shows the findings of the whole draft: typing is
 * read on the way (every 600 ms of steady typing), so the findings first seen may
 * be those of half a sentence. Settled: nothing being read, and the same
 * findings and word count for a second.
 */
export async function settledReview(page: Page, hostName: string, timeout = 15_000): Promise<void> {
  const summary = `function () {
    if (this.querySelector('[data-testid="reading"]')) return '';
    const rules = [...this.querySelectorAll('[data-testid="finding"]')].map((f) => f.getAttribute('data-rule'));
    return rules.join(' ') + ' | ' + (this.querySelector('[data-testid="word-count"]')?.textContent ?? '');
  }`;
  await uiHoldsStill(page, hostName, '[data-testid="sidebar"]', summary, timeout, "the sidebar's review");
}

/** Waits until `summary` (a function source run on `selector` in the UI frame) reads the same for a second. */
async function uiHoldsStill(
  page: Page,
  hostName: string,
  selector: string,
  summary: string,
  timeout: number,
  what: string,
): Promise<void> {
  await holdsStill(() => evalInUi<string>(page, hostName, selector, summary), timeout, what);
}

/**
 * Waits until the call sidebar's findings for the chat message hold still for a second: a review of the
 * half-typed message can still be on screen, and its rewrite is refused once the box holds more ("changed").
 */
export async function settledChat(page: Page, hostName: string, timeout = 15_000): Promise<void> {
  const summary = `function () {
    return [...this.querySelectorAll('[data-testid="finding"]')].map((f) => f.getAttribute('data-rule') + ':' + f.textContent).join(' ');
  }`;
  await uiHoldsStill(page, hostName, '[data-testid="chat-findings"]', summary, timeout, 'the chat findings');
}
