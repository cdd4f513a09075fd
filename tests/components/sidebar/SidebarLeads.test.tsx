// @vitest-environment jsdom
// Issue 16: the sidebar leads with the draft (verdict, compact findings, the
// question below them unless the draft is calm), announces new findings once,
// names its controls by their visible text, and lets an ignore be undone.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppreciationPrompt } from '../../../components/sidebar/AppreciationPrompt';
import { Sidebar, type SidebarProps } from '../../../components/sidebar/Sidebar';
import { verdictOf } from '../../../lib/analysis/verdict';
import { setLanguage } from '../../../lib/i18n';
import type { Review } from '../../../lib/ui/review';
import { click, mount } from '../render';
import { finding } from './fixtures';

afterEach(() => setLanguage('en'));

const TENSE = { security: 50, appreciation: 20, tension: 70 };
const CALM = { security: 90, appreciation: 80, tension: 5 };
const review = (scores: Review['scores'], findings = [finding()]): Review => ({
  findings,
  reasons: [],
  scores,
  verdict: verdictOf(scores),
});

function props(over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    wordCount: 12,
    collapsed: false,
    pauseAt: 60,
    recipients: [],
    review: review(TENSE),
    notice: null,
    canUndo: false,
    ignored: [],
    dock: 'right',
    appreciation: <p data-testid="question">What do you value?</p>,
    onToggle: vi.fn(),
    onApply: vi.fn(),
    onApplyRewrite: vi.fn(),
    onIgnore: vi.fn(),
    onDisableRule: vi.fn(),
    onRestore: vi.fn(),
    onDock: vi.fn(),
    onUndo: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
}

const second = finding({ key: 'en/pressure/x@40', ruleId: 'en/pressure/x', category: 'pressure', quote: 'right now' });
const third = finding({ key: 'en/harsh/y@60', ruleId: 'en/harsh/y', category: 'harsh', quote: 'unacceptable' });
const order = (el: HTMLElement, a: string, b: string) => {
  const first = el.querySelector(a);
  const then = el.querySelector(b);
  if (!first || !then) throw new Error(`missing ${first ? b : a}`);
  return first.compareDocumentPosition(then) & Node.DOCUMENT_POSITION_FOLLOWING ? 'before' : 'after';
};

describe('a sidebar that leads with the draft', () => {
  it('opens with a one-line verdict, then the findings, then the question when the draft is tense', () => {
    const el = mount(<Sidebar {...props()} />);
    expect(order(el, '[data-testid="verdict"]', '[data-testid="finding"]')).toBe('before');
    expect(order(el, '[data-testid="finding"]', '[data-testid="question"]')).toBe('before');
    expect(order(el, '[data-testid="finding"]', '[data-testid="gauge-tension"]')).toBe('before');
  });

  it('asks the question first when the draft is calm', () => {
    const el = mount(<Sidebar {...props({ review: review(CALM) })} />);
    expect(order(el, '[data-testid="question"]', '[data-testid="finding"]')).toBe('before');
  });

  it('shows each finding as its words and its kind on one line; why and rewrites on expand', () => {
    const el = mount(<Sidebar {...props()} />);
    const head = el.querySelector<HTMLButtonElement>('[data-testid="finding-head"]');
    expect(head?.textContent).toContain('Wie bereits erwähnt');
    expect(head?.textContent).toContain('Being right');
    expect(head?.getAttribute('aria-expanded')).toBe('false');
    expect(el.querySelector('[data-testid="apply"]')).toBeNull();
    click(head);
    expect(head?.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelector('[data-testid="apply"]')?.textContent).toBe('wie besprochen');
    expect(el.textContent).toContain('Rechthaben kostet Gemeinsamkeit.');
  });

  it('says “reading” as soon as the draft changed, before the analysis is back', () => {
    const el = mount(<Sidebar {...props({ reading: true })} />);
    expect(el.querySelector('[data-testid="verdict"]')?.textContent).toMatch(/Reading/);
  });
});

describe('the sidebar for screen readers', () => {
  it('keeps the word count out of live regions', () => {
    const el = mount(<Sidebar {...props()} />);
    const count = el.querySelector('[data-testid="word-count"]');
    expect(count?.closest('[aria-live], [role="status"]')).toBeNull();
  });

  it('announces new findings once, politely, not each reading', () => {
    const container = document.createElement('div');
    document.body.replaceChildren(container);
    const show = (findings: ReturnType<typeof finding>[]) =>
      act(() => render(<Sidebar {...props({ review: review(TENSE, findings) })} />, container));
    const said = () => container.querySelector('[data-testid="announce"]');
    show([finding()]);
    expect(said()?.getAttribute('aria-live')).toBe('polite');
    expect(said()?.textContent).toBe('1 new finding');
    show([finding(), second, third]);
    expect(said()?.textContent).toBe('2 new findings');
    // The same findings read again (the user typed on): nothing new to say.
    show([finding({ key: 'moved@3' }), { ...second }, { ...third }]);
    expect(said()?.textContent).toBe('');
  });

  it('names the collapsed tab with its count', () => {
    const el = mount(<Sidebar {...props({ collapsed: true, review: review(TENSE, [finding(), second]) })} />);
    const tab = el.querySelector('[data-testid="sidebar-expand"]');
    expect(tab?.getAttribute('aria-label')).toMatch(/2/);
  });

  it('names the snooze button with its visible text (label-content-name-mismatch)', () => {
    const el = mount(
      <AppreciationPrompt
        question="What do you value?"
        name="Anna"
        lastNote={null}
        status="idle"
        error={null}
        onSave={vi.fn()}
        onDismiss={vi.fn()}
        onSnooze={vi.fn()}
      />,
    );
    const snooze = el.querySelector('[data-testid="appreciation-snooze"]');
    const visible = snooze?.textContent ?? '';
    expect(visible).toBe('Pause 2 weeks');
    expect(snooze?.getAttribute('aria-label') ?? visible).toContain(visible);
  });
});

describe('undo for “Ignore here” and “Turn this rule off”', () => {
  it('lists what was ignored in this draft, each with a restore', () => {
    const onRestore = vi.fn();
    const el = mount(
      <Sidebar
        {...props({
          ignored: [
            { key: 'a', kind: 'here', quote: 'Wie bereits erwähnt', category: 'being-right' },
            { key: 'b', kind: 'rule', quote: 'right now', category: 'pressure' },
          ],
          onRestore,
        })}
      />,
    );
    const items = [...el.querySelectorAll('[data-testid="ignored-item"]')];
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringContaining('Wie bereits erwähnt'),
      expect.stringContaining('Pressure'),
    ]);
    click(items[1]?.querySelector('button') ?? null);
    expect(onRestore).toHaveBeenCalledWith('b');
    // The latest one can be undone at once.
    click(el.querySelector('[data-testid="undo-ignore"]'));
    expect(onRestore).toHaveBeenLastCalledWith('b');
  });
});
