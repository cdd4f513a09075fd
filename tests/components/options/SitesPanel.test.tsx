// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SitesPanel } from '../../../components/options/SitesPanel';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

const SITES = [
  { id: 'gmail', label: 'Gmail', hosts: ['mail.google.com'] },
  { id: 'outlook', label: 'Outlook', hosts: ['outlook.live.com', 'outlook.office.com'] },
  { id: 'meet', label: 'Google Meet', hosts: ['meet.google.com'] },
];
const box = (el: HTMLElement, id: string) => el.querySelector(`input[value="${id}"]`) as HTMLInputElement;

describe('SitesPanel', () => {
  it('has a labelled checkbox per built-in site, ticked where Rapport works, hosts beside it', () => {
    const el = mount(<SitesPanel sites={SITES} disabledSites={['outlook']} onChange={() => undefined} />);
    expect(
      [...el.querySelectorAll<HTMLInputElement>('input[name="site"]')].map((i) => [
        i.closest('label')?.textContent,
        i.checked,
      ]),
    ).toEqual([
      ['Gmail', true],
      ['Outlook', false],
      ['Google Meet', true],
    ]);
    const hosts = el.querySelector(`#${box(el, 'outlook').getAttribute('aria-describedby')}`);
    expect(hosts?.textContent).toBe('outlook.live.com, outlook.office.com');
    expect(hosts?.classList.contains('rp-muted')).toBe(true);
  });

  it('turns a site off and on again', () => {
    const onChange = vi.fn();
    const el = mount(<SitesPanel sites={SITES} disabledSites={['outlook']} onChange={onChange} />);
    click(box(el, 'gmail'));
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: { add: ['gmail'] } });
    click(box(el, 'outlook'));
    expect(onChange).toHaveBeenLastCalledWith({ disabledSites: { remove: ['outlook'] } });
  });

  it('shows its children below the list (the own webmail), in German too', () => {
    setLanguage('de');
    const el = mount(
      <SitesPanel sites={SITES} disabledSites={[]} onChange={() => undefined}>
        <p data-testid="own">own webmail</p>
      </SitesPanel>,
    );
    expect(el.querySelector('h2')?.textContent).toBe('Seiten');
    expect(el.querySelector('legend')?.textContent).toBe('Rapport arbeitet auf');
    const own = el.querySelector('[data-testid="own"]');
    expect(own?.previousElementSibling?.tagName).toBe('FORM');
  });
});
