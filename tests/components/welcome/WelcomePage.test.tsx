// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WelcomePage, type WelcomePageProps } from '../../../components/welcome/WelcomePage';
import { CATEGORIES } from '../../../lib/analysis/types';
import { setLanguage } from '../../../lib/i18n';
import { DEFAULT_SETTINGS } from '../../../lib/settings/model';
import { BUILT_IN_SITES } from '../../../lib/ui/built-in-sites';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

function props(overrides: Partial<WelcomePageProps> = {}): WelcomePageProps {
  return {
    language: 'en',
    settings: { ...DEFAULT_SETTINGS },
    status: { kind: 'idle' },
    error: null,
    sites: BUILT_IN_SITES,
    whatsNew: null,
    onChange: vi.fn(),
    onListChange: vi.fn(),
    onOpenOptions: vi.fn(),
    ...overrides,
  };
}

describe('WelcomePage', () => {
  it('says what Rapport does and never does, and explains the three gauges and every category', () => {
    const el = mount(<WelcomePage {...props()} />);
    expect(el.querySelector('h1')?.textContent).toBe('Welcome to Rapport');
    const never = el.querySelector('[data-testid="welcome-never"]')?.textContent ?? '';
    expect(never).toContain('no network requests');
    expect(never).toContain('on this device');
    const gauges = [...el.querySelectorAll('[data-testid="welcome-gauges"] dt')].map((d) => d.textContent);
    expect(gauges).toEqual(['Tension', 'Appreciation', 'Clarity']);
    const categories = el.querySelectorAll('[data-testid="welcome-categories"] dt');
    expect(categories.length).toBe(CATEGORIES.length);
    expect(categories[0]?.textContent).toBe('Blame');
    // Every category has its own explanation, none the bare key.
    for (const dd of el.querySelectorAll('[data-testid="welcome-categories"] dd'))
      expect(dd.textContent).not.toMatch(/^welcomeCategory_/);
    expect(el.querySelector('[data-testid="whats-new"]')).toBeNull();
  });

  it('shows the real sidebar, card and popup brief as inert previews', () => {
    const el = mount(<WelcomePage {...props()} />);
    const sidebar = el.querySelector('[data-testid="preview-sidebar"] [data-testid="sidebar"]');
    expect(sidebar?.querySelector('[data-testid="gauge-tension"]')).not.toBeNull();
    expect(sidebar?.querySelectorAll('[data-testid="finding"]').length).toBeGreaterThan(0);
    expect(el.querySelector('[data-testid="preview-card"] [data-testid="precall-card"]')).not.toBeNull();
    expect(el.querySelector('[data-testid="preview-popup"] [data-testid="call-brief"]')).not.toBeNull();
    const previews = el.querySelectorAll('.rp-welcome__preview');
    expect(previews.length).toBe(3);
    for (const preview of previews) expect(preview.hasAttribute('inert')).toBe(true);
  });

  it('shows the samples in German when the page is German', () => {
    setLanguage('de');
    const el = mount(<WelcomePage {...props({ language: 'de' })} />);
    expect(el.querySelector('h1')?.textContent).toBe('Willkommen bei Rapport');
    expect(el.querySelector('[data-testid="preview-sidebar"]')?.textContent).toContain('Wie ich schon schrieb');
  });

  it('saves the language and a site turned off through its events', () => {
    const p = props();
    const el = mount(<WelcomePage {...p} />);
    const select = el.querySelector<HTMLSelectElement>('select[name="uiLanguage"]');
    if (!select) throw new Error('no language choice');
    act(() => {
      select.value = 'de';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(p.onChange).toHaveBeenCalledWith({ uiLanguage: 'de' });
    click(el.querySelector('input[name="site"][value="gmail"]'));
    expect(p.onListChange).toHaveBeenCalledWith({ disabledSites: { add: ['gmail'] } });
    click(el.querySelector('[data-testid="open-options"]'));
    expect(p.onOpenOptions).toHaveBeenCalled();
  });

  it('lists what changed after a minor update, in the page language', () => {
    const entries = [{ version: '0.2', changes: { de: ['Neu: etwas'], en: ['New: something'] } }];
    const el = mount(<WelcomePage {...props({ whatsNew: { from: '0.1.3', entries } })} />);
    const news = el.querySelector('[data-testid="whats-new"]');
    expect(news?.querySelector('h2')?.textContent).toBe('What is new since version 0.1.3');
    expect([...(news?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['New: something']);
  });
});
