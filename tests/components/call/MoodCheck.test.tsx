// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MoodCheck } from '../../../components/call/MoodCheck';
import { setLanguage } from '../../../lib/i18n';
import { mount } from '../render';

afterEach(() => setLanguage('en'));

const names = (): [text: string, label: string][] =>
  [...mount(<MoodCheck mood={null} resetItem={null} onMood={vi.fn()} />).querySelectorAll('button')].map((b) => [
    b.textContent ?? '',
    b.getAttribute('aria-label') ?? '',
  ]);

describe('MoodCheck', () => {
  it("names each button by its visible number and the scale's meaning", () => {
    const buttons = names();
    expect(buttons).toHaveLength(5);
    for (const [text, label] of buttons) expect(label.startsWith(`${text} of 5, `)).toBe(true);
    expect(buttons[0]?.[1]).toBe('1 of 5, drained');
    expect(buttons[4]?.[1]).toBe('5 of 5, ready');
    // Every step says something of its own.
    expect(new Set(buttons.map(([, label]) => label.split(', ')[1])).size).toBe(5);
  });

  it('says the meaning in German too', () => {
    setLanguage('de');
    expect(names()[0]?.[1]).toBe('1 von 5, erschöpft');
  });
});
