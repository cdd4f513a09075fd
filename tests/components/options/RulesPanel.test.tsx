// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RulesPanel } from '../../../components/options/RulesPanel';
import { CATEGORIES } from '../../../lib/analysis';
import { setLanguage } from '../../../lib/i18n';
import { DEFAULT_SETTINGS, type Settings } from '../../../lib/storage/settings';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

const settings = (patch: Partial<Settings> = {}): Settings => ({ ...DEFAULT_SETTINGS, ...patch });
const checkbox = (el: HTMLElement, category: string) =>
  el.querySelector(`input[name="category"][value="${category}"]`) as HTMLInputElement;

describe('RulesPanel', () => {
  it('offers the three sensitivities with what each does', () => {
    const el = mount(<RulesPanel settings={settings()} onChange={() => undefined} onListChange={() => undefined} />);
    const radios = [...el.querySelectorAll<HTMLInputElement>('input[name="sensitivity"]')];
    expect(radios.map((r) => [r.value, r.checked, r.closest('label')?.textContent])).toEqual([
      ['gentle', false, 'Gentle'],
      ['normal', true, 'Normal'],
      ['strict', false, 'Strict'],
    ]);
    const gentleHint = el.querySelector(`#${radios[0]?.getAttribute('aria-describedby')}`)?.textContent;
    expect(gentleHint).toBe(
      'Only blame, harsh words, pressure, sarcasm, shouting and being right; suggests a pause later.',
    );
    expect(el.querySelector('fieldset legend')?.textContent).toBe('How much Rapport points out');
  });

  it('reports a chosen sensitivity', () => {
    const onChange = vi.fn();
    const el = mount(<RulesPanel settings={settings()} onChange={onChange} onListChange={() => undefined} />);
    click(el.querySelector('input[name="sensitivity"][value="strict"]'));
    expect(onChange).toHaveBeenCalledWith({ sensitivity: 'strict' });
  });

  it('has a checkbox per category, ticked when on; unticking turns it off, ticking on again', () => {
    const onListChange = vi.fn();
    const el = mount(
      <RulesPanel
        settings={settings({ disabledCategories: ['hedging'] })}
        onChange={() => undefined}
        onListChange={onListChange}
      />,
    );
    expect(el.querySelectorAll('input[name="category"]')).toHaveLength(CATEGORIES.length);
    expect(checkbox(el, 'hedging').checked).toBe(false);
    expect(checkbox(el, 'being-right').checked).toBe(true);
    expect(checkbox(el, 'being-right').closest('label')?.textContent).toBe('Being right');
    click(checkbox(el, 'sarcasm'));
    expect(onListChange).toHaveBeenLastCalledWith({ disabledCategories: { add: ['sarcasm'] } });
    click(checkbox(el, 'hedging'));
    expect(onListChange).toHaveBeenLastCalledWith({ disabledCategories: { remove: ['hedging'] } });
  });

  it('lists single rules turned off, each with "Turn on again"', () => {
    const onListChange = vi.fn();
    const el = mount(
      <RulesPanel
        settings={settings({ disabledRules: ['de.pressure.sofort', 'en.hedging.just'] })}
        onChange={() => undefined}
        onListChange={onListChange}
      />,
    );
    const rows = [...el.querySelectorAll('[data-testid="disabled-rule"]')];
    expect(rows.map((r) => r.querySelector('code')?.textContent)).toEqual(['de.pressure.sofort', 'en.hedging.just']);
    const button = rows[0]?.querySelector('button') ?? null;
    expect(button?.textContent).toBe('Turn on again');
    click(button);
    expect(onListChange).toHaveBeenCalledWith({ disabledRules: { remove: ['de.pressure.sofort'] } });
  });

  it('speaks German, and says when no single rule is off', () => {
    setLanguage('de');
    const el = mount(<RulesPanel settings={settings()} onChange={() => undefined} onListChange={() => undefined} />);
    expect(el.querySelector('h2')?.textContent).toBe('Regeln');
    expect(checkbox(el, 'blame').closest('label')?.textContent).toBe('Schuldzuweisung');
    expect(el.querySelector('input[value="strict"]')?.closest('label')?.textContent).toBe('Streng');
    expect(el.textContent).toContain(
      'Keine. Eine einzelne Regel schalten Sie in der Seitenleiste bei einem Hinweis ab.',
    );
  });
});
