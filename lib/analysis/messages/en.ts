import { type EngineMessages, form } from './types';

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
      explanation: 'After “but” only the criticism is heard; let the thanks stand and start a new sentence.',
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
      message: 'This draft mixes “du” and “Sie”.',
      explanation: 'One form throughout shows you know where you stand with them.',
    },
    'missing-appreciation': {
      message: 'The draft is tense and thanks them for nothing.',
      explanation: 'Find one thing you genuinely appreciate about them and say it; it carries the hard part.',
    },
  },
  longSentence: (words, limit) => `This sentence has ${words} words (more than ${limit}).`,
  unclearAskNoRequest: 'The mail asks for nothing and names no next step.',
  unclearAskNoDate: 'The mail talks about a deadline, but your request has no date.',
  formalityMix: (minority) =>
    minority === 'du'
      ? 'Here you switch to “du” in a draft that uses “Sie”.'
      : 'Here you switch to “Sie” in a draft that uses “du”.',
  formalityContact: (used, usual) =>
    `You usually write “${form(usual)}” to this person; this draft uses “${form(used)}”.`,
  shoutingCaps: '“{match}” in capitals reads as shouting.',
  shoutingMarks: '“{match}” reads as raised voice.',
};
