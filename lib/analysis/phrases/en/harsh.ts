import type { PhraseEntry } from '../types';

// Verdicts instead of information (principle 2: clear, and respectful).

// Who stands in for poor work: "looks like an intern did it", "my nephew could have …".
const NOVICE =
  'intern|interns|trainee|trainees|apprentice|apprentices|beginner|beginners|novice|novices|amateur|amateurs|layman|laymen|layperson|child|children|kid|kids|toddler|toddlers|schoolboy|schoolgirl|schoolkid|schoolchild|student|students|first-year|first-years|fresher|freshman|five-year-old|six-year-old|ten-year-old|monkey|monkeys|chimp|nephew|niece|teenager';
// Dismay at the reader or their doing: "I'm appalled by your …".
const SHOCKED =
  'appalled|horrified|disgusted|shocked|outraged|dismayed|flabbergasted|aghast|sickened|staggered|deeply+disappointed|bitterly+disappointed|extremely+disappointed|hugely+disappointed|thoroughly+disappointed|utterly+disappointed|sorely+disappointed';
// What the reader was meant to provide and is denied: "That's not consulting, that's …".
const SERVICE =
  'feedback|advice|service|support|help|consulting|consultancy|design|planning|plan|strategy|concept|proposal|report|analysis|work|solution|fix|repair|renovation|offer|answer|response|explanation|review|edit|editing|proofreading|translation|accounting|bookkeeping|management|communication|craftsmanship|draft|research|progress|update|summary|apology|discount|compromise|teamwork|care|coaching|partnership|customer+service|quality|professionalism|leadership|marketing|copy|copywriting';
// What carries the verdict in a rhetorical "how could you be so …".
const SO_BAD =
  'careless|sloppy|thoughtless|negligent|reckless|stupid|dumb|naive|blind|rude|arrogant|ignorant|incompetent|unprofessional|disrespectful|inconsiderate|clueless|lazy|short-sighted|wrong';

export const harsh: readonly PhraseEntry[] = [
  {
    id: 'that-is-wrong',
    pattern:
      "that's|that+is|this+is|that+was|this+was (completely|totally|simply|just|plain|absolutely|all|entirely|utterly|flat+out|clearly|obviously|quite) wrong|incorrect|false|untrue",
    unlessBefore: [
      'if',
      'whether',
      'nothing',
      'what',
      'anything',
      'not',
      'think',
      'believe',
      'sorry',
      'unless',
      'because',
    ],
    unlessAfter: ['of', 'on', 'number', 'address', 'file', 'version', 'link', 'date'],
    hit: 'This is wrong.',
    miss: 'If this is wrong, please let me know.',
  },
  {
    // The English twin of "So geht das nicht weiter".
    id: 'this-cannot-go-on',
    pattern: "this|it|that|things cannot|can't|can+not go+on|continue like+this|this+way",
    hit: "It can't go on like this.",
    miss: 'The work can go on next week.',
  },
  {
    id: 'this-cannot-go-on-end',
    pattern: "^ this|that|things cannot|can't|can+not go+on $",
    hit: 'This cannot go on.',
    miss: 'This cannot go on the invoice.',
  },
  // A but-after-praise phrase too, but the engine contract (tests/lib/analysis/
  // engine.test.ts) files "No offense, but …" under harsh.
  {
    id: 'no-offense-but',
    pattern: 'no offense|offence (intended|meant) (,) but',
    hit: 'No offense, but the design is dated.',
    miss: 'No offense was taken, all is well.',
  },
  {
    id: 'you-are-wrong',
    pattern:
      "you're|you+are|you+were (completely|totally|simply|just|plain|absolutely|dead|quite|so|very|utterly|entirely) wrong|mistaken|incorrect",
    unlessBefore: ['if', 'whether', 'unless'],
    hit: 'You are completely wrong about the costs.',
    miss: 'You are completely right about the costs.',
  },
  {
    id: 'youve-got-it-wrong',
    pattern:
      "you've|you+have|you got|gotten it|this|that|everything|things|the+facts (all|completely|totally|entirely|badly|so) wrong",
    unlessBefore: ['if', 'whether', 'unless'],
    hit: "You've got it all wrong, the fee was agreed in May.",
    miss: "You've got it all sorted, thank you for the quick reply.",
  },
  {
    id: 'stupid',
    pattern: 'stupid|stupidity|idiotic|moronic|dumb|brainless|asinine|dim-witted|dimwitted',
    unlessBefore: ['no'],
    unlessAfter: ['question', 'questions', 'mistake', 'mistakes'],
    hit: 'That was a stupid decision.',
    miss: 'There are no stupid questions, so ask away.',
  },
  {
    id: 'idiot',
    pattern:
      'idiot|idiots|moron|morons|imbecile|imbeciles|cretin|cretins|halfwit|halfwits|numpty|muppets|buffoon|buffoons',
    hit: 'Only an idiot would sign that contract.',
    miss: 'Only a lawyer should review that contract.',
  },
  {
    id: 'nonsense',
    pattern: 'nonsense|bullshit|bollocks|crap|crappy|drivel|balderdash|hogwash|twaddle|poppycock|codswallop',
    hit: 'Nonsense, the plans were approved months ago.',
    miss: 'We offer a no-nonsense fixed price.',
  },
  {
    id: 'garbage',
    pattern:
      // After a copula it is the verdict lexicon's (junk, rubbish …), which knows whose thing it is: "Our printer is junk".
      'total|complete|absolute|utter|pure|such|what garbage|rubbish|junk|trash|claptrap',
    unlessAfter: [
      'collection',
      'collected',
      'disposal',
      'removal',
      'removed',
      'bin',
      'bins',
      'can',
      'cans',
      'bag',
      'bags',
      'truck',
      'day',
      'pickup',
      'chute',
      'room',
      'area',
      'service',
      'services',
      'stored',
      'kept',
      'picked',
      'taken',
      'left',
      'put',
      'mail',
      'food',
    ],
    hit: 'The second draft is complete garbage.',
    miss: 'Rubbish removal is included, and the skip is collected on Friday.',
  },
  {
    id: 'complete-waste-of-time',
    pattern:
      "a|an complete|total|utter|absolute|colossal|massive|huge|enormous waste of time|money|my+time|our+time|everyone's+time|my+money|our+money|the+money",
    hit: 'The meeting was a complete waste of time.',
    miss: 'The meeting was a good use of everyone’s time.',
  },
  {
    id: 'was-a-waste-of-time',
    pattern: 'was|were|has+been|have+been a waste of time|money|my+time|our+time',
    hit: 'The site visit was a waste of time.',
    miss: 'The site visit was worth the time.',
  },
  {
    id: 'wasting-my-time',
    pattern: 'wasting|wasted|waste my|our (valuable|precious) time',
    hit: 'You are wasting my time with these changes.',
    miss: 'Thank you for taking the time to review the changes.',
  },
  {
    id: 'what-were-you-thinking',
    pattern: 'what were|was you|they|your+team ~2 thinking',
    hit: 'What were you thinking when you ordered the tiles?',
    miss: 'What do you think about the tiles?',
  },
  {
    id: 'are-you-kidding',
    pattern: 'are you kidding|joking|kidding+me|serious+?|for+real+?',
    hit: 'Are you kidding me?',
    miss: 'Are you serious about the extension, and shall we plan it?',
  },
  {
    id: 'you-must-be-joking',
    pattern: "you+must|you've+got+to|you+have+got+to|you+have+to|you+got+to|you've+gotta|you+gotta be joking|kidding",
    hit: 'You must be joking, the price has doubled.',
    miss: 'You must be pleased, the price has dropped.',
  },
  {
    id: 'this-is-a-joke',
    pattern:
      'this|these|your|the+whole ~3 is|are|was|were (frankly|honestly|simply|just|quite|,+frankly+,|,+honestly+,|,+quite+frankly+,|,+to+be+honest+,) (a|an) (complete|total|absolute|bad|sick) joke',
    hit: 'This whole process is a joke.',
    miss: 'That was a joke, of course, we never charge for coffee.',
  },
  {
    id: 'get-your-act-together',
    pattern:
      'get+your+act|get+your+acts|pull+yourself|pull+yourselves|pull+your+socks|pull+your+finger|sort+yourselves|sort+yourself together|up|out',
    hit: 'Your team needs to get your act together.',
    miss: 'Your team put together a great act for the party.',
  },
  {
    id: 'do-your-job',
    pattern: 'just|please|simply|actually|try|start do|doing your (damn|bloody|actual) job|jobs',
    hit: 'Please just do your job.',
    miss: 'Thank you for doing your job so well.',
  },
  {
    id: 'fed-up',
    pattern: 'sick+and+tired|fed+up|had+enough+of|had+it+with|tired+of+waiting|tired+of+chasing|tired+of+asking',
    hit: 'I am sick and tired of chasing this invoice.',
    miss: 'I am a bit tired after the trip, but happy.',
  },
  {
    id: 'not-my-problem',
    pattern: "not|isn't|wasn't my|our problem|concern|headache",
    unlessAfter: ['to'],
    hit: 'The parking situation is not our problem.',
    miss: 'The parking situation is not a problem at all.',
  },
  {
    id: 'thats-your-problem',
    pattern: "that's|that+is|it's|it+is|this+is (entirely|really|totally|simply) your problem|lookout|headache",
    hit: "If the keys are lost, that's your problem.",
    miss: "If the keys are lost, that's no problem, we have spares.",
  },
  {
    id: 'liar',
    pattern:
      "liar|liars|you+lied|you+have+lied|you've+lied|you're+lying|you+are+lying|you+were+lying|that's+a+lie|that+is+a+lie|blatant+lie|outright+lie|downright+lie|lied+to+me|lied+to+us",
    hit: 'You lied about the completion date.',
    miss: 'You were right about the completion date.',
  },
  {
    id: 'you-are-careless',
    pattern:
      "you're|you+are|you+were|you've+been|you+have+been|your+team+is|your+team+was|your+staff+are|your+staff+were|your+people+are (very|extremely|incredibly|so|really|totally|completely|grossly|highly|clearly|simply|utterly) careless|lazy|negligent|irresponsible|dishonest|rude|arrogant|disrespectful|unreliable|incapable|useless|hopeless|clueless|out+of+your+depth|out+of+their+depth",
    hit: 'You are incredibly careless with our documents.',
    miss: 'You are incredibly careful with our documents.',
  },
  {
    id: 'how-dare-you',
    pattern: 'how dare you|they|your',
    hit: 'How dare you charge us for this?',
    miss: 'How do you want us to charge for this?',
  },
  {
    id: 'what-the-hell',
    pattern:
      "what+the+hell|what+the+heck|what+the+fuck|what+on+earth+were|wtf|ffs|for+god's+sake|for+heaven's+sake|for+christ's+sake|for+pete's+sake|for+goodness+sake",
    hit: 'What the hell happened to the delivery?',
    miss: 'What happened to the delivery?',
  },
  {
    id: 'profanity',
    pattern: 'fuck*|shit|shitty|shite|dammit|goddamn|goddamned|pissed+off|arsehole|asshole|bastard|bastards',
    hit: 'The whole handover was shit.',
    miss: 'The whole handover went smoothly.',
  },
  {
    id: 'im-furious',
    pattern:
      "i'm|i+am|we're|we+are|i+was|we+were|i+feel|we+feel (absolutely|utterly|completely|frankly|quite|really|so|very|deeply|extremely|just) furious|livid|outraged|incensed|fuming|disgusted",
    hit: 'I am absolutely furious about the delay.',
    miss: 'I am absolutely sure about the delay.',
  },
  {
    id: 'should-be-ashamed',
    pattern:
      'shame+on+you|ashamed+of+yourself|ashamed+of+yourselves|should+be+ashamed|ought+to+be+ashamed|should+be+embarrassed',
    hit: 'Your firm should be ashamed of this service.',
    miss: 'Your firm should be proud of this service.',
  },
  {
    id: 'no-more-excuses',
    pattern:
      "no+more|spare+me+the|spare+me+your|enough+with+the|enough+of+your|stop+making|don't+want+any|don't+want+to+hear+any|don't+want+to+hear+your excuses",
    hit: 'No more excuses, the files are late.',
    miss: 'Please excuse the short delay with the files.',
  },
  {
    id: 'makes-no-sense',
    pattern:
      'this|that|it|your+proposal|your+request|your+email makes|made no|zero|absolutely+no sense (whatsoever|at+all) $',
    unlessBefore: ['if', 'whether', 'unless'],
    hit: 'That makes no sense.',
    miss: 'It makes no sense for you to pay twice, so we cancelled the invoice.',
  },
  {
    id: 'doesnt-make-sense',
    pattern:
      "this|that|it|your+proposal|your+request|your+email doesn't|does+not|didn't|did+not make (any) sense (whatsoever|at+all) $",
    unlessBefore: ['if', 'whether', 'unless', 'when'],
    hit: "Your proposal doesn't make any sense.",
    miss: "Please call me if it doesn't make sense.",
  },
  {
    id: 'this-is-madness',
    pattern:
      "^this|that|it|that's|it's (is|was) (just|simply|absolutely|frankly|truly|quite|utter|pure|sheer) madness|insanity|a+disgrace|a+scandal|a+travesty|beyond+belief|beyond+a+joke $",
    hit: 'This is madness.',
    miss: 'This is the last step.',
  },
  {
    id: 'insult-to-intelligence',
    pattern: 'insult* ~2 intelligence',
    hit: 'Your explanation is an insult to my intelligence.',
    miss: 'Your explanation shows real intelligence.',
  },
  {
    id: 'stop-whining',
    pattern: 'stop|quit whining|moaning|complaining|nagging|bitching|griping',
    hit: 'Please stop complaining about the schedule.',
    miss: 'Please let me know if the schedule does not work.',
  },
  {
    id: 'whats-wrong-with-you',
    pattern: "what's|what+is wrong with you|your+team|your+people|your+office|you+people",
    hit: "What's wrong with your team?",
    miss: "What's wrong with the heating, and shall we send someone?",
  },
  {
    id: 'whats-your-problem',
    pattern: "what's|what+is|what+the+hell+is your problem",
    hit: "What's your problem with the new layout?",
    miss: 'What do you think of the new layout?',
  },
  {
    id: 'grow-up',
    pattern: '^(please|just|oh) grow up',
    hit: 'Grow up.',
    miss: 'Your children grow up so fast.',
  },
  {
    id: 'enough-is-enough',
    pattern: 'enough is enough',
    hit: 'Enough is enough, we need the plans today.',
    miss: 'One coat is enough, so the painting will be quick.',
  },
  {
    id: 'last-straw',
    pattern: 'the|this|that last|final straw',
    unlessAfter: ['bale', 'bales', 'hat', 'hats', 'colour', 'color', 'roof'],
    hit: 'This delay is the last straw.',
    miss: 'The final straw bales for the eco-house arrive on Monday.',
  },
  {
    id: 'not-acceptable',
    pattern:
      "this|that|it|which|that's|it's (is|was) (really|simply|just|frankly|totally|completely|absolutely|quite|still) isn't|wasn't|not|hardly|never acceptable",
    unlessBefore: ['if', 'whether', 'unless'],
    unlessAfter: ['under', 'by', 'according', 'for'],
    hit: 'This is not acceptable and needs to be fixed.',
    miss: 'If the date is not acceptable, we will find another one.',
  },
  {
    id: 'disgusting',
    pattern: 'disgusting|despicable|deplorable|contemptible|shameful|scandalous',
    hit: 'The way we were treated was disgusting.',
    miss: 'The way we were treated was wonderful.',
  },
  // Added with the harsh probe set: constructions, not single sentences.
  {
    // Dismay at how well work was done: whoever did it is meant, named or not.
    id: 'appalled-by-the-quality',
    pattern: `i'm|i+am|we're|we+are|i+was|we+were|i've+been|we've+been ~2 ${SHOCKED} at|by|with ~2 quality|standard|workmanship|finish|execution`,
    hit: "I'm frankly appalled by the workmanship on the staircase.",
    miss: "I'm frankly delighted with the workmanship on the staircase.",
  },
  {
    id: 'appalled-by-you',
    pattern: `i'm|i+am|we're|we+are|i+was|we+were|i've+been|we've+been ~2 ${SHOCKED} at|by|with|about ~4 your|you|you've|you're`,
    unlessAfter: ['news', 'loss', 'diagnosis', 'accident', 'illness', 'injury'],
    hit: "We're frankly horrified by how your crew left the site.",
    miss: "We're frankly horrified by the price of timber this year.",
  },
  {
    id: 'your-letter-appalled-me',
    pattern: `your ~3 @leave|@have|has me|us ~2 ${SHOCKED}|speechless|stunned|fuming`,
    hit: 'Your reply has left us speechless.',
    miss: 'Your reply has left us reassured.',
  },
  {
    id: 'your-letter-shocked-me',
    pattern: 'your ~3 appalled|horrified|disgusted|shocked|outraged|dismayed|sickened|infuriated|insulted me|us',
    hit: 'Your latest invoice frankly appalled us.',
    miss: 'Your latest invoice reached us on time.',
  },
  {
    id: 'looks-like-a-child-did-it',
    pattern: `@look|@read|@sound like|as+if|as+though ~3 ${NOVICE}|school|high-school|college|kindergarten|nursery ~4 drew|drawn|wrote|written|made|did|done|designed|built|put|threw|thrown|cobbled|scribbled|coloured|colored|project|projects|essay|homework|assignment|effort|job`,
    hit: 'The brochure looks like a trainee threw it together on a Friday.',
    miss: 'The brochure looks like a real upgrade on last year.',
  },
  {
    // The work as made by someone who never did the thing it is for: "a maze designed by someone who has never
    // bought anything online", "written by a committee that never met".
    id: 'made-by-someone-who-never',
    pattern:
      "written|designed|made|built|drawn|planned|laid+out|put+together|thrown+together|cobbled+together by someone|somebody|a+committee|people|a+person|a+team ~0-2 who|that ~0-1 never|has+never|had+never|didn't|doesn't|can't|couldn't|hasn't|haven't|hadn't",
    hit: 'The invoice layout looks designed by someone who has never paid a bill.',
    miss: 'The invoice layout was designed by someone who has run a shop for years.',
  },
  {
    id: 'worse-than-an-intern',
    pattern: `worse|sloppier|poorer|weaker than ~4 ${NOVICE}`,
    hit: 'The copy is sloppier than what a first-year student hands in.',
    miss: 'The copy is clearer than what we had before.',
  },
  {
    id: 'an-intern-could-have-done-better',
    pattern: `${NOVICE} could+have|would+have|could've|would've ~4 better|neater|cleaner|faster|spotted|caught|noticed`,
    hit: 'A trainee could have laid these tiles neater.',
    miss: 'A trainee could have joined the site visit.',
  },
  {
    id: 'could-have-done-better-myself',
    pattern: "i|we could+have|would+have|could've|would've ~4 better ~3 myself|ourselves",
    hit: 'Honestly, I could have designed a better logo myself.',
    miss: 'Honestly, I could have explained it better in my first email.',
  },
  {
    id: 'who-on-earth',
    pattern: 'who on+earth|the+hell|the+heck|in+their+right+mind|in+his+right+mind|in+her+right+mind',
    hit: 'Who on earth signed off on these colours?',
    miss: 'Who will sign off on these colours?',
  },
  {
    id: 'do-you-even-check',
    pattern:
      'do|did|does|have|has|can you|your+team|your+staff|your+office|they even|ever+even read|know|understand|check|checked|look|looked|listen|test|tested|bother|care|think|proofread|open|opened',
    hit: 'Did your team even test the booking form?',
    miss: 'Did your team enjoy the launch party?',
  },
  {
    id: 'is-this-seriously-supposed',
    pattern: 'is|was|are this|that|it|these ~1 seriously|honestly supposed|meant to be',
    hit: 'Is this seriously meant to be the final layout?',
    miss: 'Is this meant to be the final layout?',
  },
  {
    id: 'you-have-no-idea',
    pattern:
      "you|you've|your+team|your+staff ~2 @have|haven't+got|hasn't+got|have+not+got|haven't|don't+have|do+not+have no|zero|not+the+faintest|not+the+slightest|not+a|a idea|clue",
    unlessAfter: ['how', 'what', 'when', 'where', 'whether', 'if', 'why', 'who', 'which', 'yet'],
    hit: 'You clearly have no clue about planning law.',
    miss: 'You have no idea how grateful we are.',
  },
  {
    id: 'thats-not-consulting-thats',
    pattern: `that's|that+is|this+is|it's|it+is|this+was|that+was|this|that|it not|isn't|wasn't|n't (a|an) ${SERVICE} , that's|it's|this+is|that+is|that|it|this`,
    unlessAfter: ['just', 'only', 'merely', 'simply', 'more', 'still', 'our', 'my', 'a+first', 'coming', 'on'],
    hit: "That isn't advice, that's guesswork.",
    miss: "That isn't a quote, it's just an estimate.",
  },
  {
    // The rhetorical "how", with the verdict carried by "on earth" or by "so …".
    id: 'how-on-earth',
    pattern: 'how on+earth|the+hell|the+heck|in+the+world did|could|can|do|does|is|was|were|has|have',
    hit: 'How on earth did nobody check the measurements?',
    miss: 'How did the handover go on Friday?',
  },
  {
    id: 'how-can-you-be-so',
    pattern: `how can|could you|anyone|someone|they|a+professional ~4 so ${SO_BAD}`,
    hit: 'How could anyone be so careless with client data?',
    miss: 'How can you be so quick with the drawings?',
  },
  {
    // "Call that a finished kitchen?": the question that answers itself.
    id: 'call-that-a',
    pattern: '^(you) call that|this a|an ~4 ?',
    hit: 'Call that a finished kitchen?',
    miss: 'We call that a soft launch, and it went well.',
  },
  {
    id: 'is-this-the-best-you-can-do',
    pattern: 'is|was this|that (really|honestly|seriously|truly) the best ~3 can|could do',
    hit: 'Is this really the best your studio can do?',
    miss: 'This is the best time to call, after ten.',
  },
  {
    // The curt dismissal as a sentence of its own: "This won't do."
    id: 'this-wont-do',
    pattern: "^this|that won't|will+not|simply+won't|just+won't|really+won't do .|!",
    hit: "This won't do. Please call me today.",
    miss: "That won't do any harm, go ahead.",
  },
  {
    id: 'what-you-call',
    pattern:
      'what you ~2 call|called|describe+as|described+as ~4 is|was|are|were (just|merely|really|basically|nothing+but|nothing+more+than|little+more+than) a|an',
    hit: 'What you call a renovation is a coat of paint.',
    miss: 'What you call the room is up to you.',
  },

  // The German constructions' English forms (npm run translated -- de harsh).
  {
    id: 'fundamentally-wrong',
    pattern:
      'your assumption|estimate|calculation|approach|understanding|reading|idea|plan|figure|figures ~0-2 is|was|are|were fundamentally|completely|totally|utterly|badly|way wrong|flawed|mistaken|off',
    hit: 'Your assumption is fundamentally wrong.',
    miss: 'Your assumption is completely right, well spotted.',
  },
  {
    id: 'badly-mistaken',
    pattern: "you're|you+are badly|sorely|gravely|seriously mistaken|wrong",
    hit: "You're badly mistaken.",
    miss: "You're sorely missed at the office.",
  },
  {
    id: 'what-on-earth-is-this',
    pattern: "what on+earth|the+hell|in+god's+name is|was this|that",
    hit: 'What on earth is this supposed to be?',
    miss: 'What a lovely surprise this is.',
  },
  {
    id: 'out-of-your-mind',
    pattern: 'are you out+of+your+mind|mad|crazy|insane|having+me+on|taking+the+mickey',
    hit: 'Are you out of your mind?',
    miss: 'Are you out of the office next week?',
  },
  {
    id: 'taken-leave-of-your-senses',
    pattern: 'taken+leave+of+your+senses|lost+your+mind|lost+the+plot',
    hit: 'Have you taken leave of your senses?',
    miss: 'Have you taken the keys with you?',
  },
  {
    id: 'cant-be-serious',
    pattern: "you can't|cannot be serious $",
    hit: "You can't be serious!",
    miss: "You can't be serious about the garden without a plan, so here is ours.",
  },
  {
    id: 'dont-know-what-youre-talking-about',
    pattern: "you (obviously|clearly|simply) don't|do+not know what you're|you+are talking+about|doing",
    hit: "You don't know what you're talking about.",
    miss: "You don't know what you're having for lunch yet? Join us!",
  },
  {
    id: 'dont-understand-anything',
    pattern: "you (obviously|clearly|simply) don't|do+not understand anything|a+thing|the+first+thing",
    hit: "You obviously don't understand anything at all.",
    miss: "You don't understand the form? We will help.",
  },
  {
    id: 'the-absolute-pits',
    pattern: 'the+absolute+pits|the+pits|beyond+the+pale',
    hit: 'That really is the absolute pits.',
    miss: 'The stone pits in the garden are filled now.',
  },
  {
    id: 'what-a-pigsty',
    pattern: '^what a pigsty|shambles|farce|dump !|.',
    hit: 'What a pigsty!',
    miss: 'What a shower of good news today!',
  },

  {
    id: 'thats-enough',
    pattern: "^that's|that+is (quite|more+than) enough (now) .|!",
    hit: "That's quite enough now.",
    miss: "That's enough paint for the whole hall.",
  },
  {
    id: 'you-have-failed',
    pattern:
      'you|your+team|your+firm|your+office|your+company have|has failed on|across+the+board|completely|entirely|utterly|miserably|spectacularly|in+every',
    hit: 'Your team has failed across the board.',
    miss: 'Your team has passed the inspection across the board.',
  },
  {
    id: 'how-could-you-possibly',
    pattern: 'how could|can you possibly|even make|miss|get|do|forget',
    hit: 'How could you possibly make a mistake like that?',
    miss: 'How can you make the most of the garden? Here are ideas.',
  },
  {
    id: 'learn-to-read-first',
    pattern: '^learn+how+to+read|learn+to+read|learn+the+basics ~0-3 first',
    hit: 'Learn how to read a contract first.',
    miss: 'Our children learn to read in the first year.',
  },
  {
    id: 'borders-on-fraud',
    pattern:
      'borders|bordering|verges|verging on fraud|theft|negligence|incompetence|daylight+robbery|a+scam|extortion',
    hit: 'Your invoice borders on fraud.',
    miss: 'Our garden borders on the park.',
  },
  {
    id: 'an-apprentice-would-have',
    pattern:
      'an|a|any apprentice|beginner|trainee|first-year|child|schoolboy|schoolgirl would|could have done ~0-4 better|neater|more+neatly|more+carefully',
    hit: 'An apprentice would have done the grout lines more neatly.',
    miss: 'An apprentice would have done the grout lines with us, as a lesson.',
  },
  {
    id: 'who-perpetrated-this',
    pattern: 'who (actually|on+earth|exactly) perpetrated|inflicted|cobbled+together this|that',
    hit: 'Who perpetrated this spreadsheet?',
    miss: 'Who put together this lovely spreadsheet?',
  },
  {
    id: 'do-you-even-have-a-clue',
    pattern: "do you|you+lot even|actually|really have+a+clue|know+what+you're+doing|know+what+you+are+doing",
    hit: 'Do you lot even have a clue how to roof something like this?',
    miss: 'Do you have a clue where the spare key is? No worries if not.',
  },
  {
    id: 'how-can-anyone',
    pattern:
      'how can|could anyone|anybody|someone|a+professional ~1-5 so crookedly|so+badly|so+sloppily|so+carelessly|that+crooked|that+badly',
    hit: 'How can anyone plaster a wall so crookedly?',
    miss: 'How can anyone resist such a lovely view?',
  },
  {
    id: 'supposed-to-be-a-joke',
    pattern: 'is this|that supposed+to+be ~0-3 joke',
    hit: 'Is this supposed to be some kind of joke?',
    miss: 'Is this supposed to be delivered on Monday?',
  },
  {
    // "Don't contact this office again about it.": the reader shut out.
    id: 'dont-contact-again',
    pattern: "don't|do+not contact|email|call|phone|ring ~0-2 this+office|us|me|our+office again",
    hit: "Don't contact this office again about it.",
    miss: "Don't hesitate to contact us again if anything comes up.",
  },
  {
    // "It feels like a first draft", "reads like a random Google search": the work likened to something careless.
    id: 'reads-like-a-draft',
    pattern:
      '@read|@look|@feel|@sound like ~0-2 first+draft|rough+draft|school+project|homework+assignment|random+google+search|ransom+note|clip+art|an+afterthought|it+was+put+together|it+was+thrown+together|it+was+rushed|it+was+done+in+a+hurry|it+was+written+in+a+hurry|stapled+together|cobbled+together|thrown+together|slapped+together|copy-paste|copy+and+paste|it+was+copied',
    hit: 'Honestly, the brochure reads like a first draft.',
    miss: 'Honestly, the brochure reads like a dream, well done.',
  },
  // The reader sent to a competitor: "Feel free to find another surveyor." Offering a name stays quiet.
  {
    id: 'feel-free-to-find-another',
    pattern:
      "feel+free|you're+welcome|you+are+welcome|by+all+means|go+ahead ~0-1 to|and find|hire|get|look+for|try|use|go+to ~0-1 another|a+different|someone+else|somebody+else surveyor|architect|builder|lawyer|solicitor|accountant|firm|company|agency|contractor|electrician|plumber|photographer|designer|developer|engineer|consultant|trainer|tutor|instructor|planner|provider|supplier|one|professional",
    hit: 'Feel free to find another accountant who will sign that off.',
    miss: 'Feel free to find another date that suits you better.',
  },
  // A verdict on where the reader is heading: "At this rate you'll never pass."
  {
    id: 'at-this-rate-you-never',
    pattern:
      "at+this+rate|going+on+like+this|carrying+on+like+this you|you'll|you're|you+will|you+are ~0-2 never|nowhere+near|not+going+to",
    hit: "At this rate you'll never be ready for the audit.",
    miss: "At this rate you'll be finished well before the audit.",
  },
  // The writer ashamed to stand behind the reader's work: "I'd be embarrassed to put our name to it."
  {
    id: 'embarrassed-to-put-our-name',
    pattern:
      "i'd|i+would|we'd|we+would|i'd+honestly|i+would+honestly|i'd+frankly (honestly|frankly|really|genuinely|actually) be embarrassed|ashamed to ~1-4 it|this|that|them|our+name|my+name|our+logo",
    hit: "Frankly, I'd be embarrassed to send this to the council.",
    miss: "I'd be embarrassed to tell you how long my own garden took.",
  },
  // The reader's work said to make the writer's look foolish: "it makes my wine list look like a joke".
  {
    id: 'makes-us-look-like-a-joke',
    pattern:
      'makes|made|make|making us|me|our|my ~0-3 look like a+joke|amateurs|an+amateur|fools|idiots|a+laughing+stock|clowns',
    hit: 'The way the tables were laid made our whole menu look like a joke.',
    miss: 'The new lighting makes the whole room look like a gallery.',
  },
  {
    // "full of careless phrasing", "riddled with sloppy mistakes": the work as a heap of the writer's faults.
    id: 'full-of-careless',
    pattern:
      'full+of|riddled+with|littered+with|packed+with|stuffed+with|peppered+with careless|sloppy|lazy|slapdash|shoddy|basic|schoolboy|amateur|amateurish|clumsy',
    hit: 'The brochure is littered with lazy typos.',
    miss: 'The brochure is full of lovely photos.',
  },
  {
    // "lifted straight from last year's report", "you just recycled the old version": the work called a copy.
    id: 'lifted-straight-from',
    pattern:
      'lifted|copied|recycled|pasted|cut+and+pasted|copy-pasted|rehashed straight|directly|wholesale|verbatim|word+for+word from',
    hit: 'Most of the case study is copied word for word from the old brochure.',
    miss: 'Feel free to copy the logo straight from our website.',
  },
  {
    id: 'you-just-recycled',
    pattern: '<reader> (@have) (just|simply|basically|merely) recycled|rehashed|reheated|regurgitated|repackaged',
    hit: 'You basically rehashed the pitch from March.',
    miss: 'We recycled the cardboard from the delivery.',
  },
  {
    // "That's not a comment, that's a demand": what the reader sent renamed as something worse.
    id: 'not-x-its-y',
    pattern:
      "not|isn't|wasn't|aren't (a|an|just|really|simply) ~1-2 , it's|that's|this's|it+is|that+is|this+is|it+was|that+was|they're a|an|just|more|brand+new|completely|whole|entirely",
    unlessLater: [
      'pleasure',
      'problem',
      'bother',
      'favour',
      'favor',
      'compliment',
      'privilege',
      'honour',
      'honor',
      'gift',
      'feature',
      'treat',
    ],
    hit: "This isn't a small change, it's a whole new layout.",
    miss: "It's not a problem, it's a pleasure.",
  },
  {
    // The work judged by how others will see it: "Nobody at the planning office is going to take this seriously".
    id: 'nobody-will-take-this-seriously',
    pattern:
      "nobody|no+one|no-one|nobody+else ~0-4 is+going+to|are+going+to|will|would|could|won't|can (ever|possibly) take this|that|it|these|them|any+of+this seriously",
    hit: 'No one at the bank will take this seriously.',
    miss: 'No one at the bank will take this long, I promise.',
  },
  {
    // "… feels like nobody checked it on a phone": the care the work shows, judged as none.
    id: 'like-nobody-checked',
    pattern:
      'like nobody|no+one|no-one (has|had|ever|even|actually) ~0-1 checked|read|proofread|proof-read|tested|looked+at|opened|listened+to',
    hit: 'The layout looks like nobody tested it on a phone.',
    miss: 'The layout looks like nothing we have done before.',
  },
  {
    // "Nobody is going to watch past the first thirty seconds of this."
    id: 'nobody-will-get-past',
    pattern: 'nobody|no+one|no-one is+going+to|will|would watch|read|listen|scroll ~0-2 past|beyond',
    hit: 'Nobody will read past the second paragraph of this.',
    miss: 'Nobody will read the small print, so keep the key points at the top.',
  },
];
