// The documents stand on their own in the repository: no pointer to the
// project's old notes beside the checkout, no link to a file that is not here.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, it } from 'vitest';

const MARKDOWN = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '*.md'], {
  encoding: 'utf8',
})
  .split('\0')
  .filter((path) => path !== '' && existsSync(path));

/** Targets of Markdown links and images, without their #fragment; web and mail addresses left out. */
function relativeLinks(markdown: string): string[] {
  const code = /```[\s\S]*?```|`[^`\n]*`/g;
  const text = markdown.replace(code, '');
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*([^)\s]+)(?:\s+"[^"]*")?\s*\)/g)]
    .map((m) => m[1] as string)
    .filter((target) => !/^([a-z][a-z+.-]*:|#)/i.test(target))
    .map((target) => decodeURIComponent(target.split('#')[0] as string));
}

describe('documentation', () => {
  it('finds the tracked Markdown files', () => {
    expect(MARKDOWN).toContain('README.md');
    expect(MARKDOWN).toContain('CONTRIBUTING.md');
    expect(MARKDOWN.length).toBeGreaterThan(5);
  });

  it('reads links as a Markdown reader does', () => {
    expect(relativeLinks('[a](docs/x.md#part) ![b](img.png) [c](https://example.org) [d](#top) `[e](no.md)`')).toEqual([
      'docs/x.md',
      'img.png',
    ]);
  });

  it.each(MARKDOWN.map((path) => [path]))('%s refers to nothing outside the repository', (path) => {
    const text = readFileSync(path, 'utf8');
    expect(text).not.toContain('../shared');
    for (const target of relativeLinks(text)) {
      const resolved = normalize(join(dirname(path), target));
      expect(resolved.startsWith('..'), `${path} → ${target}`).toBe(false);
      expect(existsSync(resolved), `${path} → ${target}`).toBe(true);
    }
  });

  it('has no DEVELOPERS.md left, and nothing names it', () => {
    expect(existsSync('DEVELOPERS.md')).toBe(false);
    for (const path of MARKDOWN) expect(readFileSync(path, 'utf8'), path).not.toContain('DEVELOPERS.md');
  });
});
