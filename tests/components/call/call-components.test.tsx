// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CallSidebar, type CallSidebarProps } from '../../../components/call/CallSidebar';
import { ChatFindings } from '../../../components/call/ChatFindings';
import { PersonPrompt } from '../../../components/call/PersonPrompt';
import { AfterCall } from '../../../components/popup/AfterCall';
import { CallBriefPanel } from '../../../components/popup/CallBriefPanel';
import type { PersonBrief } from '../../../lib/contacts/call-brief';
import { setLanguage } from '../../../lib/i18n';
import type { Meeting } from '../../../lib/storage/meetings';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

function type(input: Element | null, text: string) {
  const el = input as HTMLInputElement | HTMLTextAreaElement;
  act(() => {
    el.value = text;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const known: PersonBrief = {
  email: 'anna@example.com',
  name: 'Anna Schmidt',
  maybe: false,
  brief: {
    // As a call page gets it: no summary, the tense mark on its own.
    contact: null,
    tense: true,
    prompt: { id: 'p1', text: 'What does Anna Schmidt make easy?' },
    snoozedUntil: null,
    lastNotes: [{ text: 'Bleibt ruhig.', date: '2026-11-02T10:00:00.000Z', source: 'sidebar' }],
    compliment: null,
  },
};

describe('PersonPrompt', () => {
  it('keeps what the user noted behind a click on call pages', () => {
    const el = mount(
      <PersonPrompt
        person={known}
        status="idle"
        error={null}
        onSave={vi.fn()}
        onDismiss={vi.fn()}
        onSnooze={vi.fn()}
        onConfirm={vi.fn()}
      />,
    );
    expect(el.textContent).not.toContain('Bleibt ruhig.');
    expect(el.textContent).not.toContain('tense');
    click(el.querySelector('[data-testid="show-notes"]'));
    expect(el.querySelector('[data-testid="private-notes"]')?.textContent).toContain('Bleibt ruhig.');
    expect(el.querySelector('[data-testid="private-notes"]')?.textContent).toContain(
      'You marked this relationship as tense.',
    );
  });

  it('asks "maybe this is …" for a name-only match, with nothing of the contact and no answer field', () => {
    const onConfirm = vi.fn();
    const maybe = { ...known, maybe: true, brief: { ...known.brief, tense: false, lastNotes: [] } };
    const el = mount(
      <PersonPrompt
        person={maybe}
        status="idle"
        error={null}
        onSave={vi.fn()}
        onDismiss={vi.fn()}
        onSnooze={vi.fn()}
        onConfirm={onConfirm}
      />,
    );
    expect(el.querySelector('[data-testid="person-maybe"]')?.textContent).toContain(
      'Is this Anna Schmidt from your contacts?',
    );
    expect(el.querySelector('input, textarea, [data-testid="show-notes"]')).toBeNull();
    click(el.querySelector('[data-testid="maybe-no"]'));
    click(el.querySelector('[data-testid="maybe-yes"]'));
    expect(onConfirm.mock.calls).toEqual([[false], [true]]);
  });

  it('only asks (no answer field) about someone Rapport does not know', () => {
    const stranger = { ...known, email: '', brief: { ...known.brief, tense: false, lastNotes: [] } };
    const el = mount(
      <PersonPrompt
        person={stranger}
        status="idle"
        error={null}
        onSave={vi.fn()}
        onDismiss={vi.fn()}
        onSnooze={vi.fn()}
        onConfirm={vi.fn()}
      />,
    );
    expect(el.querySelector('[data-testid="appreciation-prompt"]')?.textContent).toBe(
      'What does Anna Schmidt make easy?',
    );
    expect(el.querySelector('input')).toBeNull();
  });
});

describe('CallSidebar', () => {
  const props = (over: Partial<CallSidebarProps> = {}): CallSidebarProps => ({
    collapsed: false,
    people: [{ name: 'Anna Schmidt', email: '', known: true }],
    momentStatus: 'idle',
    onToggle: vi.fn(),
    onMoment: vi.fn(),
    ...over,
  });

  it('is a small tab when collapsed', () => {
    const p = props({ collapsed: true });
    const el = mount(<CallSidebar {...p} />);
    expect(el.querySelector('[data-testid="call-sidebar"]')).toBeNull();
    const tab = el.querySelector('[data-testid="call-expand"]');
    expect(tab?.getAttribute('aria-expanded')).toBe('false');
    click(tab);
    expect(p.onToggle).toHaveBeenCalledOnce();
  });

  it('notes a moment and says it was noted, in German too', () => {
    setLanguage('de');
    const p = props({ momentStatus: 'saved' });
    const el = mount(<CallSidebar {...p} />);
    type(el.querySelector('[data-testid="moment-input"]'), 'Wir nehmen Variante B.');
    act(() => (el.querySelector('form') as HTMLFormElement).requestSubmit());
    expect(p.onMoment).toHaveBeenCalledWith('Wir nehmen Variante B.');
    expect(el.querySelector('[data-testid="moment-status"]')?.textContent).toBe('Notiert, mit heutigem Datum.');
    expect(el.querySelectorAll('[data-testid="checklist"] li')).toHaveLength(5);
  });
});

describe('ChatFindings', () => {
  it('offers the rewrites, the whole sentence too, and the undo', () => {
    const onApply = vi.fn();
    const onApplyRewrite = vi.fn();
    const onUndo = vi.fn();
    const el = mount(
      <ChatFindings
        findings={[
          {
            key: 'k',
            ruleId: 'de/being-right/x',
            category: 'being-right',
            quote: 'Wie bereits erwähnt',
            message: 'Being right costs common ground.',
            explanation: 'Why.',
            suggestions: ['Wie besprochen'],
            rewrites: [{ index: 0, before: 'Wie bereits erwähnt, fehlt das.', text: 'Es fehlt noch das.' }],
          },
        ]}
        verdict="tense"
        notice={null}
        canUndo
        onApply={onApply}
        onApplyRewrite={onApplyRewrite}
        onIgnore={vi.fn()}
        onDisableRule={vi.fn()}
        onUndo={onUndo}
        onHover={vi.fn()}
      />,
    );
    click(el.querySelector('[data-testid="apply"]'));
    expect(onApply).toHaveBeenCalledWith('k', 'Wie besprochen');
    click(el.querySelector('[data-testid="apply-rewrite"]'));
    expect(onApplyRewrite).toHaveBeenCalledWith('k', 0);
    click(el.querySelector('[data-testid="undo"]'));
    expect(onUndo).toHaveBeenCalledOnce();
    expect(el.querySelector('[data-testid="no-findings"]')).toBeNull();
  });

  it('calls a message calm only when the verdict is, whatever was ignored', () => {
    const chat = (verdict: 'calm' | 'review' | 'tense' | null) =>
      mount(
        <ChatFindings
          findings={[]}
          verdict={verdict}
          notice={null}
          canUndo={false}
          onApply={vi.fn()}
          onApplyRewrite={vi.fn()}
          onIgnore={vi.fn()}
          onDisableRule={vi.fn()}
          onUndo={vi.fn()}
          onHover={vi.fn()}
        />,
      );
    expect(chat('calm').querySelector('[data-testid="no-findings"]')?.textContent).toBe(
      'Nothing to adjust. Clear and warm.',
    );
    const tense = chat('tense');
    expect(tense.querySelector('[data-testid="no-findings"]')).toBeNull();
    expect(tense.querySelector('[data-testid="verdict-unmarked"]')?.textContent).toBe(
      'Nothing is marked, yet the message reads tense. Read it once more before you send.',
    );
    expect(chat('review').querySelector('[data-testid="verdict-unmarked"]')?.textContent).toBe(
      'Nothing is marked, but a second look is worth it.',
    );
    expect(chat(null).textContent).toBe('');
  });
});

describe('AfterCall', () => {
  const meeting: Meeting = {
    site: 'meet',
    key: 'abc-defg-hij',
    title: 'Abnahme',
    seen: '2026-11-23T09:00:00.000Z',
    participants: [{ name: 'Anna Schmidt', email: '' }],
    mood: 3,
    criticalPoint: 'Mehrkosten',
    goal: 'Termin fix',
    moments: [],
    leftAt: '2026-11-23T10:00:00.000Z',
    agreement: null,
    cardHidden: false,
    confirmed: [],
    declined: [],
  };

  it('asks what was agreed, reminds of the goal, and saves the answer', () => {
    const onSave = vi.fn();
    const el = mount(<AfterCall meeting={meeting} status="idle" saved={0} onSave={onSave} onSkip={vi.fn()} />);
    expect(el.textContent).toContain('After: Abnahme');
    expect(el.textContent).toContain('What you wanted from it: Termin fix');
    expect(el.textContent).toContain('The critical point you meant to raise: Mehrkosten');
    type(el.querySelector('[data-testid="agreement-input"]'), 'Abnahme am 3.12.');
    act(() => (el.querySelector('form') as HTMLFormElement).requestSubmit());
    expect(onSave).toHaveBeenCalledWith('Abnahme am 3.12.');
  });

  it('says where the agreement went', () => {
    expect(
      mount(<AfterCall meeting={meeting} status="saved" saved={2} onSave={vi.fn()} onSkip={vi.fn()} />).textContent,
    ).toBe('Saved in 2 journals.');
  });
});

describe('CallBriefPanel', () => {
  it('puts the first question and the checklist before the rest, and reports the notes for the call', () => {
    const onUpdate = vi.fn();
    const second = { ...known, email: 'jonas@example.com', name: 'Jonas Weber' };
    const meeting = {
      site: 'meet',
      key: 'k',
      title: 'Abnahme',
      seen: '2026-11-23T09:00:00.000Z',
      participants: [{ name: 'Anna Schmidt', email: '' }],
      mood: null,
      criticalPoint: '',
      goal: '',
      moments: [],
      leftAt: null,
      agreement: null,
      cardHidden: false,
      confirmed: [],
      declined: [],
    };
    const el = mount(
      <CallBriefPanel
        title="Abnahme"
        meeting={meeting}
        people={[known, second]}
        status={{}}
        error={null}
        resetItem={null}
        onAppreciate={vi.fn()}
        onDismiss={vi.fn()}
        onSnooze={vi.fn()}
        onConfirm={vi.fn()}
        onUpdate={onUpdate}
      />,
    );
    const order = [...el.querySelectorAll('[data-testid="person-prompt"], [data-testid="checklist"]')].map(
      (n) => n.getAttribute('data-email') ?? 'checklist',
    );
    expect(order).toEqual(['anna@example.com', 'checklist', 'jonas@example.com']);
    const field = el.querySelector('[data-testid="critical-point"]') as HTMLInputElement;
    act(() => {
      field.value = 'Mehrkosten';
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onUpdate).toHaveBeenCalledWith({ criticalPoint: 'Mehrkosten' });
    click(el.querySelector('[data-testid="mood-4"]'));
    expect(onUpdate).toHaveBeenCalledWith({ mood: 4 });
  });
});
