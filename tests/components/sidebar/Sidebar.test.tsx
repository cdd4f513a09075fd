// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar } from '../../../components/sidebar/Sidebar';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

describe('Sidebar', () => {
  it('shows the live word count as a labelled region', () => {
    const el = mount(<Sidebar wordCount={12} collapsed={false} onToggle={() => undefined} />);
    expect(el.querySelector('aside')?.getAttribute('aria-label')).toBe('Rapport writing coach');
    expect(el.querySelector('[data-testid="word-count"]')?.textContent).toBe('12 words in your draft');
    expect(el.querySelector('[data-testid="word-count"]')?.getAttribute('aria-live')).toBe('polite');
  });

  it('speaks German when the UI language is German', () => {
    setLanguage('de');
    const el = mount(<Sidebar wordCount={1} collapsed={false} onToggle={() => undefined} />);
    expect(el.querySelector('[data-testid="word-count"]')?.textContent).toBe('1 Wort im Entwurf');
  });

  it('invites writing while the draft is empty', () => {
    const el = mount(<Sidebar wordCount={0} collapsed={false} onToggle={() => undefined} />);
    expect(el.textContent).toContain('Start writing.');
  });

  it('asks to collapse and to expand through one event, with buttons that say their state', () => {
    const onToggle = vi.fn();
    const open = mount(<Sidebar wordCount={3} collapsed={false} onToggle={onToggle} />);
    const collapse = open.querySelector('[data-testid="sidebar-collapse"]');
    expect(collapse?.getAttribute('aria-expanded')).toBe('true');
    click(collapse);
    const closed = mount(<Sidebar wordCount={3} collapsed onToggle={onToggle} />);
    expect(closed.querySelector('aside')).toBeNull();
    const expand = closed.querySelector('[data-testid="sidebar-expand"]');
    expect(expand?.getAttribute('aria-label')).toBe('Open Rapport');
    expect(expand?.getAttribute('aria-expanded')).toBe('false');
    click(expand);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
