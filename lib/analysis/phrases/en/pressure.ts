import type { PhraseEntry } from '../types';

// Commands and ultimatums instead of room (principle 6: leave room).
// Plain instructions ("you need to log in first", "if you have to cancel")
// are not pressure: the guards keep conditionals, "all you have to do" and
// enthusiastic tips ("you have to see the view") quiet.
// "nothing you need to decide today", "anything you need to ask": no demand.
const CONDITIONAL = [
  'if',
  'when',
  'whether',
  'unless',
  'case',
  'all',
  'what',
  'everything',
  'thing',
  'do',
  'does',
  'nothing',
  'anything',
];

// Asking, reminding, chasing: the writer's requests counted back at the reader.
const ASKED =
  'asked|requested|reminded|written|emailed|chased|called|rung|phoned|contacted|followed+up|pointed+out|raised|mentioned|sent|messaged|nudged';
const ASK = '@ask|@request|@remind|@write|@chase|@email|@contact|@point|@raise|@follow';
const TIMES =
  'twice|three+times|four+times|five+times|several+times|multiple+times|many+times|numerous+times|repeatedly|countless+times|more+than+once|again+and+again';
const NTH = 'second|third|fourth|fifth|sixth|umpteenth|nth|tenth';

// Rivals for what the reader is deciding on: other buyers, couples, tenants who would take it,
// have asked about it or are waiting for it, and others' haste held up as the norm. A rival
// brought in puts the decision under a clock the reader did not set (principle 6). Others who
// had the same problem ("two other customers reported the same fault") reassure and stay quiet.
const RIVALS =
  'couple|couples|client|clients|customer|customers|family|families|buyer|buyers|bidder|bidders|tenant|tenants|applicant|applicants|party|parties|people|enquiries|inquiries|households';
const RIVAL_COUNT = 'other|more|several|two|three|four|five|plenty+of|lots+of|a+few|a+number+of|further';
/** What rivals compete for: a date, a slot, a place, the object itself. */
const CONTESTED =
  'date|day|weekend|slot|slots|appointment|booking|place|spot|room|venue|flat|apartment|house|property|unit|plot|puppy|kitten|stand|pitch|table|space';
/** Months and weekdays: "two other couples asked about 3 May". */
const WHEN =
  'january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
/** The same problem or question: shared experience, not competition. */
const SHARED = [
  'problem',
  'problems',
  'issue',
  'issues',
  'fault',
  'faults',
  'question',
  'questions',
  'bug',
  'error',
  'feature',
  'features',
  'concern',
  'concerns',
  'difficulty',
  'trouble',
  'experience',
];
const RIVAL_NOTE = {
  de: '„{match}“ bringt andere Interessenten ins Spiel: Das setzt unter Zeitdruck. Sagen Sie sachlich, bis wann Sie es halten können, und lassen Sie die Entscheidung beim Gegenüber.',
  en: '“{match}” brings rivals into it: that puts them on a clock. Say plainly how long you can hold it, and leave the decision with them.',
};
// The people who, the writer says, have all done it already.
const PEERS =
  'owners|tenants|clients|members|participants|parents|neighbours|neighbors|customers|residents|shareholders|buyers|landlords|students|patients|colleagues|parties|signatories|investors|trustees|households|families|applicants|couples|attendees|teams|suppliers|partners|directors|homeowners|flats|units|sellers|heirs|siblings';
const ALREADY = 'already|long+since|weeks+ago|days+ago|months+ago|ages+ago|long+ago|on+time|a+while+ago';
// What the others are said to have done: complied, not enjoyed or praised.
const COMPLIED =
  'paid|signed|sent|returned|submitted|replied|responded|agreed|confirmed|voted|completed|registered|booked|transferred|filled|delivered|settled|uploaded|approved|handed|done+so|done+theirs|done+it|moved|cleared|contributed';

export const pressure: readonly PhraseEntry[] = [
  {
    id: 'you-have-to',
    pattern:
      "you+have|you've+got|you+have+got|you+simply+have|you+really+have|you+absolutely+have|you+just+have|you've+simply+got to",
    // "I'm sorry you have to wait": regret for the reader's burden, not a demand.
    unlessBefore: [...CONDITIONAL, 'that', 'which', 'sorry', 'afraid'],
    unlessAfter: [
      'admit',
      'admire',
      'appreciate',
      'see',
      'try',
      'love',
      'hand',
      'give',
      'say',
      'laugh',
      'wonder',
      'visit',
      'come',
      'pop',
      'drop',
      'swing',
      'agree',
      'taste',
    ],
    suggestions: ['it would help if you could'],
    // "…, and you have to bring the band; we'd love to play your tracks": an invitation.
    unlessWarm: true,
    hit: 'You have to sign the form before we can continue.',
    miss: 'If you have to cancel, just let us know the day before.',
  },
  {
    id: 'you-must',
    // Not "you must not …": a prohibition at the reader is mostly protection ("must not sign anything before I've read it").
    pattern: 'you must',
    // "To make sure your claim is covered, you must …": a condition of the reader's own cover, not pressure.
    unlessAdvised: true,
    unlessBefore: ['if'],
    unlessAfter: [
      'not',
      'never',
      'be',
      'have',
      'feel',
      'been',
      'know',
      'admit',
      'see',
      'try',
      'visit',
      'come',
      'love',
      'tell',
      'worry',
      'apologise',
      'apologize',
    ],
    hit: 'You must send the signed copy back to us.',
    miss: 'You must be delighted with the new terrace.',
  },
  {
    id: 'you-need-to-now',
    pattern:
      '<reader> (really|urgently|absolutely) @need to ~4 immediately|now|today|asap|straight+away|right+away|at+once|without+delay|urgently|by+tomorrow|by+tonight|by+end+of+day|by+close+of+business|this+instant',
    unlessBefore: [...CONDITIONAL, 'that'],
    hit: 'You need to transfer the deposit immediately.',
    miss: 'If you need to reach me today, my mobile is best.',
  },
  {
    id: 'you-need-to-understand',
    pattern:
      "you|you've (really|simply|just) need+to|have+to|got+to|must understand|realise|realize|recognise|recognize",
    unlessBefore: ['if'],
    hit: 'You need to understand that our capacity is limited.',
    miss: 'We need to understand your priorities first.',
  },
  {
    id: 'you-should-have',
    pattern:
      "<reader> should've|could've|should|could|ought (to) (at+least|easily|just|simply|really|so+easily|quite+easily) (have) (just|simply|at+least) told|known|sent|asked|checked|called|informed|read|warned|said|done|paid|replied|answered|mentioned|contacted|noticed|planned|thought|listened|followed|rung|rang|phoned|emailed|notified|reported|alerted|consulted|briefed|got+in+touch|texted|messaged|cancelled|canceled|booked|waited",
    unlessAfter: ['access', 'rights', 'permission', 'permissions'],
    // "You should have told us you were ill, we'd have been happy to reschedule": said kindly.
    unlessLater: ['happy', 'glad', 'pleased', 'gladly'],
    hit: 'You should have told us earlier.',
    miss: 'We should have told you earlier.',
  },
  {
    // "Surely you could have just let us know": "let us know" is also the request, so "have" must stand.
    id: 'you-could-have-let-us-know',
    pattern:
      '<reader> should|could|ought (to) (at+least|easily|just|simply|really) have (just|simply|at+least) let+us+know|let+me+know',
    hit: 'Surely you could have just let us know.',
    miss: 'You could just let us know by Friday.',
  },
  {
    id: 'you-shouldnt-have',
    pattern:
      "<reader> shouldn't|should+not|should+never|ought+not+to (have) changed|signed|sent|told|agreed|ignored|started|booked|paid|cancelled|canceled|ordered|promised|accepted|gone|done|made|used|moved|removed|touched|approved|assumed|waited|let|stopped|skipped|quit|posted|shared|deleted|forwarded|left|taken|driven|lifted|switched|reduced|doubled|tampered|opened|installed|given|spoken|talked|written|replied|published",
    hit: "You shouldn't have signed the supplier's order without asking us.",
    miss: "You shouldn't have to wait this long, and I'm sorry.",
  },
  {
    // "You ought to have …" looks back at what the reader did not do; only receipts ("ought to have received") are news.
    id: 'you-ought-to-have',
    pattern: '<reader> ought to have',
    unlessAfter: ['received', 'got', 'gotten', 'had', 'heard', 'been', 'seen', 'access'],
    hit: 'You really ought to have rested the knee after the match.',
    miss: 'You ought to have received the keys by now.',
  },
  {
    id: 'you-ought-to',
    pattern: 'you ought to',
    // What the reader gains or learns: "you ought to know before you sign", "you ought to love it".
    unlessAfter: [
      'have',
      'be',
      'receive',
      'get',
      'find',
      'see',
      'hear',
      'visit',
      'try',
      'know',
      'enjoy',
      'love',
      'like',
    ],
    suggestions: ['you may want to'],
    hit: 'You ought to check your inbox more often.',
    miss: 'It is something you ought to know before the sale goes through.',
  },
  {
    id: 'i-expect-you-to',
    pattern: 'i|we (fully|do) expect|require <reader> to',
    unlessAfter: ['receive', 'need', 'hear', 'arrive', 'get', 'find', 'enjoy', 'like', 'love'],
    hit: 'I expect you to call me back today.',
    miss: 'We expect you to receive the keys on Friday.',
  },
  {
    id: 'i-expect',
    pattern:
      'i|we (fully) expect|demand|require (to+receive|to+have|to+see|to+hear) your|an+answer|a+reply|a+response|an+explanation|an+apology|payment|full+payment|the+payment|the+money|the+outstanding|the+signed|the+completed|the+contract|the+documents|the+forms|the+figures|a+signed|a+written|written ~2 by|immediately|today|now|within|no+later+than|asap|at+once|tomorrow',
    hit: 'I expect an answer by tomorrow.',
    miss: 'We expect a response from the council by Friday.',
  },
  {
    id: 'i-insist',
    pattern: 'i|we (really|must|do) insist',
    unlessBefore: ['me', 'us'],
    unlessAfter: ['paying', 'treating'],
    hit: 'I insist on a written confirmation.',
    miss: 'Lunch is on us, we insist!',
  },
  {
    id: 'will-have-to-insist',
    pattern:
      "i'll|we'll|i+will|we+will|i+shall|we+shall|i'd|we'd|i+would|we+would|i'm+going+to|we're+going+to have+to|need+to|be+forced+to|must insist|demand",
    hit: 'We will have to insist on full payment before delivery.',
    miss: 'We will have to wait for the council before delivery.',
  },
  {
    id: 'non-negotiable',
    pattern: 'non-negotiable|nonnegotiable|non+negotiable',
    suggestions: ['essential', 'very important'],
    hit: 'The completion date is non-negotiable.',
    miss: 'The price is negotiable if you order more than ten units.',
  },
  {
    id: 'not-negotiable',
    pattern:
      "not|isn't|aren't|is+not|are+not negotiable|up+for+discussion|up+for+debate|up+for+negotiation|open+to+discussion|open+for+discussion|open+to+negotiation|open+for+negotiation|subject+to+negotiation",
    hit: 'The fee is not up for discussion.',
    miss: 'Everything in the quote is open to discussion.',
  },
  {
    id: 'or-else',
    pattern: 'or else $',
    hit: 'Send the files by Friday, or else!',
    miss: 'Send the files by email, or else bring them to the meeting.',
  },
  {
    id: 'or-else-threat',
    pattern:
      'or+else|otherwise|failing+which|failing+that|if+not (,) ~5 legal|lawyer|lawyers|court|courts|solicitor|solicitors|attorney|attorneys|collection|collections|consequences|forced|terminate|termination|penalty|penalties|bailiff|bailiffs|sue',
    hit: 'Please settle both of the open invoices from March and April by Friday, otherwise we will be forced to act.',
    miss: "Please confirm by Friday, otherwise we'll simply keep the current date.",
  },
  {
    id: 'forced-to',
    pattern:
      "we'll|we+will|we+shall|we'd|we+would|we+may|we+might|i'll|i+will|i'd|i+would|i+may ~2 be|feel forced|obliged|compelled to",
    hit: 'We will unfortunately be forced to charge late fees.',
    miss: 'We would be obliged if you could send the plans by Friday.',
  },
  {
    id: 'no-choice-but',
    pattern:
      "we'll|we+will|we+would|we'd|i'll|i+will|i'd|i+would|we+shall ~2 have|be+left+with no (other) choice|alternative|option but|than",
    hit: 'We would be left with no choice but to cancel the order.',
    miss: "We have no option but to wait for the council's decision.",
  },
  {
    id: 'you-leave-us-no-choice',
    pattern:
      "you|you've|you're|silence|delay|delays (have|are) leave|leaves|left|leaving us|me (with) no|little|few (other) choice|option|alternative|options|alternatives",
    hit: 'You leave us no choice but to stop work on site.',
    miss: 'You leave us with lots of good options for the garden.',
  },
  {
    id: 'legal-action',
    pattern: "will|shall|we'll|i'll|otherwise|or|then ~4 legal|judicial|court action|proceedings|steps|measures $",
    hit: 'After the holidays, we will take legal action.',
    miss: 'We recommend legal action against the contractor next month.',
  },
  {
    id: 'legal-action-will-follow',
    pattern:
      'legal|judicial|court action|proceedings|steps|measures will|shall|may (then|otherwise) follow|ensue|be+taken|be+initiated|be+started|be+brought',
    hit: 'Legal action will follow.',
    miss: 'Legal advice will be included in the fee.',
  },
  {
    id: 'if-we-dont-receive-threat',
    pattern:
      "if we|i don't|do+not|haven't|have+not|can't|cannot receive|hear|get|see ~8 lawyer*|solicitor*|attorney*|legal|court|debt|collection*|bailiff*|forced|terminat*",
    hit: 'If we don’t receive payment, we will involve our solicitors.',
    miss: "If we don't hear from you, we'll simply keep the Tuesday slot.",
  },
  {
    id: 'legal-action-against-you',
    pattern:
      'legal|judicial|court action|proceedings|steps|measures|claim ~2 against you|your+company|your+firm|your+business',
    hit: 'We are preparing legal proceedings against your company.',
    miss: 'We are preparing legal proceedings against your former landlord.',
  },
  {
    id: 'debt-collection',
    pattern:
      'hand*|pass*|refer*|forward*|transfer*|turn*|instruct*|involv*|engag* ~4 debt+collection|debt+collector|debt+collectors|collection+agency|collections+agency|bailiff|bailiffs',
    unlessAfter: ['on', 'for'],
    hit: 'Your account will then be passed to a debt collection agency.',
    miss: 'We have instructed a debt collection agency on your behalf.',
  },
  {
    // A cost or a failure pinned on the reader: "any delay is on you, not us", "the fine will be yours to pay".
    id: 'on-you-not-us',
    pattern:
      'delay|delays|cost|costs|fault|risk|penalty|penalties|fine|fines|consequences|blame|responsibility|damage|fallout ~6 is|are|be|lies|lie|falls|fall|rests on you|yourself|yourselves',
    hit: 'If the copy is late, any delay to launch is on you, not us.',
    miss: 'The delay is on us, and the coffee next time is on you.',
  },
  {
    id: 'yours-to-pay',
    pattern: 'be|is|are yours|your+own to pay|cover|bear|absorb|settle|foot|carry|answer+for',
    hit: 'Any penalty HMRC issues will be yours to pay.',
    miss: 'The final choice of tiles will be yours to make.',
  },
  {
    // "Payment is now due immediately": no room left at all.
    id: 'due-immediately',
    pattern: 'is|are|now|becomes due|payable immediately|forthwith|without+delay|at+once',
    hit: 'Payment is now due immediately.',
    miss: 'The balance falls due a month after handover.',
  },
  {
    // "Don't let this happen again".
    id: 'dont-let-it-happen-again',
    pattern: "don't|do+not|never let this|that|it happen|occur again",
    hit: "Don't let this happen again.",
    miss: "Don't worry if it happens again; just give us a ring.",
  },
  {
    // "This has gone on long enough", "I've waited long enough": patience used up.
    id: 'gone-on-long-enough',
    pattern: 'gone+on|dragged+on|waited|been+patient long+enough|too+long|more+than+long+enough',
    hit: 'This has gone on long enough.',
    miss: 'Let the plaster dry long enough before painting.',
  },

  {
    // "I won't be able to keep your slot open beyond this week".
    id: 'cannot-hold-the-slot',
    pattern:
      "won't|can't|cannot|unable+to|not+able+to ~3 keep|hold ~3 slot|place|date|booking|spot|room ~1 open|free|reserved beyond|past|any+longer|much+longer|after",
    hit: "I won't be able to keep your Thursday slot open beyond this week.",
    miss: 'I can keep your Thursday slot open beyond this week if that helps.',
  },
  {
    // "You were told twice to keep the area clear": the writer's instructions counted back.
    id: 'you-were-told-twice',
    pattern: `you|you've were|have+been|been told|asked|reminded|warned ~1 ${TIMES}`,
    hit: 'You were told twice to keep the area clear.',
    miss: 'You were told on Monday that the area would be clear.',
  },
  {
    // "… and don't come to me complaining afterwards": the reader's objection refused in advance.
    id: 'dont-come-complaining',
    pattern: "don't|do+not|never come|coming ~0-2 complaining|moaning|crying|whining",
    hit: "Pay the deposit by Friday, and don't come to me complaining if the date is gone.",
    miss: 'Do come to me if anything about the date worries you.',
  },
  {
    // "… until 10am tomorrow and not a minute longer": the deadline sharpened into a threat.
    id: 'not-a-minute-longer',
    pattern: 'not a|one|single minute|hour|day|second longer|more',
    unlessLater: ['than'],
    hit: 'I can keep the table for you until eight and not a minute longer.',
    miss: 'The drying will not take a day longer than planned.',
  },
  {
    // "There is no room for further delay here": the writer announcing the end of patience.
    id: 'no-room-for-delay',
    pattern: 'no|zero room|scope|leeway ~0-1 for (any) (further|more) delay|delays|slippage|excuses',
    hit: 'There is no room for further delay on the permit.',
    miss: 'There is no room for the sofa in the hall.',
  },
  {
    // "The deadline is Friday, and it's not moving".
    id: 'deadline-not-moving',
    pattern: "deadline|date ~6 not+moving|won't+move|isn't+moving|will+not+move|won't+change|isn't+changing",
    hit: "Let's be clear: the deadline is Friday, and it's not moving.",
    miss: 'The deadline is Friday, and we are well on track.',
  },
  {
    // "We've now reached the point where …": escalation announced.
    id: 'reached-the-point-where',
    pattern: "reached|come+to the+point|a+point where|at+which i|we|i'm|we're",
    hit: "We've now reached the point where I need a decision by Monday.",
    miss: "We've reached the point in the plan where the stairs go.",
  },
  {
    // "I'm close to pulling the plug": the end of the work held over the reader.
    id: 'close-to-pulling-the-plug',
    pattern:
      'close+to|on+the+verge+of|this+close+to|one+step+from ~1 pulling+the+plug|walking+away|ending|terminating|cancelling|canceling|dropping|quitting',
    hit: "If I'm honest, I'm close to pulling the plug on this project.",
    miss: "We're close to finishing the kitchen, just the tiles left.",
  },
  {
    // "I'd really rather this didn't end up with a collection agency": the collectors named as where it may go.
    id: 'end-up-with-collections',
    pattern:
      'end+up|ends+up|go|goes|going|get|gets|escalate|escalates ~0-2 with|to|in|at|before collections|debt+collectors|a+collection+agency|a+debt+collector|the+bailiffs|bailiffs|small+claims|the+small+claims+court',
    hit: "I'd rather this didn't end up with a collection agency.",
    miss: "I'd rather the parcel didn't end up with a neighbour.",
  },
  {
    // "I'd hate to involve collections, but …": naming the collectors is the threat.
    id: 'involve-collections',
    pattern:
      '@involve|@instruct|bring+in|@hand ~3 collections|debt+collectors|collection+agency|debt+collection|bailiffs',
    hit: "I'd hate for us to have to involve collections, but that's where this is heading.",
    miss: 'We can recommend an accountant to help with your bookkeeping.',
  },
  {
    // "We cannot continue to absorb the cost of these delays".
    id: 'cannot-absorb-the-cost',
    pattern:
      "cannot|can't|can+no+longer|won't continue+to|keep|go+on absorb|absorbing|carry|carrying|cover|covering|swallow|swallowing ~2 cost|costs",
    hit: 'We cannot continue to absorb the cost of these delays.',
    miss: 'We can absorb the cost of the extra visit, no problem.',
  },

  {
    id: 'final-warning',
    pattern: 'final|last warning|notice|demand|ultimatum',
    hit: 'This is your last warning.',
    miss: 'This is the final slide.',
  },
  {
    id: 'your-last-chance',
    pattern: 'your last|final chance|opportunity',
    unlessAfter: ['see', 'book', 'register', 'visit', 'join', 'enjoy'],
    hit: 'This is your last chance to settle the account.',
    miss: 'This is your last chance to see the show homes before they are sold.',
  },
  {
    id: 'one-last-chance',
    pattern: 'give|giving|given you|yourself one+last|one+more|one+final|a+final|a+last|another (last|final) chance',
    hit: "We're giving you one last chance to correct the figures.",
    miss: "We're giving you one more week of free parking as a thank you.",
  },
  {
    id: 'do-it-now',
    pattern:
      '^ (just) do|fix|sort|get ~1 it|this|that|them (out|done|sorted) now|immediately|right+now|at+once|asap|straight+away|right+away',
    unlessAfter: ['if', 'while', 'before'],
    hit: 'Do it now.',
    miss: "I'll do it now and send you the result.",
  },
  {
    id: 'please-immediately',
    pattern:
      'please|kindly pay|settle|transfer|send|return|sign|reply|respond|remit|provide|submit|correct|confirm ~4 immediately|at+once|without+delay|forthwith|this+instant|right+now|asap',
    unlessAfter: ['if', 'should', 'when', 'in', 'once'],
    hit: 'Please pay the outstanding amount immediately.',
    miss: 'Please call us immediately if you notice any water damage, or if your fever rises.',
  },
  {
    id: 'imperative-immediately',
    pattern:
      '^pay|settle|transfer|send|return|sign|reply|respond|remit|submit|correct|confirm ~4 immediately|at+once|without+delay|forthwith|this+instant|right+now|asap',
    unlessAfter: ['if', 'should', 'when', 'in', 'once'],
    hit: 'Return the signed contract immediately.',
    miss: 'Send it immediately if you can, otherwise Monday is fine.',
  },
  {
    id: 'need-asap',
    pattern:
      'i|we (really|urgently|absolutely) need|want|require this|it|that|them|these|those|your ~3 asap|immediately|urgently|yesterday|right+now|as+soon+as+possible|straight+away|right+away|at+once',
    hit: 'I need this ASAP.',
    miss: "I'll send this as soon as possible.",
  },
  {
    id: 'need-it-asap',
    pattern: 'need|needs|want|wants|require|requires ~4 asap',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'We need the revised drawings ASAP.',
    miss: 'If you need anything ASAP, just call my mobile.',
  },
  {
    id: 'without-further-delay',
    pattern: 'please|kindly ~6 without (any) further delay|delays',
    hit: 'Please settle the invoice without further delay.',
    miss: 'We will settle the invoice without further delay.',
  },
  {
    id: 'no-excuses',
    pattern: 'no excuses',
    // "Totally my fault, no excuses": the writer owning a slip.
    unlessEarlier: ['fault', 'mistake', 'sorry', 'apologies', 'apologise', 'apologize'],
    hit: 'No excuses, the payment is due today.',
    miss: 'No excuse is needed, these things happen.',
  },
  {
    id: 'you-will-send-by',
    pattern:
      "you+will|you'll|you+shall (now|then|immediately) send|pay|sign|provide|submit|return|settle|transfer|deliver|remove|stop|cease|refund|reimburse ~4 by|immediately|at+once|no+later+than|within|today|tomorrow|forthwith|without+delay",
    hit: 'You will pay the balance by Friday.',
    miss: 'You will receive the balance statement by Friday.',
  },
  {
    id: 'need-you-to',
    pattern: 'i|we (really|urgently|absolutely) need|want you to',
    unlessAfter: [
      'feel',
      'know',
      'enjoy',
      'be',
      'have',
      'relax',
      'rest',
      'worry',
      'love',
      'take',
      'see',
      'meet',
      'think',
      'try',
      'come',
    ],
    hit: 'I need you to sign and return the form.',
    miss: 'I want you to feel at home in your new kitchen.',
  },
  {
    id: 'imperative-that-you',
    pattern: 'imperative|mandatory|compulsory|obligatory ~1 that|for you',
    hit: 'It is imperative that you attend the meeting.',
    miss: 'It is important that you feel comfortable with the plan.',
  },
  {
    id: 'you-are-required-to',
    pattern:
      "you+are|you're|you+will+be|you'll+be|you+were (hereby|legally|contractually) required|obliged|obligated|ordered|instructed to",
    hit: 'You are required to submit the forms by Monday.',
    miss: 'You are not required to submit anything else.',
  },
  {
    id: 'youll-have-to',
    pattern: "you'll|you+will have to",
    unlessBefore: ['if', 'case', 'whether'],
    unlessAfter: ['excuse', 'forgive', 'pardon', 'try', 'come', 'see', 'visit', 'tell', 'let', 'taste', 'check'],
    hit: "You'll have to wait until we receive the payment.",
    miss: "You'll have to come and see the garden in spring!",
  },
  {
    id: 'i-demand',
    pattern: 'i|we (hereby) demand',
    hit: 'We demand a full refund.',
    miss: "We're seeing high demand for appointments this spring.",
  },
  {
    id: 'dont-make-me',
    pattern: "don't|do+not make me|us ~2 chase|remind|ask|come|call|write|escalate|repeat|involve|take",
    hit: "Don't make me chase you for the signature.",
    miss: "Don't make any decisions before we talk.",
  },
  {
    id: 'wont-ask-again',
    pattern:
      "i|we|i'm|we're won't|will+not|shan't|shall+not|not+going+to|am+not+going+to|are+not+going+to (be) ask|asking|remind|reminding|tell|chase|chasing|explain|repeat|write|writing (you|this|it|myself) again|twice",
    hit: "I won't ask again.",
    miss: "I won't bother you again before Friday.",
  },
  {
    id: 'this-is-the-last-time',
    pattern:
      "this|that|that's|it's|will+be ~2 the last|final time ~3 ask*|remind*|tell*|chas*|explain*|accept*|toler*|overlook*|allow*|extend*|grant*|repeat*|warn*|rais*|mention*|redo*|redraw*|rework*|waiv*|absorb*|cover*|fix*|for+free|free+of+charge|at+no+charge|at+no+cost|without+charge|without+charging",
    hit: 'This is the last time I will remind you.',
    miss: 'This is the last time we meet before the handover.',
  },
  {
    id: 'we-wont-tolerate',
    pattern: "i|we won't|will+not|shall+not|cannot|can't|refuse+to tolerate|stand+for|put+up+with",
    hit: 'We will not tolerate any further delays.',
    miss: 'We will not charge for the extra visit.',
  },
  {
    id: 'consider-this-a-warning',
    pattern: 'consider|take|treat this|it (as) a|an|your|our (final|formal|official|last) warning',
    hit: 'Consider this a formal warning.',
    miss: 'Consider this a warm welcome to our studio.',
  },
  {
    id: 'im-warning-you',
    pattern: "i'm|i+am|we're|we+are (hereby) warning you",
    hit: "I'm warning you, the price will go up.",
    miss: "I'm letting you know early, the price will go up in May.",
  },
  {
    id: 'failure-to-will-result',
    pattern: 'failure to ~5 will|shall|may|would|could (ultimately) result|lead|incur|mean',
    hit: 'Failure to pay by the due date will result in a late fee.',
    miss: 'A failure to communicate was the root of the problem, on our side too.',
  },
  {
    id: 'face-the-consequences',
    pattern: 'face|bear|suffer|carry (the) (legal|financial|full) consequences',
    hit: 'Otherwise you will have to bear the consequences.',
    miss: 'We discussed the consequences of each option.',
  },
  {
    id: 'im-not-asking',
    pattern: "i'm|i+am|we're|we+are not asking ~2 telling|requesting|demanding|instructing",
    hit: "I'm not asking, I'm telling you.",
    miss: "I'm not asking for a discount, just a clearer breakdown.",
  },
  {
    id: 'you-have-no-choice',
    pattern: "you|you've (really|simply) have|got no (other) choice|option|alternative",
    hit: 'You have no other option than to accept the new schedule.',
    miss: 'You have several options, and the choice is entirely yours.',
  },
  {
    id: 'hurry-up',
    pattern: 'hurry+up|get+a+move+on|chop-chop|chop+chop|hop+to+it|step+on+it',
    unlessAfter: ['and'],
    hit: 'Please hurry up with the approval.',
    miss: "There's no hurry, take your time with the approval.",
  },
  {
    id: 'still-waiting-for-your',
    pattern: 'still waiting for|on your',
    suggestions: ['looking forward to your'],
    hit: 'We are still waiting for your reply.',
    miss: "We are still waiting for the council's decision.",
  },
  {
    id: 'still-waiting-for-you-to',
    pattern: 'still waiting for|on you to',
    hit: "We're still waiting for you to sign the variation order.",
    miss: "We're still waiting for the supplier to confirm the date.",
  },
  {
    id: 'see-to-it-that',
    pattern: 'see to it that',
    unlessBefore: ["i'll", "we'll", 'i', 'we', 'will', 'shall', 'personally', "i'd", "we'd", 'can', 'would'],
    hit: 'Please see to it that the gate is locked every evening.',
    miss: "I'll personally see to it that the gate is locked every evening.",
  },
  {
    id: 'understood-question',
    pattern: '^ understood ?',
    suggestions: ['does that make sense?'],
    hit: 'Understood?',
    miss: "Understood, I'll update the plan today.",
  },
  {
    id: 'make-myself-clear',
    pattern: 'do|did|have i|we make|made myself|ourselves (perfectly|absolutely|sufficiently) clear $',
    suggestions: ['does that make sense'],
    hit: 'Do I make myself clear?',
    miss: 'I hope I made myself clear in the proposal.',
  },
  {
    id: 'is-that-clear',
    pattern: '^ is|was that clear|understood $',
    suggestions: ['does that make sense'],
    hit: 'Is that clear?',
    miss: 'Is that clear enough, or shall I add a sketch?',
  },
  {
    id: 'giving-you-until',
    pattern: "i'm|we're|i+am|we+are giving you until|till",
    hit: "I'm giving you until Friday to pay.",
    miss: "I'm giving you a call on Friday to talk it through.",
  },
  {
    id: 'we-reserve-the-right',
    pattern: 'we|i (hereby|expressly) reserve the right',
    hit: 'We reserve the right to stop work on site.',
    miss: 'You reserve the right to cancel free of charge.',
  },
  {
    id: 'held-liable',
    pattern:
      "you'll|you+will|you+shall|you+may|you+would be held (fully|personally|financially|jointly) liable|responsible|accountable",
    hit: 'You will be held liable for any further damage.',
    miss: 'You will not be held liable for any damage caused by our team.',
  },
  {
    id: 'whether-you-like-it',
    pattern: 'whether you like it or not',
    hit: 'The fee applies whether you like it or not.',
    miss: 'Let us know whether you like it, and we can order more.',
  },
  {
    id: 'this-cannot-wait',
    pattern: "this|that|it|matter|issue cannot|can't|can+not wait",
    hit: 'This cannot wait until after the holidays.',
    miss: "I can't wait to see the finished house.",
  },
  {
    id: 'your-cooperation-required',
    pattern:
      'your (full|immediate|prompt) cooperation|compliance is|will+be (hereby) required|expected|mandatory|demanded|essential',
    hit: 'Your full cooperation is expected.',
    miss: 'Your cooperation is greatly appreciated.',
  },
  {
    id: 'youd-better',
    pattern: "you'd+better|you+had+better|you+better",
    // "Would Tuesday suit you better?", "to know you better": a comparison, not a warning.
    unlessBefore: [
      'suit',
      'suits',
      'suited',
      'fit',
      'fits',
      'know',
      'like',
      'serve',
      'serves',
      'understand',
      'help',
      'helps',
      'than',
    ],
    unlessAfter: ['bring', 'pack', 'wear', 'grab'],
    hit: "You'd better pay before the end of the month.",
    miss: "You'd better bring a warm coat, the site is windy.",
  },
  {
    id: 'you-still-owe',
    pattern: '<reader> (still) @owe us|me',
    unlessAfter: ['nothing', 'coffee', 'drink', 'beer', 'lunch', 'pint'],
    hit: 'You still owe us £2,400 from the spring invoice.',
    miss: 'We still owe you £240 from the spring invoice.',
  },
  {
    id: 'you-need-to-stop',
    pattern: '<reader> (really|simply) @need|@have to stop|quit|cease',
    unlessAfter: ['by', 'in', 'at', 'off', 'over', 'for', 'worrying', 'apologising', 'apologizing', 'thanking'],
    hit: 'You need to stop calling my site manager at night.',
    miss: 'You need to stop by the office to collect the keys.',
  },
  {
    id: 'i-expect-a-by',
    pattern: 'i @expect|@demand|@require a|an ~7 by|within|no+later+than|immediately|today|tomorrow',
    hit: 'I expect a full explanation by Wednesday noon.',
    miss: 'I expect the lab results by Wednesday noon.',
  },
  {
    id: 'or-were-done',
    pattern: "or|otherwise we're|we+are|i'm|i+am (simply|just) done|finished|through",
    unlessAfter: ['for', 'by', 'early', 'soon', 'before', 'in', 'here'],
    hit: 'Pay the second instalment this week or we are done.',
    miss: 'Pay the second instalment this week and we are done.',
  },
  {
    id: 'consider-it-cancelled',
    pattern:
      'consider|regard the|this|your|our ~0-3 closed|cancelled|canceled|ended|terminated|suspended|void|forfeited|forfeit|withdrawn',
    hit: 'As of today, consider the booking cancelled.',
    miss: 'If we hear nothing by Friday, consider the booking confirmed.',
  },
  {
    id: 'kindly-ensure-in-future',
    pattern:
      'kindly|please ensure|make+sure|see+to+it (that) in+future|going+forward|from+now+on|henceforth|in+the+future',
    hit: 'Kindly ensure in future that the gate is locked.',
    miss: 'Kindly ensure the gate is locked when you leave tonight.',
  },
  {
    // "Kindly ensure that the texts come from one person this time": last time it went wrong, the words say.
    id: 'kindly-ensure-this-time',
    // Two gaps: the whole "that" clause stands between, up to twelve words (one gap spans at most eight).
    pattern: 'kindly|please ensure|make+sure|see+to+it (that) ~0-8 ~0-4 this+time|for+once',
    hit: 'Kindly ensure that the figures come from one person on your side this time.',
    miss: 'Kindly ensure that the figures come from one person on your side.',
  },
  {
    id: 'in-future-please-ensure',
    pattern: 'in+future|going+forward|from+now+on|henceforth (,) please|kindly ensure|make+sure',
    hit: 'Going forward, please ensure the forms are complete.',
    miss: 'Going forward, we will ensure the forms are complete.',
  },
  {
    id: 'ensure-this-does-not-happen-again',
    pattern:
      "ensure|make+sure (that) this|it|that (does|will) not|doesn't|won't|never happen|happens|occur|occurs again",
    unlessBefore: ['we', 'i', "we'll", "i'll", 'will', 'to', 'shall', 'can'],
    hit: 'Please ensure this does not happen again.',
    miss: 'We will make sure this does not happen again.',
  },
  {
    // An expectation as a warning: "I trust this won't happen again", "We expect this won't be repeated".
    // Only about what happened or the reader: "I expect the fault won't come back" reassures.
    id: 'trust-this-wont-happen-again',
    pattern:
      "<self> trust|expect|assume|@take+it (that) this|that|it|such|you|there ~4 won't|will+not|doesn't|does+not|wouldn't|would+not|shouldn't|isn't|never ~3 again|repeated|repeat|recur|happen+twice",
    hit: 'I trust this will not be repeated.',
    miss: 'I expect the fault will not come back now that the part is replaced.',
  },
  {
    // "I trust I won't be getting another 7am call": the expectation aimed at the reader's next lapse.
    id: 'trust-i-wont-get-another',
    pattern:
      "<self> trust|expect (that) i|we won't|will+not|shan't (be) get|getting|receive|receiving|have|having another",
    hit: "I trust we won't be getting another email like that.",
    miss: "I hope we won't be having another winter like the last one.",
  },
  {
    // "I'd expect a bit more commitment going forward": more of the reader's conduct, from now on.
    id: 'expect-more-going-forward',
    pattern:
      '<self> (would) expect|@expect (a+bit|a+little|a+lot|much|far|rather|somewhat) more ~4 going+forward|from+now+on|in+future|in+the+future|from+you|next+time',
    hit: "I'd expect a little more preparation going forward.",
    miss: 'I expect a little more rain going into the weekend.',
  },
  {
    // Limits stated as a last stand: "this is the last round of revisions we're doing".
    id: 'last-round-we-do',
    pattern:
      "last|final round|set|batch of changes|revisions|edits|amendments|corrections|tweaks|drafts we're|we+are|i'm|i+am|we'll|i'll|we+will|i+will (be) doing|making|offering|do|make|offer|include|accept",
    hit: "That's the final set of changes I'm making on this.",
    miss: 'The final set of changes came through on Monday.',
  },
  {
    // Work withheld until paid: "I won't be coming back to finish until it's cleared".
    id: 'wont-continue-until-paid',
    pattern:
      "<self> won't|will+not|shan't|can't|cannot (be) coming+back|come+back|return|returning|resume|resuming|continue|continuing|finish|finishing|complete|completing|release|releasing|hand+over|handing+over|unlock|unlocking ~6 until|till ~4 paid|cleared|settled|in+full|received|squared",
    hit: "We won't resume work on the extension until the last invoice is settled.",
    miss: "We won't resume work on the extension until the frost has passed.",
  },
  {
    // Everything else the reader does ranked below the writer's need: "drop whatever else you're working on and …".
    id: 'drop-everything-else',
    pattern:
      "drop|park|shelve|put+aside|set+aside|put+down whatever+else|everything+else|everything|all+else|what+you're+doing|whatever+you're+doing|anything+else",
    // The writer dropping things for the reader is a favour; denied, it is relief.
    unlessEarlier: [
      "don't",
      'not',
      'no',
      "needn't",
      'never',
      "shouldn't",
      "wouldn't",
      'i',
      "i'll",
      "i've",
      'we',
      "we'll",
      "we've",
    ],
    // "a folder you drop everything into": a place to put things.
    unlessAfter: ['into', 'onto', 'in', 'on', 'off'],
    hit: 'Please drop everything else and get the revised drawings to the council today.',
    miss: "There's no need to drop everything else for this; next week is fine.",
  },
  {
    // Work or supply stopped until the reader has done their part: "we won't take any further bookings until your office has …".
    id: 'no-more-until-you',
    pattern:
      "<self> won't|will+not|shan't|cannot|can't|can+no+longer ~1-6 any+more|any+further|anymore|further ~0-8 until|till you|your|you've ~0-5 @pay|@settle|@sign|@complete|@do|@send|@provide|@confirm|@clear|@fix|@return|@finish|@attend|@agree|@train|@put",
    hit: "We won't be accepting any further orders until your office has signed the revised terms.",
    miss: "We won't be taking any further bookings until the spring, when the new studio opens.",
  },
  {
    // A new rule as the sanction: "Starting Monday we will not attend any call-out without a work order number".
    id: 'from-now-on-not-without',
    pattern:
      "from+now+on|going+forward|from+today|starting+today|starting+monday|starting+tuesday|starting+wednesday|starting+thursday|starting+friday|from+monday|from+tuesday|from+wednesday|from+thursday|from+friday|from+next+week|from+the+next ~0-3 (onwards) (,) i|we|i'll|we'll won't|will+not|will+no+longer|shall+not|can+no+longer ~1-6 without|unless",
    hit: 'Starting Monday we will not send an engineer out without a signed job sheet.',
    miss: 'Starting Monday we will not need the paper forms any more.',
  },
  {
    // The relationship as a stake next to a demand: "I need you to take this seriously if we're going to keep working together".
    id: 'if-we-are-to-keep-working-together',
    pattern: "<self> @need|@expect|@require you|more ~8 if|unless we're|we+are (going+to|to) keep|continue|carry+on",
    hit: "I need more notice from you if we're going to keep working together.",
    miss: "We need a new contract if we're going to keep working together next year.",
  },
  {
    // "…, and that can't keep happening": a lapse named as one that must end.
    id: 'cant-keep-happening',
    pattern:
      "this|that|it can't|cannot|mustn't keep+happening|keep+on+happening|go+on+like+this|carry+on+like+this|continue+like+this|happen+again",
    // "… so it can't happen again": the writer's fix, not a warning ("won't happen again" is a promise).
    unlessBefore: ['so'],
    hit: "We covered the missed session this time, but that can't keep happening.",
    miss: "We've changed the backup schedule so it can't happen again.",
  },
  {
    // "I hope I won't have to remind you again": the next reminder announced as a rebuke.
    id: 'hope-i-wont-have-to-remind-again',
    pattern:
      "hope|trust i|we won't|will+not|shan't|don't (need|have) to remind|chase|ask|tell ~2 again|twice|a+third+time",
    hit: "I trust we won't have to chase this again.",
    miss: "I hope we won't have to reschedule again, the weather looks fine.",
  },
  {
    // "We've given you three extensions; there won't be a fourth."
    id: 'there-wont-be-a-fourth',
    pattern:
      "there won't|will+not|isn't+going+to|is+not+going+to be a|another second|third|fourth|fifth|further|next (one|time|chance|extension|reminder|warning) $",
    hit: "We've given you two extensions already; there won't be a third.",
    miss: "There won't be a second coat needed, the first one covered well.",
  },
  {
    // "I'm counting on you to have this done by Friday."
    id: 'counting-on-you-by',
    pattern: '<self> counting|count|relying|rely on you|your ~8 by|today|tonight|tomorrow|before|no+later+than',
    hit: "I'm counting on you to have the forms back by Friday.",
    miss: 'You can count on us to have the forms back by Friday.',
  },
  {
    // "This is your responsibility now, not ours."
    id: 'your-responsibility-not-ours',
    pattern: 'your responsibility|problem|risk|call ~2 , not ours|mine',
    hit: 'Any late penalty will be your responsibility, not ours.',
    miss: 'Our responsibility is the design; yours is only the sign-off.',
  },
  {
    // "No letter by Monday, no session on Tuesday": the ultimatum as a slogan.
    id: 'no-x-by-no-y',
    pattern: '^ no ~1-3 by|until|before|till ~1-4 , no',
    unlessAfter: ['rush', 'worries', 'worry', 'pressure', 'problem', 'stress', 'hurry', 'need', 'fuss'],
    hit: 'No deposit by Friday, no keys on Saturday.',
    miss: 'No rush at all, no pressure from our side.',
  },
  {
    // Expectations of the reader's future conduct: "I trust you will give notice in future".
    id: 'trust-you-will-in-future',
    pattern:
      "<self> trust|expect|assume (that) you|you'll ~6 in+future|in+the+future|going+forward|from+now+on|next+time|from+here+on",
    hit: 'I trust you will let us know earlier in future.',
    miss: 'I trust you had a lovely break, and we look forward to next time.',
  },
  {
    // "Unpaid galleries are deleted after 30 days": a policy that punishes the lapse.
    id: 'unpaid-are-deleted',
    pattern:
      'unpaid|overdue|outstanding|late ~3 are|will+be|get|gets (automatically|permanently|then) deleted|removed|suspended|cancelled|canceled|closed|released|forfeited|disconnected|wiped|archived',
    hit: 'Unpaid bookings are automatically cancelled after seven days.',
    miss: 'Unpaid invoices are listed on your dashboard.',
  },
  {
    // "Anything that isn't in the folder by Tuesday won't make it into the launch".
    id: 'anything-not-in-by-wont',
    pattern:
      "anything|whatever|everything|anyone|anybody that|which|who isn't|is+not|doesn't|does+not|hasn't|has+not|aren't ~8 won't|will+not|simply+won't|just+won't (be) make|get|go|be",
    hit: "Anything that isn't signed by Friday won't go into this month's payroll.",
    miss: "Anything that is signed by Friday will go into this month's payroll.",
  },
  {
    // "I'd hate for us to lose the slot over this": loss held over the reader.
    id: 'hate-for-us-to-lose',
    pattern:
      "i'd|we'd|i+would|we+would hate for ~1 us|you|this|the|your ~4 to lose|losing|fall+through|slip+away|be+cancelled|be+canceled|go+to+someone+else",
    hit: "I'd hate for you to lose the booking over a signature.",
    miss: "I'd hate for you to miss the summer party, do come along.",
  },
  {
    // "I'd hate for you to be the reason the report goes out late": the reader cast in advance as the culprit.
    id: 'hate-for-you-to-be-the-reason',
    pattern:
      "i'd|we'd|i+would|we+would|i+really+would|don't|do+not|wouldn't hate|want|like (for) ~0-1 you|your+team|your+office|your+side to be|become the+reason|the+cause|to+blame|the+one+holding",
    hit: "I'd hate for you to be the reason the brochure goes to print without prices.",
    miss: "I'd hate for you to be without a copy of the brochure, so here is one.",
  },
  {
    // Guilt as leverage: "I hope you appreciate what that costs me".
    id: 'hope-you-appreciate-what-it-costs',
    pattern:
      'hope|trust you (fully) appreciate|realise|realize|understand|see|know what|how+much this|that|it ~2 costs|cost|means|meant|takes|took|costing ~1 me|us',
    hit: 'I hope you realise what this costs us.',
    miss: 'I hope you know how much we enjoyed working with you.',
  },
  {
    // "I'm sure you'll understand that we cannot keep …": the reader's understanding enlisted for a threat.
    id: 'sure-you-understand-we-cannot-keep',
    pattern:
      "sure|confident you|you'll (will|can) understand|appreciate that ~3 can't|cannot|won't|can+no+longer|will+no+longer ~2 keep|continue|any+longer|indefinitely|forever|carry+on",
    hit: "I'm sure you'll understand that we cannot continue working without a deposit.",
    miss: "I'm sure you'll understand that we cannot give tax advice by email.",
  },
  {
    id: 'final-reminder',
    pattern: 'final|last reminder ~8 overdue|outstanding|unpaid|payment|invoice|balance|account|arrears|fee|fees',
    hit: 'This is a final reminder about the unpaid balance.',
    miss: 'A last reminder about the summer party on Friday.',
  },
  {
    id: 'i-expect-this-to-be-done',
    pattern:
      'i|we @expect this|it|that|everything|the+matter|the+issue|the+problem to be (fully) resolved|fixed|done|sorted|settled|paid|completed|corrected|rectified|cleared',
    hit: 'I expect the matter to be settled by Monday.',
    miss: 'I expect it to be sunny on Monday.',
  },
  {
    id: 'is-not-optional',
    pattern: 'is|are not optional $',
    hit: 'Attending the site meeting is not optional.',
    miss: 'Attending the site meeting is optional.',
  },
  {
    id: 'cannot-wait-any-longer',
    pattern: "i|we cannot|can't|can+not|won't|will+not wait (any) longer|any+more",
    unlessAfter: ['to', 'for', 'till', 'until'],
    hit: 'We cannot wait any longer.',
    miss: "We can't wait any longer to see the finished kitchen!",
  },
  {
    id: 'no-further-extensions',
    pattern:
      'there+will+be|we+will+grant|we+can+grant|we+will+allow|we+can+allow|i+will+allow|i+will+grant no further|more extensions|extension|delays|postponements|exceptions',
    hit: 'There will be no further extensions.',
    miss: 'There will be no further costs for you.',
  },
  {
    id: 'will-not-accept-further-delays',
    pattern:
      "i|we won't|will+not|cannot|can't|refuse+to accept|allow|tolerate|entertain any further|more|another delay|delays|excuses|extensions|postponements",
    hit: 'We will not accept any more delays.',
    miss: 'We will not accept any more bookings this week.',
  },
  {
    id: 'want-this-fixed-today',
    pattern:
      'i|we want|need this|it|that ~2 fixed|done|sorted|resolved|paid|finished|completed|back today|now|immediately|tonight|right+now|at+once|this+minute',
    hit: 'I want it sorted today.',
    miss: 'I want it painted blue.',
  },
  {
    id: 'get-it-done-by',
    pattern: '^ (just) get it|this|that|them done|sorted|fixed by|today|now|tonight|immediately',
    hit: 'Get it done by tomorrow.',
    miss: "We'll get it done by tomorrow.",
  },
  {
    id: 'today-not-tomorrow',
    pattern: 'today|now|this+week , not (next) tomorrow|next+week|later|monday|friday|whenever',
    hit: 'I need the figures today, not next week.',
    miss: 'Not today, tomorrow works better for me.',
  },
  {
    id: 'how-much-longer-wait',
    pattern: 'how much+longer (do|must|should|will|am|are) i|we (have+to|need+to|supposed+to) (be) wait|waiting',
    hit: 'How much longer do we have to wait for the drawings?',
    miss: 'How long should we wait before painting the plaster?',
  },
  {
    id: 'been-waiting-for-your',
    pattern: "i've|we've|i+have|we+have (now) been waiting ~5 for your|you+to",
    hit: "We've been waiting since March for your signature.",
    miss: "We've been waiting since March for the council's approval.",
  },
  {
    id: 'let-this-slide',
    pattern: "last+time|won't|will+not|not+going+to|cannot|can't|no+longer ~4 let this|it|that slide|go",
    unlessAfter: ['of'],
    hit: 'This is the last time I let it slide.',
    miss: 'Just let it go, it was a small mistake on our side.',
  },
  {
    id: 'or-dont-bother',
    pattern: "or (just) don't|do+not bother $",
    hit: "Send it by Friday or don't bother.",
    miss: "Send it whenever suits you, don't bother rushing.",
  },
  {
    id: 'stick-to-it-in-future',
    pattern: 'please|kindly stick|adhere|keep|respect|observe|follow ~4 in+future|going+forward|from+now+on|this+time',
    hit: 'Please stick to the agreed hours from now on.',
    miss: 'Please keep the receipts for your records.',
  },
  {
    id: 'any-further-will-be-charged',
    pattern:
      'any|every (further|future|other) missed|late|cancelled|canceled|no-show|unpaid ~3 will|shall be charged|billed|invoiced|penalised|penalized',
    hit: 'Any further missed sessions will be charged in full.',
    miss: 'Any further sessions will be booked in the usual way.',
  },
  {
    id: 'cannot-be-delayed-further',
    pattern:
      "cannot|can't|can+not|must+not|mustn't be delayed|postponed|put+off|pushed+back (any) further|longer|again",
    hit: 'The payment cannot be postponed any further.',
    miss: 'The delivery was postponed, sorry for the trouble.',
  },
  {
    id: 'should-not-have-to-ask-twice',
    pattern:
      "i|we shouldn't|should+not (really) have+to|need+to ask|remind|chase|tell|explain (you) twice|again|repeatedly",
    hit: "We shouldn't have to remind you twice.",
    miss: "You shouldn't have to ask twice, so I've set a reminder.",
  },
  {
    id: 'i-trust-you-will-promptly',
    pattern:
      "i|we trust (that) you+will|you'll ~4 promptly|immediately|without+delay|forthwith|at+once|without+further+delay",
    hit: 'We trust you will pay the balance promptly.',
    miss: 'We trust you will enjoy the new terrace.',
  },
  {
    id: 'await-your-immediate',
    pattern:
      'look+forward+to|await|awaiting|expect your immediate|urgent|swift response|reply|payment|action|attention',
    hit: 'I await your immediate reply.',
    miss: 'Thank you for your swift reply.',
  },
  {
    id: 'matter-of-urgency',
    pattern:
      'please|kindly treat|handle|deal+with|address this|it|the+matter as a matter+of (utmost|the+utmost|great) urgency|priority',
    hit: 'Please treat this as a matter of utmost urgency.',
    miss: 'We treat every leak as a matter of urgency.',
  },
  {
    id: 'seriously-overdue',
    pattern:
      'payment|invoice|balance|account|fee|fees|amount ~3 seriously|considerably|significantly|severely|long|well overdue',
    hit: 'Your account is now seriously overdue.',
    miss: 'The renovation of the hall is long overdue, we agree.',
  },
  {
    id: 'asked-n-times',
    // Counting one's own requests turns a reminder into a reproach.
    // The object is the reader or the matter, not a third party ("asked the supplier twice").
    pattern: `<self> (have|had) (now|already|since) ${ASKED} you|to+you|for|about|this|it|that|regarding ~4 ${TIMES}`,
    hit: 'I have now asked you three times for the signed lease.',
    miss: 'I have asked the supplier twice for a faster delivery.',
  },
  {
    id: 'asked-n-times-adjacent',
    pattern: `<self> (have|had) (now|already|since) ${ASKED} ${TIMES}`,
    hit: 'We have already written twice about the deposit.',
    miss: 'We have already written to the bank about the deposit.',
  },
  {
    id: 'asking-for-the-nth-time',
    pattern: `${ASK} ~6 for+the ${NTH} time`,
    hit: "I'm asking you for the second time to return the consent form.",
    miss: 'We are meeting for the second time next week.',
  },
  {
    id: 'nth-reminder',
    pattern: `this|that|it|that's (is) (now|already) the|my|our ${NTH} email|e-mail|reminder|message|request|letter|chaser|follow-up|mail|notice|call|attempt`,
    hit: "This is the third email I've sent about the missing receipts.",
    miss: 'This is our third project together and we love it.',
  },
  {
    id: 'once-again-remind',
    pattern: `once+again|yet+again|again|once+more <self> (have|must|need|am|are) (to|forced+to|obliged+to) remind|ask|chase|point+out|request`,
    hit: 'Once again I have to remind you that the deposit is overdue.',
    miss: 'Once again I have to thank you for the lovely flowers.',
  },
  {
    id: 'not-keep-chasing',
    pattern:
      "<neg>|no+longer|won't|not+going+to|refuse+to ~2 keep|continue|go+on ~1 chasing|reminding|asking|nagging|running+after|writing",
    hit: "I'm not going to keep chasing you for these documents.",
    miss: "We'll keep chasing the supplier for you.",
  },
  {
    id: 'no-more-reminders',
    pattern:
      "<neg>|no|won't|not+going+to (be) (sending|send|issue|issuing) ~1 another|any+more|any+further|further|more reminder|reminders",
    hit: 'I will not be sending another reminder.',
    miss: 'I will be sending another reminder to the whole team.',
  },
  {
    id: 'everyone-else-already',
    // Others held up as the standard: a guilt lever, not information.
    pattern: `everyone+else|everybody+else|all+the+others|every+other+one ~5 ${ALREADY} ~1 ${COMPLIED}`,
    hit: 'Everyone else on the committee has already signed.',
    miss: 'Everyone else has already said how much they liked it.',
  },
  {
    id: 'all-the-other-peers',
    pattern: `all|every|the (the) other|others|remaining|rest+of+the ${PEERS} ~5 ${COMPLIED}|${ALREADY} ~3 ${COMPLIED}|${ALREADY}`,
    hit: 'All the other tenants paid weeks ago.',
    miss: 'All the other documents are already complete.',
  },
  {
    id: 'you-are-the-only-one',
    pattern: "you+are|you're|you+guys+are the only|last ~2 who|that|left|still ~3 <neg>|yet|outstanding|missing",
    hit: "You are the only client who still hasn't sent the year-end papers.",
    miss: 'You are the only client who brings us cake.',
  },
  {
    id: 'whole-team-held-up',
    pattern:
      'the+whole|the+entire|everyone|everybody|all+of+us|the+rest+of+us ~3 held+up|blocked|stuck|waiting|idle|standing+still|on+hold ~4 your|you',
    hit: 'The whole team is held up because of your missing sign-off.',
    miss: 'The whole team is looking forward to your visit.',
  },
  {
    id: 'no-exceptions',
    pattern: ', no|without exceptions|exception|excuses|ifs $',
    // "must wear a lifejacket on deck, no exceptions": a safety rule protects the reader.
    unlessAdvised: true,
    // "Totally my fault, no excuses": the writer owning a slip.
    unlessEarlier: ['fault', 'mistake', 'sorry', 'apologies', 'apologise', 'apologize'],
    // After a short demand rules/ultimatum.ts (insist) takes it along; here a long lead clause.
    hit: 'The full quarterly report with all the receipts and the signed cover sheet for the board is due on Monday morning, no exceptions.',
    miss: 'We accept every card without exception, and we are glad to help.',
  },
  {
    id: 'clock-is-ticking',
    pattern: "the+clock+is+ticking|the+clock's+ticking|time+is+running+out|time's+running+out",
    hit: 'The clock is ticking on your planning objection.',
    miss: 'The clock in the hall is ten minutes fast.',
  },
  {
    id: 'still-waiting-for-the',
    // Impatience about what the reader owes; a third party's decision is a neutral report.
    pattern:
      'still waiting for|on the|a|an payment|money|deposit|signature|signed|reply|answer|response|documents|papers|receipts|figures|transfer|balance|sign-off|approval|forms|form',
    unlessAfter: ['from', 'of', 'by', 'on'],
    hit: 'I am still waiting for the signed contract.',
    miss: "I am still waiting for the council's decision.",
  },
  {
    // A final notice, politely wrapped: "remind you one final time".
    id: 'remind-one-last-time',
    pattern:
      'remind|ask|request|chase ~3 one+last+time|one+final+time|a+final+time|for+the+last+time|for+the+final+time',
    hit: 'We must ask you one last time to return the keys.',
    miss: 'We met one last time before the move.',
  },
  {
    id: 'cannot-wait-forever',
    pattern: "<self>|we|i can't|cannot|can+not (keep) wait|waiting ~4 forever|indefinitely|endlessly",
    hit: 'We cannot wait indefinitely for the signed lease.',
    miss: 'We cannot wait to see the finished kitchen.',
  },
  {
    // Guilt as leverage: "the least you could do is …".
    id: 'the-least-you-could-do',
    pattern: 'the+least <reader> could|can do',
    hit: 'After all our extra hours, the least you could do is answer the phone.',
    miss: 'The least we can do is send you the files tonight.',
  },
  {
    // The reader's delay costs the writer: "every hour you wait costs us …".
    id: 'every-hour-costs-us',
    pattern: 'every|each hour|minute|day|week ~6 costs|is+costing|cost us|me',
    hit: 'Every day you sit on the approval costs us a supplier.',
    miss: 'Every day in the garden does us good.',
  },
  {
    id: 'we-require-immediate',
    pattern: 'i|we (must) expect|demand|require|insist+on immediate|prompt|urgent|instant',
    hit: 'We require immediate confirmation of the new date.',
    miss: 'We require a short confirmation of the new date.',
  },
  {
    // Artificial urgency: an offer that lapses within hours.
    id: 'only-until-tonight',
    pattern: 'only|just good|valid|available|open until|till (midnight) tonight|midnight|today|noon',
    hit: 'The discount is only valid until midnight tonight.',
    miss: 'The discount is only valid for new customers.',
  },
  {
    id: 'my-patience',
    pattern: 'so+is|as+is my|our patience',
    hit: 'Time is short, and so is my patience.',
    miss: 'Time is short, and so is the list.',
  },
  {
    id: 'patience-wearing-thin',
    pattern: 'my|our patience ~2 running+out|wearing+thin|running+thin|exhausted|at+an+end',
    hit: 'Our patience is wearing thin.',
    miss: 'Our patience paid off in the end.',
  },
  {
    // Someone else's patience the writer speaks for: "Our client's patience has run out."
    id: 'patience-has-run-out',
    pattern: 'patience has|is|was (now|finally) run+out|running+out|worn+thin|wearing+thin|exhausted|at+an+end',
    hit: "The board's patience has now run out.",
    miss: 'We are grateful for all the patience you have shown during the wait.',
  },
  {
    // "I'll give you until Monday." as the whole sentence: a deadline set like a term.
    id: 'give-you-until',
    pattern:
      "i'll|we'll|i+will|we+will|i+am+giving|we+are+giving give|giving you until|till (the) (end+of) monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|noon|midday|lunchtime|then|the+weekend|the+week|next+week|close+of+business $",
    hit: "I'll give you until Friday.",
    miss: "I'll give you until Friday to think it over, there's no rush.",
  },
  {
    // "We'll have to pass this on to our legal department": the matter handed to lawyers or collectors.
    id: 'pass-this-to-legal',
    pattern:
      "we'll|i'll|will|to|forced+to|obliged+to (now|then) pass|hand|refer|turn|forward|escalate this|it|the+matter|the+account|the+debt|the+file|the+case (on|over) to our|the|a legal|lawyers|lawyer|solicitors|solicitor|attorney|attorneys|collections|debt",
    hit: "We'll have to pass the account on to our debt collectors.",
    miss: 'I will pass your question on to our legal team, who will reply on Friday.',
  },
  {
    // Guilt as leverage: "remind you how much we've done for you".
    id: 'remind-how-much-we-did',
    pattern: 'remind <reader> ~1 how+much|everything|all ~3 done|did for you',
    hit: "Do I need to remind you how much we've done for you?",
    miss: 'Let me remind you how much the permit costs.',
  },
  {
    id: 'at-the-very-latest',
    pattern: '<self>|we|i need|want|require|expect ~8 at+the+very+latest',
    hit: 'We need your decision by Monday at the very latest.',
    miss: 'We will send the drawings by Monday at the very latest.',
  },
  {
    // Beyond the stock verbs: what the reader should have done, not what they should have received.
    id: 'you-should-have-done',
    pattern:
      "<reader> should've|should (have) flagged|raised|reported|booked|ordered|signed|submitted|returned|cancelled|canceled|confirmed|approved|filed|measured|tested|updated|forwarded|consulted|involved|spoken|talked|waited|stopped|kept|looked|reached+out|got+in+touch|double-checked|come|gone|spotted|caught|realised|realized|brought",
    hit: 'You should have flagged the defects weeks ago.',
    miss: 'You should have received the keys by now.',
  },
  {
    // A same-day deadline without a doer: "This has to be done by tonight."
    id: 'has-to-be-done-today',
    pattern:
      'this|it|that|everything has+to|must|needs+to be done|fixed|sorted|paid|signed|finished|completed|settled|resolved|submitted|returned today|tonight|now|immediately|by+tonight|by+today|by+end+of+day|by+eod|by+close+of+business|by+noon|by+this+afternoon|by+this+evening',
    hit: 'This has to be done by tonight.',
    miss: 'This has to be done by the council, not by you.',
  },
  {
    id: 'i-need-this-now',
    pattern:
      'i|we need|want this|it|that|them|your+answer|an+answer|a+decision|your+decision now|immediately|asap|straight+away|right+away|today|tonight',
    // A reason that serves the reader follows ("… today so we can book your flights"): a plan, not pressure.
    unlessAfter: ['if', 'please', 'or', 'so', 'because', 'as', 'for', 'to'],
    hit: 'I need your answer today.',
    miss: 'I need your answer by the end of the month.',
  },
  {
    id: 'i-expect-an-explanation',
    pattern:
      'i|we (fully) expect|demand an+explanation|an+apology|a+full+explanation|a+written+apology|a+proper+explanation',
    hit: 'I expect an explanation.',
    miss: 'I expect an invoice.',
  },
  {
    id: 'i-must-urge-you',
    pattern: 'i|we must|have+to (strongly) urge <reader> to',
    hit: 'I must urge you to make the payment today.',
    miss: 'I would urge you to enjoy the holiday first.',
  },
  {
    id: 'not-prepared-to-wait',
    pattern:
      "i'm|i+am|we're|we+are not prepared|willing|going to wait|tolerate|accept|keep+working|continue+working|work ~3 any+longer|anymore|any+more|for+free|for+nothing|unpaid",
    hit: "I'm not prepared to wait any longer.",
    miss: "I'm not prepared to wait in the rain.",
  },
  {
    id: 'wont-be-fobbed-off',
    pattern: "i|we won't|will+not|refuse+to be fobbed+off|strung+along|messed+about|messed+around|kept+waiting",
    hit: "I won't be fobbed off again.",
    miss: "I won't be kept from the party.",
  },
  {
    // Guilt as leverage: "after all the favours we've done you".
    id: 'after-all-we-did-for-you',
    pattern: "after+all|after+everything ~3 we've|we+have|i've|i+have|we|i ~2 done|did for+you|you",
    hit: "After all the favours we've done you, this is disappointing.",
    miss: "After all the work we've done, the house looks great.",
  },
  {
    id: 'relying-on-you-by',
    pattern: "i'm|i+am|we're|we+are relying on <reader> to ~6 by|today|tonight|tomorrow|immediately",
    hit: "I'm relying on you to have this finished by Monday.",
    miss: "You're relying on us to have this finished by Monday.",
  },
  {
    // Politely firm in a dunning letter: "I trust the payment will reach us by Friday."
    id: 'i-trust-payment-by',
    pattern:
      'i|we trust (that) ~1 payment|balance|invoice|outstanding|amount|documents|remittance ~4 by|within|no+later+than',
    hit: 'I trust the payment will reach us by Friday.',
    miss: 'I trust the weather will hold until Friday.',
  },
  {
    id: 'the-least-we-expect',
    pattern: 'the+least ~1 i|we (can|could) expect|ask',
    hit: 'Paying on time is the least we expect.',
    miss: 'The least we can do is give you a discount.',
  },
  {
    // A deal without a verb: "No payment, no further deliveries."
    id: 'no-payment-no',
    pattern:
      '^ no payment|deposit|signature|contract|sign-off|guidelines|brief|copy|content|files|documents|feedback|approval ~0-4 , no',
    hit: 'No payment, no further deliveries.',
    miss: 'No worries, no rush.',
  },
  {
    id: 'may-be-too-late',
    pattern: 'tomorrow|monday|then|next+week may|might|could (already) be too+late',
    hit: 'Tomorrow may be too late.',
    miss: 'Tomorrow is not too late, no worries.',
  },
  {
    id: 'shouldnt-have-to-chase',
    pattern: "i|we shouldn't|should+not have+to chase|remind|keep+asking|keep+chasing|beg|ask+twice",
    hit: "I shouldn't have to chase you for this.",
    miss: "You shouldn't have to chase us for this.",
  },
  {
    id: 'forcing-me-to',
    pattern: "you're|you+are forcing me|us",
    hit: "You're forcing me to take this further.",
    miss: 'Nobody is forcing you to decide today.',
  },
  {
    // The escalation announced, no condition needed.
    id: 'i-will-escalate',
    // Over the reader's head ("to your manager"); escalating to the writer's own manager is a service.
    pattern:
      "i'll|i+will|we'll|we+will|i'm|we're|i+am|we+are (be|going+to) (now) escalating|escalate this|it|the+matter|the+issue|the+complaint ~3 to|with your",
    hit: "I'll be escalating this to your manager first thing tomorrow.",
    miss: "I'll escalate this to my manager so you get an answer faster.",
  },
  {
    // A deadline of hours on what the reader owes: "Kindly settle the invoice within 48 hours."
    id: 'within-hours',
    pattern:
      '^ (please|kindly) settle|pay|return|sign|submit|send|confirm|remit|transfer ~6 within 12|24|48|72|twelve|twenty-four|forty-eight|seventy-two hours',
    // "… within 48 hours if you'd like to keep the slot": the reader's own interest, not a demand.
    unlessAfter: ['if', 'so', 'to', 'for', 'and'],
    hit: 'Kindly settle the attached invoice within 48 hours.',
    miss: 'Kindly allow 48 hours for the paint to dry.',
  },
  {
    id: 'need-to-get-it-to-me-by',
    pattern:
      '<reader> need+to|must|have+to get ~4 to+me|to+us|back+to+me|back+to+us|over+to+me|over+to+us ~3 by|today|tonight|immediately|asap',
    hit: 'You need to get your sign-off to me by end of day.',
    miss: 'You need to get some rest before Monday.',
  },
  // Disappointment in the reader's conduct as a guilt lever: "I'd have hoped for a bit more notice".
  {
    id: 'would-have-hoped-for-more',
    pattern:
      "i'd|we'd|i+would|we+would have hoped+for|expected|appreciated|liked (a+bit|a+little|rather|somewhat|at+least|slightly|a+lot|far|much) more ~0-2 notice|warning|care|commitment|consideration|respect|reliability|communication|effort|courtesy|cooperation|co-operation|transparency|urgency",
    hit: "I'd have hoped for a little more notice before the cancellation.",
    miss: "I'd have liked a little more time with you at the fair.",
  },
  {
    id: 'you-can-see-where-that-leaves-me',
    pattern:
      'you can|will|must (surely|certainly|no+doubt) understand|imagine|appreciate|see how|what|where|the+position|the+spot ~0-3 leaves|puts|left|put me|us',
    hit: "I'm sure you can imagine where that leaves me with the printer.",
    miss: 'You can see where the pipes run on the second drawing.',
  },
  {
    id: 'trust-you-will-think-twice',
    pattern:
      "<self> (do) trust|expect|assume|hope (that) you'll|you+will|you+would ~0-2 think+twice|be+more+careful|pay+more+attention|take+more+care",
    hit: "I trust you'll think twice before moving the survey pegs again.",
    miss: 'I trust you will enjoy the new kitchen.',
  },

  // The German constructions' English forms (npm run translated -- de pressure).
  {
    id: 'once-and-for-all',
    pattern: 'once+and+for+all|at+long+last',
    hit: 'You need to get this signed once and for all.',
    miss: 'We fixed the leak at the back of the house.',
  },
  {
    id: 'when-are-you-finally',
    pattern: 'when are|will you finally|ever',
    hit: 'When are you finally going to send the plans?',
    miss: 'When are you free to look at the plans?',
  },
  {
    id: 'imperative-already',
    pattern: '^send|sign|pay|decide|confirm|return|call|reply|answer ~1-4 already $',
    hit: 'Send me the documents already.',
    miss: 'Send me the documents you already have.',
  },
  {
    id: 'you-will-kindly',
    pattern: 'you will|you+will+therefore kindly|please',
    hit: 'You will kindly stick to what was agreed.',
    miss: 'You will be pleased with the result.',
  },
  {
    id: 'rests-solely-with-you',
    pattern:
      'responsibility|liability|risk|cost|costs ~0-3 will|shall|then (then) rest|lie|fall|be solely|entirely|wholly with|on you|yours',
    hit: 'The responsibility for that will then rest solely with you.',
    miss: 'The responsibility for the permit will rest with our office.',
  },
  {
    id: 'will-be-your-responsibility',
    pattern: 'will|shall (then) be your|entirely+your|solely+your responsibility|problem|risk|liability',
    hit: 'Any downtime will then be your responsibility.',
    miss: 'The new date will be your choice.',
  },
  {
    id: 'this-will-have-consequences',
    pattern: 'this|that|it will|is+going+to|shall have consequences|repercussions',
    hit: 'This will have consequences.',
    miss: 'This will have a bay window and a porch.',
  },
  {
    id: 'hereby',
    pattern:
      'i|we (am|are) hereby ask|asking|require|requiring|demand|demanding|request|requesting|set|setting|call+upon|instruct|give+you',
    hit: 'We hereby require you to clear the site.',
    miss: 'We hereby confirm your booking for May.',
  },
  {
    // "This is the only notice you will receive": no further chance is announced.
    id: 'only-notice-you-will-receive',
    pattern:
      "the+only|the+last|the+final|no+further notice|warning|reminder you+will|you'll|you+are+going+to receive|get",
    hit: 'This is the only notice you will receive about the arrears.',
    miss: 'This is the only notice board we have in the hall.',
  },
  {
    id: 'consider-this-an-ultimatum',
    // "I've sent the letter before action to your landlord": a step taken for the reader against someone else.
    unlessAfter: ['to'],
    pattern: 'ultimatum|final+demand|letter+before+action',
    hit: 'Consider this message an ultimatum.',
    miss: 'Consider this message a thank you.',
  },
  {
    id: 'insist',
    pattern: 'i|we (must|have+to|continue+to) insist on|that',
    hit: 'We continue to insist on the work being carried out as agreed.',
    miss: 'We insisted on buying you lunch, it was a pleasure.',
  },
  {
    id: 'end-of-discussion',
    pattern:
      'end+of+discussion|end+of+story|full+stop|no+ifs+or+buts|no+arguments|non-negotiable|not+up+for+discussion|not+open+to+discussion',
    unlessBefore: ['the', 'a', 'this', 'that', 'trial', 'notice', 'billing', 'grace'],
    hit: "That's how we're doing it, end of discussion.",
    miss: 'The notice period is one month.',
  },
  {
    id: 'will-not-be-spoken-to',
    pattern: "i|we will+not|won't be spoken+to|addressed|talked+to in|like",
    hit: 'I will not be spoken to in that tone.',
    miss: 'I will be spoken to by the inspector on Monday.',
  },
  {
    id: 'dont-want-to-hear-excuses',
    pattern:
      "i|we (don't|do+not) want+to+hear|need|accept|will+accept|won't+accept|will+not+accept any+more|no+more|any+further excuses|excuse",
    hit: "I don't want to hear any more excuses.",
    miss: "I don't want to hear any more about the party, it was lovely.",
  },
  {
    id: 'refrain-from',
    pattern: 'ask|request|expect|urge|must+ask you ~0-2 to refrain|desist|stop',
    hit: 'I must ask you to refrain from such calls in future.',
    miss: 'I must ask you to remind me of the code.',
  },
  {
    id: 'strongly-urge',
    pattern: 'i|we strongly|urgently urge|insist|demand|advise+you+to',
    hit: 'I strongly urge you to meet the deadline.',
    miss: 'I strongly recommend the oak floor, it will last.',
  },
  {
    id: 'my-final-word',
    pattern: "that's|that+is|this+is my|our final|last word|offer|position",
    hit: 'That is my final word.',
    miss: 'That is my favourite tile.',
  },
  {
    id: 'then-i-also-expect-you-to',
    pattern: '(then|also|in+future|from+now+on) i|we (also|therefore|then) expect you to|your',
    hit: 'Then I also expect you to be on time.',
    miss: 'We expect a lovely day for the opening.',
  },
  {
    id: 'relying-on-you-to',
    pattern:
      "i'm|i+am|we're|we+are relying|counting on you|your+office|your+team to ~0-3 in+future|from+now+on|this+time|without+fail",
    hit: "I'm relying on you to pay on time in future.",
    miss: "I'm relying on you to tell me your favourite colour.",
  },
  {
    id: 'surely-i-can-expect',
    pattern: 'surely i|we can|may expect',
    hit: 'Surely I can expect a little reliability.',
    miss: 'Of course I can expect you at nine.',
  },
  {
    id: 'wont-wait-much-longer',
    pattern: "i|we won't|will+not|can't|cannot wait|keep+waiting|hold+on (much|any|a+lot) longer",
    hit: "I won't wait much longer.",
    miss: "I can't wait to see the finished kitchen!",
  },
  {
    id: 'on-the-verge-of-abandoning',
    pattern:
      'on+the+verge+of|close+to|about+to abandoning|dropping|cancelling|canceling|ending|terminating|walking+away+from|pulling+out',
    hit: "To be honest, I'm on the verge of abandoning the project.",
    miss: "We're close to finishing the project.",
  },
  {
    id: 'mustnt-happen-again',
    pattern: "you mustn't|must+not|can't|cannot let this|that|it happen again",
    hit: "You mustn't let that happen again.",
    miss: 'You must let us know if it happens again.',
  },
  {
    id: 'no-further-postponement',
    pattern:
      'there will|there+can be no further|no+more|no+other postponement|postponements|extension|extensions|delay|delays|exceptions',
    hit: 'There will be no further postponement.',
    miss: 'There will be no further costs for you.',
  },
  {
    id: 'utmost-urgency',
    pattern: 'with the utmost|the+highest|top urgency|priority',
    hit: 'Please treat this matter with the utmost urgency.',
    miss: 'Please treat this matter with care.',
  },
  {
    id: 'not-put-up-with-this',
    pattern:
      "i'm|i+am|we're|we+are|i|we not|won't|will+not (going+to) put+up+with|tolerate|accept this|that|it (any) (longer|more|further)",
    hit: "I'm not going to put up with this any longer.",
    miss: "We're not going to put up the shelves until Monday.",
  },
  {
    id: 'not-discussing-any-further',
    pattern: "i'm|i+am|we're|we+are not discussing|debating|negotiating ~0-3 any+further|any+more|anymore",
    hit: "I'm not discussing the fee any further.",
    miss: "We're discussing the fee with the board on Monday.",
  },
  {
    id: 'this-cant-go-on',
    pattern: "this|things|it can't|cannot|can+not go+on|continue (like+this|like+that|this+way)",
    hit: "Things can't go on like this with the appointments.",
    miss: 'The work can go on as planned.',
  },
  {
    id: 'exactly-one-week-then',
    pattern:
      "you have exactly|precisely|just|only ~1-2 day|days|week|weeks|hours ~0-2 then|after+which that's+it|we're+done|it's+over",
    hit: "You have exactly one week, then that's it.",
    miss: 'You have one week of holiday left, enjoy it.',
  },
  {
    id: 'rivals-would-take-it',
    pattern: `${RIVAL_COUNT} ~0-1 ${RIVALS} ~0-2 would|who+would|ready+to|waiting+to|keen+to|happy+to|dying+to (happily|gladly|gladly|still) book|take|pay|sign|buy|snap|jump|grab|rent|secure|reserve|commit`,
    note: RIVAL_NOTE,
    hit: 'There are plenty of other buyers who would sign for the cottage this week.',
    miss: 'Plenty of other buyers would like a cottage with a garden like yours.',
  },
  {
    id: 'rivals-asked-about-it',
    pattern: `${RIVAL_COUNT}|another ~0-1 ${RIVALS} ~0-2 (have|has|had|are|were) (also|already) asked|ask|asking|enquired|enquire|enquiring|inquired|inquire|inquiring|been+in+touch|called|viewed|viewing ~0-1 about|after|in|for|regarding|on ~0-2 ${CONTESTED}|${WHEN}`,
    unlessLater: SHARED,
    note: RIVAL_NOTE,
    hit: 'Three other families have asked about the June weekend since Monday.',
    miss: 'Three other families have asked about the same problem with the boiler.',
  },
  {
    id: 'rivals-waiting-for-it',
    pattern: `${RIVAL_COUNT}|the+other ~0-1 ${RIVALS} ~0-1 are|is (also|already) waiting|queueing|queuing|lined+up for|on ~0-1 this|that|the|your|these|those ${CONTESTED}`,
    note: RIVAL_NOTE,
    hit: 'Other clients are waiting for this slot as well.',
    miss: 'Other clients are waiting for the same part from the manufacturer.',
  },
  {
    id: 'rivals-interested-in-it',
    pattern: `${RIVAL_COUNT} ~0-1 ${RIVALS} ~0-2 interested+in|keen+on|after|eyeing|eying ~0-1 this|that|the|your|these ~0-1 ${CONTESTED}`,
    note: RIVAL_NOTE,
    hit: 'A few other tenants are interested in the corner unit.',
    miss: 'A few other tenants joined us for the open day.',
  },
  {
    // Haste urged on the reader's decision: "don't mull it over too long", "I wouldn't hesitate if I were you".
    id: 'dont-think-too-long',
    pattern:
      "don't|do+not|wouldn't|would+not|shouldn't|should+not|better+not|try+not+to think|deliberate|dither|mull|ponder|hesitate|dwell ~0-3 too+long|for+too+long",
    note: RIVAL_NOTE,
    hit: "Don't mull it over for too long.",
    miss: "Don't worry about the paperwork, we'll handle it.",
  },
  {
    // Not "wait" or "leave it": "I wouldn't leave that tooth too long if I were you" is care.
    id: 'wouldnt-hesitate-if-i-were-you',
    pattern:
      "i wouldn't|would+not|wouldn't+want+to|would+not+want+to hesitate|dither|hang+about|hang+around|sit+on+it ~0-3 if+i+were+you|in+your+shoes|in+your+position|in+your+place",
    note: RIVAL_NOTE,
    hit: "I wouldn't sit on it if I were you.",
    miss: 'I would not change a thing if I were you, it looks great.',
  },
  {
    // Others' haste held up as the norm: "most of our clients settle these the same day".
    id: 'most-clients-already',
    pattern:
      'most|many|nearly+all|almost+all|all+the+other|the+majority (of) our|my|the ~0-1 clients|customers|tenants|owners|couples|patients|buyers|members (have|had) (already) pay|paid|settle|settled|sign|signed|book|booked|decide|decided|commit|committed|confirm|confirmed|renew|renewed ~0-3 same+day|immediately|straight+away|right+away|by+now|on+the+day|within+the+hour|within+a+day|already',
    note: RIVAL_NOTE,
    hit: 'Most of our clients settle the deposit the same day.',
    miss: 'Most of our clients settle the deposit by bank transfer.',
  },
  {
    id: 'tougher-line',
    pattern: 'take|taking a tougher|harder|firmer|stricter line|approach|stance',
    hit: "Then we'll have to take a tougher line.",
    miss: 'Then we will take the scenic route.',
  },
  {
    // The talk declared over: "There will be no further discussion of the fee."
    id: 'no-further-discussion',
    pattern:
      "there+will+be|there'll+be|there+is|there's|there+can+be (then) no+further|no+more discussion|discussions|negotiation|negotiations|debate|back-and-forth",
    hit: 'There will be no further discussion of the cancellation fee.',
    miss: 'There will be no further charges once the balance is paid.',
  },
  {
    // Contract language for urgency: "Time is of the essence."
    id: 'time-is-of-the-essence',
    pattern: 'time is|being of+the+essence',
    hit: 'Time is of the essence with the planning appeal.',
    miss: 'Time spent on the essence of the brief is well spent.',
  },
  {
    // "Failing that, we won't take any responsibility": the reader made to carry what follows.
    id: 'otherwise-your-responsibility',
    pattern:
      'otherwise|failing+that|if+not|or+else|else ~0-6 on+you|your+problem|your+risk|own+risk|your+responsibility|take+responsibility|accept+responsibility|any+responsibility|accept+liability|any+liability',
    // "Otherwise, we can't be liable for …" is the ultimatum's, with its rewrite.
    hit: 'If not, we will not accept liability for any flooding.',
    miss: 'Otherwise we will take care of the flooding ourselves.',
  },
  {
    // "I'll have to think about whether I can keep working with you": the relationship itself put on notice.
    id: 'reconsider-whether-we-continue',
    pattern:
      "i'll|i+will|we'll|we+will|i|we|i'd|we'd|may|might (have+to|need+to|must|then) think+about|consider|reconsider|review|rethink|question whether|if ~0-4 continue|keep|carry+on|act|represent|work",
    hit: "Another no-show and we'll have to consider whether we can keep you on.",
    miss: "We'll consider whether the sofa fits before we order it.",
  },
  {
    id: 'leaves-us-no-choice',
    pattern: 'leave|leaves|left|leaving (us|me) (with) no (other) choice|option|alternative',
    unlessEarlier: ['you', "you're", 'they', 'he', 'she'],
    hit: 'A third late payment would leave us no alternative.',
    miss: 'The new rota leaves us more options for Saturdays.',
  },
  // From the German examples English missed (npm run translated -- de pressure), twenty-eighth session.
  {
    // "I expect the damage to be repaired by Friday": the demand on a thing, with its deadline.
    id: 'i-expect-it-to-be-done-by',
    pattern:
      'i|we (fully|do) expect ~1-5 to+be|to+have+been repaired|fixed|done|paid|settled|completed|sorted|signed|returned|cleared|removed|resolved|finished|replaced|corrected|redone|rectified|cleaned|tidied ~0-3 by|today|immediately|tomorrow|within|before',
    hit: 'I expect the gutter to be repaired by Friday.',
    miss: 'We expect the gutter to be delivered on Friday.',
  },
  {
    // "I'm counting on this being done by Monday": reliance as an order.
    id: 'counting-on-being-done',
    pattern:
      "i'm|i+am|we're|we+are counting|relying on this|that|it|everything|the ~0-3 being done|sorted|paid|signed|settled|ready|finished|completed|fixed",
    hit: "I'm counting on this being sorted by Monday.",
    miss: "I'm counting on your advice for the garden design.",
  },
  {
    // "We are assuming that the balance will arrive by Friday": the reader's deed taken for granted, with a date.
    id: 'we-assume-it-will-by',
    pattern:
      "we're+assuming|we+are+assuming|i'm+assuming|i+am+assuming|we+assume|i+assume|we+take+it|i+take+it (that) (the|your) balance|payment|deposit|documents|forms|paperwork|contract|signature|money|fee|fees|transfer|files|figures|you ~0-3 will ~1-4 by|before|no+later+than|within",
    hit: 'We are assuming that the balance will be with us by Friday.',
    miss: 'We are assuming that the weather will be fine, so the marquee is optional.',
  },
  {
    // "I request immediate payment": the demand in the register of a final notice.
    id: 'request-immediate',
    pattern:
      'i|we (must|hereby) request|demand immediate|prompt|urgent|full+and+immediate payment|settlement|action|confirmation|return|removal',
    hit: 'We request immediate settlement of the account.',
    miss: 'We request a quote for the roof repair.',
  },
  {
    // "We will hold back the plans until the invoice has been settled": work withheld until paid.
    id: 'hold-back-until-paid',
    pattern:
      "hold+back|withhold|only+release|not+release|won't+release|will+not+release|only+hand+over|not+hand+over ~1-4 until|once|till|unless ~1-6 paid|settled|received|cleared|payment|deposit|balance",
    hit: 'We will hold back the drawings until the invoice has been paid.',
    miss: 'We will hold back the second coat until the first one is dry.',
  },
  {
    // "We find ourselves forced to take further action": the threat in the passive voice of necessity.
    id: 'find-ourselves-forced',
    pattern: 'find|see ourselves|myself forced|obliged|compelled|constrained to',
    hit: 'We now find ourselves forced to take further steps.',
    miss: 'We find ourselves at the end of a lovely project.',
  },
  {
    // "I'm sure you will understand that we will not continue …": the ending announced as the reader's understanding.
    id: 'you-will-understand-not-continue',
    pattern:
      "i'm+sure|i+am+sure|i+think|surely|no+doubt you will|you'll understand|appreciate that ~1-6 not|no+longer|cannot|can't continue|proceed|work|accept|carry+on",
    hit: "I'm sure you will understand that we cannot continue under these conditions.",
    miss: "I'm sure you will understand that the painters need a dry day to start.",
  },
  {
    // "If we are going to keep working together, you need to meet the deadlines": the relationship as the stake.
    id: 'if-we-keep-working-together',
    pattern:
      "if we+are|we're|we+were going+to|to keep|continue working+together|work+together ~1-6 you+need+to|you+must|you+have+to|i+need+you+to|you'll+need+to",
    hit: 'If we are to keep working together, you need to send the files on time.',
    miss: 'If we keep working together next year, we can offer you a better rate.',
  },
  {
    // "After that, I can no longer answer for the consequences": the harm left hanging.
    id: 'no-longer-answer-for',
    pattern:
      "can|can't|cannot|will|won't (no+longer|not) answer|be+responsible|take+responsibility|vouch for the|any consequences|outcome|result|what+happens",
    hit: 'After Friday I can no longer answer for the consequences.',
    miss: 'I can answer for the quality of our work.',
  },
  {
    // "I must urgently ask you to arrange payment today": the request made a summons.
    id: 'must-urgently-ask',
    pattern: 'i|we must|have+to urgently|strongly|once+again|now ask|request|insist',
    hit: 'I must urgently ask you to settle the invoice today.',
    miss: 'I must ask the architect about the window sizes.',
  },
  {
    // "The deadline is Friday, and that's not going to change": the door closed on discussion.
    id: 'and-thats-not-going-to-change',
    pattern:
      "and+that's|and+that+is|and+this+is|and+that+will|and+that+won't not+going+to+change|not+change|not+negotiable|non-negotiable|final|the+end+of+it|not+up+for+discussion",
    hit: "The deadline is Friday, and that's not going to change.",
    miss: "The deadline is Friday, and that's when we'll send the summary.",
  },
];
