// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ComplimentsList } from '../../../components/options/ComplimentsList';
import { setLanguage } from '../../../lib/i18n';
import { click, mount } from '../render';
import { note } from './fixtures';

afterEach(() => setLanguage('en'));

const OLD = note('You made this so easy for us.', '2024-11-03T12:00:00.000Z', 'mail', 'Thanks!');
const NEW = note('Best architect we ever had.', '2025-06-20T12:00:00.000Z', 'import');

describe('ComplimentsList', () => {
  it('shows the collection newest first, with date, source and the mail title', () => {
    const el = mount(<ComplimentsList compliments={[OLD, NEW]} onRemove={() => undefined} />);
    expect(el.querySelector('h2')?.textContent).toBe('Compliment collection');
    const entries = [...el.querySelectorAll('[data-testid="compliment-entry"]')];
    expect(entries.map((e) => e.querySelector('.rp-note__text')?.textContent)).toEqual([
      'Best architect we ever had.',
      'You made this so easy for us.',
    ]);
    expect(entries.map((e) => e.querySelector('.rp-note__meta')?.textContent)).toEqual([
      'Jun 20, 2025 · imported',
      'Nov 3, 2024 · saved from a mail · In “Thanks!”',
    ]);
    expect(entries[0]?.parentElement?.tagName).toBe('UL');
  });

  it('removes the compliment whose button was pressed', () => {
    const onRemove = vi.fn();
    const el = mount(<ComplimentsList compliments={[OLD, NEW]} onRemove={onRemove} />);
    const second = el.querySelectorAll('[data-testid="compliment-entry"]')[1];
    const button = second?.querySelector('button') ?? null;
    expect(button?.textContent).toBe('Remove');
    click(button);
    expect(onRemove).toHaveBeenCalledWith(OLD);
  });

  it('has an empty state, in German too', () => {
    setLanguage('de');
    const el = mount(<ComplimentsList compliments={[]} onRemove={() => undefined} />);
    expect(el.querySelectorAll('[data-testid="compliment-entry"]')).toHaveLength(0);
    expect(el.querySelector('h2')?.textContent).toBe('Komplimente-Sammlung');
    expect(el.textContent).toContain('Noch keine Komplimente in der Sammlung.');
  });
});
