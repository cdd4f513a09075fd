// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteControl, type SiteControlProps } from '../../../components/popup/SiteControl';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

function props(overrides: Partial<SiteControlProps> = {}): SiteControlProps {
  return {
    name: 'Gmail',
    state: { kind: 'on' },
    error: null,
    onTurnOff: vi.fn(),
    onPause: vi.fn(),
    onTurnOn: vi.fn(),
    ...overrides,
  };
}

const buttons = (el: HTMLElement) => [...el.querySelectorAll('button')].map((b) => b.textContent);

describe('SiteControl', () => {
  it('offers "Not on this site" and "Pause for an hour" while on, each named by its text', () => {
    const p = props();
    const el = mount(<SiteControl {...p} />);
    expect(el.querySelector('[data-testid="site-state"]')?.textContent).toBe('Rapport runs on Gmail.');
    expect(buttons(el)).toEqual(['Not on this site', 'Pause for an hour']);
    for (const button of el.querySelectorAll('button')) expect(button.hasAttribute('aria-label')).toBe(false);
    click(el.querySelector('[data-testid="site-off"]'));
    expect(p.onTurnOff).toHaveBeenCalledTimes(1);
    click(el.querySelector('[data-testid="site-pause"]'));
    expect(p.onPause).toHaveBeenCalledTimes(1);
  });

  it('says until when a pause lasts and offers to resume; a site turned off offers to turn on', () => {
    const p = props({ state: { kind: 'paused', until: '2026-12-05T16:00:00.000Z' } });
    const el = mount(<SiteControl {...p} />);
    const clock = new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(new Date('2026-12-05T16:00:00.000Z'));
    expect(el.querySelector('[data-testid="site-state"]')?.textContent).toBe(
      `Rapport is paused on Gmail until ${clock}.`,
    );
    expect(buttons(el)).toEqual(['Resume now']);
    click(el.querySelector('[data-testid="site-on"]'));
    expect(p.onTurnOn).toHaveBeenCalledTimes(1);
    const off = mount(<SiteControl {...props({ state: { kind: 'off' } })} />);
    expect(buttons(off)).toEqual(['Turn on again']);
  });

  it('speaks German, and says when a change failed', () => {
    setLanguage('de');
    const el = mount(<SiteControl {...props({ name: 'Google Meet', error: 'kaputt' })} />);
    expect(buttons(el)).toEqual(['Nicht auf dieser Seite', 'Eine Stunde pausieren']);
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('kaputt');
  });
});
