// addons-linter warns on any `x.innerHTML = value` in the bundle; the only one
// was Preact's support for dangerouslySetInnerHTML, which the build removes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { preactWithoutInnerHtml } from '../../wxt.config';

const PREACT = resolve('node_modules/preact/dist/preact.mjs');
const ASSIGNS_INNER_HTML = /\.innerHTML\s*=(?!=)/;

describe('preactWithoutInnerHtml', () => {
  const plugin = preactWithoutInnerHtml();

  it('takes the innerHTML assignment out of the Preact the bundle uses', () => {
    const code = readFileSync(PREACT, 'utf8');
    expect(code).toMatch(ASSIGNS_INNER_HTML);
    const out = plugin.transform(code, PREACT);
    expect(out?.code).not.toMatch(ASSIGNS_INNER_HTML);
    expect(out?.code).toContain('dangerouslySetInnerHTML is disabled');
  });

  it('fails the build when Preact no longer looks as expected', () => {
    expect(() => plugin.transform('export const h = 1;', PREACT)).toThrow(/not found/);
  });

  it('leaves every other module alone', () => {
    expect(plugin.transform('el.innerHTML=x.__html', resolve('lib/ui/review.ts'))).toBeNull();
  });
});
