// Praise the next sentence takes back (principle 3: let appreciation stand):
// "Thanks for the drafts. However, the roof detail is missing." Only when the
// second sentence criticises the reader's work or conduct; the writer's own
// plans ("However, I'm away next week") and good news stay quiet.
// Pattern syntax: ../pattern.ts.
import type { PraiseTakenBackData } from '../rules/praise-taken-back';

export const PRAISE_TAKEN_BACK_EN: PraiseTakenBackData = {
  praise: [
    {
      id: 'thanks',
      pattern: 'thanks|thank+you|many+thanks|i+appreciate|we+appreciate|i+really+appreciate|we+really+appreciate',
      hit: 'Thank you for the new drafts.',
      miss: 'The new drafts are here.',
    },
    {
      id: 'praise-word',
      pattern:
        'great|excellent|brilliant|wonderful|fantastic|impressive|helpful|terrific|superb|outstanding|amazing|lovely|well+done|good+job|good+work|nice+work|great+job|great+work|good+effort|great+effort|nicely+done|love|loved|kudos|exemplary|first-class|spot+on',
      hit: 'Your sketches are really impressive.',
      miss: 'Your sketches have arrived.',
    },
  ],
  connectors: [
    { words: ['but'], within: 1 },
    { words: ['however'], within: 4 },
    { words: ['that', 'said'], within: 1 },
    { words: ['that', 'being', 'said'], within: 1 },
    { words: ['having', 'said', 'that'], within: 1 },
    { words: ['though'], within: 5 },
    { words: ['unfortunately'], within: 1, needsReader: true },
    { words: ['sadly'], within: 1, needsReader: true },
    { words: ['still'], within: 1 },
    { words: ['yet'], within: 1 },
    { words: ['only'], within: 1, needsReader: true },
  ],
  problem: [
    {
      id: 'negation',
      pattern: '<neg>',
      hit: 'The sizes do not match.',
      miss: 'The sizes match.',
    },
    {
      id: 'flaw',
      pattern:
        "blurry|pixelated|damaged|faulty|typos|typo|inadequate|insufficient|disappointing|poorly|badly|unprofessional|inconsistent|incorrect|slipped|slipping|behind+schedule|overrun|over+budget|delayed|long-winded|forgettable|bland|boring|clumsy|bloated|repetitive|unfocused|unreadable|unusable|missing|wrong|error*|problem*|issue|issues|unclear|incomplete|poor|weak|hard+to|difficult|lacks|lacking|confusing|dated|chaotic|messy|concern*|rework|revise|redo|still|inaccurate|outdated|cluttered|clunky|sloppy|vague|generic|off-brand|doesn't|isn't|aren't|won't|can't|needs+work|needs+more",
      hit: 'The table is incomplete.',
      miss: 'The table is complete.',
    },
    {
      id: 'too-much',
      pattern:
        'too long|short|expensive|late|small|big|large|much|little|bright|dark|busy|wide|high|low|tight|general|slow|complicated|vague|wordy|dense',
      hit: 'The font is too small.',
      miss: 'The font is easy to read.',
    },
  ],
  good: [
    {
      id: 'good-news',
      pattern:
        "good+news|great+news|glad|happy|pleased|luckily|fortunately|no+problem|no+worries|delighted|don't+worry|do+not+worry|not+to+worry",
      hit: 'But the good news: the date stands.',
      miss: 'But the date is shaky.',
    },
  ],
  demand: [
    {
      id: 'expected',
      pattern:
        "expect|expected|disappointed|had+hoped|would+have+liked|i'd+have+liked|would+have+expected|surprised|concerned|worried",
      hit: 'However, I expected a more thorough review.',
      miss: 'However, I am away next week.',
    },
  ],
  self: ['i', 'we', 'me', 'us', 'my', 'our', "i'm", "we're", "i'll", "we'll", "i've", "we've", "i'd", "we'd"],
  reader: ['you', 'your', "you've", "you're", 'it', 'they', 'these', 'this', 'those', 'them', 'its', 'their'],
  patience: ['patience', 'understanding', 'invitation', 'interest', 'wishes', 'enquiry', 'inquiry'],
  courtesy: ['call', 'reply', 'message', 'email', 'e-mail', 'note', 'response', 'update', 'heads-up', 'info'],
  wish: ['hope', 'wish', 'enjoy', 'enjoyed', 'hoping'],
};
