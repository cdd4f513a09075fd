// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { OwnSites } from '../../../components/options/OwnSites';
import { click, mount } from '../render';

describe('OwnSites', () => {
  it('asks to add what the user typed', () => {
    const onAdd = vi.fn();
    const el = mount(<OwnSites sites={[]} error={null} onAdd={onAdd} onRemove={() => undefined} />);
    const input = el.querySelector('input[name="ownSite"]') as HTMLInputElement;
    expect(input.closest('label')?.textContent).toContain('Webmail address');
    act(() => {
      input.value = 'webmail.example.org';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => {
      (el.querySelector('form') as HTMLFormElement).dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
    expect(onAdd).toHaveBeenCalledWith('webmail.example.org');
    expect(el.textContent).toContain('No own webmail yet.');
  });

  it('shows an example address of its kind: a webmail host for mail, a meeting server for Jitsi', () => {
    const placeholder = (kind: 'mail' | 'call') =>
      mount(<OwnSites kind={kind} sites={[]} error={null} onAdd={vi.fn()} onRemove={vi.fn()} />)
        .querySelector('input[name="ownSite"]')
        ?.getAttribute('placeholder') ?? '';
    expect(placeholder('mail')).toMatch(/mail/);
    expect(placeholder('call')).not.toMatch(/mail/);
    expect(placeholder('call')).toMatch(/^meet\./);
  });

  it('lists the allowed sites with a remove button each, and says why an address was refused', () => {
    const onRemove = vi.fn();
    const el = mount(
      <OwnSites
        sites={['https://webmail.example.org/*']}
        error="insecure"
        onAdd={() => undefined}
        onRemove={onRemove}
      />,
    );
    expect(el.querySelector('code')?.textContent).toBe('https://webmail.example.org');
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Rapport only works on https addresses.');
    click(el.querySelector('li button'));
    expect(onRemove).toHaveBeenCalledWith('https://webmail.example.org/*');
  });
});
