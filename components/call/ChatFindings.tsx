import type { Verdict } from '../../lib/analysis';
import { t } from '../../lib/i18n';
import type { FindingView, Notice } from '../../lib/ui/review';
import { FindingCard } from '../sidebar/FindingCard';
import { VerdictLine } from '../sidebar/VerdictLine';

export interface ChatFindingsProps {
  /** null while the message is being read. */
  findings: readonly FindingView[] | null;
  /** The engine's verdict on the message; null while there is none (empty box, still reading). */
  verdict: Verdict | null;
  notice: Notice;
  canUndo: boolean;
  onApply: (key: string, suggestion: string) => void;
  onApplyRewrite: (key: string, index: number) => void;
  onIgnore: (key: string) => void;
  onDisableRule: (ruleId: string) => void;
  onUndo: () => void;
  onHover: (key: string | null) => void;
}

/** The engine's findings for the chat message being typed, with the same rewrites and undo as in mail. */
export function ChatFindings(props: ChatFindingsProps) {
  const { findings, verdict, notice, canUndo, onApply, onApplyRewrite, onIgnore, onDisableRule, onUndo, onHover } =
    props;
  return (
    <div data-testid="chat-findings">
      {notice && (
        <p class="rp-sidebar__notice" role="status">
          {notice === 'changed' ? t('sidebarChanged') : t('sidebarApplyFailed')}
        </p>
      )}
      {canUndo && (
        <button type="button" class="rp-button" data-testid="undo" onClick={onUndo}>
          {t('sidebarUndo')}
        </button>
      )}
      {findings && findings.length === 0 && verdict && <VerdictLine verdict={verdict} where="chat" class="rp-muted" />}
      <ul class="rp-group__list">
        {(findings ?? []).map((finding) => (
          <FindingCard
            key={finding.key}
            finding={finding}
            onApply={onApply}
            onApplyRewrite={onApplyRewrite}
            onIgnore={onIgnore}
            onDisableRule={onDisableRule}
            onHover={onHover}
          />
        ))}
      </ul>
    </div>
  );
}
