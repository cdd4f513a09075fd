import type { Block, Inline } from '../../lib/ui/markdown';

function InlineView({ inline }: { inline: Inline }) {
  if (inline.kind === 'bold') return <strong>{inline.text}</strong>;
  if (inline.kind === 'code') return <code>{inline.text}</code>;
  if (inline.kind === 'link')
    return (
      <a href={inline.href} target="_blank" rel="noreferrer">
        {inline.text}
      </a>
    );
  return <>{inline.text}</>;
}

const Inlines = ({ inlines }: { inlines: readonly Inline[] }) => (
  <>
    {inlines.map((inline, i) => (
      <InlineView key={i} inline={inline} />
    ))}
  </>
);

/** Parsed Markdown (lib/ui/markdown.ts) as elements: text stays text. Index keys: a parsed document never reorders. */
export function MarkdownView({ blocks }: { blocks: readonly Block[] }) {
  return (
    <>
      {blocks.map((block, i) => {
        if (block.kind === 'list')
          return (
            <ul key={i}>
              {block.items.map((item, j) => (
                <li key={j}>
                  <Inlines inlines={item} />
                </li>
              ))}
            </ul>
          );
        if (block.kind === 'paragraph')
          return (
            <p key={i}>
              <Inlines inlines={block.inlines} />
            </p>
          );
        const Heading = `h${block.level}` as 'h1';
        return (
          <Heading key={i}>
            <Inlines inlines={block.inlines} />
          </Heading>
        );
      })}
    </>
  );
}
