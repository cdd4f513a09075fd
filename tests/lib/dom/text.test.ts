// @vitest-environment jsdom
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPiece, mapText, visibleText } from '../../../lib/dom/text';

function html(markup: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${markup}</body>`, 'text/html').body;
}

describe('visibleText', () => {
  it.each([
    ['<br>', ''],
    ['Hallo<br>Welt', 'Hallo\nWelt'],
    ['<div>Hallo</div><div><br></div><div>Welt</div>', 'Hallo\n\nWelt'],
    ['erste Zeile<div>zweite</div>', 'erste Zeile\nzweite'],
    ['<p>a&nbsp;b</p><ul><li>eins</li><li>zwei</li></ul>', 'a b\neins\nzwei'],
    ['<span>inline</span> <b>bold</b>', 'inline bold'],
    ['text<style>.x{}</style><script>1</script>', 'text'],
  ])('%s → %j', (markup, expected) => {
    expect(visibleText(html(markup))).toBe(expected);
  });
});

describe('mapText', () => {
  const doc = () =>
    new DOMParser().parseFromString(
      '<body><div>Hallo <b>Frau</b> Schmidt,</div><div><br></div><div>wie bereits&nbsp;erwähnt</div></body>',
      'text/html',
    );

  it('maps text offsets back to DOM ranges across elements and blocks', () => {
    const body = doc().body;
    const map = mapText(body);
    expect(map.text).toBe('Hallo Frau Schmidt,\n\nwie bereits erwähnt\n');
    const at = (s: string) => [map.text.indexOf(s), map.text.indexOf(s) + s.length] as const;
    for (const piece of ['Frau', 'Hallo Frau Schmidt', 'wie bereits erwähnt', 'bereits erwähnt']) {
      const [start, end] = at(piece);
      expect(
        map
          .range(start, end)
          ?.toString()
          .replace(/\u00a0/g, ' '),
      ).toBe(piece);
    }
  });

  it('returns null for offsets that fall between text nodes only', () => {
    const map = mapText(doc().body);
    expect(map.range(20, 20)).toBeNull();
    expect(map.range(5, 2)).toBeNull();
  });
});

/** mapText's offset lookup as it was before the binary search: the oracle the new one must match. */
function linearRange(root: Node, start: number, end: number): Range | null {
  const pieces: { at: number; node: Text }[] = [];
  let length = 0;
  let endsWithBreak = true;
  const push = (s: string) => {
    length += s.length;
    endsWithBreak = s.endsWith('\n');
  };
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if ((child as Text).data === '') continue;
        pieces.push({ at: length, node: child as Text });
        push((child as Text).data);
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') push('\n');
        else if (tag !== 'SCRIPT' && tag !== 'STYLE') {
          const block = ['DIV', 'P', 'LI'].includes(tag);
          if (block && length > 0 && !endsWithBreak) push('\n');
          walk(child);
          if (block && !endsWithBreak) push('\n');
        }
      }
    }
  };
  walk(root);
  const locate = (offset: number, preferEnd: boolean): [Text, number] | null => {
    for (const piece of pieces) {
      const pieceEnd = piece.at + piece.node.data.length;
      if (preferEnd ? offset > piece.at && offset <= pieceEnd : offset >= piece.at && offset < pieceEnd)
        return [piece.node, offset - piece.at];
    }
    return null;
  };
  const from = locate(start, false);
  const to = locate(end, true);
  if (!from || !to || end < start) return null;
  const range = document.createRange();
  range.setStart(from[0], from[1]);
  range.setEnd(to[0], to[1]);
  return range;
}

const same = (a: Range | null, b: Range | null) =>
  a === null || b === null
    ? a === b
    : a.startContainer === b.startContainer &&
      a.startOffset === b.startOffset &&
      a.endContainer === b.endContainer &&
      a.endOffset === b.endOffset;

describe('mapText offsets by binary search', () => {
  // Blocks, <br>, inline elements, empty text nodes (only a script leaves them) and text with &nbsp;.
  const part = fc.oneof(
    fc.constantFrom('<br>', '<div><br></div>', '<b></b>', ''),
    fc.stringMatching(/^[a-zä ]{1,6}$/).map((s) => s.replace(/ /g, '&nbsp;')),
    fc.stringMatching(/^[a-z]{1,5}$/).map((s) => `<span>${s}</span>`),
    fc.stringMatching(/^[a-z ]{1,8}$/).map((s) => `<div>${s}</div>`),
    fc.stringMatching(/^[a-z]{1,4}$/).map((s) => `<p>x<b>${s}</b>y</p>`),
  );

  it('maps every offset pair exactly as the linear scan did', () => {
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 12 }), fc.nat(3), (parts, empties) => {
        const root = html(parts.join(''));
        for (let i = 0; i < empties; i++) root.insertBefore(document.createTextNode(''), root.childNodes[i] ?? null);
        const map = mapText(root);
        for (let start = 0; start <= map.text.length + 1; start++)
          for (let end = start - 1; end <= map.text.length + 1; end++)
            expect(same(map.range(start, end), linearRange(root, start, end))).toBe(true);
      }),
      { numRuns: 150 },
    );
    // ~1–2 s alone; every offset pair of 150 documents takes longer on a busy 2-core machine.
  }, 30_000);

  it('finds a piece in a 20,000-node editor in a few steps, not by visiting each', () => {
    const pieces = Array.from({ length: 20_000 }, (_, i) => ({ at: i * 6, end: i * 6 + 5 }));
    let reads = 0;
    const counted = new Proxy(pieces, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(findPiece(counted, 6 * 19_999 + 2, false)).toBe(19_999);
    expect(findPiece(counted, 6 * 12_345 + 5, true)).toBe(12_345);
    // The gap after a piece (a block's line break) belongs to none.
    expect(findPiece(counted, 6 * 12_345 + 5, false)).toBe(-1);
    expect(reads).toBeLessThan(3 * 2 * Math.ceil(Math.log2(20_000)));
  });

  it('reads no text node while mapping a range in a 20,000-node editor', () => {
    const root = html(Array.from({ length: 20_000 }, (_, i) => `<div>Zeile ${i}</div>`).join(''));
    const map = mapText(root);
    const data = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data');
    let reads = 0;
    Object.defineProperty(CharacterData.prototype, 'data', {
      ...data,
      get() {
        reads++;
        return data?.get?.call(this);
      },
    });
    try {
      const start = map.text.lastIndexOf('Zeile');
      expect(map.range(start, start + 5)?.toString()).toBe('Zeile');
    } finally {
      Object.defineProperty(CharacterData.prototype, 'data', data as PropertyDescriptor);
    }
    expect(reads).toBeLessThan(100);
  });
});
