// Guards the architecture described in docs/architecture.md and CONTRIBUTING.md.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CALL_ADAPTERS, MAIL_ADAPTERS } from '../lib/sites/registry';

function files(dir: string, pattern = /\.(ts|tsx)$/): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

const SOURCE = ['entrypoints', 'components', 'lib'].flatMap((dir) => files(dir));
const read = (path: string) => readFileSync(path, 'utf8');
const imports = (path: string) =>
  // \b: a line that starts with a word such as "importance" (a lexicon key) is no import.
  [...read(path).matchAll(/^\s*import\b[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1] as string);

describe('conventions', () => {
  it('finds the source it guards', () => {
    expect(SOURCE.length).toBeGreaterThan(20);
  });

  it('imports `browser` only through lib/browser.ts and never touches `chrome.*`', () => {
    for (const path of SOURCE) {
      if (path === join('lib', 'browser.ts')) continue;
      expect(
        imports(path).filter((i) => i === 'wxt/browser' || i === 'webextension-polyfill'),
        path,
      ).toEqual([]);
      expect(read(path), path).not.toMatch(/\bchrome\.\w/);
    }
  });

  it('keeps lib/analysis pure: no browser, DOM, Preact or imports from outside itself', () => {
    for (const path of files('lib/analysis')) {
      const outside = imports(path).filter(
        (i) => !i.startsWith('.') || !join(dirname(path), i).startsWith(join('lib', 'analysis')),
      );
      expect(outside, path).toEqual([]);
      expect(read(path), path).not.toMatch(/\b(document|window|navigator|browser)\./);
    }
  });

  it('keeps components pure: no extension API, messaging or scraping', () => {
    for (const path of files('components')) {
      expect(
        imports(path).filter((i) => /lib\/(browser|messaging)|wxt\//.test(i)),
        path,
      ).toEqual([]);
      expect(read(path), path).not.toMatch(/querySelector|document\./);
    }
  });

  it('keeps site knowledge in lib/sites: no selectors elsewhere', () => {
    for (const path of SOURCE.filter((p) => !p.startsWith(join('lib', 'sites')) && !p.startsWith(join('lib', 'dom')))) {
      expect(read(path), path).not.toMatch(/querySelector/);
    }
  });

  it('writes no HTML from strings and evaluates no code', () => {
    for (const path of SOURCE) {
      expect(read(path), path).not.toMatch(
        /innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|dangerouslySetInnerHTML|\beval\(|new Function\(/,
      );
    }
  });

  it('keeps entrypoints thin', () => {
    for (const path of files('entrypoints')) {
      const limit = /[/\\](index|main)\.tsx?$|background\.ts$/.test(path) ? 40 : 120;
      expect(read(path).split('\n').length, path).toBeLessThanOrEqual(limit);
    }
  });

  it('observes the page only through lib/dom/watch.ts (torn down with an AbortSignal)', () => {
    for (const path of SOURCE.filter((p) => p !== join('lib', 'dom', 'watch.ts'))) {
      expect(read(path), path).not.toMatch(/new MutationObserver|setInterval\(/);
    }
  });

  it.each([...MAIL_ADAPTERS, ...CALL_ADAPTERS].map((a) => [a.id, a.kind] as const))(
    'adapter %s has cited fixtures and a unit test',
    (id, kind) => {
      const dir = join('tests/fixtures/sites', id);
      const pages = files(dir, /\.html$/);
      expect(pages.length).toBeGreaterThan(0);
      for (const page of pages)
        expect(read(page).slice(0, 4000), page).toMatch(/<!--[\s\S]*(github|InboxSDK|Vexa|from)/i);
      expect(existsSync(join('tests/lib/sites', kind, `${id}.test.ts`))).toBe(true);
    },
  );
});

describe('content scripts and storage', () => {
  /** Every source file a content script bundles (type-only imports are erased and not followed). */
  function reachable(entry: string, seen = new Set<string>()): Set<string> {
    if (seen.has(entry)) return seen;
    seen.add(entry);
    const code = read(entry);
    for (const m of code.matchAll(/^\s*import\s+(type\s+)?[^'"]*?['"]([^'"]+)['"]/gm)) {
      const [, typeOnly, spec] = m as unknown as [string, string | undefined, string];
      if (typeOnly || !spec.startsWith('.')) continue;
      const base = join(dirname(entry), spec);
      const file = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
        .map((ext) => base + ext)
        .find((f) => existsSync(f) && statSync(f).isFile());
      if (file) reachable(file, seen);
    }
    return seen;
  }

  it('reach storage only through the background: no storage API in anything they bundle', () => {
    const entries = files('entrypoints').filter((p) => /\.content[/\\]index\.tsx?$/.test(p));
    expect(entries.length).toBeGreaterThanOrEqual(2);
    for (const entry of entries) {
      const bundled = [...reachable(entry)];
      expect(bundled.length, entry).toBeGreaterThan(10);
      for (const path of bundled) {
        expect(read(path), `${path} (bundled by ${entry})`).not.toMatch(
          /browser\.storage|wxt\/utils\/storage|storage\.defineItem/,
        );
      }
    }
  });
});
