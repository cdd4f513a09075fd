import type { PhraseEntry } from '../types';

// Generalisations about the reader (principle 1: appreciation).
// "always" and "never" are just as often praise ("you never disappoint",
// "you're always welcome"), so most entries need a negative verb or
// adjective after them, and the guards list the friendly continuations.
const NEGATIVE_HABITS =
  'forget*|forgot|miss|misses|missed|missing|ignor*|complain*|cancel*|postpon*|interrupt*|blam*|delay*|chang*|question|questions|questioning|find+fault|make+excuses|wait+until+the+last+minute|wait+until|wait+till|leave+everything|leave+it|steer+away|steer+clear|dodge|dodges|dodged|duck|sidestep|sidesteps|sit+on|sits+on';
const NEGATIVE_STATES =
  'late|behind|overdue|unavailable|unreachable|complaining|changing|cancelling|canceling|postponing|forgetting|ignoring|missing|interrupting|blaming|questioning|rushing|delaying|forgotten|ignored|missed|cancelled|canceled|postponed|complained|blamed|the+last';
const SLIPS =
  "forgot*|forget*|miss*|ignor*|chang*|cancel*|postpon*|late|failed|neglected|overlooked|sent+the+wrong|haven't|didn't|wrong|behind|overdue|incomplete";

const NEVER_AFTER = [
  'need',
  'needs',
  'have',
  'know',
  'fail',
  'cease',
  'disappoint',
  // "You never forget a thing", "you never miss a deadline": praise.
  'forget',
  'forgotten',
  'forgot',
  'miss',
  'missed',
  // "You never skip the cool-down": never leaving out a duty is praise.
  'skip',
  'skipped',
  'failed',
  'disappointed',
  // "You've never once missed …": habit-about-reader tells praise ("missed") from a charge ("replied").
  'once',
  'let',
  'stop',
  'hesitate',
  'looked',
  'regret',
  'been',
  'seen',
  'tasted',
  'heard',
];
const NEVER_BEFORE = ['if', 'case', 'whether', 'even', 'hope', 'since', 'as'];
// "You've never filed a return here before?": what the reader has not yet done is news, not a charge.
const NOT_YET_DONE = [
  'filed',
  'done',
  'worked',
  'used',
  'tried',
  'had',
  'owned',
  'lived',
  'applied',
  'claimed',
  'registered',
  'dealt',
  'met',
  'visited',
  'bought',
  'sold',
  'built',
  'renovated',
  'travelled',
  'traveled',
  'hired',
  'employed',
  'rented',
  'invested',
  'started',
  'run',
  'set',
  'taken',
];

export const absolute: readonly PhraseEntry[] = [
  {
    id: 'you-never',
    pattern: 'you (had) never',
    unlessBefore: NEVER_BEFORE,
    unlessAfter: NEVER_AFTER,
    hit: 'You never answer my calls.',
    miss: 'You never need to think about the paperwork, we handle it.',
  },
  {
    id: 'youve-never',
    pattern: "you've|you+have never",
    unlessBefore: NEVER_BEFORE,
    unlessAfter: [...NEVER_AFTER, ...NOT_YET_DONE],
    hit: "You've never replied to a single reminder.",
    miss: "You've never filed a return in Germany before?",
  },
  {
    id: 'youre-never',
    pattern:
      "you're|you+are|you+were never ~2 on+time|available|reachable|ready|prepared|satisfied|happy|punctual|content|pleased|at+your+desk|in+the+office",
    hit: "You're never satisfied with the first draft.",
    miss: "You're never alone with a question, our team is here every day.",
  },
  {
    id: 'you-always',
    pattern: `<reader> always|constantly|continually|forever|invariably (seem+to|seems+to|tend+to|tends+to|just|somehow|manage+to|manages+to|have+to|has+to) ${NEGATIVE_HABITS}`,
    hit: 'You always change the brief after we have started.',
    miss: 'You can always change the booking online.',
  },
  {
    id: 'you-always-do-this',
    pattern: 'you always|constantly|forever do|say|pull this|that $',
    hit: 'You always do this.',
    miss: 'You always do this so beautifully.',
  },
  {
    id: 'youre-always',
    pattern: `you're|you've|you+are|you+were|you+have always|constantly|forever|continually (been) ~2 ${NEGATIVE_STATES}`,
    hit: "You're always a week behind with the approvals.",
    miss: "You're always welcome to stop by the studio.",
  },
  {
    id: 'you-always-late',
    pattern: "you|you're|you've always ~3 late|last-minute|at+the+last+minute|overdue|incomplete|too+late",
    unlessBefore: ['know', 'if'],
    hit: 'You always send the files late.',
    miss: 'I know you always work late, so feel free to call in the evening.',
  },
  {
    id: 'you-repeatedly',
    pattern:
      '<reader> (@have) repeatedly|persistently|consistently|habitually|routinely ~1 ignor*|chang*|miss*|forget*|forgot*|cancel*|postpon*|interrupt*|complain*|delay*|fail*|neglect*|overlook*|disregard*|late|broke|broken|breach*',
    hit: 'You have repeatedly ignored our requests for access.',
    miss: 'You have consistently given us clear and helpful feedback.',
  },
  {
    id: 'every-single-time',
    pattern: 'every|each single|and+every|blessed|damn|bloody|darn time',
    // "has made progress every single time": praise.
    unlessEarlier: ['progress', 'improved', 'improvement', 'improvements'],
    // "… every single time and without any prompting": faithfulness praised ("without fail" can be sarcastic).
    unlessLater: ['prompting'],
    unlessWarm: true,
    hit: 'Every single time the invoice is wrong.',
    miss: 'Every month we send a short report.',
  },
  {
    id: 'every-time-you',
    pattern:
      'every+time|each+time you|we ~3 forget*|forgot|ignor*|cancel*|postpon*|complain*|late|chas*|remind+you|try+to+reach+you|have+to+chase|have+to+remind',
    hit: 'Every time we try to reach you, the line is busy.',
    miss: "Every time you visit, we're happy to show you the progress.",
  },
  {
    id: 'yet-again',
    pattern: 'yet again',
    // Praise before it: "spot on yet again", "you've outdone yourselves yet again", "nailed it yet again".
    unlessBefore: [
      'thank',
      'thanks',
      'grateful',
      'on',
      'it',
      'yourself',
      'yourselves',
      'delivered',
      'impressed',
      'excelled',
    ],
    // "Yet again your tiles were spot on": about the reader, habit-about-reader weighs praise and slips.
    unlessAfter: ['you', 'your', "you've", "you're"],
    suggestions: [''],
    hit: 'The invoice has arrived late yet again.',
    miss: 'Thank you yet again for your help with the move.',
  },
  {
    id: 'once-again-you',
    pattern: `once again (,) you|you've|you're|you+have|you+are ~3 ${SLIPS}`,
    hit: 'Once again, you have forgotten the attachment.',
    miss: 'Once again, you have been a great help.',
  },
  {
    id: 'you-once-again',
    pattern: `you|you've|you're (have|are|were) once+again|yet+again|once+more ~2 ${SLIPS}`,
    unlessBefore: ['thank'],
    hit: "You've once again missed the agreed date.",
    miss: 'Thank you once again for not charging us for the extra visit.',
  },
  {
    id: 'over-and-over',
    pattern: 'over and over (again)',
    unlessBefore: ['choose', 'recommend', 'hire', 'book', 'again'],
    // "Over and over, your team went the extra mile": about the reader, habit-about-reader weighs kind words.
    unlessAfter: ['you', 'your', "you've", "you're"],
    suggestions: [''],
    hit: 'I have explained the payment terms over and over again.',
    miss: 'I have explained the payment terms in the attached note.',
  },
  {
    id: 'you-keep',
    pattern:
      '<reader> @keep|kept ~1 forgetting|ignoring|missing|changing|cancelling|canceling|postponing|sending+the+wrong|asking+for|interrupting|delaying|moving+the+goalposts|pushing+back|complaining|questioning|making+changes|losing|mixing',
    hit: 'You keep changing the layout after every meeting.',
    miss: 'You keep us well informed, which we really appreciate.',
  },
  {
    id: 'umpteenth',
    pattern: 'umpteenth|hundredth|thousandth|millionth|zillionth request|reminder|email|e-mail|call|message',
    hit: 'This is the umpteenth reminder about the same invoice.',
    miss: 'This is the first reminder about the invoice.',
  },
  {
    id: 'every-time-we-call',
    pattern:
      'every+time|whenever i|we call|ring|phone|email|write|try ~6 nobody|no+one|never|unavailable|voicemail|no+answer|no+reply|no+response',
    hit: 'Every time we call, it goes straight to voicemail.',
    miss: 'Every time we call, your team is friendly and helpful.',
  },
  {
    id: 'you-hardly-ever',
    pattern:
      '<reader> (almost|practically) hardly+ever|rarely|seldom|barely+ever|almost+never @reply|@answer|@respond|@pay|@call|@return|@read|@confirm|get+back|gets+back|show+up|shows+up|turn+up|turns+up',
    hit: 'You hardly ever reply within a week.',
    miss: 'You hardly ever need to service this type of boiler.',
  },
  {
    id: 'not-once',
    pattern: 'not (even) once (,) have|did|had|has|were|was|do|does you|your',
    unlessAfter: [
      'complain',
      'complained',
      'let',
      'doubt',
      'doubted',
      'hesitate',
      'hesitated',
      'fail',
      'failed',
      'disappoint',
      'disappointed',
    ],
    hit: 'Not once have you paid on time.',
    miss: 'You only need to sign once, not twice.',
  },
  {
    id: 'always-the-same-with-you',
    pattern: 'always|every+time the same (old) (thing|story|problem|issue) with you',
    hit: "It's always the same story with you.",
    miss: "It's always the same friendly welcome with your team.",
  },
  {
    // "Everything takes forever with your team": everything on the reader's side, either way round.
    id: 'everything-forever-with-you',
    pattern: 'everything|anything ~3 forever|ages|an+eternity ~3 with|at|on|from you|your',
    hit: 'Everything takes forever with your office.',
    miss: 'Everything takes forever at the land registry.',
  },
  {
    id: 'with-you-everything-forever',
    pattern: 'with|at|from you|your ~3 everything|anything ~3 forever|ages|an+eternity',
    hit: 'With your office, everything takes forever.',
    miss: 'With the council, everything takes forever.',
  },
  {
    // "You complain about everything": criticism of everything rather than of one thing.
    id: 'you-complain-about-everything',
    pattern:
      'you|yourself complain*|moan*|grumbl*|nitpick*|quibbl*|argu* ~2 about|over everything|every+little|every+single|each+and+every',
    hit: 'You complain about every little delay.',
    miss: 'You complained about the delay, and rightly so.',
  },
  {
    // "Every single quarter it's the same story": the habit word in front, the repetition as the charge.
    id: 'every-month-same-story',
    pattern:
      "every|each (single) week|month|quarter|year|time|round|release|season (it's|it+is|it+was|we+get|we+have) the same (old) dance|drill|story|song|circus|saga|routine|palaver|rigmarole",
    hit: "Every single month it's the same story with the timesheets.",
    miss: 'Every single month it is the same friendly crew at the door.',
  },
  {
    // "We go through the same dance every month": the repetition itself is the charge, even without "you".
    id: 'same-dance-every-month',
    pattern: 'the same dance|drill|story|song|circus|saga ~2 every|each week|month|quarter|year|time|round|release',
    hit: 'We go through the same dance every quarter.',
    miss: 'We use the same template every quarter.',
  },
  {
    id: 'every-month-same-dance',
    pattern: 'every|each week|month|quarter|year|time ~2 the same dance|drill|story|song|circus|saga',
    hit: 'Every month, the same circus with the timesheets.',
    miss: 'Every month, the same template for the timesheets.',
  },
  {
    id: 'always-happens-with-you',
    pattern: 'always|constantly|keeps|invariably happens|happen|happening ~1 with+you|with+your+team|with+your+office',
    hit: 'This always happens with your team.',
    miss: 'This always happens in spring, when the ground is wet.',
  },
  {
    id: 'you-have-a-habit',
    pattern:
      '<reader> (@have|got) (got) a (bit+of+a|real|certain) habit|tendency of|to ~2 forget*|ignor*|miss*|chang*|cancel*|postpon*|delay*|leave|wait|interrupt*|complain*|overlook*|send+the+wrong|arrive+late|pay+late',
    hit: 'You have a habit of changing the plans after approval.',
    miss: 'You have a great eye for detail.',
  },
  {
    id: 'you-tend-to',
    pattern:
      '<reader> (always|often) @tend to ~2 forget*|ignor*|miss*|chang*|cancel*|postpon*|delay*|overlook*|interrupt*|complain*|leave+things|wait+until',
    hit: 'You tend to forget the attachments.',
    miss: 'You tend to prefer warmer colours, so we picked oak.',
  },
  {
    id: 'all-the-time',
    pattern:
      '<reader> ~2 forget*|forgot|chang*|cancel*|ignor*|miss*|postpon*|interrupt*|complain*|late|question* ~4 all+the+time|constantly|nonstop|non-stop|day+in+day+out|every+single+week|every+single+day|every+single+time|every+week|every+day',
    hit: 'You change the plans all the time.',
    miss: 'You can reach us all the time, day or night.',
  },
  {
    id: 'no-matter-how-often',
    pattern:
      "no matter how often|many+times i|we|i've|we've ~2 ask*|remind*|tell|told|chas*|explain*|call|called|writ*|wrote|email*|try|tried|request*",
    hit: 'No matter how often we ask, the figures never arrive.',
    miss: "No matter how often you call, we're happy to help.",
  },
  {
    id: 'impossible-to-reach',
    pattern:
      "you're|you+are|you've+been|you+have+been|you+were (always|simply|just|practically) impossible|unreachable|impossible+to+reach|impossible+to+get+hold+of",
    hit: "You're impossible to reach during the week.",
    miss: "You're easy to reach during the week, which helps a lot.",
  },
  {
    id: 'you-dont-ever',
    pattern: "you don't|do+not|didn't|did+not|won't|will+not ever",
    unlessAfter: ['have', 'need', 'worry', 'pay'],
    hit: "You don't ever reply to my messages.",
    miss: "You won't ever have to worry about the heating again.",
  },
  {
    id: 'you-havent-once',
    pattern: "you|you've haven't|have+not|didn't|did+not|not (even) once",
    hit: "You haven't once arrived on time for a site meeting.",
    miss: "You haven't seen the new kitchen yet, have you?",
  },
  {
    id: 'always-chasing-you',
    pattern: 'always|constantly|forever|keep|keeps|still ~3 chas*|running+after ~2 you|your',
    hit: 'We always have to chase you for the signed forms.',
    miss: "We'll always chase the suppliers for you, so you don't have to.",
  },
  {
    id: 'your-work-never-on-time',
    pattern:
      'your ~3 are|is|were|was|have+been|has+been (just) never|rarely|seldom|hardly+ever|not+once on+time|complete|correct|right|accurate|in+time|ready|punctual|finished|on+schedule',
    hit: 'Your payments are never on time.',
    miss: 'Your payments are never late, thank you for that.',
  },
  {
    id: 'your-work-always-late',
    pattern:
      'your ~3 (are|is|were|was|have+been|has+been) always|constantly|invariably|forever|repeatedly ~3 late|incomplete|wrong|overdue|delayed|faulty|missing|inaccurate|unclear|last-minute|full+of+errors|full+of+mistakes|riddled+with+errors',
    hit: 'Your drawings are always incomplete.',
    miss: 'Your payments are always on time, never late.',
  },
  {
    id: 'the-same-mistake',
    pattern:
      '<reader> (@have|keep|keeps|kept|always) @make|made|making|repeated|@repeat ~1 the same mistake|mistakes|error|errors',
    hit: "You've made the same mistake on the invoice as last month.",
    miss: 'We made the same choice for our own office.',
  },
  {
    id: 'you-dont-listen',
    pattern: "you don't|do+not|won't|just+don't (even) listen|read|respond|reply|answer|care",
    unlessBefore: ['if', 'case', 'whether', 'unless', 'worry', 'mind', 'when'],
    hit: "You just don't listen to what we tell you.",
    miss: "If you don't read German, I'm happy to translate the permit.",
  },
  {
    id: 'third-time-this-month',
    pattern:
      "third|fourth|fifth|sixth time this|in+a week|month|year ~6 late|again|wrong|forgot*|miss*|cancel*|postpon*|chas*|remind*|asked|ask|haven't|didn't|failed",
    hit: 'This is the fourth time this month the payment has come in late.',
    miss: 'This is our third time this year at the trade fair, so do come by.',
  },
  {
    id: 'all-other-clients-manage',
    pattern:
      'everyone+else|everybody+else|all+our+other+clients|all+other+clients|every+other+client|all+the+other+clients|our+other+clients|other+clients (has|have|had) (already) managed|manage|manages|seem+to+manage|had+no+problem|have+no+problem|has+no+problem|understood|understand|understands',
    hit: 'Everyone else managed to submit the forms on time.',
    miss: 'Everyone else in the team sends warm regards.',
  },
  {
    id: 'always-something-wrong',
    pattern:
      "there's|there+is|there+was|there+are always something|a+problem|an+issue|some+problem|some+issue wrong|missing|with+you|with+your",
    hit: "There's always something wrong with your invoices.",
    miss: "There's always something new to discover in the old town.",
  },
  {
    id: 'you-only-ever',
    pattern: 'you only ever',
    unlessAfter: ['pay', 'need', 'have'],
    hit: "You only ever call when something's gone wrong.",
    miss: 'You only ever pay for the hours we actually work.',
  },
  {
    id: 'as-usual-negative',
    pattern:
      'as always|usual (,) ~3 late|no+reply|no+response|no+answer|no+word|not+a+word|wrong|missing|incomplete|overdue',
    hit: 'As usual, the invoice is late.',
    miss: 'As always, happy to help with any questions.',
  },
  {
    id: 'the-same-question-every',
    pattern: '<reader> @ask|@raise|@send|@make the same ~4 every|each week|month|quarter|time|meeting|call|year',
    hit: 'You raise the same complaint about parking every month.',
    miss: 'We raise the same invoice for the parking every month.',
  },

  // The German constructions' English forms (npm run translated -- de absolute).
  {
    id: 'same-old-story',
    pattern: 'the same old story|thing|routine|song|dance',
    hit: 'Every month, the same old story with the timesheets.',
    miss: 'Every month, the same friendly crew comes to clean.',
  },
  {
    id: 'same-thing-every-time',
    pattern: 'the same thing|story|problem|discussion every+time|every+single+time|each+time|every+month|every+week',
    hit: "It's the same thing every time with these deliveries.",
    miss: "It's the same price every time you book with us.",
  },
  {
    id: 'you-did-it-again',
    pattern:
      "you're|you+are|you've|you+have|you changing|changed|moving|moved|cancelling|canceling|cancelled|canceled|postponing|postponed|rescheduling|rescheduled ~1-3 again $",
    hit: "Now you've changed the colour again.",
    miss: "You've moved into the new office again, I hear, congratulations!",
  },
  {
    id: 'not-once-this-year',
    pattern:
      "you haven't|have+not|weren't|were+not|didn't|did+not ~0-4 once|a+single+time ~0-1 this+year|this+month|so+far|all+year",
    hit: "You haven't been on time once this year.",
    miss: "You haven't been to the new site yet this year, come by!",
  },
  {
    id: 'only-ever-after',
    pattern: 'you only+ever ~1-3 after|when|once|at+the+last',
    hit: 'You only ever pay after the third reminder.',
    miss: 'You only need to pay after the handover.',
  },
  {
    id: 'your-constant',
    pattern:
      'your constant|continual|endless|incessant|perpetual|never-ending changes|change|requests|delays|excuses|complaints|interruptions|cancellations|calls|emails|questions|revisions',
    hit: 'Your constant change requests are costing us a lot of time.',
    miss: 'Your constant support has meant a lot to us.',
  },
  {
    id: 'constant-on-your-end',
    pattern:
      'constant|continual|endless|incessant|perpetual delays|changes|excuses|cancellations|interruptions ~0-2 on+your+end|on+your+side|from+you|with+you',
    hit: 'There are constant delays on your end.',
    miss: 'There are constant updates from us on the site blog.',
  },
  {
    id: 'criticise-every-single',
    pattern: 'you criticise|criticize|question|query|dispute|change|nitpick every+single|each+and+every',
    hit: 'You criticise every single detail of the design.',
    miss: 'You will love every single detail of the design.',
  },
  {
    id: 'every-time-with-you',
    pattern: "every+time|each+time (,) there's|there+is ~1-4 with you",
    hit: "Every time, there's a debate with you about the invoice.",
    miss: "Every time, there's coffee with your order.",
  },
  {
    id: 'nothing-ever-works-with-you',
    pattern: 'nothing ever ~1-4 with you',
    hit: 'Nothing ever works first time with you.',
    miss: 'Nothing ever went missing with your parcels, thank you.',
  },
  {
    id: 'no-relying-on-you',
    pattern: "there's|there+is (simply|just) no relying+on+you|pleasing+you|reasoning+with+you|talking+to+you",
    hit: "There's simply no relying on you.",
    miss: "There's simply no need to call us.",
  },
  {
    id: 'you-can-never-be-relied-on',
    pattern: 'you can never|never+really be relied+on|trusted|counted+on',
    hit: 'You can never be relied on.',
    miss: 'You can never have too many shelves.',
  },
  {
    id: 'so-typical',
    pattern: "^so|how|that's|that+is|just typical $",
    hit: 'So typical.',
    miss: 'So typical of this lovely old house!',
  },
  {
    id: 'told-everything-three-times',
    pattern:
      'do you (really|honestly) need|have to+be+told|to+be+reminded ~0-2 twice|three+times|everything+twice|everything+three+times',
    hit: 'Do you really need to be told everything three times?',
    miss: 'Do you need to be told the code again? Happy to.',
  },
  {
    id: 'you-always-take-forever',
    pattern:
      'you always take+forever|want+everything|act+as+if|act+like|find+something|have+an+excuse|have+something+to|leave+it+until|wait+until',
    hit: 'You always take forever to reply.',
    miss: 'You always find the nicest tiles, thank you.',
  },
  {
    // "Same story every week", "it's always the same excuse": the reader's conduct as a fixed state.
    id: 'same-story-every-time',
    pattern: 'same|same+old story|excuse|problem|routine every|each (single) time|week|month|visit|session|fortnight',
    hit: "It's the same story every single week with the timesheets.",
    miss: 'We serve the same menu every year, and guests love it.',
  },
  {
    // "Your bins are always left on the landing": the reader's things, in the passive, as a fixed habit.
    id: 'your-things-always-left',
    pattern: '<yours> ~1-3 is|are <freq> left|forgotten|dumped|abandoned|missing|incomplete|unsigned|blocking',
    hit: 'Your bikes are constantly left in the stairwell.',
    miss: 'Your bikes are left in the stairwell until Monday, which is fine.',
  },
  {
    // "Every time we set up on your roof, you change the brief": the reader's conduct on every occasion.
    id: 'every-time-we-you',
    pattern: "^ every|each (single) time ~1-8 , you|you've|you're|you'll",
    unlessWarm: true,
    hit: 'Every time we book the crane, you move the delivery date.',
    miss: 'Every time we visit, you make us feel very welcome.',
  },
];
