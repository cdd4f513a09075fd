// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { Checklist } from '../../../components/call/Checklist';
import { setLanguage } from '../../../lib/i18n';
import { mount } from '../render';

afterEach(() => setLanguage('en'));

describe('Checklist', () => {
  it('words every German item in one mood: the infinitive, no imperative with "Sie"', () => {
    setLanguage('de');
    const items = [...mount(<Checklist />).querySelectorAll('li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(5);
    // An imperative starts "Rechnen Sie …"; an infinitive item names no addressee up front.
    for (const item of items) expect(item, item).not.toMatch(/^[\p{L}]+ Sie\b/u);
  });
});
