// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '../../../components/options/SectionBoundary';
import { setLanguage } from '../../../lib/i18n';
import { mount } from '../render';

afterEach(() => setLanguage('en'));

function Broken(): never {
  throw new TypeError('quarantine.map is not a function');
}

describe('SectionBoundary', () => {
  it('shows a clear message instead of a blank page when its section fails, and keeps the rest', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const el = mount(
      <main>
        <SectionBoundary>
          <Broken />
        </SectionBoundary>
        <p data-testid="other">Still here</p>
      </main>,
    );
    const alert = el.querySelector('[data-testid="section-error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toBe(
      'This part of the settings could not be shown (quarantine.map is not a function). Your data is unchanged; the other sections still work.',
    );
    expect(el.querySelector('[data-testid="other"]')?.textContent).toBe('Still here');
    expect(console.error).toHaveBeenCalled();
  });

  it('shows its section when nothing fails, and speaks German', () => {
    expect(
      mount(
        <SectionBoundary>
          <p>Inhalt</p>
        </SectionBoundary>,
      ).textContent,
    ).toBe('Inhalt');
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    setLanguage('de');
    expect(
      mount(
        <SectionBoundary>
          <Broken />
        </SectionBoundary>,
      ).textContent,
    ).toBe(
      'Dieser Bereich der Einstellungen konnte nicht angezeigt werden (quarantine.map is not a function). Ihre Daten sind unverändert; die anderen Bereiche funktionieren weiter.',
    );
  });
});
