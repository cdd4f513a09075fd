// @vitest-environment jsdom
// Issue 16: the sidebar follows the page's theme, not the OS's.
import { afterEach, describe, expect, it } from 'vitest';
import { pageTheme } from '../../../lib/dom/page-theme';

afterEach(() => {
  document.body.removeAttribute('style');
  document.documentElement.removeAttribute('style');
  document.body.replaceChildren();
});

describe('pageTheme', () => {
  it('reads light from a light page and dark from a dark one', () => {
    document.body.style.backgroundColor = '#f6f8fc';
    expect(pageTheme(document)).toBe('light');
    document.body.style.backgroundColor = '#1f1f1f';
    expect(pageTheme(document)).toBe('dark');
  });

  it('looks through transparent boxes to the first background behind the compose', () => {
    document.documentElement.style.backgroundColor = 'rgb(20, 20, 24)';
    const compose = document.createElement('div');
    const pane = document.createElement('div');
    pane.style.backgroundColor = 'rgba(0, 0, 0, 0)';
    pane.append(compose);
    document.body.append(pane);
    expect(pageTheme(document, compose)).toBe('dark');
  });

  it('is light when nothing has a background (the browser’s white canvas)', () => {
    expect(pageTheme(document)).toBe('light');
  });
});
