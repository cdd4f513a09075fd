// The sidebar's live state on the page: reads the draft after a short idle,
// has the background's engine analyse it, underlines findings, applies rewrites through the editor's
// own undo, and docks beside the compose window.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { Sidebar } from '../../components/sidebar/Sidebar';
import type { FindingView, Notice, Review } from '../../components/sidebar/types';
import type { Analysis } from '../../lib/analysis';
import { countWords } from '../../lib/analysis/words';
import { replaceRange } from '../../lib/dom/edit';
import { clearHighlights, focusHighlight, showHighlights } from '../../lib/dom/highlights';
import type { TextMap } from '../../lib/dom/text';
import { watchText } from '../../lib/dom/watch';
import { getLanguage } from '../../lib/i18n';
import { send } from '../../lib/messaging/client';
import type { MailAdapter, MailCompose } from '../../lib/sites/types';
import { placeBeside } from '../../lib/ui/placement';

const PANEL = { width: 280, height: 180 };
/** Analysis waits for a pause in typing; never on every keystroke. */
export const IDLE_MS = 300;

export interface HostProps {
  adapter: MailAdapter;
  compose: MailCompose;
  startCollapsed: boolean;
  signal: AbortSignal;
}

interface Current {
  map: TextMap;
  analysis: Analysis;
}

function read(adapter: MailAdapter, compose: MailCompose): TextMap | null {
  try {
    return adapter.mapDraft(compose);
  } catch (error) {
    console.warn(`[Rapport] ${adapter.id}: could not read the draft`, error);
    return null;
  }
}

const ignoreKey = (f: { ruleId: string; quote: string }) => `${f.ruleId}|${f.quote}`;

export function SidebarHost({ adapter, compose, startCollapsed, signal }: HostProps) {
  const [wordCount, setWordCount] = useState(() => countWords(read(adapter, compose)?.text ?? ''));
  const [collapsed, setCollapsed] = useState(startCollapsed);
  const [place, setPlace] = useState(() => placeFor(compose));
  const [review, setReview] = useState<Review | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [canUndo, setCanUndo] = useState(false);
  const current = useRef<Current | null>(null);
  const ignored = useRef(new Set<string>());

  const version = useRef(0);

  const runAnalysis = useCallback(() => {
    const map = read(adapter, compose);
    if (!map) return;
    setWordCount(countWords(map.text));
    const mine = ++version.current;
    send({ type: 'analysis/run', text: map.text, options: { uiLanguage: getLanguage() } }).then(
      (analysis) => {
        // A newer draft was sent meanwhile: its answer will come.
        if (mine !== version.current || signal.aborted) return;
        show(map, analysis);
      },
      (error: unknown) => console.warn('[Rapport] analysis failed', error),
    );
  }, [adapter, compose, signal]);

  const show = (map: TextMap, analysis: Analysis) => {
    current.current = { map, analysis };
    const findings: FindingView[] = analysis.findings
      .map((f) => ({
        key: `${f.ruleId}@${f.start}`,
        ruleId: f.ruleId,
        category: f.category,
        quote: map.text
          .slice(f.start, f.end)
          .trim()
          .replace(/^[,;:.!?\s]+/, ''),
        message: f.message,
        explanation: f.explanation,
        suggestions: f.suggestions,
      }))
      .filter((f) => !ignored.current.has(ignoreKey(f)));
    setReview({ findings, scores: analysis.scores });
    const shown = new Set(findings.map((f) => f.key));
    const ranges = analysis.findings
      .filter((f) => shown.has(`${f.ruleId}@${f.start}`))
      .map((f) => map.range(f.start, f.end))
      .filter((r): r is Range => r !== null);
    showHighlights(compose.editor.ownerDocument, ranges);
  };

  useEffect(() => {
    let timer: number | undefined;
    let composing = false;
    const schedule = () => {
      window.clearTimeout(timer);
      // Never analyse (or replace) in the middle of an IME composition.
      if (!composing) timer = window.setTimeout(runAnalysis, IDLE_MS);
    };
    const editor = compose.editor;
    editor.addEventListener('input', schedule, { signal });
    editor.addEventListener('compositionstart', () => (composing = true), { signal });
    editor.addEventListener(
      'compositionend',
      () => {
        composing = false;
        schedule();
      },
      { signal },
    );
    watchText(editor, signal, schedule);
    window.addEventListener('resize', () => setPlace(placeFor(compose)), { signal });
    signal.addEventListener('abort', () => {
      window.clearTimeout(timer);
      clearHighlights(editor.ownerDocument);
    });
    runAnalysis();
  }, [compose, runAnalysis, signal]);

  const findingOf = (key: string) => current.current?.analysis.findings.find((f) => `${f.ruleId}@${f.start}` === key);

  const apply = (key: string, suggestion: string) => {
    const state = current.current;
    const finding = findingOf(key);
    if (!state || !finding) return;
    const range = state.map.range(finding.start, finding.end);
    const expected = state.map.text.slice(finding.start, finding.end);
    const result = range ? replaceRange(range, expected, suggestion) : 'changed';
    setNotice(result === 'replaced' ? null : result);
    if (result === 'replaced') setCanUndo(true);
    runAnalysis();
  };

  const undo = () => {
    compose.editor.focus();
    if (!compose.editor.ownerDocument.execCommand('undo')) setNotice('failed');
    setCanUndo(false);
    runAnalysis();
  };

  const ignore = (key: string) => {
    const finding = review?.findings.find((f) => f.key === key);
    if (finding) ignored.current.add(ignoreKey(finding));
    runAnalysis();
  };

  const hover = (key: string | null) => {
    const state = current.current;
    const finding = key ? findingOf(key) : undefined;
    focusHighlight(compose.editor.ownerDocument, state && finding ? state.map.range(finding.start, finding.end) : null);
  };

  const toggle = () => {
    setCollapsed(!collapsed);
    send({ type: 'settings/set', patch: { sidebarCollapsed: !collapsed } }).catch((error: unknown) =>
      console.warn('[Rapport] could not remember the sidebar state', error),
    );
  };

  return (
    <div class="rp-dock" style={{ right: `${place.right}px`, top: `${place.top}px` }}>
      <Sidebar
        wordCount={wordCount}
        collapsed={collapsed || place.cramped}
        review={review}
        notice={notice}
        canUndo={canUndo}
        onToggle={toggle}
        onApply={apply}
        onIgnore={ignore}
        onUndo={undo}
        onHover={hover}
      />
    </div>
  );
}

function placeFor(compose: MailCompose) {
  const r = compose.root.getBoundingClientRect();
  return placeBeside(
    { left: r.left, top: r.top, width: r.width, height: r.height },
    { width: window.innerWidth, height: window.innerHeight },
    PANEL,
  );
}
