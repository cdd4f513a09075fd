// @vitest-environment jsdom
// The review inside the sidebar frame, with the real engine behind a stubbed
// background: what the content script is asked to do carries offsets only,
// never a finding's words or advice.
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { analyze, rewriteFindings } from '../../../lib/analysis';
import type { DraftSnapshot, EditorCommand } from '../../../lib/messaging/surface-types';
import { type FrameReview, findingActions, useFrameReview } from '../../../lib/ui/use-frame-review';
import { mount } from '../../components/render';

const commands: EditorCommand[] = [];
const settingsSent: object[] = [];

vi.mock('../../../lib/messaging/client', () => ({
  send: vi.fn(
    async (message: { type: string; text?: string; options?: object; indexes?: number[]; command?: EditorCommand }) => {
      if (message.type === 'analysis/run') return analyze(message.text ?? '', message.options);
      if (message.type === 'analysis/rewrites')
        return rewriteFindings(message.text ?? '', message.options ?? {}, message.indexes ?? []);
      if (message.type === 'settings/page-set') settingsSent.push(message);
      if (message.type === 'surface/command') {
        commands.push(message.command as EditorCommand);
        return 'replaced';
      }
      return null;
    },
  ),
}));

const DRAFT: DraftSnapshot = {
  version: 3,
  text: 'Wie bereits erwähnt, haben Sie die Pläne schon wieder nicht geschickt.',
  longDraft: false,
  wordCount: 11,
  recipients: [{ name: 'Anna', email: 'anna@example.org' }],
  repliedTo: null,
  cramped: false,
};

let review: FrameReview;
function Probe({ draft }: { draft: DraftSnapshot | null }) {
  review = useFrameReview(draft, []);
  return null;
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

beforeEach(() => {
  commands.length = 0;
  settingsSent.length = 0;
});

describe('the frame’s review of a draft it was handed', () => {
  it('shows the findings and asks the content script to underline their offsets, nothing else', async () => {
    mount(<Probe draft={DRAFT} />);
    await settle();
    const findings = review.review?.findings ?? [];
    expect(findings.length).toBeGreaterThan(0);
    const underline = commands.filter((c) => c.op === 'underline').at(-1);
    expect(underline).toMatchObject({ op: 'underline', version: 3 });
    const spans = underline?.op === 'underline' ? underline.spans : [];
    expect(spans).toHaveLength(findings.length);
    for (const span of spans) expect(Object.keys(span).sort()).toEqual(['end', 'start']);
    // No word of what Rapport says goes to the page side.
    const sent = JSON.stringify(commands);
    for (const f of findings) expect(sent).not.toContain(f.message);
  });

  it('applies a suggestion as a replacement of the finding’s own range in that reading', async () => {
    mount(<Probe draft={DRAFT} />);
    await settle();
    const finding = review.review?.findings.find((f) => f.suggestions.length > 0);
    expect(finding).toBeDefined();
    const [start] = (finding?.key.split('@')[1] ?? '0').split(',').map(Number);
    act(() => review.apply(finding?.key ?? '', finding?.suggestions[0] ?? ''));
    await settle();
    const replace = commands.find((c) => c.op === 'replace');
    expect(replace).toMatchObject({ op: 'replace', version: 3, start, text: finding?.suggestions[0], select: null });
    expect(review.canUndo).toBe(true);
  });

  it('leaves an ignored finding out of the list and the underlines', async () => {
    mount(<Probe draft={DRAFT} />);
    await settle();
    const before = review.review?.findings.length ?? 0;
    const key = review.review?.findings[0]?.key ?? '';
    act(() => review.ignore(key));
    await settle();
    expect(review.review?.findings.length).toBe(before - 1);
    const underline = commands.filter((c) => c.op === 'underline').at(-1);
    expect(underline?.op === 'underline' && underline.spans.length).toBe(before - 1);
  });

  it('lists what was ignored or turned off in this draft, and restores each (issue 16)', async () => {
    mount(<Probe draft={DRAFT} />);
    await settle();
    const [first, second] = review.review?.findings ?? [];
    if (!first || !second) throw new Error('two findings expected');
    const all = review.review?.findings.length ?? 0;
    act(() => review.ignore(first.key));
    await settle();
    act(() => review.disableRule(second.ruleId));
    await settle();
    expect(review.ignored.map((i) => [i.kind, i.quote])).toEqual([
      ['here', first.quote],
      ['rule', second.quote],
    ]);
    expect(review.review?.findings.length).toBeLessThanOrEqual(all - 2);
    act(() => review.restore(review.ignored[1]?.key ?? ''));
    await settle();
    expect(settingsSent.at(-1)).toMatchObject({ type: 'settings/page-set', enableRule: second.ruleId });
    act(() => review.restore(review.ignored[0]?.key ?? ''));
    await settle();
    expect(review.ignored).toEqual([]);
    expect(review.review?.findings.length).toBe(all);
  });

  it('says it is reading from a new draft until its analysis is back', async () => {
    mount(<Probe draft={DRAFT} />);
    expect(review.reading).toBe(true);
    await settle();
    expect(review.reading).toBe(false);
  });
});

describe('findingActions', () => {
  it('hands the finding lists the review’s own actions, notice and undo state', () => {
    const draft = {
      notice: null,
      canUndo: true,
      apply: vi.fn(),
      applyRewrite: vi.fn(),
      ignore: vi.fn(),
      disableRule: vi.fn(),
      undo: vi.fn(),
      hover: vi.fn(),
    } as unknown as FrameReview;
    expect(findingActions(draft)).toEqual({
      notice: null,
      canUndo: true,
      onApply: draft.apply,
      onApplyRewrite: draft.applyRewrite,
      onIgnore: draft.ignore,
      onDisableRule: draft.disableRule,
      onUndo: draft.undo,
      onHover: draft.hover,
    });
  });
});
