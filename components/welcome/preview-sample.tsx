// Invented sample data for the welcome page's previews: one place that says
// which props the real sidebar, pre-join card and popup brief get there, so a
// change to those components' props is adapted here and nowhere else.
// Names, drafts and notes are made up; nothing here is anyone's data.

import type { PersonBrief } from '../../lib/contacts/call-brief';
import type { UiLanguage } from '../../lib/i18n';
import type { FindingView, Review } from '../../lib/ui/review';
import type { CallBriefPanelProps } from '../popup/CallBriefPanel';
import type { PreCallCardProps } from '../precall/PreCallCard';
import { AppreciationPrompt } from '../sidebar/AppreciationPrompt';
import type { SidebarProps } from '../sidebar/Sidebar';

const nothing = () => undefined;

interface Sample {
  person: { name: string; email: string };
  question: string;
  lastNote: string;
  meeting: string;
  findings: FindingView[];
  quotes: { beingRight: string; absolute: string };
}

const SAMPLES: Record<UiLanguage, Sample> = {
  de: {
    person: { name: 'Helene Brandt', email: 'helene.brandt@example.org' },
    question: 'Was schätzen Sie an der Zusammenarbeit mit Helene Brandt?',
    lastNote: 'Hat den Umzugsplan in zwei Tagen umgestellt.',
    meeting: 'Abstimmung Dachausbau',
    quotes: { beingRight: 'Wie ich schon schrieb', absolute: 'jedes Mal' },
    findings: [
      {
        key: 'sample-being-right',
        ruleId: 'sample-being-right',
        category: 'being-right',
        quote: 'Wie ich schon schrieb',
        message: 'Erinnert daran, dass Sie es schon gesagt haben.',
        explanation: 'Recht behalten macht das Gegenüber vorsichtig; die Bitte trägt sich selbst.',
        suggestions: ['Kurz zur Erinnerung'],
        rewrites: [],
      },
      {
        key: 'sample-absolute',
        ruleId: 'sample-absolute',
        category: 'absolute',
        quote: 'jedes Mal',
        message: 'Verallgemeinert über die Person.',
        explanation: 'Ein „jedes Mal“ lädt zum Widerspruch ein; der konkrete Fall lässt sich lösen.',
        suggestions: ['diesmal'],
        rewrites: [],
      },
    ],
  },
  en: {
    person: { name: 'Owen Castell', email: 'owen.castell@example.org' },
    question: 'What do you value about working with Owen Castell?',
    lastNote: 'Rearranged the site visit within a day.',
    meeting: 'Loft conversion check-in',
    quotes: { beingRight: 'As I already wrote', absolute: 'every time' },
    findings: [
      {
        key: 'sample-being-right',
        ruleId: 'sample-being-right',
        category: 'being-right',
        quote: 'As I already wrote',
        message: 'Reminds the reader that you said it before.',
        explanation: 'Being proven right puts the reader on guard; the request stands on its own.',
        suggestions: ['A quick reminder'],
        rewrites: [],
      },
      {
        key: 'sample-absolute',
        ruleId: 'sample-absolute',
        category: 'absolute',
        quote: 'every time',
        message: 'Generalises about the person.',
        explanation: 'An "every time" invites a counter-example; the one case at hand can be solved.',
        suggestions: ['this time'],
        rewrites: [],
      },
    ],
  },
};

function review(sample: Sample): Review {
  return {
    findings: sample.findings,
    scores: { tension: 46, appreciation: 31, security: 68 },
    reasons: [
      { score: 'tension', cue: 'finding_being_right', points: 14, quote: sample.quotes.beingRight },
      { score: 'tension', cue: 'finding_absolute', points: 11, quote: sample.quotes.absolute },
      { score: 'appreciation', cue: 'greeting_line', points: 8, quote: null },
      { score: 'security', cue: 'dated_ask', points: 12, quote: null },
    ],
    verdict: 'review',
  };
}

export interface PreviewProps {
  sidebar: SidebarProps;
  card: PreCallCardProps;
  brief: CallBriefPanelProps;
}

/** The props the previews render the real components with, in the UI language. */
export function previewProps(language: UiLanguage): PreviewProps {
  const sample = SAMPLES[language];
  const note = { text: sample.lastNote, date: '2026-01-12T09:00:00.000Z', source: 'sidebar' as const };
  const person: PersonBrief = {
    email: sample.person.email,
    name: sample.person.name,
    maybe: false,
    brief: {
      contact: null,
      tense: false,
      prompt: { id: 'sample', text: sample.question },
      snoozedUntil: null,
      lastNotes: [note],
      compliment: null,
    },
  };
  return {
    sidebar: {
      wordCount: 42,
      collapsed: false,
      recipients: [sample.person],
      appreciation: (
        <AppreciationPrompt
          question={sample.question}
          name={sample.person.name}
          lastNote={note}
          status="idle"
          error={null}
          onSave={nothing}
          onDismiss={nothing}
          onSnooze={nothing}
        />
      ),
      pauseAt: 70,
      review: review(sample),
      notice: null,
      canUndo: false,
      onToggle: nothing,
      onApply: nothing,
      onApplyRewrite: nothing,
      onIgnore: nothing,
      onDisableRule: nothing,
      onUndo: nothing,
      onHover: nothing,
    },
    card: {
      meetingTitle: sample.meeting,
      people: [{ ...sample.person, known: true }],
      mood: { mood: null, resetItem: null, onMood: nothing },
      onDismiss: nothing,
      onTurnOff: nothing,
    },
    brief: {
      title: sample.meeting,
      meeting: null,
      people: [person],
      status: {},
      error: null,
      resetItem: null,
      onAppreciate: nothing,
      onDismiss: nothing,
      onSnooze: nothing,
      onConfirm: nothing,
      onUpdate: nothing,
    },
  };
}
