// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { visibleText } from '../../../lib/dom/text';

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
