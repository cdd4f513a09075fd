// Plain text of an editable element as the user sees it: blocks and <br>
// become line breaks. innerText would do this but needs layout (absent in
// jsdom and for hidden composes), so walk the tree.

const BLOCK = new Set(['DIV', 'P', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

export function visibleText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? '');
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === 'BR') {
          parts.push('\n');
        } else if (tag !== 'SCRIPT' && tag !== 'STYLE') {
          const block = BLOCK.has(tag);
          if (block && parts.length > 0 && !parts[parts.length - 1]?.endsWith('\n')) parts.push('\n');
          walk(child);
          if (block && !parts[parts.length - 1]?.endsWith('\n')) parts.push('\n');
        }
      }
    }
  };
  walk(root);
  return parts
    .join('')
    .replace(/\u00a0/g, ' ')
    .replace(/\n+$/, '');
}
