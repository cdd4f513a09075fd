// @vitest-environment jsdom
// The three gauges, their "why", and the verdict line that follows the scores.

import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/sidebar/Sidebar';
import { verdictOf } from '../../../lib/analysis/verdict';
import { setLanguage } from '../../../lib/i18n';
import type { FindingView, ReasonView, Review } from '../../../lib/ui/review';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

const finding: FindingView = {
  key: 'de/blame/x@0',
  ruleId: 'de/blame/x',
  category: 'blame',
  quote: 'haben Sie schon wieder nicht',
  message: 'The reader is made the culprit.',
  explanation: 'Blame puts their appreciation at risk.',
  suggestions: [],
  rewrites: [],
};

const reason = (score: ReasonView['score'], cue: string, points: number, quote: string | null = null): ReasonView => ({
  score,
  cue,
  points,
  quote,
});

const REASONS: ReasonView[] = [
  reason('tension', 'exclamations', 3, '!!!'),
  reason('tension', 'finding:blame', 18, 'haben Sie schon wieder nicht'),
  reason('appreciation', 'gratitude', 12, 'Danke'),
  reason('tension', 'gratitude', -6, 'Danke'),
  reason('tension', 'negative-words', 25, 'leider enttäuschend'),
  reason('security', 'no-ask', -20),
];

const review = (over: Partial<Review> & Pick<Review, 'scores'>): Review => ({
  findings: [],
  reasons: [],
  verdict: verdictOf(over.scores),
  ...over,
});

const TENSE = { security: 60, appreciation: 30, tension: 72 };
const CALM = { security: 80, appreciation: 70, tension: 10 };
const REVIEW = { security: 70, appreciation: 40, tension: 30 };

function props(over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    wordCount: 40,
    collapsed: false,
    pauseAt: 90,
    recipients: [],
    review: review({ scores: TENSE, reasons: REASONS }),
    notice: null,
    canUndo: false,
    onToggle: vi.fn(),
    onApply: vi.fn(),
    onApplyRewrite: vi.fn(),
    onIgnore: vi.fn(),
    onDisableRule: vi.fn(),
    onUndo: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
}

const gauge = (el: HTMLElement, id: string) => el.querySelector(`[data-testid="gauge-${id}"]`) as HTMLElement;
const label = (el: HTMLElement, id: string) => gauge(el, id).querySelector('.rp-gauge__label')?.textContent;

describe('the gauges', () => {
  it('shows tension, appreciation and clarity, labelled in English', () => {
    const el = mount(<Sidebar {...props()} />);
    expect([...el.querySelectorAll('[data-testid^="gauge-"]')].map((g) => g.getAttribute('data-testid'))).toEqual([
      'gauge-tension',
      'gauge-appreciation',
      'gauge-security',
    ]);
    expect(['tension', 'appreciation', 'security'].map((id) => label(el, id))).toEqual([
      'Tension',
      'Appreciation',
      'Clarity',
    ]);
    expect([...el.querySelectorAll('meter')].map((m) => m.getAttribute('aria-label'))).toEqual([
      'Tension: 72 of 100, lower is better',
      'Appreciation: 30 of 100',
      'Clarity: 60 of 100',
    ]);
    expect(el.textContent).not.toMatch(/Security/);
  });

  it('labels them in German, with Klarheit for the reader’s security', () => {
    setLanguage('de');
    const el = mount(<Sidebar {...props()} />);
    expect(['tension', 'appreciation', 'security'].map((id) => label(el, id))).toEqual([
      'Spannung',
      'Wertschätzung',
      'Klarheit',
    ]);
    expect(gauge(el, 'security').querySelector('meter')?.getAttribute('aria-label')).toBe('Klarheit: 60 von 100');
    expect(el.textContent).not.toMatch(/Sicherheit/);
  });

  it('grades tension the other way round: low is good, high is bad', () => {
    const meter = (el: HTMLElement, id: string) => gauge(el, id).querySelector('meter') as HTMLMeterElement;
    const hot = mount(<Sidebar {...props()} />);
    expect(meter(hot, 'tension').getAttribute('optimum')).toBe('0');
    expect(meter(hot, 'security').getAttribute('optimum')).toBe('100');
    expect(gauge(hot, 'tension').dataset.level).toBe('low');
    expect(gauge(hot, 'appreciation').dataset.level).toBe('low');
    const calm = mount(<Sidebar {...props({ review: review({ scores: CALM }) })} />);
    expect(gauge(calm, 'tension').dataset.level).toBe('good');
    expect(gauge(calm, 'security').dataset.level).toBe('good');
  });
});

describe('why a score stands where it does', () => {
  const why = (el: HTMLElement, id: string) => gauge(el, id).querySelector('[data-testid="why"]') as HTMLButtonElement;
  const rows = (el: HTMLElement, id: string) =>
    [...gauge(el, id).querySelectorAll('[data-testid="reason"]')].map((li) => li.textContent);

  it('lists the three strongest reasons of that score, in order, with the words and signed points', () => {
    const el = mount(<Sidebar {...props()} />);
    const button = why(el, 'tension');
    expect(button.textContent).toBe('Why 72?');
    expect(button.getAttribute('aria-label')).toBe('Why 72? (Tension)');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    const list = gauge(el, 'tension').querySelector('[data-testid="reasons"]') as HTMLElement;
    expect(list.hidden).toBe(true);
    expect(button.getAttribute('aria-controls')).toBe(list.id);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(list.hidden).toBe(false);
    expect(rows(el, 'tension')).toEqual([
      'Negative words“leider enttäuschend”+25',
      'Blame“haben Sie schon wieder nicht”+18',
      'Thanks“Danke”\u22126',
    ]);
    // Raising tension hurts, lowering it helps.
    expect([...list.querySelectorAll('li')].map((li) => li.className)).toEqual([
      'rp-reason rp-reason--hurts',
      'rp-reason rp-reason--hurts',
      'rp-reason rp-reason--helps',
    ]);
    expect(rows(el, 'appreciation')).toEqual(['Thanks“Danke”+12']);
  });

  it('quotes German-style in the German UI, and names a cue that is an absence without words', () => {
    setLanguage('de');
    const el = mount(<Sidebar {...props()} />);
    expect(why(el, 'tension').textContent).toBe('Warum 72?');
    click(why(el, 'tension'));
    expect(rows(el, 'tension')[0]).toBe('Negative Wörter„leider enttäuschend“+25');
    click(why(el, 'security'));
    expect(rows(el, 'security')).toEqual(['Keine Bitte, kein nächster Schritt\u221220']);
    expect(gauge(el, 'security').querySelector('.rp-reason__quote')).toBeNull();
  });

  it('opens and closes from the keyboard: a button in the tab order, Escape closes and keeps focus', () => {
    const el = mount(<Sidebar {...props()} />);
    const button = why(el, 'tension');
    // A native <button>: Enter and Space activate it without a handler of ours.
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.tabIndex).toBe(0);
    act(() => button.focus());
    expect(document.activeElement).toBe(button);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    act(() => {
      button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
    click(button);
    click(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('offers no "why" for a score without reasons', () => {
    const el = mount(<Sidebar {...props()} />);
    // Appreciation and clarity have reasons here; a reason that rounds to 0 points says nothing.
    const faint = mount(
      <Sidebar {...props({ review: review({ scores: TENSE, reasons: [reason('tension', 'caps', 0.4, 'NIE')] }) })} />,
    );
    expect(why(faint, 'tension')).toBeNull();
    expect(why(el, 'tension')).not.toBeNull();
    const none = mount(<Sidebar {...props({ review: review({ scores: TENSE }) })} />);
    expect(none.querySelector('[data-testid="why"]')).toBeNull();
    expect(none.querySelector('[data-testid="reasons"]')).toBeNull();
  });
});

describe('the verdict follows the scores', () => {
  const line = (el: HTMLElement) => el.querySelector('[data-testid="verdict-unmarked"]')?.textContent;

  it('says "nothing to adjust" only for a calm verdict', () => {
    const calm = mount(<Sidebar {...props({ review: review({ scores: CALM }) })} />);
    expect(calm.querySelector('[data-testid="no-findings"]')?.textContent).toBe('Nothing to adjust. Clear and warm.');
    expect(line(calm)).toBeUndefined();

    const second = mount(<Sidebar {...props({ review: review({ scores: REVIEW }) })} />);
    expect(second.querySelector('[data-testid="no-findings"]')).toBeNull();
    expect(line(second)).toBe('Nothing is marked, but a second look is worth it.');

    const tense = mount(<Sidebar {...props({ review: review({ scores: TENSE }) })} />);
    expect(tense.querySelector('[data-testid="no-findings"]')).toBeNull();
    expect(line(tense)).toBe('Nothing is marked, yet the mail reads tense. Read it once more before you send.');
  });

  it('points to "Why?" only when the tension gauge offers it', () => {
    setLanguage('de');
    const el = mount(<Sidebar {...props()} />);
    expect(line(el)).toBe(
      'Keine Stelle ist markiert, doch die Mail wirkt angespannt – siehe „Warum?“ bei der Spannung.',
    );
  });

  it('keeps a tense verdict when the user ignores every finding', () => {
    // The host hides an ignored finding and keeps the engine's verdict, as useFrameReview does.
    function Host() {
      const [shown, setShown] = useState<Review>(review({ scores: TENSE, findings: [finding] }));
      return (
        <Sidebar
          {...props({
            review: shown,
            onIgnore: (key) => setShown({ ...shown, findings: shown.findings.filter((f) => f.key !== key) }),
          })}
        />
      );
    }
    const el = mount(<Host />);
    expect(el.querySelectorAll('[data-testid="finding"]')).toHaveLength(1);
    click(el.querySelector('[data-testid="finding-head"]'));
    click(el.querySelector('[data-testid="ignore"]'));
    expect(el.querySelectorAll('[data-testid="finding"]')).toHaveLength(0);
    expect(el.querySelector('[data-testid="no-findings"]')).toBeNull();
    expect(el.textContent).not.toContain('Nothing to adjust');
    expect(line(el)).toContain('reads tense');
  });

  it('says nothing of the verdict while findings are shown', () => {
    const el = mount(<Sidebar {...props({ review: review({ scores: CALM, findings: [finding] }) })} />);
    expect(el.querySelector('[data-testid="no-findings"]')).toBeNull();
    expect(line(el)).toBeUndefined();
  });
});
