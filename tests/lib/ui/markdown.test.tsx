// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MarkdownView } from '../../../components/shared/MarkdownView';
import { PRIVACY_SECTIONS, privacyBlocks } from '../../../entrypoints/privacy/PrivacyApp';
import { parseInline, parseMarkdown, plainText, section } from '../../../lib/ui/markdown';
import { mount } from '../../components/render';
import { markdownWords, squash } from '../../markdown-words';

const PRIVACY = readFileSync('PRIVACY.md', 'utf8');
const shown = (root: HTMLElement) =>
  squash([...root.querySelectorAll('h1, h2, h3, h4, p, li')].map((el) => el.textContent).join(' '));

describe('parseMarkdown', () => {
  it('reads headings, paragraphs over several lines, and lists with continued items', () => {
    const blocks = parseMarkdown('# Title\n\nOne line\nand the next.\n\n- first\n  goes on\n- second\n\n### Small');
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'heading']);
    expect(plainText(blocks)).toBe('Title\nOne line and the next.\nfirst goes on\nsecond\nSmall');
    expect(blocks[3]).toMatchObject({ kind: 'heading', level: 3 });
  });

  it('keeps bold, code and safe links apart, and markup as text', () => {
    expect(parseInline('a **b** `c` [d](https://example.org/) <b>e</b>')).toEqual([
      { kind: 'text', text: 'a ' },
      { kind: 'bold', text: 'b' },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'c' },
      { kind: 'text', text: ' ' },
      { kind: 'link', text: 'd', href: 'https://example.org/' },
      { kind: 'text', text: ' <b>e</b>' },
    ]);
  });

  it('turns links that could run code or leave for the repository into plain text', () => {
    expect(parseInline('[x](javascript:void) [y](SECURITY.md)')).toEqual([
      { kind: 'text', text: 'x' },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'y' },
    ]);
  });
});

describe('MarkdownView', () => {
  it('renders elements, never markup from the text', () => {
    const root = mount(
      <MarkdownView
        blocks={parseMarkdown('## Hi <img src=x onerror=alert(1)>\n\n- **bold** [a](https://example.org/)')}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2')?.textContent).toBe('Hi <img src=x onerror=alert(1)>');
    expect(root.querySelector('li strong')?.textContent).toBe('bold');
    expect(root.querySelector('li a')?.getAttribute('href')).toBe('https://example.org/');
    expect(root.querySelector('li a')?.getAttribute('rel')).toBe('noreferrer');
  });
});

describe.each(['de', 'en'] as const)('the privacy page in %s', (language) => {
  const markdown = section(PRIVACY, PRIVACY_SECTIONS[language]);

  it('shows the words of its section of PRIVACY.md, and only those', () => {
    const root = mount(<MarkdownView blocks={privacyBlocks(language)} />);
    expect(shown(root)).toBe(markdownWords(markdown));
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(root.querySelector('h1')?.textContent).toBe(PRIVACY_SECTIONS[language]);
  });
});

describe('PRIVACY.md', () => {
  it('has the same outline in German and English', () => {
    const outline = (language: 'de' | 'en') =>
      parseMarkdown(section(PRIVACY, PRIVACY_SECTIONS[language])).map((b) =>
        b.kind === 'list' ? `list ${b.items.length}` : b.kind === 'heading' ? `h${b.level}` : b.kind,
      );
    expect(outline('de').length).toBeGreaterThan(10);
    expect(outline('de')).toEqual(outline('en'));
  });

  it('says what a professional bound to secrecy needs to know, in both languages', () => {
    const de = section(PRIVACY, 'Datenschutz');
    const en = section(PRIVACY, 'Privacy');
    // "§ 203" is kept together by a no-break space.
    for (const needed of [/§\s203 StGB/, /Art\. 28 DSGVO/, /keine Netzwerkanfragen/, /Alles löschen/])
      expect(de).toMatch(needed);
    for (const needed of [/§\s203/, /Art\. 28 GDPR/, /no network requests/, /Delete everything/])
      expect(en).toMatch(needed);
  });
});
