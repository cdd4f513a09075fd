import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

/** Parses a site fixture as the browser would at `url`, without running its scripts. */
export function loadFixture(file: string, url: string): Document {
  const html = readFileSync(`tests/fixtures/sites/${file}`, 'utf8');
  return new JSDOM(html, { url }).window.document;
}

/** The fixture with its scripts running, for fixtures whose state changes on click. */
export function runFixture(file: string, url: string): JSDOM {
  const html = readFileSync(`tests/fixtures/sites/${file}`, 'utf8');
  return new JSDOM(html, { url, runScripts: 'dangerously', pretendToBeVisual: true });
}
