// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../../components/sidebar/Sidebar';
import { verdictOf } from '../../../lib/analysis/verdict';
import { setLanguage } from '../../../lib/i18n';
import type { Review } from '../../../lib/ui/review';
import { click, mount } from '../render';
import { finding } from './fixtures';

afterEach(() => setLanguage('en'));

/** A review whose verdict follows its scores, as the engine's does. */
const review = (over: Partial<Review> & Pick<Review, 'scores'>): Review => ({
  findings: [],
  reasons: [],
  verdict: verdictOf(over.scores),
  ...over,
});

function props(over: Partial<SidebarProps> = {}): SidebarProps {
  return {
    wordCount: 12,
    collapsed: false,
    pauseAt: 60,
    recipients: [
      { name: 'Dr. Anna Schmidt', email: 'anna.schmidt@example.com' },
      { name: '', email: 'team@example.com' },
    ],
    review: review({ findings: [finding()], scores: { security: 80, appreciation: 35, tension: 39 } }),
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

describe('Sidebar', () => {
  it('shows the word count in a labelled panel', () => {
    const el = mount(<Sidebar {...props()} />);
    expect(el.querySelector('aside')?.getAttribute('aria-label')).toBe('Rapport writing coach');
    expect(el.querySelector('[data-testid="word-count"]')?.textContent).toBe('12 words in your draft');
  });

  it('speaks German when the UI language is German', () => {
    setLanguage('de');
    const el = mount(<Sidebar {...props({ wordCount: 1 })} />);
    expect(el.querySelector('[data-testid="word-count"]')?.textContent).toBe('1 Wort im Entwurf');
    expect(el.querySelector('.rp-finding__kind')?.textContent).toBe('Rechthaben');
  });

  it('invites writing while the draft is empty, and says when it is reading', () => {
    expect(mount(<Sidebar {...props({ wordCount: 0 })} />).textContent).toContain('Start writing.');
    expect(mount(<Sidebar {...props({ review: null })} />).textContent).toContain('Reading your draft');
  });

  it('shows each finding’s words and kind, and on expand the message, why, and rewrites', () => {
    const onApply = vi.fn();
    const onIgnore = vi.fn();
    const el = mount(<Sidebar {...props({ onApply, onIgnore })} />);
    expect(el.querySelector('.rp-finding__kind')?.textContent).toBe('Being right');
    expect(el.querySelector('q')?.textContent).toBe('Wie bereits erwähnt');
    click(el.querySelector('[data-testid="finding-head"]'));
    expect(el.querySelector('.rp-finding__message')?.textContent).toContain('„Wie bereits erwähnt“');
    expect(el.querySelector('.rp-finding__explanation')?.textContent).toBe('Rechthaben kostet Gemeinsamkeit.');
    const apply = el.querySelector('[data-testid="apply"]');
    expect(apply?.getAttribute('aria-label')).toBe('Replace with “wie besprochen”');
    click(apply);
    expect(onApply).toHaveBeenCalledWith('de/being-right/wie-bereits-erwaehnt@0', 'wie besprochen');
    click(el.querySelector('[data-testid="ignore"]'));
    expect(onIgnore).toHaveBeenCalledWith('de/being-right/wie-bereits-erwaehnt@0');
  });

  it('renders at most 50 finding cards, says how many more, and adds the next 50 on request', () => {
    const many = Array.from({ length: 120 }, (_, i) =>
      finding({ key: `rule@${i}`, category: i % 2 ? 'harsh' : 'shouting', quote: `Satz ${i}` }),
    );
    const el = mount(
      <Sidebar
        {...props({ review: review({ findings: many, scores: { security: 50, appreciation: 10, tension: 90 } }) })}
      />,
    );
    const cards = () => el.querySelectorAll('[data-testid="finding"]').length;
    expect(cards()).toBe(50);
    expect(el.querySelector('[data-testid="more-findings"]')?.textContent).toContain('70 more findings');
    click(el.querySelector('[data-testid="show-more"]'));
    expect(cards()).toBe(100);
    expect(el.querySelector('[data-testid="more-findings"]')?.textContent).toContain('20 more findings');
    click(el.querySelector('[data-testid="show-more"]'));
    expect(cards()).toBe(120);
    expect(el.querySelector('[data-testid="more-findings"]')).toBeNull();
  });

  it('says in German how many findings are left out', () => {
    setLanguage('de');
    const many = Array.from({ length: 51 }, (_, i) => finding({ key: `rule@${i}` }));
    const el = mount(
      <Sidebar
        {...props({ review: review({ findings: many, scores: { security: 50, appreciation: 10, tension: 90 } }) })}
      />,
    );
    expect(el.querySelector('[data-testid="more-findings"]')?.textContent).toContain('Noch 1 weiterer Hinweis');
  });

  it('says when only the start of a long draft was checked', () => {
    const scores = { security: 50, appreciation: 10, tension: 40 };
    expect(mount(<Sidebar {...props({ review: review({ scores }) })} />).textContent).not.toContain('Long draft');
    const el = mount(<Sidebar {...props({ review: review({ scores, checkedChars: 30_000 }) })} />);
    expect(el.querySelector('[data-testid="long-draft"]')?.textContent).toBe(
      'Long draft: the first 30,000 characters are checked.',
    );
    setLanguage('de');
    expect(
      mount(<Sidebar {...props({ review: review({ scores, checkedChars: 30_000 }) })} />).querySelector(
        '[data-testid="long-draft"]',
      )?.textContent,
    ).toBe('Langer Entwurf: geprüft werden die ersten 30.000 Zeichen.');
  });

  it('quotes the sentence a whole-mail finding points at', () => {
    const unclear = finding({
      category: 'unclear-ask',
      ruleId: 'unclear-ask',
      quote: 'Die Garage ist gleich groß.',
      message: 'What should they do next?',
      suggestions: [],
    });
    const el = mount(
      <Sidebar
        {...props({ review: review({ findings: [unclear], scores: { security: 40, appreciation: 50, tension: 0 } }) })}
      />,
    );
    expect(el.querySelector('q')?.textContent).toBe('Die Garage ist gleich groß.');
    expect(el.querySelector('[data-testid="apply"]')).toBeNull();
  });

  it('shows who the draft is for', () => {
    const el = mount(<Sidebar {...props()} />);
    expect(el.querySelector('[data-testid="contact-name"]')?.textContent).toBe('Dr. Anna Schmidt');
    expect(el.querySelector('[data-testid="contact-email"]')?.textContent).toBe('anna.schmidt@example.com');
    expect(el.querySelector('.rp-contact__more')?.textContent).toBe('and 1 more');
    expect(mount(<Sidebar {...props({ recipients: [] })} />).querySelector('[data-testid="contact-card"]')).toBeNull();
    // A reply to someone who is not among the recipients says so; a plain reply does not.
    const forwarded = mount(
      <Sidebar {...props({ repliedTo: { name: 'Jonas Weber', email: 'jonas.weber@example.de' } })} />,
    );
    expect(forwarded.querySelector('[data-testid="replied-to"]')?.textContent).toBe('In reply to Jonas Weber');
    const reply = mount(<Sidebar {...props({ repliedTo: { name: 'Anna', email: 'anna.schmidt@example.com' } })} />);
    expect(reply.querySelector('[data-testid="replied-to"]')).toBeNull();
  });

  it('shows the contact-specific appreciation question, or the general one without a contact', () => {
    const el = mount(<Sidebar {...props({ appreciation: <p data-testid="appreciation">Anna?</p> })} />);
    expect(el.querySelector('[data-testid="appreciation"]')?.textContent).toBe('Anna?');
    expect(el.querySelector('[data-testid="appreciation-prompt"]')).toBeNull();
    expect(mount(<Sidebar {...props()} />).querySelector('[data-testid="appreciation-prompt"]')?.textContent).toBe(
      'Before you send: what is one thing you value about this person?',
    );
  });

  it('turns a rule off by its id', () => {
    const onDisableRule = vi.fn();
    const el = mount(<Sidebar {...props({ onDisableRule })} />);
    click(el.querySelector('[data-testid="finding-head"]'));
    click(el.querySelector('[data-testid="disable-rule"]'));
    expect(onDisableRule).toHaveBeenCalledWith('de/being-right/wie-bereits-erwaehnt');
  });

  it('labels a deletion as such', () => {
    const el = mount(
      <Sidebar
        {...props({
          review: review({
            findings: [finding({ suggestions: [''] })],
            scores: { security: 90, appreciation: 50, tension: 10 },
          }),
        })}
      />,
    );
    click(el.querySelector('[data-testid="finding-head"]'));
    expect(el.querySelector('[data-testid="apply"]')?.textContent).toBe('Remove it');
  });

  it('suggests a pause only when the draft runs hot', () => {
    const calm = mount(<Sidebar {...props()} />);
    expect(calm.querySelector('[data-testid="pause"]')).toBeNull();
    const hot = mount(
      <Sidebar
        {...props({
          review: review({ findings: [], scores: { security: 50, appreciation: 20, tension: 60 } }),
          compliment: 'Danke, Sie sind großartig!',
        })}
      />,
    );
    expect(hot.querySelector('[data-testid="pause"]')).not.toBeNull();
    expect(hot.querySelector('[data-testid="compliment"]')?.textContent).toBe(
      'A kind word you received: “Danke, Sie sind großartig!”',
    );
    const strict = mount(
      <Sidebar
        {...props({
          pauseAt: 45,
          review: review({ findings: [], scores: { security: 50, appreciation: 20, tension: 50 } }),
        })}
      />,
    );
    expect(strict.querySelector('[data-testid="pause"]')).not.toBeNull();
    expect(strict.querySelector('[data-testid="compliment"]')).toBeNull();
  });

  it('says so when the text changed before a rewrite, and offers undo after one', () => {
    const onUndo = vi.fn();
    const el = mount(<Sidebar {...props({ notice: 'changed', canUndo: true, onUndo })} />);
    expect(el.querySelector('[data-testid="notice"]')?.textContent).toContain('changed');
    click(el.querySelector('[data-testid="undo"]'));
    expect(onUndo).toHaveBeenCalledOnce();
  });

  it('asks to collapse and to expand through one event, with buttons that say their state', () => {
    const onToggle = vi.fn();
    const open = mount(<Sidebar {...props({ onToggle })} />);
    const collapse = open.querySelector('[data-testid="sidebar-collapse"]');
    expect(collapse?.getAttribute('aria-expanded')).toBe('true');
    click(collapse);
    const closed = mount(<Sidebar {...props({ onToggle, collapsed: true })} />);
    expect(closed.querySelector('aside')).toBeNull();
    const expand = closed.querySelector('[data-testid="sidebar-expand"]');
    expect(expand?.getAttribute('aria-label')).toBe('Open Rapport, 1 finding');
    expect(expand?.getAttribute('aria-expanded')).toBe('false');
    expect(expand?.textContent).toBe('R1');
    click(expand);
    expect(onToggle).toHaveBeenCalledTimes(2);
  });
});
