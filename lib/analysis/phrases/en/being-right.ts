import type { PhraseEntry } from '../types';
import { beingRightStrategies } from './being-right-strategies';

// Proving you were right (principle 4: common ground over being right).
export const beingRight: readonly PhraseEntry[] = [
  {
    id: 'per-my-last-email',
    pattern:
      'per|as+per my|our last|previous|earlier|prior|original email|e-mail|mail|message|note|reply|response|emails|messages',
    suggestions: ['to recap'],
    hit: 'Per my last email, the contract needs your signature.',
    miss: 'My last email may have got lost, so here are the details again.',
  },
  {
    id: 'as-i-already-said',
    pattern:
      'as i|we (have|had) already|previously said|mentioned|stated|explained|pointed+out|noted|told+you|wrote|written|indicated|advised|made+clear|stressed|emphasised|emphasized',
    suggestions: ['as we discussed', 'to recap'],
    hit: 'As I already said, the deadline is Friday.',
    miss: 'As we discussed, the deadline is Friday.',
  },
  {
    id: 'as-i-said-before',
    pattern:
      'as i|we (have|had) said|mentioned|stated|wrote|written|explained before|earlier|several+times|many+times|repeatedly|twice|more+than+once|last+time|already',
    suggestions: ['as we discussed', 'to recap'],
    hit: 'As I said before, we need the files.',
    miss: 'As I said on the phone, we are glad to help.',
  },
  {
    id: 'i-told-you',
    pattern: 'i told|warned you',
    hit: 'I told you this would happen.',
    miss: 'I told your colleague we would call back.',
    // "I told you I'd send …" is a promise kept, not a reproach.
    unlessAfter: ['we', 'about', 'that', "i'd", "i'll", "we'd", "we'll"],
    // "I need to correct something I told you": the writer putting their own word right.
    unlessEarlier: ['correct', 'correcting', 'correction', 'misinformed', 'apologise', 'apologize', 'sorry'],
  },
  {
    id: 'as-ive-said',
    pattern:
      "as i've|we've|i+have|we+have (always|often|repeatedly|now|already|previously|again) said|mentioned|stated|explained|noted|pointed+out|told+you|written|made+clear|stressed|emphasised|emphasized",
    suggestions: ['to recap'],
    hit: "As I've said, the budget for the extension is fixed.",
    miss: "As you've said, the budget for the extension is fixed.",
  },
  {
    // "The answer remains as set out previously": the adverb after the verb.
    id: 'as-set-out-previously',
    pattern:
      'as stated|set+out|explained|outlined|indicated|advised|communicated|mentioned|noted|made+clear previously|before',
    hit: 'The answer remains as set out previously.',
    miss: 'The answer remains as set out in the contract.',
  },
  {
    id: 'as-previously-stated',
    pattern:
      'as previously|already stated|mentioned|noted|explained|indicated|advised|communicated|pointed+out|said|requested|emphasised|emphasized|highlighted',
    suggestions: ['to recap'],
    hit: 'As previously stated, the fee covers two site visits.',
    miss: 'As previously agreed, the fee covers two site visits.',
  },
  {
    id: 'as-stated-below',
    pattern: 'as stated|noted|indicated|specified below|above|earlier|before',
    suggestions: ['to recap'],
    hit: 'As stated below, the invoice is due on 1 May.',
    miss: 'The payment terms are listed below for your convenience.',
  },
  {
    id: 'as-i-wrote-in-my-last-email',
    pattern:
      'as (i|we) (already|previously) wrote|said|mentioned|explained|stated|noted|indicated|pointed+out|outlined|set+out|advised in|on my|our last|previous|earlier|prior|original email|e-mail|mail|message|letter|note|reply|response|emails|messages|letters',
    suggestions: ['to recap'],
    hit: 'As mentioned in my previous email, the plans need your approval.',
    miss: 'I mentioned the plans to my colleague, who will approve them.',
  },
  {
    id: 'see-my-previous-email',
    pattern:
      'see|re-read|reread|refer+to|scroll+down+to my|our previous|last|earlier|prior|original email|e-mail|mail|message|note|reply|response|emails|messages',
    hit: 'Please see my previous email for the answer.',
    miss: 'Please see the attached email from the council.',
  },
  {
    id: 'like-i-said',
    pattern: 'like i|we said|mentioned|told+you|wrote|explained|already+said',
    unlessAfter: ['on', 'to', 'during', 'at'],
    hit: 'Like I said, the quote is final.',
    miss: 'I like what you said about the garden.',
  },
  {
    id: 'as-i-told-you-before',
    pattern:
      'as i|we (have|had) told|informed|advised|warned you before|earlier|previously|already|repeatedly|twice|last+time|several+times|many+times',
    hit: 'As I told you before, the permit takes six weeks.',
    miss: 'As I told you on the phone, we are glad to help.',
  },
  {
    id: 'as-i-pointed-out',
    pattern: 'as i|we (had|have) pointed+out|stressed|emphasised|emphasized|warned|underlined|made+clear',
    suggestions: ['to recap'],
    hit: 'As I pointed out, the roof needs new insulation.',
    miss: 'As you pointed out, the roof needs new insulation.',
  },
  {
    id: 'for-the-third-time',
    pattern: '^for the third|fourth|fifth|sixth|umpteenth|nth|tenth|hundredth|thousandth time',
    hit: 'For the third time, please send the signed form.',
    miss: 'For the first time, we can offer evening appointments.',
  },
  {
    id: 'asking-for-the-third-time',
    pattern:
      'ask*|request*|remind*|writ*|wrote|repeat*|explain*|tell*|told|chas*|send*|sent|resend*|contact*|email*|call*|say*|said ~4 for the third|fourth|fifth|sixth|umpteenth|nth|tenth|hundredth|thousandth time',
    hit: 'I am asking you for the third time to confirm the date.',
    miss: 'The open day takes place for the third time in May.',
  },
  {
    id: 'this-is-the-third-time-i',
    pattern:
      "this+is|that+is|it+is|it's|that's|this+was|that+was (now|already) (the) second|third|fourth|fifth|sixth|umpteenth|nth|tenth time (that) i|i've|i'm|we|we've|we're ~2 ask*|writ*|wrote|request*|remind*|email*|contact*|rais*|mention*|explain*|chas*|call*|follow*|point*|tell*|told",
    hit: "That's the third time I've requested the corrected invoice.",
    miss: 'This is the second time we have worked together, and it has been a pleasure.',
  },
  {
    id: 'asked-you-several-times',
    pattern:
      "i've|we've|i+have|we+have|i+had|we+had (now|already) asked|told|reminded|emailed|written+to|contacted|chased|called|informed you|your+office|your+team|your+colleague|your+colleagues ~3 twice|three+times|four+times|five+times|several+times|multiple+times|numerous+times|repeatedly|countless+times|many+times|again+and+again|over+and+over|more+than+once|a+dozen+times",
    hit: "I've asked you several times for the signed plans.",
    miss: "I've asked the contractor to call you tomorrow.",
  },
  {
    id: 'repeatedly-asked-you',
    pattern:
      "i|we|i've|we've|i+have|we+have|i+had|we+had repeatedly|already+repeatedly|more+than+once|several+times|multiple+times asked|told|reminded|requested|emailed|written|explained|pointed+out|contacted|chased",
    hit: 'We have repeatedly asked for the missing documents.',
    miss: 'We have asked for the missing documents, and they arrived today.',
  },
  {
    id: 'im-repeating-myself',
    pattern: 'repeat|repeating myself',
    hit: "I'm repeating myself, but the drawings are still missing.",
    miss: "I'm repeating the measurements on site tomorrow.",
  },
  {
    id: 'let-me-reiterate',
    pattern:
      'let+me|allow+me+to|i+must|we+must|i+need+to|i+have+to|i+feel+i+must reiterate|repeat+myself|repeat+this|repeat+that|say+it+again|say+this+again|say+that+again',
    // "Let me reiterate how grateful we are": thanks said twice, not a point scored.
    unlessAfter: ['how', 'our', 'my'],
    hit: 'Let me reiterate that the fee does not include VAT.',
    miss: 'I would like to repeat our thanks for your patience.',
  },
  {
    id: 'to-reiterate',
    pattern: '^to reiterate|repeat|restate ,',
    hit: 'To reiterate, the site closes at 5 p.m.',
    miss: 'To recap, the site closes at 5 p.m.',
  },
  {
    id: 'you-obviously-didnt-read',
    pattern:
      "you obviously|clearly|evidently|simply (just) didn't|did+not|haven't|have+not|never|can't+have|cannot+have|couldn't+have|must+not+have (even|actually|properly) read|seen|opened|looked|checked|bothered",
    hit: "You obviously didn't read the contract.",
    miss: "You probably haven't received the contract yet.",
  },
  {
    id: 'obviously-you-didnt-read',
    pattern:
      "obviously|clearly|evidently (,) you didn't|did+not|haven't|have+not|never|can't+have|cannot+have|couldn't+have (even|actually|properly) read|seen|opened|looked|checked",
    hit: "Obviously you haven't read my email.",
    miss: "Perhaps you haven't had time to read my email yet.",
  },
  {
    id: 'you-didnt-even-read',
    pattern:
      "you didn't|did+not|haven't|have+not|never even read|open|opened|look|looked|check|checked|bother|bothered|glance|glanced",
    hit: "You didn't even open the attachment.",
    miss: "You didn't need to open the attachment, the details are in the email.",
  },
  {
    id: 'did-you-even-read',
    pattern: 'did|have|do you even|actually|bother+to read|open|opened|look|looked|check|checked|glance|glanced',
    hit: 'Did you even read the report?',
    miss: 'Did you get a chance to read the report?',
  },
  {
    id: 'if-you-had-read',
    pattern: 'if+you+had|had+you (actually|bothered+to|even|just|only|properly) read|checked|looked+at|opened|listened',
    hit: 'If you had read the terms, you would know about the deposit.',
    miss: 'If you have read the terms, please sign on page 4.',
  },
  {
    id: 'you-misunderstood',
    pattern:
      "you've|you+have|you (clearly|obviously|evidently|completely|totally|entirely|simply) misunderstood|misread|misinterpreted|misconstrued",
    unlessBefore: ['perhaps', 'maybe', 'possibly', 'if'],
    unlessAfter: ['nothing'],
    hit: "You've misunderstood the payment terms.",
    miss: 'If I misunderstood the payment terms, please correct me.',
  },
  {
    id: 'you-still-dont-understand',
    pattern:
      "you still|clearly|obviously|evidently|simply|apparently don't|do+not|didn't|did+not|haven't|have+not|fail+to|failed+to|can't|cannot understand|understood|grasp|grasped|realise|realize|realised|realized|comprehend",
    hit: "You still don't understand how the fee is calculated.",
    miss: 'Please ask me if any part of the fee is unclear.',
  },
  {
    id: 'i-did-mention',
    pattern:
      'i|we did (actually|in+fact|already|clearly) mention|say|explain|point+out|state|specify|warn+you|warn+your|warn+that|warn+about|warn+against|warn+of|warn+it|flag|tell+you|inform+you|advise+you|make+clear|make+it+clear|make+that+clear|make+this+clear|spell+out|spell+it+out|go+through',
    unlessBefore: ['yes'],
    unlessAfter: ['your', 'to'],
    hit: 'I did mention the extra cost in my quote.',
    miss: 'Did I mention that the quote includes the survey?',
  },
  {
    id: 'as-you-should-know',
    pattern:
      'as you should|must|ought+to (already|well|surely|by+now) know|be+aware|remember|recall|have+seen|have+noticed|have+read|realise|realize',
    hit: 'As you should know, the deposit is non-refundable.',
    miss: 'As you know, the deposit is refundable until May.',
  },
  {
    id: 'as-you-well-know',
    pattern: 'as you well|surely|certainly|undoubtedly|perfectly+well|very+well know|remember|recall|understand',
    hit: 'As you well know, we cannot change the contract now.',
    miss: 'As you may know, we cannot change the contract now.',
  },
  {
    id: 'as-you-are-well-aware',
    pattern: "as you're|you+are well|fully|perfectly|very+well|surely|only+too aware",
    hit: 'As you are well aware, the deadline passed last week.',
    miss: 'As you are aware, the office will be closed next week.',
  },
  {
    id: 'i-made-it-clear',
    pattern:
      "i|we|i've|we've|i+have|we+have|i+had|we+had made it|this|that|myself|ourselves|our+position|my+position (very|perfectly|quite|abundantly|crystal|absolutely|extremely|really) clear (to+you)",
    unlessBefore: ['hope', 'hopefully', 'if'],
    unlessAfter: ['to'],
    hit: 'I made it very clear that the price is fixed.',
    miss: 'I hope I made it clear which option we recommend.',
  },
  {
    id: 'i-thought-i-was-clear',
    pattern:
      "i|we thought i|we|i'd|we'd (was|were|had) (been) (made) (it|this|that|myself|ourselves) (very|perfectly|quite|pretty|crystal) clear",
    hit: 'I thought I was clear about the budget.',
    miss: 'I thought we could meet on site to clear up the questions.',
  },
  {
    id: 'i-clearly-said',
    pattern:
      'i|we (very) clearly|explicitly|expressly|distinctly|specifically said|stated|told+you|asked+you|asked+for|wrote|requested|explained|instructed|specified|indicated',
    hit: 'We specifically asked for the oak finish.',
    miss: 'We asked whether you would prefer the oak finish.',
  },
  {
    id: 'as-clearly-stated',
    pattern:
      'as (was) clearly|explicitly|expressly|plainly|unambiguously stated|set+out|outlined|explained|indicated|specified|written|mentioned|noted|agreed|shown|defined',
    hit: 'As clearly stated in the contract, changes cost extra.',
    miss: 'As set out in the contract, changes are possible at any time.',
  },
  {
    id: 'not-what-i-said',
    pattern:
      "that's|it's|that|this|it (is|was) not|never|isn't|wasn't what i|we said|wrote|asked+for|agreed|told+you|requested|ordered|specified|discussed",
    unlessBefore: ['if', 'whether', 'unless'],
    hit: "That's not what I said on the phone.",
    miss: "That's exactly what we agreed on the phone.",
  },
  {
    id: 'i-was-right-all-along',
    pattern: 'i|we was|were right|correct all+along|after+all|from+the+start|from+the+beginning|from+day+one',
    hit: 'We were right all along about the drainage.',
    miss: 'I was right to call you, thank you for the quick help.',
  },
  {
    id: 'turns-out-i-was-right',
    pattern: 'turns+out|turned+out|proves|proved|shows|showed|confirms|confirmed (that) i|we was|were right|correct',
    hit: 'This proves I was right about the foundations.',
    miss: 'This shows you were right about the foundations.',
  },
  {
    id: 'i-knew-this-would-happen',
    pattern: 'i|we knew|predicted|suspected (that) this|that|it would|was+going+to|will happen',
    hit: 'I knew this would happen if we skipped the survey.',
    miss: 'I knew you would love the view from the terrace.',
  },
  {
    id: 'as-i-predicted',
    pattern: 'as i|we (had) predicted|foresaw|foretold|prophesied',
    hit: 'As I predicted, the council rejected the plans.',
    miss: 'As we expected, the council approved the plans.',
  },
  {
    id: 'may-i-remind-you',
    pattern: 'may|might|must|need|should i|we remind you ~1 that|again|once+again|once+more',
    hit: 'May I remind you that the invoice is overdue?',
    miss: 'May I send you a reminder the day before?',
  },
  {
    id: 'i-must-remind-you',
    pattern:
      'i|we must|would|have+to|need+to|feel+obliged+to|feel+compelled+to (once+again|again) remind you (once+again|again) that|again|once+more',
    hit: 'I must remind you that payment was due last week.',
    miss: 'I will send you a reminder a week before the deadline.',
  },
  {
    id: 'must-point-out-again',
    pattern:
      'i|we must|have+to|need+to|feel+obliged+to|feel+compelled+to once+again|again|yet+again point+out|stress|emphasise|emphasize|reiterate|repeat|remind|explain|ask|clarify',
    hit: 'We must once again point out that the deposit is overdue.',
    miss: 'We must point out one small change in the schedule.',
  },
  {
    id: 'for-the-record',
    pattern: '^(just) for the record',
    unlessAfter: ["we're", "i'm", 'thank', 'thanks'],
    hit: 'For the record, it was your architect who moved the wall.',
    miss: 'Please keep this letter for the record.',
  },
  {
    // The statement after the comma is what is put on record: this longer match reaches the
    // sentence's end and wins over the opener alone when both match.
    id: 'for-the-record-statement',
    pattern: '^(just) for the record , i|we|you|the|this|that|your|our|my|there|nobody|none|all ~0-8 ~0-8 .|!|?|;',
    hit: 'For the record, I sent the drawings on Monday.',
    miss: 'For the record, it was lovely to meet your team.',
  },
  {
    id: 'i-shouldnt-have-to',
    pattern:
      "i|we shouldn't|should+not|should+never have to (keep) ask*|remind*|explain*|repeat*|tell*|chase*|follow*|write*|spell*|point*",
    hit: "I shouldn't have to remind you about the deadline.",
    miss: "You shouldn't have to worry about the deadline.",
  },
  {
    id: 'how-many-times',
    pattern:
      'how many times do|must|have|did|should|shall i|we ~3 ask|asked|tell|told|explain|explained|remind|reminded|repeat|repeated|say|said|write|written',
    hit: 'How many times do I have to ask for the keys?',
    miss: 'How many times should we meet before the launch?',
  },
  {
    id: 'already-answered-this',
    pattern:
      "i've|we've|i+have|we+have|i+had|we+had already answered|addressed|responded+to|replied+to this|that|your+question|this+question|that+question|these+questions|those+questions",
    hit: "I've already answered this question twice.",
    miss: "I've answered your question in the attached note.",
  },
  {
    id: 'exactly-the-risk-i-raised',
    pattern:
      'exactly|precisely the|what risk|issue|problem|point|thing|concern|danger|trap|pitfall (that) i|we raised|mentioned|flagged|warned|predicted|named|foresaw|highlighted|pointed+out',
    hit: 'That is exactly the problem we flagged in March.',
    miss: 'That is the problem the plumber found in March.',
  },
  {
    id: 'i-believe-i-mentioned',
    pattern: 'i|we believe|think|recall i|we (did) mention|mentioned|said|warned|pointed+out|told+you',
    hit: 'I think I mentioned the roof would need work.',
    miss: 'I think the roof will need some work.',
  },
  {
    id: 'as-i-explained',
    pattern: '^as i|we explained|said|pointed+out|noted|warned|told+you|advised',
    unlessAfter: ['on', 'we', 'i'],
    hit: 'As I explained in our first call, the survey comes first.',
    miss: 'As discussed, the survey comes first.',
  },
  {
    // "As I mentioned at the parents' evening, …": a pointer to a talk both had; "as I mentioned in my last email",
    // or with no occasion, recalls a reminder.
    id: 'as-i-mentioned',
    pattern: '^as i|we mentioned',
    unlessAfter: ['on', 'we', 'i', 'at', 'during', 'our', 'your'],
    hit: 'As we mentioned, the survey comes first.',
    miss: 'As I mentioned at our site meeting, the survey comes first.',
  },
  // Point-scoring: the writer foresaw it, the reader did not listen, and now the facts say so.
  {
    id: 'exactly-what-i-said',
    pattern:
      'exactly|precisely|just (what|as) i|we said|predicted|warned|warned+about|told+you|feared|pointed+out|flagged|forecast|foresaw',
    hit: 'It turned out precisely as I predicted.',
    miss: 'It turned out exactly as you wanted, I hope.',
  },
  {
    id: 'had-you-listened',
    pattern:
      "had+you|if+you+had|if+you'd|if+only+you+had (only|just) listened|followed|taken|heeded|read|acted+on ~0-2 my|our|me|us",
    hit: "If you'd followed our advice, the tank would not have frozen.",
    miss: 'If you had any questions about our advice, just call.',
  },
  {
    id: 'you-should-have-listened',
    pattern: "you should|ought+to|should've have (just) listened|followed+my|followed+our|taken+my|taken+our|heeded",
    hit: 'You should have listened when we warned you about the frost.',
    miss: 'You should have the new keys by Friday.',
  },
  {
    id: 'i-said-this-would-happen',
    pattern:
      'i|we said|predicted|warned|knew|told+you (that) this|that|it would|was+going+to happen|go+wrong|come+to+this|fail|break|leak|crash',
    hit: 'We said this would go wrong back in spring.',
    miss: 'We said the survey would take a week.',
  },
  {
    id: 'i-did-warn',
    pattern:
      'i|we did (already) warn+you|warn+your|warn+that|warn+about|warn+against|warn+of|warn+it|point+this|point+that|point+it|flag|tell+you|say+so|caution+you|caution+against|put+it|put+this|put+that|include+it|include+this|list+it|note+it|write+it',
    hit: 'We did point that out before the order went in.',
    miss: 'We did receive your order this morning.',
  },
  {
    id: 'you-will-remember-that-i',
    pattern:
      'remember|recall that|how i|we ~0-3 advised|warned|suggested|recommended|said|mentioned|pointed|flagged|raised|predicted|cautioned|told+you',
    hit: 'You may recall that I warned against the cheaper pump.',
    miss: 'You may remember that we met at the trade fair.',
  },
  {
    id: 'i-was-right-about',
    pattern: '(that) i|we was|were right|correct about|after+all',
    unlessBefore: ['if', 'whether', 'hope', 'sure'],
    hit: 'It seems I was right about the damp after all.',
    miss: 'Let me know whether we were right to wait.',
  },
  {
    id: 'flagged-this-weeks-ago',
    pattern:
      'i|we (already) flagged|raised|highlighted|mentioned|predicted|warned+about|foresaw this|that|it|the+risk|this+risk|the+issue|this+issue|the+problem|these+concerns ~0-3 ago|already|back+in|at+the+time|from+the+start|at+the+outset|months+ago|weeks+ago',
    hit: 'We raised this issue at the outset of the project.',
    miss: 'We raised the invoice at the end of the project.',
  },
  {
    id: 'as-you-can-now-see',
    pattern: 'as you (can|will|may|have|will+have) now see|seen|know|realise|realize|appreciate',
    hit: 'As you have now seen, the cheaper cladding did not last.',
    miss: 'As you can see in the plan, the kitchen faces south.',
  },
  {
    id: 'my-concerns-were-justified',
    pattern:
      'my|our concerns|worries|doubts|warnings|fears|objections ~0-4 were|have+been|proved|have+proved|turned+out ~0-2 justified|right|correct|well-founded|valid',
    hit: 'Our doubts about the supplier have proved justified.',
    miss: 'Our doubts about the date are gone, thank you.',
  },
  {
    id: 'this-is-what-happens-when',
    pattern: "this+is|that+is|that's|this's what happens when|if",
    hit: "That's what happens when the boiler is never serviced.",
    miss: 'This is what we will do on Monday.',
  },
  {
    id: 'told-you-at-start',
    pattern: '^told you',
    hit: 'Told you the cheaper paint would peel.',
    miss: 'The painter told us the paint would dry by noon.',
  },
  {
    id: 'remind-you-that-i',
    pattern:
      'remind you that i|we ~0-3 advised|warned|suggested|recommended|said|mentioned|pointed|flagged|raised|predicted|proposed',
    hit: 'Let me remind you that we proposed a fixed price in May.',
    miss: 'Let me remind you that we are closed on Friday.',
  },
  {
    id: 'i-was-the-one-who',
    pattern:
      "i+was|we+were|i'm|i+am|we're|we+are the one|ones who|that said|warned|suggested|recommended|pointed|flagged|insisted|predicted",
    hit: 'I was the one who suggested a second opinion.',
    miss: 'I was the one who called you yesterday.',
  },
  {
    // "Any HVAC tech will tell you the same": the writer's view as what every expert knows.
    id: 'any-expert-will-tell-you',
    pattern: 'any|every ~1-2 will|would|could|can tell you the+same|exactly+the+same|the+same+thing',
    hit: 'Any roofer will tell you the same.',
    miss: 'Any of our roofers will tell you the start date.',
  },
  {
    // "We printed exactly what was signed off": the responsibility handed back to the reader.
    id: 'exactly-what-you-approved',
    pattern:
      'exactly|precisely what|the ~0-4 you|was|were ~0-1 approved|signed+off|ordered|chose|picked|selected|specified|requested|pointed+at|asked+for',
    hit: 'We printed exactly what was signed off.',
    miss: 'We printed what was missing, and it goes out tomorrow.',
  },
  {
    // "…, as anyone who has actually done it will tell you": the writer's view as what every practitioner knows.
    id: 'as-anyone-who-will-tell-you',
    pattern: 'as anyone|anybody who ~1-5 will|would|could|can tell you',
    unlessWarm: true,
    hit: 'Plaster needs a week to dry, as anyone who has done it will tell you.',
    miss: 'The view from the top is lovely, as anyone who has visited will tell you.',
  },
  {
    // "If you're ready to follow my recommendation this time": the last advice ignored, held up again.
    id: 'follow-my-advice-this-time',
    pattern:
      '@follow|@take|@accept|@heed my|our recommendation|recommendations|advice|suggestion ~0-2 this+time|for+once',
    hit: "If you're ready to follow my recommendation this time, we can book the work for May.",
    miss: "If you're ready to follow my recommendation, we can book the work for May.",
  },
  {
    // "I still have the email, dated 4 October": the writer's record kept ready as proof.
    id: 'i-still-have-the-email',
    pattern: 'i|we still have ~0-2 the|that|your|my|our|this email|e-mail|message|letter|note|text|voicemail',
    unlessAfter: ['address', 'addresses'],
    hit: 'I still have the email, dated 4 October, if you would like me to forward it.',
    miss: 'I still have the photos from the opening, shall I send you a few?',
  },
  {
    // "I flagged this risk when you said no to our offer": the warning dated to the reader's refusal.
    id: 'flagged-it-when-you-declined',
    pattern:
      'i|we ~0-1 flagged|raised|mentioned|predicted|pointed+out|warned+about|cautioned+about ~0-4 when|after|before you ~0-2 said+no|declined|turned+down|rejected|refused|cancelled|canceled|dropped|vetoed|overruled',
    hit: 'We raised this very problem when you turned down the survey.',
    miss: 'We raised the question of parking when you first called.',
  },
  {
    // The facts called in as the writer's witnesses: "The readings bear out my original assessment".
    id: 'confirms-my-earlier-assessment',
    pattern:
      'confirm|confirms|confirmed|bear+out|bears+out|bore+out|vindicate|vindicates (exactly|precisely) my|our (earlier|original|initial|first) assessment|warning|warnings|concerns|prediction|forecast|advice|diagnosis',
    hit: 'The survey confirms my original assessment of the roof.',
    miss: 'The survey confirms your original assessment of the roof.',
  },
  {
    // "Well, you wanted it this way.": the outcome handed back to the reader's own choice.
    id: 'you-wanted-it-this-way',
    pattern:
      'you (did|really|specifically) want|wanted|insisted+on it|that this+way|that+way|cheap|cheaper|done+cheaply $',
    hit: 'Well, you wanted it that way.',
    miss: 'You wanted it that way, so we built it exactly to your sketch and it turned out lovely.',
  },
  ...beingRightStrategies,
];
