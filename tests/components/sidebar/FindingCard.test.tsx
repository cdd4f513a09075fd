// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FindingCard, type FindingCardProps } from '../../../components/sidebar/FindingCard';
import { setLanguage } from '../../../lib/i18n';
import type { FindingView } from '../../../lib/ui/review';
import { click, mount } from '../render';
import { finding } from './fixtures';

afterEach(() => setLanguage('en'));

const BEFORE = 'Wie bereits erwähnt, benötigen wir die unterschriebene Vollmacht bis Freitag.';

const REWRITES: FindingView['rewrites'] = [
  { index: 0, before: BEFORE, text: 'Wir benötigen die unterschriebene Vollmacht bis Freitag.' },
  { index: 2, before: BEFORE, text: 'Könnten Sie uns die Vollmacht bis [Datum] schicken, am besten am [Wochentag]?' },
];

function props(over: Partial<FindingCardProps> = {}): FindingCardProps {
  return {
    finding: finding({ rewrites: REWRITES }),
    onApply: vi.fn(),
    onApplyRewrite: vi.fn(),
    onIgnore: vi.fn(),
    onDisableRule: vi.fn(),
    onHover: vi.fn(),
    ...over,
  };
}

describe('FindingCard with whole-sentence rewrites', () => {
  it('shows the sentence struck through once, and each rewrite below it', () => {
    const el = mount(<FindingCard {...props()} />);
    const options = el.querySelectorAll('[data-testid="rewrite"]');
    expect(options).toHaveLength(2);
    // Both rewrites replace the same sentence: it is struck through once, in the first.
    expect([...el.querySelectorAll('del')].map((d) => d.textContent)).toEqual([BEFORE]);
    expect(options[0]?.querySelector('del')?.textContent).toBe(BEFORE);
    expect(options[0]?.querySelector('ins')?.textContent).toBe(
      'Wir benötigen die unterschriebene Vollmacht bis Freitag.',
    );
    expect(options[1]?.querySelector('ins')?.textContent).toBe(
      'Könnten Sie uns die Vollmacht bis [Datum] schicken, am besten am [Wochentag]?',
    );
    // Screen readers hear which is which.
    expect(options[0]?.querySelector('.rp-rewrite__before')?.textContent).toBe(`Your sentence: ${BEFORE}`);
  });

  it('shows the sentence again for a rewrite of another range', () => {
    const other = 'Danke.';
    const el = mount(
      <FindingCard
        {...props({
          finding: finding({
            rewrites: [
              { index: 0, before: BEFORE, text: 'Wir benötigen die Vollmacht.' },
              { index: 1, before: `${BEFORE} ${other}`, text: 'Wir benötigen die Vollmacht. Danke!' },
            ],
          }),
        })}
      />,
    );
    expect([...el.querySelectorAll('del')].map((d) => d.textContent)).toEqual([BEFORE, `${BEFORE} ${other}`]);
  });

  it('marks the gaps as elements, text only, and says what they mean', () => {
    const el = mount(<FindingCard {...props()} />);
    expect([...el.querySelectorAll('mark.rp-rewrite__gap')].map((m) => m.textContent)).toEqual([
      '[Datum]',
      '[Wochentag]',
    ]);
    expect(el.querySelector('.rp-finding__gap-hint')?.textContent).toContain('brackets');
    const plain = mount(<FindingCard {...props({ finding: finding({ rewrites: REWRITES.slice(0, 1) }) })} />);
    expect(plain.querySelector('mark')).toBeNull();
    expect(plain.querySelector('.rp-finding__gap-hint')).toBeNull();
  });

  it('renders markup in a rewrite as text', () => {
    const el = mount(
      <FindingCard
        {...props({
          finding: finding({
            rewrites: [{ index: 0, before: '<b>x</b>', text: '<img src=x onerror=alert(1)> [Datum]' }],
          }),
        })}
      />,
    );
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('b')).toBeNull();
    expect(el.querySelector('ins')?.textContent).toBe('<img src=x onerror=alert(1)> [Datum]');
  });

  it('applies a rewrite by the engine’s index with one click, the phrase suggestion unchanged', () => {
    const onApply = vi.fn();
    const onApplyRewrite = vi.fn();
    const el = mount(<FindingCard {...props({ onApply, onApplyRewrite })} />);
    const buttons = el.querySelectorAll('[data-testid="apply-rewrite"]');
    click(buttons[1] ?? null);
    expect(onApplyRewrite).toHaveBeenCalledExactlyOnceWith('de/being-right/wie-bereits-erwaehnt@0', 2);
    click(buttons[0] ?? null);
    expect(onApplyRewrite).toHaveBeenLastCalledWith('de/being-right/wie-bereits-erwaehnt@0', 0);
    expect(onApply).not.toHaveBeenCalled();
    click(el.querySelector('[data-testid="apply"]'));
    expect(onApply).toHaveBeenCalledWith('de/being-right/wie-bereits-erwaehnt@0', 'wie besprochen');
  });

  it('names each button by its visible text and the rewrite, as a native button', () => {
    const el = mount(<FindingCard {...props()} />);
    const button = el.querySelector('[data-testid="apply-rewrite"]') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.type).toBe('button');
    expect(button.textContent).toBe('Use this wording');
    expect(button.getAttribute('aria-label')).toBe(
      'Use this wording: “Wir benötigen die unterschriebene Vollmacht bis Freitag.”',
    );
    // axe label-content-name-mismatch: the accessible name contains the visible text.
    expect(button.getAttribute('aria-label')?.startsWith(button.textContent ?? '∅')).toBe(true);
  });

  it('speaks German', () => {
    setLanguage('de');
    const el = mount(<FindingCard {...props()} />);
    const button = el.querySelector('[data-testid="apply-rewrite"]');
    expect(button?.textContent).toBe('Übernehmen');
    expect(button?.getAttribute('aria-label')).toBe(
      'Übernehmen: „Wir benötigen die unterschriebene Vollmacht bis Freitag.“',
    );
    expect(el.querySelector('.rp-rewrite__after')?.textContent).toContain('Ruhiger:');
  });

  it('shows no rewrite block for a finding without rewrites', () => {
    const el = mount(<FindingCard {...props({ finding: finding({ rewrites: [] }) })} />);
    expect(el.querySelector('.rp-finding__rewrites')).toBeNull();
    expect(el.querySelector('[data-testid="apply"]')?.textContent).toBe('wie besprochen');
  });

  it('offers to leave a mocking sentence out, named by the sentence', () => {
    const leave = [{ index: 0, before: 'Echt klasse Planung. ', text: '' }];
    const onApplyRewrite = vi.fn();
    const el = mount(<FindingCard {...props({ finding: finding({ rewrites: leave }), onApplyRewrite })} />);
    const button = el.querySelector('[data-testid="apply-rewrite"]') as HTMLButtonElement;
    expect(button.textContent).toBe('Leave this sentence out');
    expect(button.getAttribute('aria-label')).toBe('Leave this sentence out: “Echt klasse Planung.”');
    expect(el.querySelector('.rp-rewrite__after')?.textContent).toContain('Leave this sentence out');
    click(button);
    expect(onApplyRewrite).toHaveBeenCalledWith(expect.anything(), 0);
  });
});
