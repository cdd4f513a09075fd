import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { PRAISE_FRAGMENT } from '../../../../lib/analysis/constructions/praise-fragment';

const GREETING = { de: 'Hallo Frau Kern,\n\n', en: 'Hi Dana,\n\n' };

/** What the praise-fragment rule quotes in the mail around `text`. */
function fragments(language: 'de' | 'en', text: string): string[] {
  const mail = `${GREETING[language]}${text}`;
  return analyze(mail)
    .findings.filter((f) => f.ruleId === 'praise-fragment')
    .map((f) => mail.slice(f.start, f.end));
}

describe('praise fragment after a reproach', () => {
  for (const language of ['de', 'en'] as const) {
    const { hit, miss } = PRAISE_FRAGMENT[language].examples;
    it.each(hit.map((t) => [t]))(`${language}: flags the bare praise in %j`, (text) => {
      const last = text.slice(text.lastIndexOf('. ') + 2).replace(/\.$/, '');
      expect(fragments(language, text)).toEqual([last]);
    });
    it.each(miss.map((t) => [t]))(`${language}: leaves %j alone`, (text) => {
      expect(fragments(language, text)).toEqual([]);
    });
  }
});
