// Plain text of an editable element as the user sees it (blocks and <br>
// become line breaks), with a map from text offsets back to DOM positions so
// findings can be underlined and replaced in place. innerText would give the
// text but needs layout (absent in jsdom and for hidden composes) and no map.

const BLOCK = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

interface Piece {
  /** Offset of this text node's first character in the mapped text. */
  at: number;
  /** Offset just past its last character. */
  end: number;
  node: Text;
}

export interface TextMap {
  text: string;
  /** A DOM range for text[start, end), or null when the offsets fall outside text nodes. */
  range(start: number, end: number): Range | null;
}

export function mapText(root: Node): TextMap {
  // A plain-text editor: its value is the text; there are no text nodes to map (nor to underline).
  if ((root as Element).tagName === 'TEXTAREA') return { text: (root as HTMLTextAreaElement).value, range: () => null };
  const parts: string[] = [];
  const pieces: Piece[] = [];
  let length = 0;
  let endsWithBreak = true;
  const push = (s: string) => {
    parts.push(s);
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const value = (child as Text).data;
        if (value === '') continue;
        pieces.push({ at: length, end: length + value.length, node: child as Text });
        push(value);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          push('\n');
        } else if (tag !== 'SCRIPT' && tag !== 'STYLE') {
          const block = BLOCK.has(tag);
          if (block && length > 0 && !endsWithBreak) push('\n');
          walk(child);
          if (block && !endsWithBreak) push('\n');
        }
      }
    }
  };
  walk(root);
  // Non-breaking spaces read as spaces; same length, so the map stays valid.
  const text = parts.join('').replace(/\u00a0/g, ' ');

  const locate = (offset: number, preferEnd: boolean): [Text, number] | null => {
    const piece = pieces[findPiece(pieces, offset, preferEnd)];
    // The user may have typed since: a node that shrank cannot hold the offset any more.
    return piece && offset - piece.at <= piece.node.data.length ? [piece.node, offset - piece.at] : null;
  };

  return {
    text,
    range(start, end) {
      const from = locate(start, false);
      const to = locate(end, true);
      if (!from || !to || end < start) return null;
      const range = (root.ownerDocument ?? (root as Document)).createRange();
      range.setStart(from[0], from[1]);
      range.setEnd(to[0], to[1]);
      return range;
    },
  };
}

/**
 * The index of the piece holding `offset` (with preferEnd, the one it ends), or -1 where
 * it falls between pieces. Pieces are in text order and do not overlap: a binary search,
 * since a draft of 30,000 findings over as many text nodes asks this for each of them.
 */
export function findPiece(pieces: ArrayLike<{ at: number; end: number }>, offset: number, preferEnd: boolean): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const { at, end } = pieces[mid] as { at: number; end: number };
    if (preferEnd ? offset <= at : offset < at) hi = mid - 1;
    else if (preferEnd ? offset > end : offset >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The text alone, trailing line breaks dropped. */
export function visibleText(root: Node): string {
  return mapText(root).text.replace(/\n+$/, '');
}
