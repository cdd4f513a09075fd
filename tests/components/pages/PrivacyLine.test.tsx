// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { OptionsPage } from '../../../components/pages/OptionsPage';
import { PopupPage } from '../../../components/pages/PopupPage';
import { setLanguage } from '../../../lib/i18n';
import { mount } from '../render';

afterEach(() => setLanguage('en'));

describe('the link to the privacy statement', () => {
  it('sits in the popup’s footer line and opens privacy.html in a tab', () => {
    const root = mount(<PopupPage state={{ phase: 'loading' }} onChange={() => {}} onOpenOptions={() => {}} />);
    const link = root.querySelector('[data-testid="privacy-link"]');
    expect(link?.getAttribute('href')).toBe('/privacy.html');
    expect(link?.getAttribute('target')).toBe('_blank');
    expect(link?.closest('p')?.textContent).toBe('Everything stays in your browser. Privacy');
  });

  it('is in the options page’s header, in German when the UI is German', () => {
    setLanguage('de');
    const root = mount(
      <OptionsPage nav={[]} current="contacts" onNavigate={() => {}}>
        {null}
      </OptionsPage>,
    );
    const link = root.querySelector('header [data-testid="privacy-link"]');
    expect(link?.getAttribute('href')).toBe('/privacy.html');
    expect(link?.textContent).toBe('Datenschutz');
  });
});
