// Condescension as constructions (principle 1: appreciation; principle 4: admit
// blind spots). Its wording is open-ended; its build recurs: a lay source set
// against training, an explanation pitched "for non-lawyers", "just because you
// want it", "my ten-year-old could do it". Every part of a construction must
// stand in one sentence; sincere reassurance, offers and the writer's own
// modesty keep it quiet. Syntax: ../pattern.ts.
import type { CondescensionData } from '../rules/condescension';
import type { FrameEntry } from '../rules/frames';

/** Where lay people get their knowledge: the web, a video, a course, the family. */
const LAY =
  'internet|google|googled|googling|youtube|tiktok|instagram|facebook|pinterest|reddit|chatgpt|ai|forum|forums|blog|blogs|podcast|podcasts|webinar|webinars|video|videos|tutorial|tutorials|influencer*|brother-in-law|sister-in-law|mother-in-law|father-in-law|cousin|uncle|neighbour|neighbor|friend|mate|magazine|online+calculator|online+calculators|online+tool|online+quiz|calculator|app|canva|articles|blog+post|blog+posts|newspaper|newspapers|parenting+site|mumsnet|wikipedia|your+research|spreadsheet+template|template+from|golf+club|diy+show|weekend+course|online+course|crash+course';
/** Who trained for it, and how one trains. */
const TRAINED =
  'train|trained|training|study|studied|studying|degree|degrees|qualified|qualification|qualifications|school|university|college|years+of|for+a+living|professional|professionals|expert|experts|specialist|specialists|engineer|architect|architects|doctor|doctors|lawyer|lawyers|solicitor|accountant|accountants|electrician|electricians|surveyor|physio|physiotherapist|experience|designer|designers|physios|dentist|vet|therapist|engineers|surveyors|builder|builders|plumber|plumbers|solicitors|adviser|advisers|advisor|advisors|consultant|apprenticeship|developer|developers|programmer|programmers|copywriter|marketer';
/** What the trained deliver and a lay tip does not: "a Pinterest board is not a design brief". */
const EXPERT_WORK =
  'valuation|survey|diagnosis|assessment|inspection|audit|brief|design+brief|consultation|examination|advice|opinion|plan|strategy|source|guide';
const HARD = 'difficult|hard|complicated|tricky|complex|taxing|demanding';
const KIN =
  'kid|kids|son|daughter|nephew|niece|gran|grandma|granny|grandmother|grandad|grandpa|nan|nana|mum|mom|dad|mother|intern|teenager|dog|cat|five-year-old|six-year-old|seven-year-old|eight-year-old|nine-year-old|ten-year-old|eleven-year-old|twelve-year-old|toddler';
const NOVICE =
  "rookie|beginner|beginner's|beginners|newbie|novice|first-timer|first-timer's|first-time|amateur|amateur's|layman's|layperson's|schoolboy|diy|diyer's";

const lay: FrameEntry[] = [
  {
    id: 'lay-source',
    pattern: LAY,
    // The writer's own material ("our video") is no half-knowledge of the reader's.
    unlessBefore: ['our', 'my'],
    // "a video call" is a meeting, not a source.
    unlessAfter: ['call', 'calls', 'meeting', 'chat'],
    hit: 'A few YouTube videos will not get you there.',
    miss: 'Our video shows the exercise step by step.',
  },
  {
    // Little exposure as a source: "a couple of hours on it", "two evenings".
    id: 'a-couple-of-hours',
    pattern:
      'a+couple+of|a+few|a+handful+of|two|three|some ~0-1 hours|videos|articles|posts|clips|evenings|weekends|episodes|searches',
    hit: "Two evenings of videos won't make you a tiler.",
    miss: 'Two days later the tiler arrives.',
  },
];

const againstTraining: FrameEntry[] = [
  {
    id: 'no-substitute',
    pattern: '<neg> ~0-3 substitute|replacement|match|replace|same+as',
    hit: 'A forum is not a substitute for advice.',
    miss: 'A forum is a good place to start.',
  },
  {
    id: 'doesnt-make-you',
    pattern: '<neg> ~0-2 make|makes|turn|turns you|anyone|someone|somebody|one|people ~0-2 a|an|into',
    hit: "Two videos don't make anyone an electrician.",
    miss: 'Two videos make the steps clear.',
  },
  {
    id: 'cant-learn',
    pattern: '<neg> ~0-4 learn|learned|learnt|pick+up|picked+up|master|mastered|teach|taught|grasp',
    hit: 'You will not learn VAT rules on TikTok.',
    miss: 'Tax law is something we can talk through on Friday.',
  },
  {
    id: 'dont-rely',
    pattern:
      '<neg> ~0-2 rely|trust|depend|take|use|believe|follow|go+by|listen|get|getting|taking ~0-4 advice|diagnosis|diagnoses|tips|information|guidance|for',
    hit: "Please don't rely on ChatGPT for a diagnosis.",
    miss: 'Please rely on us for anything you need.',
  },
  {
    id: 'steer-clear',
    pattern: 'steer+clear|stay+away|keep+away|be+wary|beware|take+with+a+pinch|pinch+of+salt',
    hit: "I'd steer clear of advice from Reddit.",
    miss: "I'd go with the oak, it suits the room.",
  },
  {
    id: 'reason-people-train',
    pattern: `reason|that's+what|that+is+what|what+we|why+we|why+people|there's+a+reason ~0-6 ${TRAINED}`,
    hit: 'There is a reason surveyors train for years.',
    miss: 'The reason for the delay is the weather.',
  },
  {
    id: 'not-a-professional',
    pattern: `<neg> ~0-2 (a|an|the|real|proper|qualified|actual|same+as|same+as+a) ${TRAINED}|${EXPERT_WORK}`,
    hit: "Your cousin isn't a surveyor.",
    miss: "Your cousin isn't free on Monday.",
  },
  {
    id: 'wont-give-you',
    pattern: `<neg> ~0-2 give|tell|replace ~0-2 you|anyone ~0-2 (a|an|the|proper|real) ${EXPERT_WORK}`,
    hit: "An app won't give you a proper survey.",
    miss: "The app won't give you a receipt.",
  },
  {
    id: 'not-get-you-far',
    pattern: '<neg> ~0-2 get+you+far|get+you+very+far|far|make+it+true|makes+it+true',
    hit: "A template from the internet won't get you far.",
    miss: "A template from the internet won't arrive until Monday.",
  },
  {
    id: 'a-discipline-of-its-own',
    pattern: 'discipline+of+its+own|field+of+its+own|profession+of+its+own|trade+of+its+own|spare+me|spare+us',
    hit: 'Your research is kind, but tiling is a trade of its own.',
    miss: 'Your research is kind, and it helps us a lot.',
  },
  {
    id: 'may-be-but',
    pattern: 'may|might ~1-6 , but',
    hit: 'Your neighbour may mean well, but this is structural.',
    miss: 'Your neighbour may call us if he likes.',
  },
];

/** The writer's modesty or own reading: "I'm no expert", "I read a blog about it". */
const modesty: FrameEntry[] = [
  {
    id: 'myself',
    pattern: 'myself|ourselves',
    hit: 'As a layperson myself, I found it hard.',
    miss: 'As a layperson, you will find it hard.',
  },
  {
    // The writer's own offer complemented: "isn't a substitute for our sessions, but a nice extra".
    id: 'a-nice-extra',
    pattern: 'extra|supplement|complement|in+addition|addition|helpful|useful|bonus',
    hit: "The video isn't a substitute for a session, but it's a useful extra.",
    miss: "The video isn't a substitute for a session.",
  },
  {
    id: 'im-no-expert',
    pattern: `i|i'm|we|we're ~0-2 (myself|ourselves) <neg> ~0-2 (an|a) ${TRAINED}`,
    hit: "I'm not an expert on this myself.",
    miss: "You're not an expert on this.",
  },
  {
    id: 'i-read',
    pattern:
      "i|we|i've|we've ~0-2 read|watched|saw|seen|found|heard|listened|attended|joined|came+across|stumbled|enjoyed|recorded|published|posted",
    hit: 'I watched a webinar on it last week.',
    miss: 'You watched a webinar on it last week.',
  },
];

const easy: FrameEntry[] = [
  {
    id: 'not-exactly-hard',
    pattern: `hardly|scarcely|not+exactly|isn't+exactly|n't+exactly ${HARD}`,
    hit: "It's hardly difficult.",
    miss: "It's hardly surprising.",
  },
  {
    id: 'not-hard',
    pattern: `<neg> ~0-1 (that|so|all+that|particularly|terribly|very|too|overly|remotely) ${HARD}`,
    hit: "Filing it online isn't difficult, honestly.",
    miss: 'Filing it online is difficult, honestly.',
  },
  {
    id: 'no-rocket-science',
    pattern:
      "rocket+science|brain+surgery|quantum+physics|astrophysics|no+great+mystery|no+mystery|no+big+mystery|child's+play|a+doddle|a+piece+of+cake",
    hit: 'It is honestly not rocket science.',
    miss: 'It is honestly not finished.',
  },
  {
    id: 'pretty-basic',
    pattern:
      'pretty|fairly|really|quite|very|rather|extremely basic|elementary|rudimentary|simple ~0-1 concept|stuff|idea|principle|maths|math|arithmetic|knowledge|thing|things|step|steps|question',
    hit: "It's a pretty basic concept.",
    miss: "It's a pretty good concept.",
  },
];
/** What makes ease a reproach: "honestly", "really", "just a matter of". */
const impatience: FrameEntry[] = [
  {
    id: 'impatient',
    pattern:
      'honestly|frankly|really|genuinely|truly|seriously|literally|simply|just+a+matter|only+a+matter|all+you|all+it+takes|quite+frankly|to+be+honest|surely|exactly|hardly|scarcely|two+minutes|five+minutes',
    hit: 'It really is not hard.',
    miss: 'It is not hard.',
  },
];
/** Sincere reassurance and offers: "no need to worry", "happy to show you", "we'll sort it". */
const reassurance: FrameEntry[] = [
  {
    id: 'reassure',
    pattern:
      "worry|worried|don't+worry|happy|glad|help|doing+it+really+well|doing+well|doing+great|well+done|proud|show|walk+you|fortunately|luckily|good+news|promise|welcome|enjoyed|pleasure|working+with+you",
    hit: "Don't worry, it really isn't hard.",
    miss: "It really isn't hard.",
  },
  {
    id: 'we-do-it',
    pattern: "we'll|i'll|we+will|i+will|we're+going+to|let+me|let+us",
    hit: "It really isn't hard, and we'll do it for you.",
    miss: "It really isn't hard, and you can do it today.",
  },
];

/** What the reader lacks, so the writer pitches it low: "for non-lawyers", "without a finance background". */
const lacks: FrameEntry[] = [
  {
    id: 'non-x',
    pattern:
      "non-lawyer|non-lawyers|non-accountant|non-accountants|non-expert|non-experts|non-specialist|non-specialists|non-technical|non-engineer|non-engineers|non-architect|non-architects|non-professional|non-professionals|layman|laymen|layperson|laypeople|lay+people|layman's|outsider|outsiders|mere+mortals|normal+people",
    hit: 'Court rules often puzzle non-lawyers.',
    miss: 'This can be confusing for anyone.',
  },
  {
    id: 'without-background',
    pattern:
      'without ~0-3 background|training|expertise|knowledge|qualification|qualifications|degree|experience|grounding',
    hit: 'It is a lot for someone without a finance background.',
    miss: 'It is a lot for someone with a busy week.',
  },
];
const simplify: FrameEntry[] = [
  {
    id: 'pitch-low',
    pattern:
      'simple|simply|simplest|plain|basics|essentials|slowly|put+it|spell|follow|understand|grasp|take+in|in+terms|explain|sense|clear|words|break+it+down',
    hit: "I'll keep this simple.",
    miss: "I'll keep this for our records.",
  },
];

/** Telling the reader to calm down. */
const calm: FrameEntry[] = [
  {
    id: 'calm-down',
    pattern: 'calm|settle|simmer|chill down|out|yourself',
    unlessBefore: [
      'to',
      'you',
      'them',
      'him',
      'her',
      'help',
      'helps',
      'helped',
      'will',
      'should',
      'it',
      'things',
      'market',
      'markets',
    ],
    hit: 'OK, calm down, it is only a draft.',
    miss: 'The exercises help you calm down before sleep.',
  },
];
/** The phrase mentioned, not said: "'Calm down' is the last thing I'd say". */
const empathy: FrameEntry[] = [
  {
    id: 'mentioned',
    pattern: "last+thing|never+say|wouldn't+say|understandable|rightly|of+course+you're",
    hit: 'Calm down is the last thing you need to hear.',
    miss: 'Calm down, it is only a draft.',
  },
];

/** Sending the reader away from their own project: "leave the wiring to someone qualified". */
const handOver: FrameEntry[] = [
  {
    id: 'leave-it-to-the-qualified',
    pattern:
      'leave|leaving ~1-5 to ~0-1 someone|somebody|people|those|the+people|the+professionals|the+experts|the+pros|professionals|experts|a+professional|an+expert|us|me|the+designer|the+architect|the+engineer|the+electrician|the+plumber|the+accountant|the+lawyer|the+surveyor|a+designer|an+architect|an+engineer|an+electrician|an+accountant',
    unlessBefore: ['can', 'could', 'welcome', 'free', 'happy'],
    hit: "It's best to leave the wiring to someone qualified.",
    miss: 'We leave the keys to you on Friday.',
  },
  {
    id: 'let-the-people-who-know',
    pattern:
      'let ~0-1 the|those|someone|somebody|people|professionals|experts|pros ~0-8 handle|deal|do+it|do+this|sort|fix|take+over|take+care',
    hit: 'Let the people who know what they are doing handle it.',
    miss: 'Let the team know if you need anything.',
  },
];
/** An offer, not a dismissal: "you're welcome to leave it with us", "part of the service". */
const offers: FrameEntry[] = [
  {
    // A reason outside the writer: the insurer, the regulations.
    id: 'outside-reason',
    pattern: 'insurer|insurance|regulations|regulation|legally|by+law|warranty|liability|building+control',
    hit: 'Please leave the wiring to us; the insurer requires it.',
    miss: 'Please leave the wiring to us.',
  },
  {
    id: 'offer',
    pattern:
      'welcome|feel+free|happy|glad|gladly|part+of|included|no+charge|free+of+charge|if+you+prefer|if+you+like|if+you+wish',
    hit: "You're welcome to leave it with us.",
    miss: 'Please leave it with us.',
  },
  {
    // A thing handed over as the reader leaves: "leave the keys to us when you go".
    id: 'handover-on-leaving',
    pattern:
      'when|before|once you ~0-1 go|leave|head+off|set+off|are+done|finish|drop+off|on+your+way+out|on+the+way+out',
    hit: "Please leave the keys to us when you go, we'll lock up.",
    miss: 'Please leave the wiring to us, you will only hurt yourself.',
  },
];

/** Mistakes and misconceptions … */
const mistake: FrameEntry[] = [
  {
    id: 'mistake',
    pattern: 'mistake|mistakes|error|errors|misconception|misconceptions|misunderstanding|assumption|trap|blunder',
    hit: 'That is a misconception.',
    miss: 'That is a good idea.',
  },
];
/** … put down to novices. */
const novice: FrameEntry[] = [
  {
    id: 'novice',
    pattern: `${NOVICE}|amateurs|beginners|novices|newbies|first-timers|first-time+buyers|first-time+clients|laypeople|laymen|layman|hobbyists|diyers`,
    hit: 'Amateurs do that.',
    miss: 'Builders do that.',
  },
];
/** Encouragement, not condescension: "it happens to everyone". */
const encouraging: FrameEntry[] = [
  {
    id: 'happens-to-everyone',
    pattern:
      "normal|happens+to+everyone|happens+to+all|happens+to+us|understandable|easy+to+make|don't+worry|no+worries|not+a+problem|i+made|we+made|i've+made|we've+made|i+did+the+same|we+all|happy",
    hit: "It's a normal beginner's mistake, don't worry.",
    miss: "It's a typical beginner's mistake.",
  },
];

/** "Numbers aren't everyone's thing" … */
const notEveryones: FrameEntry[] = [
  {
    id: 'not-everyones-thing',
    pattern:
      "not+everyone's+thing|not+everybody's+thing|not+everyone's+cup+of+tea|aren't+everyone's|isn't+everyone's|not+your+strong+suit|not+your+forte|not+your+thing",
    hit: "Numbers aren't everyone's thing.",
    miss: 'Numbers are our thing.',
  },
];
/** … so only the basics. */
const justTheBasics: FrameEntry[] = [
  {
    id: 'just-the-highlights',
    pattern:
      'just+the+highlights|only+the+highlights|just+the+basics|keep+it+simple|keep+this+simple|short+and+simple|in+simple+terms|the+essentials|just+the+essentials',
    hit: 'So here are just the highlights.',
    miss: 'So here is the full report.',
  },
];

/** Back to basics, for the reader's sake … */
const backToBasics: FrameEntry[] = [
  {
    id: 'back-to-basics',
    // Not "one of our customers from the very beginning": loyalty, no lesson.
    pattern:
      'back+to+basics|back+to+square+one|start+from+the+very+beginning|explain+from+the+very+beginning|back+to+the+beginning',
    hit: 'Your question tells me we need to go back to basics.',
    miss: 'The garden plan is back on track.',
  },
];
/** … unless proposed together. */
const together: FrameEntry[] = [
  {
    id: 'lets',
    pattern: "let's|let+us|together|shall+we",
    hit: "Let's start again.",
    miss: 'Start again.',
  },
];

/** The verdict in two words: "rookie error", "beginner's mistake". */
const noviceWord: FrameEntry[] = [
  {
    id: 'novice-word',
    pattern: `${NOVICE} ~0-1 mistake|mistakes|error|errors|assumption|move|misconception|idea|thinking|trap|blunder`,
    unlessBefore: ['my', 'our', 'a+similar'],
    hit: "That's a classic rookie error.",
    miss: "That's a classic oak finish.",
  },
];

/** Explained again … */
const again: FrameEntry[] = [
  {
    id: 'again',
    pattern: 'again|once+more|one+more+time|a+second+time|a+third+time|yet+again|one+last+time',
    hit: 'Let me put it again.',
    miss: 'Let me put it in writing.',
  },
];
/** … and made simpler. */
const simpler: FrameEntry[] = [
  {
    id: 'simpler',
    pattern:
      'simpler|more+simply|simple+terms|plain+english|plain+terms|slowly|slower|break+it+down|break+this+down|spell+it+out|spell+this+out|words+of+one+syllable',
    hit: "I'll say it again, more simply.",
    miss: "I'll say it again on Monday.",
  },
];
/** An offer to go over it: "if it helps", "on a call". */
const ifHelpful: FrameEntry[] = [
  {
    id: 'if-helpful',
    pattern: 'if+it+helps|if+that+helps|if+you+like|if+you+want|if+useful|happy+to|glad+to|call|phone',
    hit: 'Happy to explain it again more simply if it helps.',
    miss: 'I will explain it again more simply.',
  },
];

/** "Just because you …" … */
const justBecause: FrameEntry[] = [
  {
    id: 'just-because-you',
    pattern: "just|only|simply|merely because you|you're|you've|you'd|you'll|your",
    hit: "It won't dry sooner just because you're in a hurry.",
    miss: 'Because you are in a hurry, we come on Monday.',
  },
  {
    id: 'because-you-find',
    pattern: "because you|you'd ~0-1 find|feel|think|want|wish|like|prefer|are+impatient|are+in+a+hurry",
    hit: 'It will not go faster because you find it slow.',
    miss: 'It will go faster because the weather is dry.',
  },
];
/** … it won't go faster or turn out better. */
const notFaster: FrameEntry[] = [
  {
    id: 'not-faster',
    pattern:
      '<neg> ~0-2 (any) faster|sooner|quicker|earlier|better|cheaper|differently|stronger|thinner|lighter|safer|stretch|move|bend|change|disappear',
    hit: 'The screed will not dry faster.',
    miss: 'The screed will not dry before Monday.',
  },
];

/** "This time" … */
const thisTime: FrameEntry[] = [
  {
    id: 'this-time',
    pattern: 'this+time|for+once|for+a+change|on+this+occasion',
    hit: 'This time, the whole report.',
    miss: 'The whole report.',
  },
];
/** … read, look, listen … */
const attend: FrameEntry[] = [
  {
    id: 'read-properly',
    pattern:
      'read|reread|re-read|look|check|listen|attention|actually|properly|carefully|thoroughly|all+the+way|to+the+end',
    hit: 'Please look carefully.',
    miss: 'Please come by.',
  },
];
/** A new or changed text: then "this time" is a pointer, not a reproach. */
const changedText: FrameEntry[] = [
  {
    id: 'changed',
    pattern: 'changed|updated|revised|new|amended|take+your+time|no+rush',
    hit: 'Please read it carefully this time, as several clauses changed.',
    miss: 'Please read it carefully this time.',
  },
];
/** … when the reader is the one to do it. */
const readerDoes: FrameEntry[] = [
  {
    id: 'reader',
    pattern: "you|you'd|you'll|you've|please",
    // "for you", "thank you": the reader is not the one reading.
    unlessBefore: ['for', 'to', 'with', 'thank', 'at', 'send', 'sent'],
    hit: 'Could you read it?',
    miss: 'We read it.',
  },
];

/** Stay away from … */
const stayAway: FrameEntry[] = [
  {
    id: 'stay-away',
    pattern: 'stay|keep|steer ~0-2 away|clear|hands+off',
    hit: "I'd stay well away from that.",
    miss: "I'd stay until five.",
  },
];
/** … the trade work the reader means to do. */
const trade: FrameEntry[] = [
  {
    id: 'trade-work',
    pattern:
      'wiring|electrics|electrical|plumbing|gas|boiler|roof|joists|beams|structural|foundations|load-bearing|server|settings|dns|code|database|accounts|books|bookkeeping|tax|taxes|payroll|design|layout|diy|yourself|tools',
    hit: 'Stay away from the wiring.',
    miss: 'Stay away from the wet paint.',
  },
];
/** Safety, not condescension: "until it dries", "while we work". */
const safety: FrameEntry[] = [
  {
    id: 'safety',
    pattern: 'until|while|dry|drying|wet|live|hot|safety|during',
    hit: 'Keep away from the boiler while we work.',
    miss: 'Keep away from the boiler.',
  },
];

/** The reader's view granted … */
const youMayFeel: FrameEntry[] = [
  {
    id: 'you-may-feel',
    pattern: 'may|might|can|could ~0-1 feel|think|find|believe|consider|see|say ~1-8 , but|however',
    hit: 'You may feel the price is high, but the contract stands.',
    miss: 'The price may look high, but it includes the survey.',
  },
];
/** … and waved away: "feelings don't enter into it". */
const viewDoesntCount: FrameEntry[] = [
  {
    id: 'doesnt-count',
    pattern:
      '<neg> ~0-3 enter+into|change|alter|matter|count|affect|relevant|come+into|make+any+difference|the+point|the+issue',
    hit: "Feelings don't enter into it.",
    miss: 'Feelings are welcome here.',
  },
];

/** An apology: then it is regret, not a brush-off. */
const apology: FrameEntry[] = [
  {
    id: 'apology',
    pattern: 'sorry|apologise|apologize|apologies|regret|regrettably|unfortunately',
    hit: "Whether you like it or not, I'm sorry, the date has to move.",
    miss: 'Whether you like it or not, the date has to move.',
  },
];

/** Whether the reader likes it or not … */
const whetherYouLike: FrameEntry[] = [
  {
    id: 'whether-you-like-it',
    pattern: "whether|if you|you're ~0-3 like|liked|agree|approve|happy|accept|want ~0-4 or+not",
    hit: 'Whether you like it or not, the rules apply.',
    miss: 'Whether you come or not, please let us know.',
  },
];

/** "You might be overreacting" … */
const overreact: FrameEntry[] = [
  {
    id: 'overreacting',
    pattern:
      'overreact*|overthink*|overdramati*|dramatis*|dramatiz*|exaggerat*|catastrophi*|getting+worked+up|getting+wound+up|getting+yourself|worked+up+over|wound+up+over',
    hit: 'I think you may be overreacting.',
    miss: 'I think you may be right.',
  },
];
/** "Don't get so emotional": an order about the reader's feelings. */
const soEmotional: FrameEntry[] = [
  {
    id: 'get-so-emotional',
    pattern:
      '<neg> ~0-1 get|be|become ~0-1 so|this|that|quite+so|all+that|overly|too emotional|worked+up|wound+up|het+up|upset|excited|agitated|dramatic|defensive|hysterical|touchy|sensitive|precious|uptight',
    hit: "Please don't get so emotional about it.",
    miss: "Please don't be late on Monday.",
  },
];
/** … said of the reader. */
const you: FrameEntry[] = [
  {
    id: 'you',
    pattern: "you|you're|you've|you'd|your",
    hit: 'Are you sure?',
    miss: 'Is she sure?',
  },
];
/** … unless the writer says the reader is not overreacting. */
const validating: FrameEntry[] = [
  {
    id: 'not-overreacting',
    pattern:
      "don't+think|do+not+think|not+at+all|you're+not|you+are+not|aren't|never+say|wouldn't+say|understandable|rightly",
    hit: "I don't think you're overreacting.",
    miss: "I think you're overreacting.",
  },
];

// The constructions below come from the blind batch dism5: what unseen mails
// shared, not their wording.

/** The web and the media as the reader's source. */
const media: FrameEntry[] = [
  {
    id: 'media',
    pattern:
      'internet|online|google|googled|googling|youtube|tiktok|instagram|facebook|reddit|chatgpt|wikipedia|forum|forums|blog|blogs|podcast|podcasts|video|videos|tutorial|tutorials|telly|tv|television|daytime|documentary|magazine|magazines|tabloid|tabloids|newspaper|article|articles|influencer*|mumsnet|facebook+group|whatsapp+group',
    unlessBefore: ['our', 'my'],
    unlessAfter: [
      'call',
      'calls',
      'meeting',
      'chat',
      'banking',
      'portal',
      'form',
      'booking',
      'payment',
      'account',
      'order',
      'orders',
      'shop',
      'store',
    ],
    hit: 'That claim comes from a forum.',
    miss: 'That claim comes from our contract.',
  },
];
/** The source run down: "some forum", "stumbled on", "more nuanced than it comes across on TV". */
const sourceBelittled: FrameEntry[] = [
  {
    id: 'some-random',
    pattern:
      'some+random|random|any+old|some+forum|some+blog|read+somewhere|saw+somewhere|somewhere+online|stumbled|half-remembered|half-knowledge|armchair|too+many|too+much|whatever|no+matter+what|regardless+of+what',
    hit: 'You read that on some random forum.',
    miss: 'You read that in the contract.',
  },
  {
    id: 'picked-up',
    pattern: 'picked|dug ~0-2 up',
    // "has already been picked up by two trade magazines": the reader's work taken up, not lore they picked up.
    unlessBefore: ['been', 'was', 'were', 'be', 'being', 'get', 'got'],
    hit: 'You probably picked that up online.',
    miss: 'You can pick the keys up on Monday.',
  },
  {
    id: 'more-nuanced-than',
    pattern: 'more+nuanced|more+complex|more+complicated|more+involved|more+subtle|more+to+it ~0-2 than',
    hit: 'It is more nuanced than it looks in the video.',
    miss: 'It is more affordable than it looks in the video.',
  },
  {
    id: 'rather-than-source',
    pattern: 'rather+than|instead+of|not+from ~0-2 dr|google|internet|youtube|tiktok|forum|forums|reddit|chatgpt',
    hit: 'Ask us rather than Google.',
    miss: 'Ask us rather than waiting.',
  },
];

/** "Just because your sister-in-law …": someone else's experience brushed aside. */
const justBecause3: FrameEntry[] = [
  {
    id: 'just-because',
    pattern: 'just|only|simply|merely because',
    hit: 'Just because a forum says so, it is not true.',
    miss: 'Because a forum says so, we checked.',
  },
];
const others: FrameEntry[] = [
  {
    id: 'other-people',
    pattern:
      'brother-in-law|sister-in-law|mother-in-law|father-in-law|cousin|uncle|aunt|neighbour|neighbor|neighbours|neighbors|friend|friends|mate|mates|colleague|colleagues|sister|brother|someone|somebody|others|other+people|another+client|a+friend',
    hit: 'Just because your neighbour did it, it is not allowed.',
    miss: 'Just because the reading is high, we do not act yet.',
  },
];

/** Lay people one does not argue with. */
const layPeople: FrameEntry[] = [
  {
    id: 'non-experts',
    pattern:
      'non-designer*|non-lawyer*|non-expert*|non-specialist*|non-accountant*|non-engineer*|non-architect*|non-professional*|non-medic*|non-doctor*|non-techies|layman|laymen|layperson|laypeople|lay+people|amateurs',
    hit: 'I do not argue with non-designers.',
    miss: 'I do not argue with clients.',
  },
];
const debate: FrameEntry[] = [
  {
    id: 'debate',
    pattern: 'debate|debating|argue|arguing|discuss|discussing|discussion|get+into|lecture',
    hit: 'I would rather not debate it.',
    miss: 'I would rather not wait.',
  },
];

/** "This is Management 101": the reader's question filed under the basics. */
const forBeginners: FrameEntry[] = [
  {
    id: 'one-oh-one',
    pattern: '101|for+dummies|for+beginners|for+beginners|kindergarten+stuff|day-one+stuff|basic+stuff|the+abc',
    hit: 'This is Management 101.',
    miss: 'This is Room 110.',
  },
];
const thatIs: FrameEntry[] = [
  {
    id: 'that-is',
    pattern: 'this|that|it is|was',
    hit: 'That is so.',
    miss: 'We came.',
  },
  {
    id: 'thats',
    pattern: "that's|it's|this's",
    hit: "That's so.",
    miss: 'We came.',
  },
];
/** A course or a book: an offer, not a put-down. */
const course: FrameEntry[] = [
  {
    id: 'course',
    pattern:
      'course|courses|workshop|workshops|seminar|seminars|book|books|guide|module|modules|training|class|classes|session|sessions|webinar|recommend|enrol|enroll|sign+up',
    hit: 'This is a course for beginners.',
    miss: 'This is law for beginners.',
  },
];

/** Not wanting to be told how to do one's own trade … */
const dontTeachMe: FrameEntry[] = [
  {
    id: 'dont-need-to-be-told',
    pattern:
      '<neg> need ~0-4 to+tell+me|to+teach+me|to+explain|to+show+me|telling+me|teaching+me|explaining|tell+me+how|show+me+how',
    hit: "I don't need anyone to tell me how to grout.",
    miss: "I don't need anything else from you.",
  },
];
/** … after years in it. */
const ownYears: FrameEntry[] = [
  {
    id: 'for-years',
    pattern: 'for ~0-3 years|decades|a+living|since+i+was|my+whole+career|my+entire+career',
    hit: "I've done this for twenty years.",
    miss: "I've done this for you.",
  },
];

/** Knowledge taken for granted: "anyone could tell you", "surely that much is common sense". */
const everyoneKnows: FrameEntry[] = [
  {
    id: 'anyone-could-tell-you',
    pattern:
      'anyone|anybody|any+layperson|any+layman|any+child|any+kid|any+schoolchild|any+first-year|any+student could|would|can|will tell+you|know|understand|see',
    unlessBefore: ['not', 'hardly'],
    hit: 'Anyone could tell you that this is a bad idea.',
    miss: 'Anyone can book a slot online.',
  },
  {
    id: 'common-sense',
    pattern: 'surely|just|basic|simply|plain|only|should+be|is ~0-2 common+sense',
    unlessAfter: ['approach', 'solution', 'fix', 'rule', 'rules', 'way', 'option', 'step', 'steps'],
    hit: 'Surely that much is common sense.',
    miss: 'We took a simple common sense approach.',
  },
  {
    id: 'needn-t-concern-yourself-with-how',
    pattern:
      "needn't|need+not|don't+need+to|no+need+to concern|trouble|bother|worry yourself|your+head ~0-2 with|about how|why|what|the+details|the+technical|the+ins",
    hit: "You needn't concern yourself with how it works.",
    miss: "You needn't concern yourself with the paperwork.",
  },
];

/** The reader's idea called naive … */
const naive: FrameEntry[] = [
  {
    id: 'naive',
    pattern: 'naive|naïve|naively|simplistic|too+romantically|too+rosy|rose-tinted|rose-coloured|rose-colored',
    unlessBefore: ['not', "isn't", "wasn't", 'never'],
    hit: 'The idea is frankly a little naive.',
    miss: 'The idea is not naive at all.',
  },
];
/** … unless the writer says it of themselves. */
const selfNaive: FrameEntry[] = [
  {
    id: 'i-was-naive',
    pattern: "i|we|i'm|we're|i've|we've ~0-3 naive|naïve|naively",
    hit: 'I was naive about the timeline.',
    miss: 'You were naive about the timeline.',
  },
];

/** The reader's work put on an amateur stage: "more of a school-fair thing". */
const amateurStage: FrameEntry[] = [
  {
    id: 'school-fair',
    pattern:
      "school+fair|school-fair|school+project|school+play|school+newsletter|church+newsletter|church+fete|village+fete|parish+newsletter|bake+sale|jumble+sale|car+boot+sale|garage+sale|yard+sale|craft+fair|kids'+party|children's+party|birthday+card|student+project|hobby+project|fan+club|powerpoint+from+1998",
    hit: 'It looks more like a school project.',
    miss: 'It looks more like a first draft.',
  },
];
const ratherLike: FrameEntry[] = [
  {
    id: 'more-like',
    pattern: 'more+like|more+of|feels+like|looks+like|belongs|rather+than|than|straight+out+of',
    hit: 'It belongs at a bake sale.',
    miss: 'It sold at a bake sale.',
  },
];

/** "Where did you pick up that theory?" */
const whereFrom: FrameEntry[] = [
  {
    id: 'where-you-got',
    pattern: 'where ~0-3 you ~0-2 picked|pick|heard|hear|read|dug|dig',
    hit: 'I am not sure where you picked that up.',
    miss: 'I am not sure where you parked.',
  },
];
const claim: FrameEntry[] = [
  {
    id: 'theory',
    pattern: 'theory|idea|notion|impression|claim|myth|rumour|rumor|figure|statistic|that|this|up|on+earth',
    hit: 'Where did you get that idea?',
    miss: 'Where did you get the invoice?',
  },
];
const curious: FrameEntry[] = [
  {
    id: 'curious-praise',
    pattern: 'love|lovely|great|brilliant|fantastic|wonderful|clever|inspired|curious|interested',
    hit: 'Where did you get that idea? I love it.',
    miss: 'Where did you get that idea?',
  },
];

/** Feelings set against the facts: "you're emotional, let's stick to the facts". */
const feelings: FrameEntry[] = [
  {
    id: 'emotional',
    pattern: 'emotional|emotions|emotive|worked+up|wound+up|het+up|upset|agitated|heated',
    hit: "You're feeling emotional.",
    miss: "You're feeling better.",
  },
];
const backToFacts: FrameEntry[] = [
  {
    id: 'stick-to-facts',
    pattern:
      'stick|keep|stay|focus|get+back|come+back ~0-2 to+the+facts|on+the+facts|objective|rational|professional|calm|level-headed|to+the+point',
    hit: "Let's stick to the facts.",
    miss: "Let's stick to Monday.",
  },
];

/** Panic "again", "so worked up": the reader's reaction as excess … */
const overreaction: FrameEntry[] = [
  {
    id: 'panics-again',
    pattern:
      'panic|panics|panicking|panicked|freak|freaks|freaking|flap|flapping|fuss|fussing ~0-1 again|so|straight+away|right+away|immediately|every+time|over+nothing|over+a',
    hit: 'Before anyone panics again, the server is fine.',
    miss: "Don't panic, the server is fine.",
  },
];
/** … said of the reader or of "anyone". */
const feeler: FrameEntry[] = [
  {
    id: 'anyone-or-you',
    pattern: "you|you're|you've|anyone|anybody|everyone|everybody|nobody|no+one|people",
    hit: 'Before anyone panics.',
    miss: 'Before the server restarts.',
  },
];

/** "Not as complicated as you're making it." */
const asYouMakeIt: FrameEntry[] = [
  {
    id: 'as-youre-making-it',
    pattern: `<neg> ~0-2 as|so|that ${HARD}|big|serious|dramatic|bad as ~0-2 you|you're|you've ~0-2 making|make|made|painting|paint`,
    hit: "It's not as complicated as you're making it.",
    miss: "It's not as bad as you feared.",
  },
];

// From the second blind batch dism5b.

/** Friends and hobby circles as the reader's source. */
const circle: FrameEntry[] = [
  {
    id: 'friends',
    pattern:
      'buddy|buddies|pal|pals|mates|friends|golf|pub|book+club|brother-in-law|sister-in-law|mother-in-law|father-in-law|cousin|uncle|neighbour|neighbor|colleague|colleagues',
    hit: 'That came from your golf buddies.',
    miss: 'That came from your accountant.',
  },
];
/** "I'm guessing it came from …": the source guessed in order to dismiss it. */
const guessedSource: FrameEntry[] = [
  {
    id: 'guessing-from',
    pattern:
      'guessing|guess|presume|presumably|i+take+it|bet|assume|suspect ~0-8 from|came+from|came+out+of|courtesy+of',
    hit: "I'm guessing that came from a friend.",
    miss: 'That came from a friend.',
  },
];

/** "So that even you can follow." */
const evenYou: FrameEntry[] = [
  {
    id: 'even-you',
    pattern: 'even+you ~0-3 follow|understand|get|grasp|manage|keep+up',
    hit: "I'll keep it short so even you can follow.",
    miss: "I'll keep it short so you can read it on the train.",
  },
];

/** "No reason to text me at 11pm": the reader's contact called needless. */
const noReasonToContact: FrameEntry[] = [
  {
    id: 'no-reason-to-text-me',
    pattern: 'no|not+a reason|need|excuse ~0-2 to ~0-2 text|email|call|ring|message|phone|send|chase|bother ~0-3 me|us',
    hit: 'A sore knee is no reason to text me at midnight.',
    miss: 'A sore knee is no reason to skip the exercises.',
  },
];
const weCall: FrameEntry[] = [
  {
    id: 'we-will-call',
    pattern: "we'll|i'll|we+will|i+will|happy|glad|welcome|thanks|thank",
    hit: "No need to call us, we'll ring you.",
    miss: 'No need to call us.',
  },
];

/** "The tribunal won't care about feelings, only evidence." */
const noFeelings: FrameEntry[] = [
  {
    id: 'not-feelings',
    pattern: '<neg> ~0-4 feelings|emotions|outrage|indignation|how+you+feel',
    hit: "Judges don't care about feelings.",
    miss: "Judges don't care about the weather.",
  },
];
const evidence: FrameEntry[] = [
  {
    id: 'evidence',
    pattern: 'evidence|facts|proof|numbers|documents|paperwork|records|only',
    hit: 'Only evidence counts.',
    miss: 'Patience counts.',
  },
];

/** "Writing is a profession, not a weekend hobby." */
const notAHobby: FrameEntry[] = [
  {
    id: 'not-a-hobby',
    pattern: "not|isn't|n't|never ~0-1 a ~0-1 hobby|pastime|toy|game|side+project|party+trick|weekend+project",
    hit: 'Writing is a profession, not a hobby.',
    miss: 'Writing is a profession, not a sprint.',
  },
];
/** "For us it's not a hobby": the writer's own pride. */
const forUs: FrameEntry[] = [
  {
    id: 'for-us',
    pattern: 'for+us|for+me|our|my',
    hit: "For us it's not a hobby.",
    miss: "It's not a hobby.",
  },
];

/** "No need to jump to the worst case." */
const worstCase: FrameEntry[] = [
  {
    id: 'jump-to',
    pattern: 'jump|jumping|leap|leaping ~0-2 to ~0-1 the+worst|worst+case|worst-case|conclusions|the+worst-case',
    hit: "There's no need to jump to the worst case.",
    miss: "There's no need to jump the queue.",
  },
];

/** "The problem was sitting in front of the screen." */
const userError: FrameEntry[] = [
  {
    id: 'in-front-of-the-screen',
    pattern:
      'in+front+of+the+screen|in+front+of+the+computer|in+front+of+the+keyboard|between+the+chair+and+the+keyboard|user+error|operator+error|pebkac|layer+8',
    hit: 'The problem was in front of the screen.',
    miss: 'The mouse is next to the screen.',
  },
];
const problem: FrameEntry[] = [
  {
    id: 'problem',
    pattern: 'problem|issue|fault|culprit|error|sitting|sat',
    hit: 'The issue was quickly found.',
    miss: 'The fix was quickly found.',
  },
];

/** "Hundreds of clients managed, so I'm sure you can too." */
const othersManaged: FrameEntry[] = [
  {
    id: 'hundreds-managed',
    pattern:
      'hundreds|dozens|all|every|everyone|everybody|countless|most ~0-6 managed|coped|figured|got+the+hang|had+no+trouble|no+problem|worked+it+out|got+there',
    hit: 'Every other client managed it.',
    miss: 'Every other client paid on time.',
  },
];
const youToo: FrameEntry[] = [
  {
    id: 'you-too',
    pattern: 'you ~0-3 too|as+well|also',
    hit: 'You can do it too.',
    miss: 'We can do it too.',
  },
];

/** "Someone who actually knows Excel": the reader implied not to. */
const actuallyKnows: FrameEntry[] = [
  {
    id: 'someone-who-actually-knows',
    pattern:
      'someone|somebody|people|a+person|anyone|those who|that ~0-1 actually|really|genuinely|properly know|knows|understand|understands|does+this|do+this',
    hit: 'This is best left to someone who actually knows Excel.',
    miss: 'This is best left until someone actually needs it.',
  },
];

/** "I get that it looks scary, but a warning isn't an error": the worry conceded, then corrected as a category error. */
const concede: FrameEntry[] = [
  {
    id: 'i-get-that',
    pattern: 'i+get+that|i+get+it|i+know+it+looks|i+know+it+seems|sorry+,+but|look+,',
    hit: 'I get that it looks odd.',
    miss: 'I got the file.',
  },
];
const notABug: FrameEntry[] = [
  {
    id: 'not-a-bug',
    pattern:
      "not|isn't|n't ~0-1 a|an bug|error|fault|defect|emergency|crisis|disaster|big+deal|catastrophe|tiny+detail|minor+detail|small+detail",
    hit: "A warning isn't an error.",
    miss: "A warning isn't urgent.",
  },
];

// From the third blind batch dism5c.

/** What someone told the reader … */
const hearsay: FrameEntry[] = [
  {
    id: 'told-you',
    pattern: 'told|tells|said|says|claims|claimed|swears|reckons|recommended',
    hit: 'That is what she told you.',
    miss: 'That is what she sent you.',
  },
];
/** … written off as a myth. */
const myth: FrameEntry[] = [
  {
    id: 'half-truth',
    pattern: 'half-truth|half-truths|myth|myths|nonsense|rubbish|hogwash|claptrap|folklore|pub+wisdom',
    hit: 'That is the usual half-truth.',
    miss: 'That is the usual timetable.',
  },
  {
    id: 'old-wives-tale',
    pattern: 'old wives ~0-1 tale|tales',
    hit: "That is an old wives' tale.",
    miss: 'That is an old tale.',
  },
];
const reporter: FrameEntry[] = [
  {
    id: 'someone-else',
    pattern:
      'friend|friends|buddy|buddies|mate|mates|neighbour|neighbor|colleague|colleagues|sister|brother|mum|mom|dad|cousin|uncle|aunt|brother-in-law|sister-in-law|someone|somebody|everyone|people',
    hit: 'Your friend said so.',
    miss: 'Your accountant said so.',
  },
];

/** "I'm not sure who told you …" */
const whoToldYou: FrameEntry[] = [
  {
    id: 'not-sure-who-told-you',
    pattern: "not+sure|no+idea|don't+know|whoever ~0-2 who ~0-1 told|tells|convinced|sold|promised you",
    hit: "I'm not sure who told you that.",
    miss: "I'm not sure who sent you that.",
  },
  {
    id: 'whoever-told-you',
    pattern: 'whoever told|tells you',
    hit: 'Whoever told you that was wrong.',
    miss: 'Whoever sends you the form, keep it.',
  },
];

/** "That's not your department", "our job, not yours". */
const notYourBusiness: FrameEntry[] = [
  {
    id: 'not-your-department',
    pattern: '<neg> ~0-1 your department|remit|area|business|place|lane',
    hit: "That's not your department.",
    miss: 'That is your department on the second floor.',
  },
  {
    id: 'our-job-not-yours',
    pattern: "our|my job|call|decision|business ~0-2 not yours|n't+yours",
    hit: "That's our job, not yours.",
    miss: "That's our job, thanks for asking.",
  },
];
const gladly: FrameEntry[] = [
  {
    id: 'gladly',
    pattern: "happy|glad|gladly|we'll+take+care|we'll+handle|take+care+of",
    hit: "We're happy to handle it.",
    miss: 'We handle it.',
  },
];

/** "Composition is a bit more than picking a filter": the reader's picture of the work as too small. */
const moreThan: FrameEntry[] = [
  {
    id: 'a-bit-more-than',
    // What the work is or takes, not what a job needed ("the movement needed a little more than a clean").
    pattern:
      "is|are|was|it's|that's|takes|involves|requires ~0-1 a+bit|a+little|slightly|somewhat|rather|a+lot|quite+a+bit|rather+a+lot more|more+involved|more+complicated|more+complex than ~0-1 just|a|an|picking|adding|clicking|pressing|dragging|moving|putting|slapping|sticking|throwing",
    hit: 'Composition is a bit more than picking a filter.',
    miss: 'The gearbox needed a little more than a service.',
  },
];

/** "Isn't a question worth asking." */
const questionDismissed: FrameEntry[] = [
  {
    id: 'not-worth-asking',
    pattern: '<neg> ~0-3 worth+asking|worth+raising|worth+discussing|a+real+question',
    hit: "That isn't really worth asking.",
    miss: 'That is really worth asking.',
  },
];

export const CONDESCENSION_EN: CondescensionData = {
  constructions: [
    // Half-knowledge from the web, a course or the family set against training.
    { id: 'lay-source-against-training', parts: [lay, againstTraining], quiet: modesty, firstBefore: true },
    // The reader's task shrunk, in an impatient voice.
    { id: 'task-shrunk', parts: [easy, impatience], quiet: reassurance },
    // Explaining down: for non-lawyers, without a background, keep it simple.
    { id: 'explaining-down', parts: [lacks, simplify], quiet: modesty },
    // Handing the reader's own project to "the professionals", unless it is an offer.
    { id: 'hand-over', parts: [handOver], quiet: offers },
    { id: 'calm-down', parts: [calm], quiet: empathy },
    // Mistakes put down to "amateurs" and "first-timers", unless as encouragement.
    { id: 'novice-mistake', parts: [mistake, novice], quiet: encouraging },
    { id: 'novice-word', parts: [noviceWord], quiet: encouraging },
    // "Your question tells me we need to go back to basics."
    { id: 'back-to-basics', parts: [backToBasics, you], quiet: together },
    // "Numbers aren't everyone's thing, so just the highlights."
    { id: 'not-everyones-thing', parts: [notEveryones, justTheBasics], quiet: offers },
    // Again, and this time simpler: unless offered.
    { id: 'again-simpler', parts: [again, simpler], quiet: ifHelpful },
    // "It won't go faster just because you …"
    { id: 'just-because-you', parts: [justBecause, notFaster], quiet: apology },
    // "Read it properly this time."
    { id: 'this-time-read', parts: [thisTime, attend, readerDoes], quiet: changedText },
    // "Stay away from the wiring", unless for safety.
    { id: 'stay-away', parts: [stayAway, trade], quiet: safety },
    // "Whether you like it or not …"
    { id: 'whether-you-like-it', parts: [whetherYouLike], quiet: apology },
    // "You may feel …, but that doesn't change anything."
    { id: 'view-granted-then-dismissed', parts: [youMayFeel, viewDoesntCount, you] },
    // "You may be overreacting", unless the writer says the opposite.
    { id: 'overreacting', parts: [overreact, you], quiet: validating },
    { id: 'so-emotional', parts: [soEmotional], quiet: validating },
    // "Before anyone panics again", unless the writer says the worry is fair.
    { id: 'panics-again', parts: [overreaction, feeler], quiet: validating },
    // "You're emotional; let's stick to the facts."
    { id: 'feelings-against-facts', parts: [feelings, backToFacts] },
    // The reader's source run down: "some forum", "rather than Dr Google".
    { id: 'source-run-down', parts: [media, sourceBelittled], quiet: modesty },
    // "Just because your sister-in-law …", "just because it's on the internet …".
    { id: 'just-because-others', parts: [justBecause3, others] },
    { id: 'just-because-media', parts: [justBecause3, media] },
    // "I'd rather not debate colour with non-designers."
    { id: 'not-with-laypeople', parts: [layPeople, debate] },
    // "This is Management 101", unless a course is meant.
    { id: 'for-beginners', parts: [forBeginners, thatIs], quiet: course },
    // "I've done this for twenty years; I don't need a video to tell me how."
    { id: 'dont-teach-me', parts: [dontTeachMe, ownYears] },
    { id: 'knowledge-assumed', parts: [everyoneKnows] },
    { id: 'idea-naive', parts: [naive], quiet: selfNaive },
    { id: 'amateur-stage', parts: [amateurStage, ratherLike] },
    { id: 'as-youre-making-it', parts: [asYouMakeIt] },
    // "I'm guessing that came from your golf buddies?"
    { id: 'source-guessed', parts: [circle, guessedSource], quiet: modesty },
    { id: 'even-you', parts: [evenYou] },
    // "No reason to text me at 11pm", unless the writer offers to call.
    { id: 'no-reason-to-contact', parts: [noReasonToContact], quiet: weCall },
    // "The tribunal won't care about feelings, only evidence."
    { id: 'feelings-dont-count', parts: [noFeelings, evidence] },
    { id: 'not-a-hobby', parts: [notAHobby], quiet: forUs },
    { id: 'jump-to-the-worst', parts: [worstCase] },
    { id: 'in-front-of-the-screen', parts: [userError, problem] },
    // "Hundreds managed, so you can too."
    { id: 'others-managed', parts: [othersManaged, youToo] },
    { id: 'someone-who-actually-knows', parts: [actuallyKnows] },
    // "What your friend told you is the usual half-truth."
    { id: 'hearsay-dismissed', parts: [myth, hearsay, reporter] },
    { id: 'who-told-you', parts: [whoToldYou] },
    { id: 'not-your-department', parts: [notYourBusiness], quiet: gladly },
    { id: 'more-than-you-think', parts: [moreThan], quiet: reassurance },
    { id: 'not-worth-asking', parts: [questionDismissed] },
    // "I get that it looks scary, but a warning isn't an error."
    { id: 'conceded-then-corrected', parts: [concede, notABug] },
    { id: 'where-did-you-get-that', parts: [whereFrom, claim], quiet: curious },
    // "Not rocket science" alone, unless as sincere reassurance ("don't worry, … I'll show you").
    {
      id: 'not-rocket-science',
      parts: [
        [
          {
            id: 'not-rocket-science',
            pattern: "not|isn't|hardly|n't|ain't (exactly|really|quite|just) rocket+science|brain+surgery|astrophysics",
            hit: "It's not rocket science to fill in a form.",
            miss: 'Our engineers love a good science question.',
          },
        ],
      ],
      quiet: reassurance,
    },
    {
      id: 'single',
      parts: [
        [
          {
            id: 'my-kid-could',
            pattern: `my|our ${KIN} could|can|would|managed|manages`,
            // "My nephew could not believe how quiet it is": wonder, not a comparison.
            unlessAfter: ['not', "n't", 'believe', 'hardly', 'barely', 'stop', 'wait'],
            hit: 'My nephew could set that up in a minute.',
            miss: 'My colleague can set that up on Monday.',
          },
          {
            id: 'anyone-who-has-ever',
            pattern:
              'anyone|anybody|everyone|everybody who|that ~1-8 can|could manage|handle|cope|do+this|do+it|figure|work+it+out|get+the+hang|use|operate|follow',
            hit: 'Anyone who has used email can manage this.',
            miss: 'Anyone who needs help can call us on Monday.',
          },
          {
            id: 'doesnt-make-you-a-professional',
            pattern: `<neg> make|makes|made|turn|turns you|anyone|someone|somebody|people (a|an|into) ~0-1 ${TRAINED}`,
            hit: "A weekend course doesn't make you an architect.",
            miss: "A missed session doesn't make you a bad patient.",
          },
          {
            id: 'more-involved-than',
            pattern:
              'more+involved|more+complicated|more+complex|more+to+it|harder|trickier|more+technical ~0-1 than ~0-3 just|simply|adding|ticking|clicking|copying|watching|reading|googling|a+few|a+couple|a+bit',
            hit: 'Payroll is more involved than adding up a few hours.',
            miss: 'Payroll is more involved this month because of the bonus.',
          },
          {
            id: 'from-where-you-sit',
            pattern:
              "from+where+you're|from+where+you|to+the+untrained+eye|to+an+outsider|to+a+layperson|to+a+layman|from+the+outside",
            // Seeing a thing from its outside is a place, not a rank: "no way you could have spotted it from the outside".
            unlessBefore: ['it', 'them', 'spot', 'spotted', 'see', 'seen', 'notice', 'noticed'],
            hit: 'I am sure it looks odd from where you are sitting.',
            miss: 'I am sure it looks great from the street.',
          },
          {
            id: 'read-anything-into',
            pattern: 'read|reading ~0-1 anything|something|too+much|so+much|a+lot|more ~0-2 into',
            unlessBefore: ["don't+want+to", 'not+to'],
            hit: 'You really do not need to read anything sinister into it.',
            miss: 'You really do not need to read anything before the meeting.',
          },
          {
            id: 'small-words',
            pattern: 'small|little|short|simple|one-syllable words ~0-2 this+time|for+you|so+you',
            hit: 'I will use small words this time.',
            miss: 'I will use the same words as the contract.',
          },
          {
            // The German 'ein-drittes-mal': an explanation offered for the nth time.
            id: 'explain-a-third-time',
            pattern:
              'explain|explaining|say|saying|repeat|repeating|spell|go ~0-3 a+third+time|a+fourth+time|for+the+third+time|for+the+fourth+time|for+the+umpteenth+time|for+the+hundredth+time|for+the+nth+time|one+more+time+for',
            hit: "I'm happy to explain it a third time.",
            miss: "I'm happy to explain it again on Monday.",
          },
          {
            id: 'go-slowly',
            pattern:
              "i'll|let+me|i+will|we'll|i'm+going+to go|take+it|take+this|talk|explain|say|spell ~0-3 slowly|slow|very+slowly",
            hit: "I'll go slowly here.",
            miss: "I'll go to the site tomorrow.",
          },
          {
            id: 'as-basic-as-it-gets',
            pattern: 'as+basic|as+simple|as+easy|as+straightforward as ~0-2 gets|it+gets|they+come|can+be',
            hit: 'It is about as basic as plumbing gets.',
            miss: 'It is as simple as the one you had before, just newer.',
          },
          {
            id: 'not-a-wish-list',
            pattern: '<neg> ~0-1 a|an wish+list|wishlist|pick-and-mix|democracy|buffet|playground|suggestion+box|menu',
            hit: 'A planning policy is not a wish list.',
            miss: 'A planning policy is not a quick read.',
          },
          {
            id: 'years-longer-than-you',
            pattern: "years|decades ~0-2 longer|more ~0-3 than you|you've|you're",
            hit: "I've been doing this a few years longer than you.",
            miss: 'The roof will last years longer than the old one.',
          },
          {
            id: 'if-you-thought-for-a-second',
            pattern:
              "if you|you'd|you+had ~0-3 think|thought|looked|checked ~0-4 for+a+second|for+a+moment|for+a+minute|for+two+seconds|for+a+sec|for+once",
            hit: "You'd have seen it if you'd looked for a moment.",
            miss: 'If you look at page two, the dates are there.',
          },
          {
            id: 'first-month-learns',
            pattern:
              'every|any ~0-1 apprentice|student|trainee|beginner|first-year|intern|junior|schoolchild|schoolkid learns|knows|gets+taught',
            hit: 'Every apprentice learns that in week one.',
            miss: 'Every apprentice gets a mentor in week one.',
          },
          {
            id: 'seeing-ghosts',
            pattern:
              "seeing|see ~0-1 problems|ghosts|things|issues ~0-2 that+aren't|that+are+not|where+there+are+none|that+don't+exist",
            hit: "You're seeing problems that aren't there.",
            miss: "You're seeing the new plans on Monday.",
          },
          {
            id: 'a-child-could',
            pattern:
              'a+child|any+child|a+monkey|a+toddler|a+schoolchild|a+ten-year-old|a+five-year-old|anyone|anybody could ~0-2 do|manage|fill|follow|handle|figure|work|set|install|use|understand',
            hit: 'A child could use this form.',
            miss: 'A courier could pick it up on Monday.',
          },
          {
            id: 'basic-bookkeeping',
            pattern:
              "that's|that+is|it's|it+is|this+is (just|pretty|really|all|fairly) basic|elementary|first-year|schoolboy|entry-level ~0-1 bookkeeping|accounting|maths|math|arithmetic|physics|geometry|stuff|law|grammar|plumbing|electrics|carpentry|hygiene|etiquette|knowledge|economics|finance",
            hit: "That's basic arithmetic.",
            miss: "That's basic maintenance, included in the plan.",
          },
          {
            id: 'take-a-breath',
            pattern: '^(so|now|ok|okay|right|look|first) (,) take a|a+deep|a+big breath|breather',
            hit: 'Take a deep breath, it is a small delay.',
            miss: 'We take a break at noon.',
          },
          {
            id: 'best-left-to-professionals',
            pattern:
              'best|better|safest ~0-1 left to (the|a|an) professionals|experts|pros|specialists|professional|expert|specialist|people+who',
            hit: 'Some jobs are best left to professionals.',
            miss: 'Some biscuits are left over from the meeting.',
          },
          {
            id: 'plain-english-this-time',
            pattern:
              "plain+english|plain+terms|simple+terms|plain+words|simpler+terms|layman's+terms|words+of+one+syllable ~0-3 this+time|since|as|so+that+you|for+you",
            hit: 'Let me put it in plain English this time.',
            miss: 'The contract is written in plain English, which helps everyone.',
          },
          {
            id: 'didnt-sink-in',
            pattern:
              "didn't|did+not|doesn't|hasn't|hadn't|wasn't ~0-2 (seem|appear) (to) sink+in|get+through|register|go+in",
            hit: "My last explanation didn't seem to sink in.",
            miss: "My last invoice didn't seem to arrive.",
          },
          {
            id: 'once-more-slowly',
            pattern: 'once+more|one+more+time|again|a+third+time ~0-2 , slowly|very+slowly',
            hit: "I'll go through it again, slowly.",
            miss: "I'll go through it again on Friday.",
          },
          {
            id: 'just-because-you-want',
            pattern:
              "just|only|simply|merely because you|you'd|you've|you're ~0-4 want|wanted|wish|like|prefer|feel|felt|think|believe|say|said|insist|drew|drawn|draw|sketched|nervous|impatient|annoyed|upset|asked|demand|hope|need|would+like",
            hit: "The wall won't move just because you want it to.",
            miss: 'Just because you are a new client, we add a free check.',
          },
          {
            id: 'the-fact-that-you-changes-nothing',
            pattern:
              "the+fact+that you|your ~1-8 doesn't|does+not|won't|will+not|can't alter|change|affect|make+any+difference",
            hit: 'The fact that you now find it expensive does not change the contract.',
            miss: 'The fact that you called early helped us a lot.',
          },
          {
            id: 'no-need-to-get-wound-up',
            pattern:
              'no+need|no+reason|nothing ~0-2 to get|be|go ~0-2 (so|this|that|all|quite+so) wound+up|worked+up|het+up|upset|excited|emotional|agitated|stressed|cross|defensive|dramatic|bent+out+of+shape|hysterical',
            hit: "There's no need to get so worked up about it.",
            miss: "There's no need to get the forms signed today.",
          },
          {
            id: 'reading-too-much-into',
            pattern: 'reading|read ~0-3 too+much|a+lot|more ~0-3 into',
            hit: "You're reading far too much into a routine letter.",
            miss: "You're reading the figures correctly.",
          },
          {
            id: 'stop-fiddling',
            pattern: 'stop ~0-1 fiddling|tinkering|messing|meddling|playing|poking|fooling',
            hit: 'Please stop fiddling with the settings.',
            miss: 'Please stop by the office on Friday.',
          },
          {
            id: 'more-than-needed',
            pattern: 'worrying|worry|fretting|overthinking ~0-3 more+than|far+more+than ~0-2 necessary|needed|you+need',
            hit: "You're worrying more than necessary.",
            miss: "We're ordering more than necessary, just in case.",
          },
          {
            id: 'this-time-read',
            pattern: "this+time|for+once ~0-3 you|you'll|you'd ~0-3 read|reread|look|check|listen|pay+attention|open",
            hit: 'Perhaps this time you could read the whole report.',
            miss: 'This time we printed the whole report for you.',
          },
        ],
      ],
    },
  ],
};
