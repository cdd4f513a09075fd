// Praise the next sentence takes back (principle 3: let appreciation stand):
// "Thanks for the drafts. However, the roof detail is missing." Only when the
// second sentence criticises the reader's work or conduct; the writer's own
// plans ("However, I'm away next week") and good news stay quiet.
// Pattern syntax: ../pattern.ts.
import type { PraiseTakenBackData } from '../rules/praise-taken-back';
import { PRAISE_WORDS } from '../rules/praise-words';

export const PRAISE_TAKEN_BACK_EN: PraiseTakenBackData = {
  praise: [
    {
      id: 'thanks',
      pattern:
        'thanks|thank+you|many+thanks|i+appreciate|we+appreciate|i+really+appreciate|we+really+appreciate|i+do+appreciate|we+do+appreciate|i+truly+appreciate|we+truly+appreciate',
      hit: 'Thank you for the new drafts.',
      miss: 'The new drafts are here.',
    },
    {
      // Thanks without the "I": "Appreciate the quick deposit."
      id: 'appreciate-bare',
      pattern: '^appreciate|appreciated',
      hit: 'Appreciate the quick deposit.',
      miss: 'The flat has appreciated in value.',
    },
    {
      id: 'praise-word',
      pattern:
        'great|excellent|brilliant|wonderful|fantastic|impressive|helpful|terrific|superb|outstanding|amazing|lovely|well+done|good+job|good+work|nice+work|great+job|great+work|good+effort|great+effort|nicely+done|love|loved|kudos|exemplary|first-class|spot+on',
      hit: 'Your sketches are really impressive.',
      miss: 'Your sketches have arrived.',
    },
    {
      // Praise of work and manner beyond the stock words.
      id: 'praise-more',
      pattern:
        'thorough|polished|beautiful|inspiring|valuable|insightful|elegant|stunning|creative|punctual|friendly|nicely|perfectly|well+written|well-written|well+designed|well+organised|well+organized|went+well|worked+hard|i+value|we+value|i+like|we+like|i+enjoyed|we+enjoyed|happy+with|pleased+with|solid|made+a+real+difference|made+a+big+difference|made+all+the+difference|better+organised|better+organized|much+improved|a+real+improvement|a+big+improvement|reads+really+well|reads+well',
      hit: 'I value your experience.',
      miss: 'The value of the flat has risen.',
    },
    {
      // Enjoyment with its intensifier: "We really enjoyed hosting your team".
      id: 'really-enjoyed',
      pattern: 'i|we really|truly|thoroughly|so|all enjoyed|loved',
      hit: 'We really enjoyed hosting your team on Friday.',
      miss: 'We really needed the extra day on Friday.',
    },
    ...PRAISE_WORDS.en,
  ],
  connectors: [
    { words: ['but'], within: 1 },
    { words: ['however'], within: 12 },
    { words: ['that', 'said'], within: 1 },
    { words: ['that', 'being', 'said'], within: 1 },
    { words: ['having', 'said', 'that'], within: 1 },
    { words: ['though'], within: 10 },
    { words: ['unfortunately'], within: 1, needsReader: true },
    { words: ['sadly'], within: 1, needsReader: true },
    // "Still, I'm afraid it's not something you can roll out": the concession holds against the praise.
    { words: ['still'], within: 1, concessive: true },
    { words: ['mind', 'you'], within: 1 },
    { words: ['yet'], within: 1 },
    { words: ['and', 'yet'], within: 1, concessive: true },
    // "Less great was that …" names the flaw as the other half of the praise.
    { words: ['less', 'great'], within: 1, flaw: true },
    { words: ['less', 'good'], within: 1, flaw: true },
    { words: ['less', 'ideal'], within: 1, flaw: true },
    { words: ['not', 'so', 'great'], within: 1, flaw: true },
    { words: ['only', 'problem', 'is'], within: 1, flaw: true },
    { words: ['only'], within: 1 },
    { words: ['nevertheless'], within: 1, concessive: true },
    { words: ['nonetheless'], within: 1, concessive: true },
    { words: ['even', 'so'], within: 1, concessive: true },
    { words: ['all', 'the', 'same'], within: 1, concessive: true },
    { words: ['on', 'the', 'other', 'hand'], within: 1 },
    { words: ['the', 'only', 'thing'], within: 1 },
    { words: ['my', 'only', 'concern'], within: 1 },
    // Naming the flaw outright opens the turn: "The problem is …".
    { words: ['the', 'problem', 'is'], within: 1, flaw: true },
    { words: ['the', 'issue', 'is'], within: 1, flaw: true },
    { words: ['the', 'trouble', 'is'], within: 1, flaw: true },
    { words: ['trouble', 'is'], within: 1, flaw: true },
    { words: ['my', 'concern', 'is'], within: 1, flaw: true },
    { words: ['the', 'only', 'problem'], within: 1, flaw: true },
    { words: ['the', 'only', 'issue'], within: 1, flaw: true },
    { words: ['the', 'only', 'downside'], within: 1, flaw: true },
    { words: ['the', 'only', 'pity'], within: 1, flaw: true },
    { words: ['the', 'only', 'shame'], within: 1, flaw: true },
    { words: ['shame'], within: 4 },
    { words: ['pity'], within: 4 },
    { words: ['the', 'catch'], within: 1, flaw: true },
    { words: ['one', 'catch'], within: 1, flaw: true },
    { words: ['then', 'again'], within: 1 },
    { words: ['just', 'one', 'thing'], within: 1 },
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
        "bothers|bugs|irritates|annoys|out+of+date|illegible|missed|nightmare|awful|terrible|horrible|dreadful|than+agreed|than+quoted|than+discussed|than+we+agreed|blurry|pixelated|damaged|faulty|typos|typo|inadequate|insufficient|disappointing|poorly|badly|unprofessional|inconsistent|incorrect|slipped|slipping|behind+schedule|overrun|over+budget|delayed|long-winded|forgettable|bland|boring|clumsy|bloated|repetitive|unfocused|unreadable|unusable|missing|gap|gaps|wrong|error*|problem*|issue|issues|unclear|incomplete|poor|weak|hard+to|difficult|lacks|lacking|confusing|dated|chaotic|messy|concern*|rework|revise|redo|still|inaccurate|outdated|cluttered|clunky|sloppy|vague|generic|off-brand|doesn't|isn't|aren't|won't|can't|needs+work|needs+more|ignores|ignored|useless|waste|mess|worse|nothing|none|nobody|crashes|crashed|leak|leaks|leaking|riddled|unacceptable|misses|fails|failed|falls+short|broken|poor|contradict*|differs|differ|deviates|undoes|undermines|bad+idea|unsigned|beyond+the+budget|beyond+your+budget|beyond+our+budget|above+budget",
      hit: 'The table is incomplete.',
      miss: 'The table is complete.',
    },
    {
      // What strikes the writer, or is a little off, is the criticism: "What jumps out, though, …".
      id: 'stands-out',
      pattern:
        "jumps+out|struck+me|strikes+me|bit+off|little+off|slightly+off|way+off|than+i'd+like|than+we'd+like|than+i+would+like",
      hit: 'What jumps out, though, is that the invoices are late.',
      miss: 'What matters, though, is that the invoices are paid.',
    },
    {
      // A habit of the reader's: "you keep skipping the warm-up".
      id: 'you-keep',
      pattern: '<reader> keep|kept',
      hit: 'The only thing is, you keep skipping the warm-up.',
      miss: 'The only thing is, please keep the receipts.',
    },
    {
      // Names written other than agreed: "six names are spelt differently from my list".
      id: 'spelt-differently',
      pattern: 'spelt|spelled|printed|labelled|labeled|written ~1 differently|wrongly|incorrectly',
      hit: 'Thanks for the place cards. That said, six names are spelt differently from my list.',
      miss: 'Thanks for the place cards. That said, the names are printed in gold as well.',
    },
    {
      // The reader's slip, counted: "Having said that, you dropped below circuit height twice".
      id: 'reader-counted',
      pattern: '<reader> ~8 twice|repeatedly|three+times|four+times|several+times',
      unlessAfter: ['a', 'per', 'each', 'every', 'weekly', 'daily', 'as'],
      hit: 'Your radio calls were clear. Having said that, you dropped below circuit height twice.',
      miss: 'Your radio calls were clear. Having said that, you can now book the simulator twice a week.',
    },
    {
      id: 'twice-what',
      pattern: 'twice+what|twice+as|double+what|more+than+you+quoted|more+than+quoted',
      hit: 'That said, the fees are twice what you quoted.',
      miss: 'That said, the fees are what you quoted.',
    },
    {
      id: 'yet-again',
      pattern: 'yet+again|once+again|again',
      hit: 'Only the guest list has changed yet again.',
      miss: 'Only the guest list has changed.',
    },
    {
      // What the reader should have done: "I do wish you had checked", "you should have asked".
      id: 'should-have',
      pattern: "i+wish|i+do+wish|wish+you+had|wish+you'd|should+have|could+have|should've|could've",
      hit: 'I do wish, however, that you had checked the drainage first.',
      miss: 'I do hope the drainage works well.',
    },
    {
      id: 'too-much',
      pattern:
        'too long|many|few|formal|casual|expensive|late|small|big|large|much|little|bright|dark|busy|wide|high|low|tight|general|slow|complicated|vague|wordy|dense',
      hit: 'The font is too small.',
      miss: 'The font is easy to read.',
    },
    {
      // A measured "too" is excess whatever the adjective ("a bit too salesy", "far too busy").
      id: 'a-bit-too',
      pattern: 'bit+too|little+too|way+too|far+too|slightly+too|rather+too|much+too|somewhat+too',
      hit: "It's a bit too salesy for our readers, though.",
      miss: "It's a bit early for our readers, though.",
    },
  ],
  good: [
    {
      // "But on to the boring stuff: …": the turn moves on to logistics, it takes nothing back.
      id: 'on-to-business',
      pattern: '^ but|now|anyway|so (now) on+to|onto|moving+on+to|over+to',
      hit: 'But on to the paperwork: the invoice is attached.',
      miss: 'But the paperwork is missing two pages.',
    },
    {
      // "…, but there's no obligation at all": the reader is let off.
      id: 'no-obligation',
      pattern: 'no|not+any|zero obligation|pressure|rush|hurry|commitment',
      hit: "We'd love to see you there, but there's no obligation at all.",
      miss: "We'd love to see you there, but the car park is closed.",
    },
    {
      id: 'good-news',
      pattern:
        "good+news|great+news|glad|happy|pleased|luckily|fortunately|no+problem|no+worries|delighted|don't+worry|do+not+worry|not+to+worry",
      hit: 'But the good news: the date stands.',
      miss: 'But the date is shaky.',
    },
    {
      // What follows is something the reader will welcome: "However, there's one change you'll like".
      id: 'youll-like',
      pattern: "you'll|you+will|you're+going+to like|love|enjoy|appreciate|be+glad|be+pleased",
      hit: "Thanks for renewing. However, there's one change you'll like: the rooms are now free.",
      miss: "Thanks for renewing. However, there's one change: the rooms now cost more.",
    },
    {
      // Better news or another subject after the turn: "But the best part is still to come", "but on a different note".
      id: 'better-or-another-topic',
      pattern:
        'best+part|even+better|better+still|different+note|another+note|separate+note|unrelated+note|by+the+way|while+i+have+you|another+matter|speaking+of',
      hit: 'Thanks for the photos! But the best part: the council approved the extension.',
      miss: 'Thanks for the photos! But the extension is still not approved.',
    },
    {
      // Time given, thanks waved off: "but no rush", "you didn't have to".
      id: 'no-rush',
      pattern:
        "no+rush|no+hurry|no+need|take+your+time|in+your+own+time|whenever+suits|didn't+have+to|did+not+have+to|shouldn't+have",
      hit: 'Thanks for the receipts, but there is no rush on the rest.',
      miss: 'Thanks for the receipts, but the rest are missing.',
    },
    {
      // What is still missing is a paper the reader can simply send: logistics, not a flaw.
      id: 'still-to-send',
      pattern:
        'missing|needed|outstanding|remaining is|are (just|simply|only|still) a|an|the|your ~0-3 copy|scan|signature|form|certificate|receipt|page|photo|photograph|document|invoice|statement|payslip|reference|passport|licence|license|translation|letter|deed|copies|forms|documents',
      hit: 'Congratulations on the new shop! The only thing missing is a copy of your lease.',
      miss: 'Congratulations on the new shop! The only thing missing is any sense of the brand.',
    },
    {
      // The writer takes the fault ("the mistake was mine, though"): wherever it stands, the thanks stay whole.
      id: 'own-fault',
      pattern:
        'my+fault|our+fault|my+mistake|our+mistake|was+mine|my+bad|my+error|our+error|my+oversight|our+oversight',
      hit: 'Thanks for spotting it, though the mistake was mine.',
      miss: 'Thanks for spotting it, though the mistake was yours.',
    },
    {
      // The credit passed on: "though my team deserves the credit".
      id: 'credit-passed-on',
      pattern: 'deserve|deserves ~3 credit|thanks|praise',
      hit: 'Thank you, though the joiners deserve the credit.',
      miss: 'Thank you, though the joiners missed the deadline.',
    },
    {
      id: 'credit-belongs',
      pattern: 'credit ~2 belongs|goes',
      hit: 'Your garden turned out beautifully, though the credit really belongs to you.',
      miss: 'Your garden turned out beautifully, though the credit note is missing.',
    },
  ],
  demand: [
    {
      // The writer's impression of the reader is a verdict: "but I get the feeling you …".
      id: 'impression',
      pattern: 'get+the+feeling|get+the+impression|have+the+impression|have+the+feeling|i+feel+like',
      hit: 'But I get the feeling you are skipping the homework.',
      miss: 'But I get the invoice out tomorrow.',
    },
    {
      // What the writer had asked for is the verdict: "We did ask for the originals".
      id: 'did-ask',
      pattern: 'did+ask|had+asked|specifically+asked|asked+specifically|clearly+asked|explicitly+asked',
      hit: 'We did ask for the originals, however.',
      miss: 'We will ask for the originals, however.',
    },
    {
      id: 'expected',
      pattern:
        "expect|expected|disappointed|had+hoped|would+have+liked|i'd+have+liked|would+have+expected|surprised|concerned|worried",
      hit: 'However, I expected a more thorough review.',
      miss: 'However, I am away next week.',
    },
    {
      // The writer raising a point or a preference is a verdict: "That said, I'd rather you …", "I have to say …".
      id: 'have-to-say',
      pattern:
        "i'd+rather|i+would+rather|rather+you|prefer+you|have+to+say|need+to+say|must+say|have+to+point+out|need+to+point+out|must+point+out|need+to+flag|have+to+flag|have+to+raise|need+to+raise",
      hit: "That said, I'd rather you asked before changing the budget.",
      miss: "That said, I'll be away next week.",
    },
    {
      // The writer rejecting the work or naming a mismatch: "we can't use it", "not what we ordered".
      id: 'cannot-use',
      pattern:
        "can't+use|cannot+use|can't+accept|cannot+accept|can't+sign+off|won't+sign+off|can't+approve|cannot+approve",
      hit: "However, we can't use it in this form.",
      miss: 'However, we can use it as it is.',
    },
    {
      // The writer puzzling over the reader's move is a reproach: "That said, I don't see why …".
      id: 'see-why',
      pattern: "don't|do+not|can't|cannot|fail+to|wonder|not+clear+to+me|not+sure (see|understand) ~2 why",
      hit: "That said, I don't really see why the columns had to move.",
      miss: 'That said, I can see why the columns had to move.',
    },
    {
      // The work is of no use to the writer: "However, the drawings don't help us much while …".
      id: 'no-use',
      pattern:
        "no+use+to+us|no+use+to+me|of+little+use|doesn't+help+us|don't+help+us|does+us+no+good|do+us+no+good|doesn't+help+me|don't+help+me",
      hit: 'However, the renderings are of little use while the measurements are missing.',
      miss: 'However, the renderings help us a great deal.',
    },
    {
      id: 'not-what-we-ordered',
      pattern: 'not+what ~2 ordered|asked|agreed|discussed|wanted|briefed|expected',
      hit: "However, it's not what we ordered.",
      miss: "However, it's what we ordered.",
    },
    {
      id: 'not-satisfied',
      pattern: 'not|hardly|far+from ~1 satisfied|happy|pleased|convinced|comfortable|thrilled',
      hit: "However, I'm not entirely satisfied with the roof detail.",
      miss: "However, I'm very satisfied with the roof detail.",
    },
  ],
  self: ['i', 'we', 'me', 'us', 'my', 'our', "i'm", "we're", "i'll", "we'll", "i've", "we've", "i'd", "we'd"],
  subject: ['i', 'we', "i'm", "we're", "i'll", "we'll", "i've", "we've", "i'd", "we'd"],
  reports: [
    'count',
    'counted',
    'notice',
    'noticed',
    'noticing',
    'spotted',
    'found',
    'finding',
    'see',
    'seeing',
    'saw',
    'raise',
    'flag',
    'mention',
    'discovered',
    'realised',
    'realized',
  ],
  reader: ['you', 'your', "you've", "you're", 'it', 'they', 'these', 'this', 'those', 'them', 'its', 'their'],
  patience: ['patience', 'understanding', 'invitation', 'interest', 'wishes', 'enquiry', 'inquiry'],
  courtesy: ['call', 'reply', 'message', 'email', 'e-mail', 'note', 'response', 'update', 'heads-up', 'info'],
  wish: ['hope', 'wish', 'enjoy', 'enjoyed', 'hoping'],
};
