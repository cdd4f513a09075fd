// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppreciationPrompt, type AppreciationPromptProps } from '../../../components/sidebar/AppreciationPrompt';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

const props = (over: Partial<AppreciationPromptProps> = {}): AppreciationPromptProps => ({
  question: 'What did Anna make easy for you lately?',
  name: 'Anna',
  lastNote: null,
  status: 'idle',
  error: null,
  onSave: vi.fn(),
  onDismiss: vi.fn(),
  onSnooze: vi.fn(),
  ...over,
});

function type(el: HTMLElement, text: string) {
  const input = el.querySelector('[data-testid="appreciation-input"]') as HTMLInputElement;
  act(() => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  return input;
}

describe('AppreciationPrompt', () => {
  it('labels the answer field with the question and saves on Enter (form submit)', () => {
    const p = props();
    const el = mount(<AppreciationPrompt {...p} />);
    const input = type(el, 'Sie denkt mit.');
    expect(input.labels?.[0]?.textContent).toBe('What did Anna make easy for you lately?');
    act(() => {
      input.form?.requestSubmit();
    });
    expect(p.onSave).toHaveBeenCalledWith('Sie denkt mit.');
  });

  it('does not save an empty answer', () => {
    const p = props();
    const el = mount(<AppreciationPrompt {...p} />);
    type(el, '   ');
    expect((el.querySelector('[data-testid="appreciation-save"]') as HTMLButtonElement).disabled).toBe(true);
    act(() => (el.querySelector('form') as HTMLFormElement).requestSubmit());
    expect(p.onSave).not.toHaveBeenCalled();
  });

  it('shows what was noted last time, in German too', () => {
    setLanguage('de');
    const el = mount(
      <AppreciationPrompt
        {...props({ lastNote: { text: 'Hört genau zu', date: '2026-11-02T10:00:00.000Z', source: 'sidebar' } })}
      />,
    );
    expect(el.querySelector('[data-testid="last-note"]')?.textContent).toBe(
      'Zuletzt notiert: „Hört genau zu“ (02.11.2026)',
    );
  });

  it('confirms a save, and can be dismissed or snoozed', () => {
    expect(mount(<AppreciationPrompt {...props({ status: 'saved' })} />).textContent).toContain(
      'Saved in the journal of Anna.',
    );
    const p = props();
    const el = mount(<AppreciationPrompt {...p} />);
    click(el.querySelector('[data-testid="appreciation-dismiss"]'));
    click(el.querySelector('[data-testid="appreciation-snooze"]'));
    expect(p.onDismiss).toHaveBeenCalledOnce();
    expect(p.onSnooze).toHaveBeenCalledOnce();
    expect(el.querySelector('[data-testid="appreciation-snooze"]')?.getAttribute('aria-label')).toBe(
      'Pause 2 weeks: no questions about Anna',
    );
    expect(el.querySelector('[data-testid="appreciation-snooze"]')?.textContent).toBe('Pause 2 weeks');
  });

  it('renders nothing once dismissed, or when there is neither a question nor a note', () => {
    expect(mount(<AppreciationPrompt {...props({ status: 'dismissed' })} />).textContent).toBe('');
    expect(mount(<AppreciationPrompt {...props({ question: null })} />).textContent).toBe('');
  });

  it('shows why a save failed', () => {
    const el = mount(<AppreciationPrompt {...props({ status: 'error', error: 'disk full' })} />);
    expect(el.querySelector('[role="alert"]')?.textContent).toBe('Not saved: disk full');
  });
});
