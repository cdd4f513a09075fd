// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { SettingsForm } from '../../../components/settings/SettingsForm';
import { DEFAULT_SETTINGS } from '../../../lib/storage/settings';
import { click, mount } from '../render';

const settings = { ...DEFAULT_SETTINGS };

describe('SettingsForm', () => {
  it('reports a changed checkbox as a patch', () => {
    const onChange = vi.fn();
    const el = mount(<SettingsForm settings={settings} status={{ kind: 'idle' }} showLanguage onChange={onChange} />);
    click(el.querySelector('input[name="sidebarCollapsed"]'));
    expect(onChange).toHaveBeenCalledWith({ sidebarCollapsed: true });
  });

  it('reports a language choice as a patch', () => {
    const onChange = vi.fn();
    const el = mount(<SettingsForm settings={settings} status={{ kind: 'idle' }} showLanguage onChange={onChange} />);
    const select = el.querySelector('select') as HTMLSelectElement;
    expect([...select.options].map((o) => o.value)).toEqual(['auto', 'de', 'en']);
    act(() => {
      select.value = 'de';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onChange).toHaveBeenCalledWith({ uiLanguage: 'de' });
  });

  it('labels every control', () => {
    const el = mount(
      <SettingsForm settings={settings} status={{ kind: 'idle' }} showLanguage onChange={() => undefined} />,
    );
    for (const control of el.querySelectorAll('input, select')) {
      expect(control.closest('label')?.textContent?.trim(), control.outerHTML).toBeTruthy();
    }
  });

  it('hides the language choice in the popup', () => {
    const el = mount(
      <SettingsForm settings={settings} status={{ kind: 'idle' }} showLanguage={false} onChange={() => undefined} />,
    );
    expect(el.querySelector('select')).toBeNull();
  });

  it('says plainly when saving failed', () => {
    const el = mount(
      <SettingsForm
        settings={settings}
        status={{ kind: 'error', message: 'quota' }}
        showLanguage
        onChange={() => undefined}
      />,
    );
    expect(el.querySelector('[role="status"]')?.textContent).toBe('Could not save. Your choice was not stored: quota');
  });
});
