// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsPage } from '../../../components/pages/OptionsPage';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

const NAV = [
  { id: 'contacts', label: 'Contacts' },
  { id: 'rules', label: 'Rules' },
  { id: 'data', label: 'Your data' },
];

describe('OptionsPage', () => {
  it('lays out a title, a navigation list marking the current section, and the section', () => {
    const el = mount(
      <OptionsPage nav={NAV} current="rules" onNavigate={() => undefined}>
        <h2>Rules</h2>
      </OptionsPage>,
    );
    expect(el.querySelector('h1')?.textContent).toBe('Rapport settings');
    const nav = el.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Sections');
    const items = [...(nav?.querySelectorAll('li > button') ?? [])];
    expect(items.map((b) => [b.textContent, b.getAttribute('aria-current')])).toEqual([
      ['Contacts', null],
      ['Rules', 'page'],
      ['Your data', null],
    ]);
    expect(el.querySelector('main h2')?.textContent).toBe('Rules');
  });

  it('asks to go to the chosen section', () => {
    const onNavigate = vi.fn();
    const el = mount(<OptionsPage nav={NAV} current="contacts" onNavigate={onNavigate} />);
    click(el.querySelector('[data-testid="options-nav"][data-id="data"]'));
    expect(onNavigate).toHaveBeenCalledWith('data');
  });

  it('speaks German', () => {
    setLanguage('de');
    const el = mount(<OptionsPage nav={NAV} current="contacts" onNavigate={() => undefined} />);
    expect(el.querySelector('h1')?.textContent).toBe('Rapport-Einstellungen');
    expect(el.querySelector('nav')?.getAttribute('aria-label')).toBe('Bereiche');
    expect(el.textContent).toContain('Alles bleibt in Ihrem Browser.');
  });
});

describe('OptionsPage with a section that fails', () => {
  it('shows the error in that section and keeps the navigation', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const Broken = (): never => {
      throw new TypeError('quarantine.map is not a function');
    };
    const el = mount(
      <OptionsPage nav={NAV} current="data" onNavigate={() => undefined}>
        <Broken />
      </OptionsPage>,
    );
    expect(el.querySelector('[data-testid="options-main"] [role="alert"]')?.textContent).toContain(
      'quarantine.map is not a function',
    );
    expect(el.querySelectorAll('[data-testid="options-nav"]')).toHaveLength(NAV.length);
  });
});
