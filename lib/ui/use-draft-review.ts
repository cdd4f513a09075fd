// The draft under review: reads it after a short idle (never during an IME
// composition), has the background's engine analyse it, underlines findings,
// applies rewrites through the editor's own undo, and remembers what the user
// ignored or turned off. Site knowledge comes from the adapter only.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Category } from '../analysis';
import { quotedSender } from '../analysis/quote-header';
import { countWords } from '../analysis/words';
import { learnFormOnSend, readDraft as read, readRecipients } from '../dom/compose-read';
import { countWordsInSlices } from '../dom/count-words';
import { type ReplaceResult, replaceInEditor, selectInEditor } from '../dom/edit';
import { clearHighlights, focusHighlight, underlineNearView } from '../dom/highlights';
import type { TextMap } from '../dom/text';
import { whenTypingPauses } from '../dom/watch';
import { getLanguage } from '../i18n';
import { send } from '../messaging/client';
import { MAX_ANALYSED_CHARS, MAX_LEARNED_RECIPIENTS } from '../messaging/limits';

/** Findings a draft asks rewrites for at once (the background's limit). */
const MAX_REWRITE_REQUEST = 50;

import type { MailAdapter, MailCompose, Recipient } from '../sites/types';
import { firstPlaceholder } from './placeholder';
import { reasonViews } from './reasons';
import {
  analysedPart,
  type FindingView,
  findingKey,
  findingView,
  type Notice,
  type Review,
  usableRewrite,
} from './review';

/** Analysis waits for a pause in typing; never on every keystroke. */
const IDLE_MS = 300;

interface Current {
  map: TextMap;
  analysis: Analysis;
}

const ignoreKey = (f: { ruleId: string; quote: string }) => `${f.ruleId}|${f.quote}`;

export interface DraftReview {
  wordCount: number;
  recipients: Recipient[];
  /** The sender of the quoted mail, when the draft is a reply. */
  repliedTo: Recipient | null;
  review: Review | null;
  notice: Notice;
  canUndo: boolean;
  apply: (key: string, suggestion: string) => void;
  /** Applies the finding's rewrites[index] over its own range and selects its first gap ("[Datum]"). */
  applyRewrite: (key: string, index: number) => void;
  undo: () => void;
  ignore: (key: string) => void;
  disableRule: (ruleId: string) => void;
  hover: (key: string | null) => void;
}

export function useDraftReview(
  adapter: MailAdapter,
  compose: MailCompose,
  disabledRules: readonly string[],
  signal: AbortSignal,
  /** Categories shown at the user's sensitivity; the rest is left out. */
  categories?: ReadonlySet<Category>,
): DraftReview {
  // The start only: the first analysis, right after mounting, counts all of a long draft.
  const [wordCount, setWordCount] = useState(() => countWords(analysedPart(read(adapter, compose)?.text ?? '').text));
  const [review, setReview] = useState<Review | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [canUndo, setCanUndo] = useState(false);
  const current = useRef<Current | null>(null);
  const ignored = useRef(new Set<string>());
  const disabled = useRef(new Set(disabledRules));
  const [recipients, setRecipients] = useState<Recipient[]>(() => readRecipients(adapter, compose));
  const [repliedTo, setRepliedTo] = useState<Recipient | null>(null);

  const version = useRef(0);
  /** Ends the underlines of the analysis shown (and their scroll listener) when the next is shown. */
  const underlines = useRef<AbortController | null>(null);

  const runAnalysis = useCallback(() => {
    const map = read(adapter, compose);
    if (!map) return;
    const mine = ++version.current;
    countWordsInSlices(map.text, () => mine !== version.current || signal.aborted, setWordCount);
    const recipients = readRecipients(adapter, compose);
    setRecipients(recipients);
    setRepliedTo(quotedSender(map.text));
    const { text, longDraft } = analysedPart(map.text);
    const request = {
      text,
      options: { uiLanguage: getLanguage() },
      // Only the first known of them sets the form of address.
      recipients: recipients
        .map((r) => r.email)
        .filter(Boolean)
        .slice(0, MAX_LEARNED_RECIPIENTS),
    };
    send({ type: 'analysis/run', ...request }).then(
      (analysis) => {
        // A newer draft was sent meanwhile: its answer will come.
        if (mine !== version.current || signal.aborted) return;
        show(map, analysis, longDraft);
        // Rewrites are built for the findings shown, after they are: each costs the engine two more readings.
        const indexes = shownIndexes(analysis).slice(0, MAX_REWRITE_REQUEST);
        if (indexes.length === 0) return;
        send({ type: 'analysis/rewrites', ...request, indexes }).then(
          (rewrites) => {
            if (mine !== version.current || signal.aborted) return;
            indexes.forEach((at, k) => {
              const f = analysis.findings[at];
              const found = rewrites[k];
              if (f && Array.isArray(found) && found.length > 0) f.rewrites = found;
            });
            show(map, analysis, longDraft);
          },
          (error: unknown) => console.warn('[Rapport] rewrites failed', error),
        );
      },
      (error: unknown) => console.warn('[Rapport] analysis failed', error),
    );
  }, [adapter, compose, signal]);

  const visible = (f: FindingView) =>
    !ignored.current.has(ignoreKey(f)) &&
    !disabled.current.has(f.ruleId) &&
    (!categories || categories.has(f.category));

  /** The indexes of the findings the sidebar shows, in the engine's order. */
  const shownIndexes = (analysis: Analysis): number[] =>
    analysis.findings.flatMap((f, i) => (visible(findingView(f, current.current?.map.text ?? '')) ? [i] : []));

  const show = (map: TextMap, analysis: Analysis, longDraft: boolean) => {
    current.current = { map, analysis };
    const findings: FindingView[] = analysis.findings.map((f) => findingView(f, map.text)).filter(visible);
    // The verdict and the reasons are the engine's, whatever the user ignored.
    setReview({
      findings,
      scores: analysis.scores,
      reasons: reasonViews(analysis.reasons, map.text),
      verdict: analysis.verdict,
      ...(longDraft ? { checkedChars: MAX_ANALYSED_CHARS } : {}),
    });
    const shown = new Set(findings.map((f) => f.key));
    underlines.current?.abort();
    underlines.current = new AbortController();
    underlineNearView(
      compose.editor,
      analysis.findings.filter((f) => shown.has(findingKey(f))),
      map.range,
      underlines.current.signal,
    );
  };

  useEffect(() => {
    const editor = compose.editor;
    // Never analyse (or replace) in the middle of an IME composition.
    whenTypingPauses(editor, signal, IDLE_MS, runAnalysis);
    learnFormOnSend(adapter, compose, () => current.current?.analysis.stats.addressForm, signal);
    signal.addEventListener('abort', () => {
      underlines.current?.abort();
      clearHighlights(editor.ownerDocument);
    });
    runAnalysis();
  }, [compose, runAnalysis, signal]);

  const findingOf = (key: string) => current.current?.analysis.findings.find((f) => findingKey(f) === key);

  /** Replaces analysed text[start, end) through the editor's own undo; what the user typed since is never replaced. */
  const replace = (map: TextMap, start: number, end: number, replacement: string): ReplaceResult => {
    const result = replaceInEditor(compose.editor, map, start, end, map.text.slice(start, end), replacement, (editor) =>
      adapter.undoCheckpoint?.(editor),
    );
    setNotice(result === 'replaced' ? null : result);
    if (result === 'replaced') setCanUndo(true);
    return result;
  };

  const apply = (key: string, suggestion: string) => {
    const state = current.current;
    const finding = findingOf(key);
    if (!state || !finding) return;
    replace(state.map, finding.start, finding.end, suggestion);
    runAnalysis();
  };

  const applyRewrite = (key: string, index: number) => {
    const state = current.current;
    const rewrite = findingOf(key)?.rewrites?.[index];
    if (!state || !rewrite || !usableRewrite(rewrite, state.map.text)) return;
    const gap = firstPlaceholder(rewrite.text);
    if (replace(state.map, rewrite.start, rewrite.end, rewrite.text) === 'replaced' && gap) {
      // The text changed: the gap is found through a fresh map of the editor.
      const map = read(adapter, compose);
      const at = rewrite.start;
      if (map)
        selectInEditor(compose.editor, map, at + gap.start, at + gap.end, rewrite.text.slice(gap.start, gap.end));
    }
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

  const disableRule = (ruleId: string) => {
    disabled.current.add(ruleId);
    send({ type: 'settings/page-set', disableRule: ruleId }).catch((error: unknown) =>
      console.warn('[Rapport] could not turn the rule off', error),
    );
    runAnalysis();
  };

  const hover = (key: string | null) => {
    const state = current.current;
    const finding = key ? findingOf(key) : undefined;
    focusHighlight(compose.editor.ownerDocument, state && finding ? state.map.range(finding.start, finding.end) : null);
  };

  return {
    wordCount,
    recipients,
    repliedTo,
    review,
    notice,
    canUndo,
    apply,
    applyRewrite,
    undo,
    ignore,
    disableRule,
    hover,
  };
}
