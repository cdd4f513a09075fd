// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { mapText, visibleText } from '../../../lib/dom/text';

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
