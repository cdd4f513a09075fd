// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { PreCallCard, type PreCallCardProps } from '../../../components/precall/PreCallCard';
import { click, mount } from '../render';

const props = (over: Partial<PreCallCardProps> = {}): PreCallCardProps => ({
  meetingTitle: 'abc-defg-hij',
  people: [
    { name: 'Anna Schmidt', email: '', known: true },
    { name: 'Jonas Weber', email: '', known: false },
  ],
  mood: { mood: null, resetItem: 'Drei ruhige Atemzüge.', onMood: vi.fn() },
  onDismiss: vi.fn(),
  onTurnOff: vi.fn(),
  ...over,
});

describe('PreCallCard', () => {
  it('names the meeting and the people, asks for appreciation and lists three lines of the checklist', () => {
    const el = mount(<PreCallCard {...props()} />);
    expect(el.querySelector('section')?.getAttribute('aria-label')).toBe('Rapport: before you join');
    expect(el.textContent).toContain('Meeting: abc-defg-hij');
    expect(el.querySelector('[data-testid="participants"]')?.textContent).toBe(
      'With: Anna Schmidt (in your contacts), Jonas Weber',
    );
    expect(el.querySelectorAll('[data-testid="checklist"] li')).toHaveLength(3);
  });

  it('renders a hostile meeting title and names as text, not markup', () => {
    const el = mount(
      <PreCallCard
        {...props({
          meetingTitle: '<img src=x onerror="alert(1)">',
          people: [{ name: '<b>x</b>', email: '', known: false }],
        })}
      />,
    );
    expect(el.querySelector('img, b')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  it('leaves out the meeting line when the page names no meeting', () => {
    expect(mount(<PreCallCard {...props({ meetingTitle: '' })} />).textContent).not.toContain('Meeting:');
  });

  it('takes the mood in one tap and offers a reset line only on a low one', () => {
    const onMood = vi.fn();
    const el = mount(<PreCallCard {...props({ mood: { mood: null, resetItem: 'Wasser trinken.', onMood } })} />);
    click(el.querySelector('[data-testid="mood-2"]'));
    expect(onMood).toHaveBeenCalledWith(2);
    expect(el.querySelector('[data-testid="reset-item"]')).toBeNull();
    const low = mount(<PreCallCard {...props({ mood: { mood: 2, resetItem: 'Wasser trinken.', onMood } })} />);
    expect(low.querySelector('[data-testid="reset-item"]')?.textContent).toBe('Before you join: Wasser trinken.');
    expect(low.querySelector('[data-testid="mood-2"]')?.getAttribute('aria-pressed')).toBe('true');
    const fine = mount(<PreCallCard {...props({ mood: { mood: 4, resetItem: 'Wasser trinken.', onMood } })} />);
    expect(fine.querySelector('[data-testid="reset-item"]')).toBeNull();
  });

  it('can be dismissed for this meeting or turned off for the site', () => {
    const p = props();
    const el = mount(<PreCallCard {...p} />);
    click(el.querySelector('[data-testid="precall-dismiss"]'));
    click(el.querySelector('[data-testid="precall-turn-off"]'));
    expect(p.onDismiss).toHaveBeenCalledOnce();
    expect(p.onTurnOff).toHaveBeenCalledOnce();
  });
});
