// The draft under review, inside the sidebar frame: the content script hands
// each reading of the compose (through the background), this hook has the
// engine analyse it, keeps what the user ignored or turned off, and asks the
// content script to underline (offsets only) and to edit. What Rapport says
// about the draft stays in the frame.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Analysis, Category } from '../analysis';
import { getLanguage } from '../i18n';
import { send } from '../messaging/client';
import { MAX_ANALYSED_CHARS, MAX_LEARNED_RECIPIENTS } from '../messaging/limits';
import { type DraftSnapshot, MAX_SPANS } from '../messaging/surface-types';
import type { Recipient } from '../sites/types';
import { firstPlaceholder } from './placeholder';
import { reasonViews } from './reasons';
import {
  type FindingView,
  findingKey,
  findingView,
  type IgnoredView,
  type Notice,
  type Review,
  usableRewrite,
} from './review';
import { sendCommand as command } from './use-surface-link';

/** Findings a draft asks rewrites for at once (the background's limit). */
const MAX_REWRITE_REQUEST = 50;

const ignoreKey = (f: { ruleId: string; quote: string }) => `${f.ruleId}|${f.quote}`;

const pick = (f: FindingView) => ({ quote: f.quote, category: f.category });

const warn = (what: string) => (error: unknown) => console.warn(`[Rapport] ${what}`, error);

/** What the mail sidebar and the call's chat coaching show and do, fed by the content script. */
export interface FrameReview {
  wordCount: number;
  recipients: Recipient[];
  /** The sender of the quoted mail, when the draft is a reply. */
  repliedTo: Recipient | null;
  review: Review | null;
  /** The draft changed since `review`: its analysis is on the way. */
  reading: boolean;
  notice: Notice;
  canUndo: boolean;
  /** Ignored here or turned off in this draft, latest last. */
  ignored: IgnoredView[];
  /** Brings an ignored finding back, or turns its rule on again. */
  restore: (key: string) => void;
  apply: (key: string, suggestion: string) => void;
  /** Applies the finding's rewrites[index] over its own range and selects its first gap ("[Datum]"). */
  applyRewrite: (key: string, index: number) => void;
  undo: () => void;
  ignore: (key: string) => void;
  disableRule: (ruleId: string) => void;
  hover: (key: string | null) => void;
}

export function useFrameReview(
  draft: DraftSnapshot | null,
  disabledRules: readonly string[],
  /** Categories shown at the user's sensitivity; the rest is left out. */
  categories?: ReadonlySet<Category>,
): FrameReview {
  const [review, setReview] = useState<Review | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [canUndo, setCanUndo] = useState(false);
  const [shownVersion, setShownVersion] = useState<number | null>(null);
  const [ignoredList, setIgnoredList] = useState<IgnoredView[]>([]);
  const current = useRef<{ draft: DraftSnapshot; analysis: Analysis } | null>(null);
  const ignored = useRef(new Set<string>());
  const disabled = useRef(new Set(disabledRules));
  // Ignoring or turning off a rule shows the same analysis anew.
  const [choices, setChoices] = useState(0);

  const visible = (f: FindingView) =>
    !ignored.current.has(ignoreKey(f)) &&
    !disabled.current.has(f.ruleId) &&
    (!categories || categories.has(f.category));

  const show = (snapshot: DraftSnapshot, analysis: Analysis) => {
    current.current = { draft: snapshot, analysis };
    setShownVersion(snapshot.version);
    const shown = analysis.findings.filter((f) => visible(findingView(f, snapshot.text)));
    // The verdict and the reasons are the engine's, whatever the user ignored.
    setReview({
      findings: shown.map((f) => findingView(f, snapshot.text)),
      scores: analysis.scores,
      reasons: reasonViews(analysis.reasons, snapshot.text),
      verdict: analysis.verdict,
      ...(snapshot.longDraft ? { checkedChars: MAX_ANALYSED_CHARS } : {}),
    });
    const form = analysis.stats.addressForm;
    command({
      op: 'underline',
      version: snapshot.version,
      spans: shown.slice(0, MAX_SPANS).map(({ start, end }) => ({ start, end })),
      addressForm: form === 'sie' || form === 'du' ? form : null,
    }).catch(warn('no underlines'));
  };

  useEffect(() => {
    if (!draft) return;
    let stale = false;
    const request = {
      text: draft.text,
      options: { uiLanguage: getLanguage() },
      // Only the first known of them sets the form of address.
      recipients: draft.recipients
        .map((r) => r.email)
        .filter(Boolean)
        .slice(0, MAX_LEARNED_RECIPIENTS),
    };
    send({ type: 'analysis/run', ...request })
      .then((analysis) => {
        if (stale) return;
        show(draft, analysis);
        // Rewrites are built for the findings shown, after they are: each costs the engine two more readings.
        const indexes = analysis.findings
          .flatMap((f, i) => (visible(findingView(f, draft.text)) ? [i] : []))
          .slice(0, MAX_REWRITE_REQUEST);
        if (indexes.length === 0) return;
        return send({ type: 'analysis/rewrites', ...request, indexes }).then((rewrites) => {
          if (stale) return;
          indexes.forEach((at, k) => {
            const f = analysis.findings[at];
            const found = rewrites[k];
            if (f && Array.isArray(found) && found.length > 0) f.rewrites = found;
          });
          show(draft, analysis);
        });
      })
      .catch(warn('analysis failed'));
    return () => {
      stale = true;
    };
  }, [draft]);

  useEffect(() => {
    if (choices > 0 && current.current) show(current.current.draft, current.current.analysis);
  }, [choices]);

  const findingOf = (key: string) => current.current?.analysis.findings.find((f) => findingKey(f) === key);

  const replace = (start: number, end: number, text: string, select: { start: number; end: number } | null) => {
    const state = current.current;
    if (!state) return;
    command({ op: 'replace', version: state.draft.version, start, end, text, select }).then((result) => {
      setNotice(result === 'replaced' ? null : result === 'changed' ? 'changed' : 'failed');
      if (result === 'replaced') setCanUndo(true);
    }, warn('could not apply'));
  };

  return {
    wordCount: draft?.wordCount ?? 0,
    recipients: draft?.recipients ?? [],
    repliedTo: draft?.repliedTo ?? null,
    review,
    reading: draft !== null && draft.version !== shownVersion,
    notice,
    canUndo,
    ignored: ignoredList,
    restore: (key) => {
      const item = ignoredList.find((i) => i.key === key);
      if (!item) return;
      if (item.kind === 'here') ignored.current.delete(key);
      else {
        disabled.current.delete(key);
        send({ type: 'settings/page-set', enableRule: key }).catch(warn('could not turn the rule on'));
      }
      setIgnoredList(ignoredList.filter((i) => i.key !== key));
      setChoices((n) => n + 1);
    },
    apply: (key, suggestion) => {
      const finding = findingOf(key);
      if (finding) replace(finding.start, finding.end, suggestion, null);
    },
    applyRewrite: (key, index) => {
      const state = current.current;
      const rewrite = findingOf(key)?.rewrites?.[index];
      if (!state || !rewrite || !usableRewrite(rewrite, state.draft.text)) return;
      const gap = firstPlaceholder(rewrite.text);
      const at = rewrite.start;
      replace(rewrite.start, rewrite.end, rewrite.text, gap && { start: at + gap.start, end: at + gap.end });
    },
    undo: () => {
      command({ op: 'undo' }).then((result) => setNotice(result === 'failed' ? 'failed' : null), warn('no undo'));
      setCanUndo(false);
    },
    ignore: (key) => {
      const finding = review?.findings.find((f) => f.key === key);
      if (!finding) return;
      const id = ignoreKey(finding);
      ignored.current.add(id);
      setIgnoredList([...ignoredList.filter((i) => i.key !== id), { key: id, kind: 'here', ...pick(finding) }]);
      setChoices((n) => n + 1);
    },
    disableRule: (ruleId) => {
      const finding = review?.findings.find((f) => f.ruleId === ruleId);
      disabled.current.add(ruleId);
      if (finding)
        setIgnoredList([
          ...ignoredList.filter((i) => i.key !== ruleId),
          { key: ruleId, kind: 'rule', ...pick(finding) },
        ]);
      send({ type: 'settings/page-set', disableRule: ruleId }).catch(warn('could not turn the rule off'));
      setChoices((n) => n + 1);
    },
    hover: (key) => {
      const state = current.current;
      const finding = key ? findingOf(key) : undefined;
      if (state)
        command({
          op: 'hover',
          version: state.draft.version,
          span: finding ? { start: finding.start, end: finding.end } : null,
        }).catch(warn('no highlight'));
    },
  };
}

/** The review's actions as the finding lists take them (the mail sidebar and the call's chat coaching). */
export function findingActions(draft: FrameReview) {
  return {
    notice: draft.notice,
    canUndo: draft.canUndo,
    onApply: draft.apply,
    onApplyRewrite: draft.applyRewrite,
    onIgnore: draft.ignore,
    onDisableRule: draft.disableRule,
    onUndo: draft.undo,
    onHover: draft.hover,
  };
}
