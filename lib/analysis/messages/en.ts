import type { EngineMessages } from './types';

export const en: EngineMessages = {
  categories: {
    blame: {
      message: '“{match}” makes the reader the culprit.',
      explanation: 'Blame threatens their need for appreciation; describe what happened and what you need next.',
    },
    absolute: {
      message: '“{match}” turns one case into a rule about them.',
      explanation: 'Always/never is rarely true and invites a defence; name the concrete occasion instead.',
    },
    'being-right': {
      message: '“{match}” proves you were right.',
      explanation: 'Scoring a point costs common ground; acknowledge their view and restate the point plainly.',
    },
    pressure: {
      message: '“{match}” leaves them no room.',
      explanation: 'People commit to what they choose; offer options and leave the decision with them.',
    },
    hedging: {
      message: '“{match}” blurs what you mean.',
      explanation: 'Clear beats pleasant: a plain ask or a plain no gives them security.',
    },
    dismissive: {
      message: '“{match}” can sound condescending.',
      explanation: 'What is obvious to you may not be to them; explaining without judgement keeps respect.',
    },
    harsh: {
      message: '“{match}” is a verdict, not information.',
      explanation: 'Say what you see and what you need; leave the judgement out to keep them listening.',
    },
    shouting: {
      message: '“{match}” reads as shouting.',
      explanation: 'Irritation shows in capitals and stacked marks; let the draft rest a minute before sending.',
    },
    sarcasm: {
      message: '“{match}” may read as sarcasm.',
      explanation: 'Mock thanks hurts more than direct words; say plainly what bothers you.',
    },
    'but-after-praise': {
      message: '“{match}” takes the praise back.',
      explanation:
        'Criticism right after praise is all that is heard; let the appreciation stand and make the point in a sentence of its own.',
    },
    'long-sentence': {
      message: 'This sentence is long.',
      explanation: 'Short sentences are easier to act on; split it where a new thought begins.',
    },
    'unclear-ask': {
      message: 'What should they do next?',
      explanation: 'Knowing what happens next gives security: state your request or the next step, with a date.',
    },
    'formality-mix': {
      message: 'This draft mixes the familiar du and the formal Sie.',
      explanation: 'One form throughout shows you know where you stand with them.',
    },
    'missing-appreciation': {
      message: 'The draft is tense and has no word of thanks or appreciation.',
      explanation: 'Find one thing you genuinely appreciate about them and say it; it carries the hard part.',
    },
  },
  longSentence: (words, limit) => `This sentence has ${words} words (more than ${limit}).`,
  unclearAskNoRequest: 'The mail asks for nothing and names no next step.',
  unclearAskNoDate: 'The mail talks about a deadline, but your request has no date.',
  unclearAskChoice: 'The mail lays out options but does not say who decides, or by when.',
  unclearAskVague: 'The request stays vague: what exactly, who, and by when?',
  formalityMix: (minority) =>
    minority === 'du'
      ? '“{match}” is the familiar du; the rest of the draft uses the formal Sie.'
      : '“{match}” is the formal Sie; the rest of the draft uses the familiar du.',
  formalityContact: (used) =>
    used === 'du'
      ? '“{match}” is the familiar du; you usually address this person with the formal Sie.'
      : '“{match}” is the formal Sie; you usually address this person with the familiar du.',
  shoutingCaps: '“{match}” in capitals reads as shouting.',
  shoutingMarks: '“{match}” reads like a raised voice.',
  shoutingBoth: '“{match}” reads as shouting: capitals and stacked marks.',
  butAfterPraise: (connector) => `“${connector}” takes back the praise before it.`,
  butAfterPraiseWhy: (connector) =>
    `After “${connector}” only the criticism is heard; let the thanks stand and start a new sentence.`,
  butAfterPraiseNextWhy: (connector) =>
    `“${connector}” turns the thanks before it into a run-up to criticism; let the thanks stand and make the point without the contrast word.`,
  sarcasmSituationWhy: (situation) =>
    `Thanks or praise next to “${situation}” reads as mockery; say directly what bothers you and what you need now.`,
  sarcasmQuotes: (word) => `Quotation marks around “${word}” can read as mockery.`,
  sarcasmQuotesWhy: (word) =>
    `In quotation marks, “${word}” sounds like a word you do not take seriously; name the thing plainly and say what does not work.`,
  ultimatum: '“{match}” turns the request into an ultimatum: the threat takes the decision out of their hands.',
  ultimatumWhy:
    'Pressure gets compliance, not commitment. State the consequence as information, offer a choice (a date, instalments, a call) and leave the decision with them.',
};
