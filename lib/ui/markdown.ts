// The small part of Markdown that PRIVACY.md uses, read into blocks the
// extension renders as elements (never as HTML): headings, paragraphs, lists,
// **bold**, `code` and [links](https://…). Anything else stays plain text.

export type Inline =
  | { kind: 'text'; text: string }
  | { kind: 'bold'; text: string }
  | { kind: 'code'; text: string }
  | { kind: 'link'; text: string; href: string };

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'list'; items: Inline[][] };

const INLINE = /\*\*(.+?)\*\*|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;
/** Only addresses that leave no doubt where they go; a relative link means the repository, not the extension. */
const SAFE_HREF = /^(https:\/\/|mailto:)/;

export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    if (m[1] !== undefined) out.push({ kind: 'bold', text: m[1] });
    else if (m[2] !== undefined) out.push({ kind: 'code', text: m[2] });
    else if (SAFE_HREF.test(m[4] as string)) out.push({ kind: 'link', text: m[3] as string, href: m[4] as string });
    else out.push({ kind: 'text', text: m[3] as string });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

export function parseMarkdown(markdown: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: string[] | null = null;
  const flush = () => {
    if (paragraph.length > 0) blocks.push({ kind: 'paragraph', inlines: parseInline(paragraph.join(' ')) });
    if (list) blocks.push({ kind: 'list', items: list.map(parseInline) });
    paragraph = [];
    list = null;
  };
  for (const raw of markdown.split(/\r?\n/)) {
    const line = raw.trim();
    const heading = /^(#{1,4})\s+(.*)$/.exec(line);
    const item = /^[-*]\s+(.*)$/.exec(line);
    if (line === '') flush();
    else if (heading) {
      flush();
      const level = (heading[1] as string).length as 1 | 2 | 3 | 4;
      blocks.push({ kind: 'heading', level, inlines: parseInline(heading[2] as string) });
    } else if (item) {
      if (paragraph.length > 0) flush();
      const items: string[] = list ?? [];
      items.push(item[1] as string);
      list = items;
    } else if (list && raw.startsWith(' ')) {
      // A list item's continuation line.
      list[list.length - 1] += ` ${line}`;
    } else {
      if (list) flush();
      paragraph.push(line);
    }
  }
  flush();
  return blocks;
}

/** The text of the blocks as a reader sees it, one block a line (for tests and comparisons). */
export function plainText(blocks: readonly Block[]): string {
  const line = (inlines: readonly Inline[]) => inlines.map((i) => i.text).join('');
  return blocks.flatMap((b) => (b.kind === 'list' ? b.items.map(line) : [line(b.inlines)])).join('\n');
}

/**
 * One language's part of a document with a level-2 heading per language:
 * from the heading that starts with `heading` to the next level-2 heading.
 */
export function section(markdown: string, heading: string): string {
  const parts = markdown.split(/^(?=## )/m);
  const found = parts.find((part) => part.startsWith(`## ${heading}`));
  if (!found) throw new Error(`No section "## ${heading}"`);
  return found;
}
