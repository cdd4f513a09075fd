// Playwright locators cannot see into closed shadow roots; the DevTools
// protocol can (DOM.getDocument with pierce). Every assertion and click inside
// Rapport's UI goes through these helpers.
import type { CDPSession, Page } from 'playwright-core';

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

const sessions = new WeakMap<Page, Promise<CDPSession>>();

function cdpFor(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (!session) {
    session = page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
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

/** The node id of the first element matching `selector` inside the closed root of `<hostName>`, or null. */
export async function queryInUi(page: Page, hostName: string, selector: string): Promise<number | null> {
  const cdp = await cdpFor(page);
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode };
  const host = findHost(root, hostName);
  const shadow = host?.shadowRoots?.find((r) => r.shadowRootType === 'closed');
  if (!shadow) return null;
  try {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: shadow.nodeId, selector });
    return nodeId || null;
  } catch (error) {
    // The UI re-rendered between reading the tree and querying it: not there (yet).
    if (String(error).includes('Could not find node')) return null;
    throw error;
  }
}

async function mustQuery(page: Page, hostName: string, selector: string): Promise<number> {
  const nodeId = await queryInUi(page, hostName, selector);
  if (!nodeId) throw new Error(`${selector} not found in <${hostName}>'s closed shadow root`);
  return nodeId;
}

/** Runs `fn` with `this` bound to the element and returns its JSON result. */
export async function evalInUi<T>(page: Page, hostName: string, selector: string, fn: string): Promise<T> {
  const cdp = await cdpFor(page);
  const nodeId = await mustQuery(page, hostName, selector);
  const { object } = await cdp.send('DOM.resolveNode', { nodeId });
  const { result, exceptionDetails } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: fn,
    returnByValue: true,
  });
  if (exceptionDetails) throw new Error(`evalInUi(${selector}) threw: ${exceptionDetails.text}`);
  return result.value as T;
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

/** The element's border box in viewport pixels. */
export async function boxInUi(page: Page, hostName: string, selector: string): Promise<Box> {
  return evalInUi<Box>(
    page,
    hostName,
    selector,
    'function () { const r = this.getBoundingClientRect(); return { x: r.x, y: r.y, width: r.width, height: r.height }; }',
  );
}

/** A real mouse click at the element's centre, as a user would. */
export async function clickInUi(page: Page, hostName: string, selector: string): Promise<void> {
  const cdp = await cdpFor(page);
  const nodeId = await mustQuery(page, hostName, selector);
  await cdp.send('DOM.scrollIntoViewIfNeeded', { nodeId });
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
  const cdp = await cdpFor(page);
  await cdp.send('DOM.focus', { nodeId: await mustQuery(page, hostName, selector) });
}
