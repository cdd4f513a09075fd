// What a reader sees of a Markdown text: its words with the syntax taken out,
// read without the extension's parser, so tests can compare the two.
export const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

export const markdownWords = (markdown: string) =>
  squash(
    markdown
      .replace(/^#+\s+/gm, '')
      .replace(/^\s*-\s+/gm, '')
      .replace(/\*\*|`/g, '')
      .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1'),
  );
