import type { PhraseEntry } from '../types';

// Being right as strategies: counting how often one has said it, pointing at one's
// own warning or forecast, setting the record straight, refusing any share of fault,
// pressing the reader to concede, holding up the evidence. Neutral recaps ("as
// discussed, here is the plan") and the writer's own mistakes stay quiet.
/** How often the reader could have known. */
const TIMES =
  'twice|three+times|four+times|five+times|several+times|multiple+times|many+times|repeatedly|more+than+once|numerous+times|countless+times|a+dozen+times|over+and+over';
const SAID =
  'explained|said|told+you|written|mentioned|answered|asked+you|pointed+out|stressed|emphasised|emphasized|clarified|confirmed|reminded+you';
/** Pointing out a problem (more than just saying). */
const FLAGGED = 'flagged|raised|highlighted|pointed+out|warned+about|cautioned+about|mentioned|noted';
/** Warning, advising against, predicting: the verbs of having been right. */
const WARNED =
  'warned|cautioned|advised+against|warned+against|cautioned+against|predicted|forecast|told+you|recommended|proposed|flagged|raised|warn|caution|predict|flag|raise|recommend|propose';
/** When and how plainly: what turns "said" into "I told you so". */
const BACK_THEN =
  'at+the+time|back+then|back+in|from+the+start|from+the+outset|from+day+one|in+writing|twice|three+times|repeatedly|more+than+once|on+several+occasions|months+ago|weeks+ago|at+the+outset|before+we+started|when+you+first';
/** The first contact, where the warning was given. */
const FIRST =
  'first|initial|original|opening|kick-off|kickoff|very+first meeting|call|email|visit|conversation|consultation|site+visit|proposal|quote|survey';
/** The writer's own forecast or judgement, proved right. */
const ESTIMATE =
  'forecast|forecasts|prediction|predictions|projection|projections|estimate|estimates|assessment|warning|warnings|concern|concerns|instinct|instincts|hunch|advice|recommendation|figures|numbers|read';
/** The writer's earlier written messages. */
const MAIL = 'email|emails|e-mail|e-mails|message|messages|letter|letters|note|notes|reply|replies';

export const beingRightStrategies: readonly PhraseEntry[] = [
  // "That was made perfectly clear when you chose …": the reader told they were told.
  {
    id: 'was-made-perfectly-clear',
    pattern: 'was|were|had+been|has+been made perfectly|abundantly|very|crystal|absolutely|entirely|quite clear',
    hit: 'Weather was a risk, and that was made perfectly clear when you booked the marquee.',
    miss: 'Weather was a risk, and that was clear to everyone, so we booked the marquee.',
  },
  // Counting: "I have now explained this three times".
  {
    id: 'explained-this-three-times',
    pattern: `i|we|i've|we've (have|had) (now|already|by+now) ${SAID} ~0-3 ${TIMES}`,
    hit: 'I have now explained this three times.',
    miss: 'I have explained this in the attached note.',
  },
  {
    id: 'as-stated-repeatedly',
    pattern: `as ~0-1 stated|said|mentioned|explained|noted|pointed+out|made+clear ${TIMES}`,
    hit: 'The deposit is non-refundable, as stated repeatedly.',
    miss: 'As stated in the brochure, the deposit is refundable.',
  },
  {
    id: 'as-i-keep-saying',
    pattern: 'as i|we keep saying|telling+you|repeating|pointing+out|mentioning|explaining|reminding+you|stressing',
    hit: 'As I keep saying, the quote is valid for thirty days.',
    miss: 'We keep the quote valid for thirty days.',
  },
  {
    id: 'said-it-before-and-again',
    pattern:
      "said|told+you|written it|this|that before (,) and i'll|and+i+will|and+we'll|and+we+will say|tell+you|write it|this|that again",
    hit: "I've said it before and I'll say it again: the deposit secures the date.",
    miss: 'I said before that I would call you again on Monday.',
  },
  {
    id: 'been-over-this',
    pattern: "i|we|i've|we've (have|had) been over this|that|it (already|before)",
    hit: 'We have been over this already, more than once.',
    miss: 'We have been over the site twice this week.',
  },
  {
    id: 'said-from-day-one',
    pattern:
      'i|we said|told+you|warned|made+clear|stressed|pointed+out|flagged from+day+one|from+the+start|from+the+outset|from+the+beginning|right+at+the+start|at+the+outset',
    hit: 'We said from day one that the budget was unrealistic.',
    miss: 'We worked together from day one and loved it.',
  },
  {
    id: 'cant-stress-this-enough',
    pattern: "can't|cannot|couldn't|could+not stress|emphasise|emphasize|repeat|say|underline ~0-2 enough",
    hit: "I can't stress this enough: the form must be signed.",
    miss: "We can't thank you enough for the referral.",
  },
  // Pointing at one's own mails: "As stated in my email of 3 May".
  {
    id: 'as-stated-in-my-email',
    pattern: `as ~0-2 stated|mentioned|explained|noted|outlined|set+out|said|written|indicated|detailed|pointed+out|made+clear in|on my|our ~0-3 ${MAIL}`,
    hit: 'As stated in my email of 3 May, the price excludes VAT.',
    miss: 'As stated in the brochure, the price excludes VAT.',
  },
  {
    id: 'covered-this-in-my-email',
    pattern: `i|we|i've|we've (have|had) (already) covered|explained|answered|addressed|set+out|outlined|went+through this|that|it ~0-3 in my|our ~0-3 ${MAIL}`,
    hit: 'I covered this in detail in my email last Tuesday.',
    miss: 'I covered the costs in the attached quote.',
  },
  {
    id: 'answer-in-my-previous-emails',
    pattern: `answer|answers|explanation|details ~0-3 in my|our previous|earlier|last|prior|past|older ${MAIL}`,
    hit: "You'll find the answer in my previous messages.",
    miss: "You'll find the answer in the attached guide.",
  },
  // One's own warning: "We explicitly advised you against it".
  {
    id: 'advised-you-against',
    pattern:
      'i|we ~0-1 (explicitly|specifically|strongly|clearly|expressly|repeatedly|did) advised|cautioned|warned|told|asked you against|not+to',
    unlessAfter: ['worry', 'bother', 'hesitate', 'rush', 'pay'],
    hit: 'We explicitly advised you against removing that wall.',
    miss: 'We advised the supplier against shipping early.',
  },
  {
    id: 'we-warned-you',
    pattern: "i|we|i'd|we'd|i've|we've (had|have|did) warned|cautioned you",
    hit: 'We warned you about this in March.',
    miss: 'We warned the neighbours about the noise.',
  },
  {
    // The count set aside after the verb: "I pointed out at the visit — twice, actually — that …".
    id: 'pointed-out-twice-aside',
    pattern: `i|we ${FLAGGED}|${SAID} ~4-6 ${TIMES}`,
    hit: 'I pointed out at the survey — twice, in fact — that the beams were rotten.',
    miss: 'I pointed out at the survey that the beams were rotten.',
  },
  {
    // The proof held up: "it's in the meeting notes if you want to check".
    id: 'in-the-notes-if-you-want-to-check',
    pattern: `it's|it+is|that's|that+is|this+is|all+of+this+is ~0-2 in the|my|our|your ~0-2 notes|minutes|${MAIL}|quote|contract|inbox|records|file if you want|wish|care|need to check|verify|look|double-check`,
    hit: "I did say so at the start; it's in the meeting notes if you want to check.",
    miss: 'The dates are in the meeting notes if you want them for your diary.',
  },
  {
    id: 'flagged-it-back-in',
    pattern:
      'i|we ~0-1 pointed|flagged|raised|mentioned|highlighted ~0-4 back+in|as+early+as|weeks+ago|months+ago|from+the+outset|at+the+outset|at+the+start|right+at+the+start|from+day+one|from+the+beginning|at+the+time',
    hit: 'I pointed this out to you back in January.',
    miss: 'I mentioned the new portal in our call today.',
  },
  {
    id: 'we-flagged-exactly-this',
    pattern:
      "i|we|i've|we've|i'd|we'd (had|have) flagged|highlighted|predicted|raised|named ~0-1 exactly|precisely this|that",
    hit: 'We flagged exactly this risk in our original proposal.',
    miss: 'We planted exactly this hedge in your neighbour’s garden.',
  },
  // The forecast that came true: "exactly the way I said it would".
  {
    id: 'exactly-the-way-i-said',
    pattern:
      'exactly|precisely|just the+way|as|how i|we said|predicted|warned|feared|forecast|told+you ~0-2 would|it+would|they+would|it+might',
    hit: 'Things went exactly the way I said they would.',
    miss: 'The kitchen turned out exactly the way you wanted it.',
  },
  {
    id: 'what-i-expected-would-happen',
    pattern:
      'precisely|exactly what i|we expected|feared|predicted|warned ~0-1 would+happen|would+go+wrong|would|might',
    hit: 'This is precisely what I expected would happen.',
    miss: 'This is exactly what we hoped to find.',
  },
  // Setting the record straight.
  {
    id: 'set-the-record-straight',
    pattern: 'set|put|setting|putting the record straight',
    hit: 'Let me set the record straight: the delay was not on our side.',
    miss: 'Our record of the meeting is attached.',
  },
  {
    id: 'just-so-were-clear',
    pattern:
      "just+so+we're|just+so+we+are|so+we're|so+we+are|let's+be|let+us+be clear|absolutely+clear :|, ~1-8 ~0-8 .|!|?|;",
    hit: 'Just so we are clear, the mistake was yours, not ours.',
    miss: "Let's be clear about the next steps together.",
  },
  {
    id: 'we-told-you-back-in',
    pattern:
      "i|we|i'd|we'd|we've|i've (had|have|did) told|warned you (back|already|clearly) in|at|weeks+ago|months+ago|from+the+start|at+the+start|right+at+the+start",
    hit: 'We told you in January that the windows take twelve weeks.',
    miss: 'We told the supplier in January that the windows take twelve weeks.',
  },
  // Refusing any share of fault.
  {
    id: 'not-our-fault',
    pattern:
      "not|never|isn't|wasn't|in+no+way|by+no+means|certainly+not|definitely+not|hardly ~0-2 our|my fault|error|mistake|doing|responsibility|problem",
    hit: 'This is in no way our fault.',
    miss: 'That was our mistake, not yours.',
  },
  {
    id: 'not-on-our-side',
    // "not because of any delay on our side": the cause named between the denial and the side.
    pattern: "not|wasn't|isn't|certainly+not|definitely+not|never (because+of|due+to) ~0-3 on our|my side|end|part",
    hit: 'The error was certainly not on our side.',
    miss: 'The error was on our side, and we will fix it.',
  },
  {
    id: 'not-from-anything-we-did',
    pattern: 'not|never|nothing ~0-3 from|by|to+do+with anything ~0-3 we|i|our|my ~0-2 did|caused|changed',
    hit: 'The extra charge did not come from anything our team did.',
    miss: 'If anything we did caused the delay, we will put it right.',
  },
  {
    id: 'we-did-nothing-wrong',
    pattern: "i|we|i've|we've did|have+done|done nothing|not+do+anything|not+done+anything wrong",
    hit: 'To be perfectly clear, we did nothing wrong here.',
    miss: 'We did something wrong and we are sorry.',
  },
  {
    id: 'nothing-to-apologise-for',
    pattern: 'nothing to apologise|apologize|be+sorry|regret for',
    hit: 'We have nothing to apologise for in this matter.',
    miss: 'We have nothing to add to the report.',
  },
  {
    id: 'did-everything-by-the-book',
    pattern:
      'i|we did|handled|followed|managed ~0-2 everything|it|this|all+of+it by+the+book|to+the+letter|correctly|properly|right|exactly+right',
    // "I thought I did it correctly": doubt, not a defence.
    unlessBefore: ['thought', 'think', 'hope', 'hopefully', 'if', 'whether'],
    hit: 'We did everything by the book.',
    miss: 'You did everything right, thank you.',
  },
  {
    id: 'responsibility-lies-elsewhere',
    pattern: 'responsibility|fault|blame lies|rests|lay ~0-1 elsewhere|with+someone+else|with+others',
    hit: 'The responsibility lies elsewhere.',
    miss: 'The responsibility lies with our site manager, Ms Kent.',
  },
  {
    id: 'stand-by-every-decision',
    pattern: 'i|we stand by every|all|each ~0-1 decision|decisions|recommendation|recommendations|choice|choices|step',
    hit: 'I stand by every decision we made on this project.',
    miss: 'We stand by our work with a ten-year guarantee.',
  },
  // Pressing the reader to concede.
  {
    id: 'you-will-have-to-admit',
    pattern:
      "you'll|you+will|you+must|you+have+to|you'd+have+to|you+would+have+to ~0-2 admit|concede (that) ~0-3 i|we|my|our",
    hit: 'You will have to admit that my estimate was correct.',
    miss: 'I have to admit that I missed the date.',
  },
  {
    id: 'youll-find-i-was-right',
    pattern: "you'll|you+will find|see|agree|admit ~0-1 (that) i|we was|were|had+been right|correct",
    hit: "I think you'll find that I was right all along.",
    miss: "I think you'll find the new layout brighter.",
  },
  {
    id: 'shows-i-was-right',
    pattern: 'show|prove|confirm|demonstrate (that) i|we was|were right|correct',
    hit: 'The records show I was right.',
    miss: 'The records show the payment went through.',
  },
  {
    id: 'facts-speak-for-themselves',
    pattern: 'facts|evidence|emails|paper+trail|timeline|correspondence speak|speaks for+themselves|for+itself|volumes',
    hit: 'The facts speak for themselves.',
    miss: 'The photos of the garden are lovely.',
  },
  {
    id: 'prove-my-point',
    pattern:
      'prove|proves|proved|support|supports|confirm|confirms|back+up|backs+up my|our point|position|argument|view',
    hit: 'The numbers prove my point entirely.',
    miss: 'The numbers prove the budget works.',
  },
  // Holding up the evidence: "I have it in writing".
  {
    id: 'have-it-in-writing',
    pattern: "i|we|i've|we've have|got|have+got (it|this|that|everything) in+writing|in+black+and+white",
    hit: 'I have it in writing that you approved the oak finish.',
    miss: 'I have your approval, thank you for the quick reply.',
  },
  {
    id: 'all-in-writing-at-end',
    pattern: "i|we|i've|we've have|got|kept ~0-3 in+writing|in+black+and+white $",
    hit: 'I have the whole exchange in writing.',
    miss: 'I have attached the report in writing as you asked.',
  },
  {
    id: 'your-own-email-confirms',
    pattern:
      'your own email|emails|message|messages|words|signature|approval|order|drawing|instructions ~0-3 confirms|confirm|shows|show|says|states|proves',
    hit: 'Your own email from March confirms that you chose this layout.',
    miss: 'Your email from March confirms the delivery date.',
  },
  {
    id: 'no-room-for-debate',
    pattern: 'no room|scope for debate|discussion|argument|interpretation',
    hit: 'I kept your written approval, so there is no room for debate.',
    miss: 'There is no room for the sofa in the hall.',
  },
  {
    id: 'nothing-further-to-discuss',
    pattern: 'nothing (further|more|else) to discuss|debate|argue+about',
    hit: 'As far as we are concerned, there is nothing further to discuss.',
    miss: 'If there is nothing else, we will see you Monday.',
  },
  // Covered already, in the writer's own message: "This was all covered in my email of 4 June".
  {
    id: 'covered-in-my-email',
    pattern: `covered|addressed|answered|explained|set+out|laid+out|spelled+out|spelt+out|dealt+with ~0-2 in|on|by my|our (previous|last|earlier|first|original|initial) ~0-1 ${MAIL}`,
    hit: 'Your question was answered in full in my previous reply.',
    miss: 'Your question will be answered in our next newsletter.',
  },
  {
    id: 'answered-this-exact-question',
    pattern:
      "i|we|i've|we've|i+have|we+have|i+had|we+had (already) answered|addressed|covered|responded+to|dealt+with this|that|the|your exact|very|same|identical question|point|query|issue|concern",
    hit: 'We answered this very query in March.',
    miss: 'We answered your query in March and are glad it helped.',
  },
  {
    id: 'for-the-last-time',
    pattern: 'for the (very) last time ,|:',
    hit: 'For the very last time: the parking permit is your responsibility.',
    miss: 'We met for the last time in May, and it was lovely.',
  },
  {
    id: 'as-youll-see-from-the-thread',
    pattern:
      "as you'll|you+will|you+can|you+may see ~0-1 from|in ~0-3 email|e-mail|mail|thread|chain|trail|correspondence|history|below , ~1-8 ~0-8 .|!|?|;",
    hit: 'As you can see from the thread below, the deadline was agreed in writing.',
    miss: 'As you can see from the plan, the kitchen faces south.',
  },
  {
    id: 'not-to-rub-it-in',
    // The point it prefaces belongs to it: up to the sentence's end.
    pattern: "not+to|i+don't+want+to|i+won't|without+wanting+to rub it in (,) ~0-8 ~0-8 .|!|?|;",
    hit: "I don't want to rub it in, but the survey did flag the damp.",
    miss: 'Rub the oil in gently with a soft cloth.',
  },
  // The writer's forecast proved right: "my forecast turned out to be spot on".
  {
    id: 'my-forecast-turned-out-right',
    pattern: `my|our ${ESTIMATE} ~0-2 turned+out+to+be|proved+to+be|proved|turned+out|was|were|has+been|have+been ~0-2 right|correct|accurate|spot+on|justified|well-founded|bang+on|on+the+money|dead+on`,
    hit: 'As it happens, our estimate proved spot on.',
    miss: 'Please check whether our estimate is correct.',
  },
  {
    id: 'as-i-flagged',
    // "As I mentioned on the phone" is a plain recap; flagging and warning are not.
    pattern:
      'as (i|we) (previously|already|earlier|repeatedly|clearly) flagged|raised|highlighted|pointed+out|warned|cautioned ~0-1 in|at|during|on|before|previously|earlier',
    hit: 'As flagged at the design review, the stair does not meet the regulations.',
    miss: 'As discussed at the design review, the stair will be oak.',
  },
  {
    id: 'ive-said-this-before',
    pattern:
      "i've|i+have|we've|we+have said|mentioned|explained|told+you|written|stressed this|it|that (many+times|several+times|more+than+once) before|already|previously",
    // "I've said it before and I'll say it again: thank you" is warmth.
    unlessAfter: ['and'],
    hit: "I've said this before, but the drawings need a scale.",
    miss: "I've said this to the team too: your feedback helped a lot.",
  },
  {
    id: 'if-you-recall-i',
    pattern:
      'if|as you (will|may|might|can) recall|remember|remember+rightly ,|: i|we ~0-4 suggested|recommended|proposed|advised|warned|said|told+you|mentioned|flagged|raised|cautioned',
    hit: 'If you remember, we recommended replacing the whole board.',
    miss: 'If you remember where the key is, we can start at eight.',
  },
  {
    id: 'raised-this-exact-issue',
    pattern: `i|we ${FLAGGED}|raised ~0-1 this|that|the|the+same exact|very|same|identical issue|point|risk|concern|problem|question`,
    hit: 'We highlighted this very risk in the tender.',
    miss: 'We highlighted the risk register in blue for you.',
  },
  {
    id: 'at-our-first-meeting-i-said',
    pattern: `i|we ~0-4 ${FLAGGED}|warned|said|explained|stressed|told+you|advised|cautioned ~0-4 in|at|during our|my|the ${FIRST}`,
    hit: 'I explained the drainage problem at our initial site visit.',
    miss: 'I enjoyed our initial site visit very much.',
  },
  {
    id: 'see-my-email-of',
    pattern: `please+see|see|please+refer+to|refer+to|please+re-read|please+reread my|our (previous|earlier|last|original) ${MAIL} of|from|dated|sent`,
    hit: 'Please see my message of 2 April on this point.',
    miss: 'Please see the message from our supplier below.',
  },
  {
    id: 'i-refer-you-to-my',
    pattern: `i|we (would) refer you to my|our (previous|earlier|last) ${MAIL}|comments|answer|response`,
    hit: 'I refer you to my previous response.',
    miss: 'I can refer you to a good structural engineer.',
  },
  {
    id: 'the-contract-clearly-states',
    pattern:
      'quote|quotation|contract|terms|invoice|agreement|proposal|estimate|brochure|specification|policy|letter|email|plans|schedule ~0-2 clearly|explicitly|expressly|plainly|unambiguously|unequivocally states|stated|says|said|specifies|specified|shows|showed|sets+out',
    hit: 'The estimate plainly says that skips are extra.',
    miss: 'The estimate says that skips are included.',
  },
  {
    id: 'ill-say-it-again',
    pattern: 'let+me|i+must|i+have+to say|repeat|state it|this|that (once) again|one+more+time|once+more :',
    hit: 'Let me repeat it once more: the gate stays locked after six.',
    miss: 'Let me say again how grateful we are.',
  },
  {
    id: 'i-can-only-repeat',
    pattern: 'i|we can only repeat|reiterate',
    hit: 'I can only reiterate that the price was agreed.',
    miss: 'We can repeat the test on Monday.',
  },
  {
    id: 'i-stand-by-everything-i-said',
    pattern: 'i|we stand by ~0-2 everything|every+word|what|all+that i|we ~0-1 said|wrote|recommended|advised|told+you',
    hit: 'We stand by every word we wrote in June.',
    miss: 'We stand by our guarantee for ten years.',
  },
  {
    id: 'what-we-recommended-all-along',
    pattern:
      'i|we ~0-3 recommended|suggested|proposed|advised|said|wanted|told+you|argued+for ~0-3 in+the+first+place|all+along|from+the+outset|from+the+very+start',
    hit: 'That is the layout we proposed in the first place.',
    miss: 'That is the layout we proposed, and we are happy to adjust it.',
  },

  {
    id: 'ive-asked-three-times',
    pattern: `i|we|i've|we've (have|had) (now|already) asked|requested|chased|written|emailed|called|phoned ~0-5 ${TIMES}`,
    hit: 'We have requested the meter reading four times.',
    miss: 'We have requested the meter reading from the landlord.',
  },
  {
    id: 'once-again-i-must-point-out',
    pattern:
      'once+again|yet+again|again ,|: i|we must|have+to|need+to|am+obliged+to point+out|remind+you|stress|reiterate|emphasise|emphasize',
    hit: 'Yet again, I have to remind you that the balance is due.',
    miss: 'Once again, I have to thank the whole crew.',
  },
  // The writer, the warning and when it was given, in one clause, either order:
  // "we advised against removing that wall, in writing, twice".
  {
    id: 'we-warned-you-at-the-time',
    pattern: `i|we (did|had) ${WARNED} ~0-8 ${BACK_THEN}`,
    hit: 'We cautioned against the cheaper membrane back in the spring.',
    miss: 'We recommended the membrane to three other clients this spring.',
  },
  {
    id: 'at-the-time-we-warned',
    pattern: `${BACK_THEN} ~0-3 (,) i|we (did|had) ${WARNED}`,
    hit: 'At the time, I did warn that the pump was undersized.',
    miss: 'At the time, we were all excited about the pump.',
  },
  // What the writer advised, and what it "would have" prevented.
  {
    id: 'what-i-proposed-would-have-caught',
    pattern:
      "i|we (first|originally) proposed|recommended|suggested|advised ~0-8 would+have|would've|could+have|might+have ~0-2 caught|prevented|avoided|saved|spared|stopped|flagged",
    hit: 'The audit we suggested last year would have caught the error.',
    miss: 'The audit we suggested is booked for next week.',
  },
  {
    id: 'had-x-when-i-first-recommended',
    pattern: '^had|if ~1-8 when|as|like i|we (first|originally) recommended|advised|proposed|suggested|said|told+you',
    hit: 'If the order had gone in when we first suggested it, the tiles would be here.',
    miss: 'If the order goes in today, the tiles will be here by Friday.',
  },
  {
    id: 'exactly-the-scenario-we-discussed',
    pattern:
      'exactly|precisely what|the+scenario|the+risk|the+problem|the+situation|the+outcome (that) i|we ~0-2 said|predicted|discussed|warned|described|feared|flagged|raised|cautioned',
    hit: 'This is precisely the outcome we feared.',
    miss: 'This is precisely the outcome you hoped for.',
  },
  {
    id: 'the-last-three-times-you-asked',
    pattern:
      'since|as+on|like the|all+the last|previous|other two|three|four|several|few times you asked|raised|queried|enquired|wrote',
    hit: 'The position is the same as on the previous two times you queried it.',
    miss: 'We enjoyed the last three times you visited.',
  },
  {
    id: 'our-original-estimate-was-right',
    pattern:
      'my|our original|initial|first ~0-1 timeline|estimate|quote|plan|advice|recommendation|assessment|figure|budget|schedule|forecast ~0-2 was|were|is|proved ~0-2 (the) right|correct|realistic|sensible|accurate|spot+on',
    hit: 'In hindsight, our initial budget was the realistic one.',
    miss: 'Our initial budget was tight, so thank you for adding to it.',
  },
  {
    id: 'youll-agree-in-hindsight',
    pattern: "you'll|you+will|you+must|you+would (surely|now) agree ~0-3 (in|with) hindsight|now",
    hit: 'You will surely agree with hindsight that the survey was needed.',
    miss: 'You will surely agree that the garden looks lovely.',
  },
  {
    id: 'id-refer-you-to',
    pattern: `i'd|we'd|i+would|we+would|may+i|let+me refer you to ~0-4 my|our ~0-1 (previous|earlier|last) ${MAIL}|comments|answer|response|advice`,
    hit: "I'd refer you to section 3 of my earlier letter.",
    miss: "I'd refer you to a colleague who knows more about pensions.",
  },
  {
    id: 'as-per-my-email',
    pattern: `per|as+per my|our (previous|last|earlier|recent|original) ${MAIL}|correspondence|conversation|call`,
    hit: 'As per our earlier correspondence, the scaffold comes down on Friday.',
    miss: 'As per your request, the scaffold comes down on Friday.',
  },
  {
    id: 'i-was-quite-clear',
    pattern:
      'i|we was|were|had+been (quite|very|perfectly|absolutely|crystal|abundantly|pretty) clear that|about|on|in',
    hit: 'I believe we were perfectly clear about the access times.',
    miss: 'I hope we were clear enough; do ask if not.',
  },
  {
    id: 'i-remember-telling-you',
    pattern:
      'i|we (seem+to|distinctly|clearly|definitely) remember|recall telling+you|warning+you|mentioning|saying|pointing+out|flagging',
    hit: 'I distinctly recall warning you about the flat roof.',
    miss: 'I remember meeting you at the trade fair.',
  },
  {
    id: 'back-to-what-i-said',
    pattern: 'back to what i|we said|wrote|suggested|recommended|proposed|warned',
    hit: 'Which brings us back to what I suggested in the spring.',
    miss: 'Coming back to what you asked, the answer is yes.',
  },
  {
    id: 'not-that-anyone-listened',
    pattern: 'not that anyone|you|they|anybody listened|heard|cared|took+notice',
    hit: 'Not that anybody took notice at the time.',
    miss: 'Not that it matters, but the blue one is my favourite.',
  },
  {
    id: 'i-was-overruled',
    pattern: 'i|we was|were overruled|ignored|outvoted|not+listened+to',
    hit: 'We were overruled on the drainage at the design stage.',
    miss: 'We were thrilled with the drainage design.',
  },
  {
    id: 'remember-when-i-said',
    pattern: '^(do) (you) remember when|how i|we said|warned|told+you|suggested|predicted|mentioned',
    hit: 'Do you remember when I predicted the old wiring would not pass?',
    miss: 'Remember when we met at the fair? Lovely times.',
  },
  {
    id: 'youll-remember-my-reservations',
    pattern:
      "you'll|you+will|you+may|you+might|you+probably remember|recall my|our reservations|concerns|warning|warnings|doubts|advice|recommendation|objections|misgivings",
    hit: 'You may recall our misgivings about the contractor.',
    miss: 'You may recall our visit in the summer.',
  },
  {
    id: 'dont-say-i-didnt-warn-you',
    pattern: "don't|do+not|never say i|we didn't|did+not|never warn|tell+you",
    hit: "Don't say we didn't warn you about the parking.",
    miss: "Don't hesitate to tell us about the parking.",
  },

  // The German constructions' English forms (npm run translated -- de being-right).
  {
    id: 'as-i-have-already-informed-you',
    pattern:
      'as i|we (have|had) already|previously informed|told|advised|notified|reminded|warned you|your+office|your+team',
    hit: 'As I have already informed you, the deadline has passed.',
    miss: 'As I have informed the council, the hearing is on Monday.',
  },
  {
    id: 'as-discussed-several-times',
    pattern: `as discussed|agreed|explained|communicated|requested ${TIMES}|on+several+occasions|on+numerous+occasions|before|already`,
    hit: 'As discussed several times, we need the original form.',
    miss: 'As discussed, here is the revised form.',
  },
  {
    id: 'ive-already-said-that',
    pattern: "i've|we've|i+have|we+have|i|we already said|explained|answered|covered|told+you|mentioned that|this|it $",
    hit: "I've already said that.",
    miss: "I've already booked that.",
  },
  {
    id: 'i-told-you-expressly',
    pattern:
      'i|we told|informed|advised|warned you expressly|explicitly|specifically|clearly|plainly|in+writing|personally',
    hit: 'I told you expressly that the price only holds until June.',
    miss: 'I told you about the new price list on the phone.',
  },
  {
    id: 'pointed-out-to-you-in',
    pattern: `i|we pointed ~1-3 out to+you ~0-2 in|at|during our|the|my ${FIRST}`,
    hit: 'I pointed the extra costs out to you in our first meeting.',
    miss: 'I pointed the new tiles out to you in the showroom.',
  },
  {
    id: 'been-through-this',
    pattern:
      "we've|we+have|we've+already|we+have+already been through|gone+through|been+over this|that|it (more+than+once|already|before|twice)",
    hit: "We've been through this more than once already.",
    miss: "We've been through the kitchen and it looks great.",
  },
  {
    id: 'we-did-already-discuss',
    pattern: 'i|we did (actually|in+fact) already discuss|cover|settle|agree|go+through|address this|that|it|the',
    hit: 'We did already discuss this point on the phone.',
    miss: 'We did discuss a new date, and Monday suits us.',
  },
  {
    id: 'all-there-in-my-email',
    pattern: `it's|it+is|that's|that+is|this+is|everything+is|everything's (all) there|in|set+out+in|explained+in ~0-1 my|our ${MAIL}`,
    hit: "It's all there in my email of Monday.",
    miss: "It's lovely to be back in the office.",
  },
  {
    id: 'as-you-could-have-read',
    pattern: `as you could|might|would|should have read|seen|noticed|found|learned ~0-2 in|from my|our|the ${MAIL}|contract|brochure|quote|invoice|offer|terms`,
    hit: 'As you could have read in my email, the practice is closed.',
    miss: 'As you may have heard, the practice is closed on Friday.',
  },
  {
    id: 'set-this-out-in-my-email',
    pattern: `i|we (had) (already) set ~0-2 out|explained|described|detailed ~0-3 in my|our ${MAIL}`,
    hit: 'I had set this out in detail in my email of Monday.',
    miss: 'I set up the meeting for Monday in my calendar.',
  },
  // Vindication.
  {
    id: 'so-i-was-right',
    pattern:
      'so|looks+like|turns+out|it+turns+out|as+it+turns+out i|we was|were|have+been right|proved+right|proven+right',
    hit: 'So I was right in my assessment after all.',
    miss: 'So I was out of the office when you called.',
  },
  {
    id: 'proved-right',
    pattern: 'i|we (was|were|have+been|has+been) proved|proven right',
    hit: 'Unfortunately, I was proved right about the damp.',
    miss: 'Unfortunately, I was out when the damp surveyor came.',
  },
  {
    id: 'prediction-borne-out',
    pattern: `my|our ${ESTIMATE}|fears|doubts|suspicion|suspicions ~0-2 has|have (now|fully|unfortunately|sadly) (been) (now|fully|entirely|sadly|unfortunately) borne+out|confirmed|proved+correct|proven+correct|come+true|proved+right|proven+right`,
    hit: 'I am afraid my prediction has been fully borne out.',
    miss: 'I am glad our new booking system has been confirmed.',
  },
  {
    id: 'as-predicted',
    pattern: '^as predicted|forecast|expected|feared|foreseen|anticipated (by+me|by+us) ,',
    hit: 'As predicted, the appointment has now fallen through.',
    miss: 'As expected the weather is fine for the opening.',
  },
  {
    id: 'i-knew-it',
    pattern: '^i|we knew it|this|that ,|!|.|:',
    hit: 'I knew it, the delivery is going to be late.',
    miss: 'I knew this street as a child.',
  },
  {
    id: 'proves-me-right',
    pattern: 'prove|proves|proved|show|shows|showed me|us right',
    hit: 'The readings prove me right.',
    miss: 'The readings show us the damp level.',
  },
  {
    id: 'correct-from-the-start',
    pattern:
      'our|my costing|estimate|assessment|figures|calculation|plan|advice|budget|quote ~0-2 was|were (right|correct|accurate) from+the+start|all+along|from+the+outset|from+day+one',
    hit: 'It is now clear that our costing was correct from the start.',
    miss: 'Our costing was correct for the first phase.',
  },
  // No share of the fault.
  {
    id: 'we-bear-no-blame',
    pattern:
      'we|i bear|carry|have no|not+the+slightest|absolutely+no blame|fault|responsibility (whatsoever|at+all|here|in+this)',
    hit: 'We bear no blame whatsoever here.',
    miss: 'We bear the cost of the extra visit.',
  },
  {
    id: 'nothing-to-reproach-ourselves',
    pattern: 'we|i have|had nothing to reproach|blame ourselves|myself',
    hit: 'We have nothing to reproach ourselves for in this matter.',
    miss: 'We have nothing to add to the report.',
  },
  {
    id: 'not-at-fault-in-any-way',
    pattern:
      "we|i (have) not|haven't|weren't|wasn't|were+not|was+not (been) at+fault|to+blame|responsible in+any+way|whatsoever|at+all",
    hit: 'We have not been at fault in any way.',
    miss: 'We were not responsible for the scaffolding permit, your builder was.',
  },
  {
    id: 'havent-done-anything-wrong',
    pattern: "we|i haven't|have+not|didn't|did+not done|do anything|a+thing wrong",
    hit: "We haven't done anything wrong here.",
    miss: "We haven't done anything yet on the second floor.",
  },
  {
    id: 'mistake-was-not-ours',
    pattern:
      'the mistake|error|fault|problem|delay was|is (most+certainly|certainly|definitely|clearly|simply) not ours|mine',
    hit: 'The mistake was most certainly not ours.',
    miss: 'The mistake was ours, and we will put it right.',
  },
  {
    id: 'by-no-means-caused-by-us',
    pattern: 'by+no+means|in+no+way|not+in+any+way caused|due|down|our+fault ~0-2 by|to our|us|me',
    hit: 'The late-payment charges were by no means caused by our office.',
    miss: 'The charges were by no means high for such a large job.',
  },
  // Hammering it home.
  {
    id: 'once-again-colon',
    pattern: '^once+again|once+more|again|one+more+time|for+the+last+time :',
    hit: 'Once again: the deposit only becomes due after handover.',
    miss: 'Once again, thank you for the flowers.',
  },
  {
    id: 'ill-say-it-once-more',
    pattern:
      "i'll|i+will|let+me|i+must|i+have+to say|write|explain|repeat it|this|that (to+you) (again) once+more|once+again|one+last+time|one+more+time|for+the+last+time",
    hit: "I'll say it once more: the date is binding.",
    miss: "I'll say hello once more before I leave.",
  },
  {
    id: 'must-stress-once-again',
    pattern: 'i|we must|have+to|need+to stress|emphasise|emphasize|repeat|point+out once+again|once+more|again that',
    hit: 'I must stress once again that we accept no liability.',
    miss: 'I must stress how pleased we are with the result.',
  },
  {
    id: 'just-so-thats-clear-colon',
    pattern:
      "just+so|so+that|only+so we+understand+each+other|that's+clear|that+is+clear|there's+no+doubt|we're+on+the+same+page :",
    hit: 'Just so that is clear: the extra costs are borne by the client.',
    miss: 'Just so you know: the café opens at nine.',
  },
  {
    id: 'did-i-not-make-myself-clear',
    pattern:
      "did|have i|we not make|made ourselves|myself clear|did+i+not+make+myself+clear|didn't+i+make+myself+clear",
    hit: 'Did I not make myself clear?',
    miss: 'Did I not send you the plans yet? Sorry!',
  },
  {
    id: 'how-many-more-times',
    pattern:
      'how+many+more+times|how+often do|must|will|shall i|we (have+to|need+to) ask|tell|remind|explain|write|say',
    hit: 'How many more times do I have to ask you for the documents?',
    miss: 'How many more times a week should I water the hedge?',
  },
  // The reader's own choice.
  {
    id: 'you-yourself-approved',
    pattern:
      'you yourself|yourselves approved|chose|ordered|signed|asked+for|requested|picked|selected|wanted|insisted|agreed',
    hit: 'You yourself approved this option.',
    miss: 'You approved this option, thank you.',
  },
  {
    id: 'ordered-it-like-that-yourself',
    pattern:
      'you ~0-1 approved|chose|ordered|signed|asked+for|requested|picked|selected|wanted it|this|that|them ~0-3 yourself|yourselves',
    hit: 'You ordered it exactly like that yourself.',
    miss: 'You ordered it for the garden, I think.',
  },
  // The warning not heeded.
  {
    id: 'even-though-we-pointed-out',
    pattern:
      'even+though|although|though|despite+the+fact+that we|i (had) pointed|warned|told+you|advised|informed|cautioned|reminded',
    hit: 'The roof is leaking, even though we pointed this out to you in the autumn.',
    miss: 'The roof is dry, even though it rained all night.',
  },
  {
    id: 'nobody-listened-to-us',
    pattern: 'nobody|no+one|noone ~0-2 listened|listen|would+listen|wanted+to+listen to us|me',
    unlessBefore: ['if', 'when'],
    hit: 'Unfortunately, nobody listened to us back then.',
    miss: 'Thank you, you really listened to us.',
  },
  {
    id: 'thats-how-it-ends-when-you-ignore',
    pattern:
      "that's|that+is|this+is how|what it|things ends|end|happens|goes when|if you ignore|disregard|don't+follow|do+not+follow",
    hit: "That's how it ends when you ignore our advice.",
    miss: "That's how it ends, and we hope you enjoyed the tour.",
  },
  {
    id: 'not-that-we-didnt-say',
    pattern: "^not that we|i didn't|did+not|hadn't|had+not say|tell|warn|mention",
    hit: "Not that we didn't say so in good time.",
    miss: 'Not that we need more paint, but thanks.',
  },
  // "This is exactly why I kept recommending …": the damage as proof of the writer's advice.
  {
    id: 'exactly-why-i-recommended',
    pattern:
      'exactly|precisely|just why|the+reason i|we (kept|had|have|did|always) recommending|recommended|insisting|insisted|warning|warned|suggesting|suggested|advising|advised|pushing|pushed|flagging|flagged|telling|told',
    hit: 'This is precisely why we kept recommending a second survey.',
    miss: 'This is precisely why we chose a second surveyor for the job.',
  },
  {
    // The repetition announced as such: "To reiterate what I said on the phone, …".
    id: 'to-reiterate-what-i-said',
    pattern: '^ (just) to reiterate|to+repeat|to+restate|reiterating|repeating what|my|our|the|what+i|what+we|what+was',
    hit: 'To reiterate what I wrote last week, the scaffold comes down on Monday.',
    miss: 'To make the scaffold safe, we will add two more ties on Monday.',
  },
  {
    // "Again, the deadline is the 14th.": the sentence opened by the repetition itself.
    id: 'again-comma-opens',
    pattern: '^again|once+more|one+more+time ,',
    // "Again, thank you so much": repeated thanks are warm.
    unlessLater: [
      'thank',
      'thanks',
      'grateful',
      'appreciate',
      'patience',
      'sorry',
      'apologies',
      'congratulations',
      'welcome',
      'well',
      'lovely',
      'great',
      'pleasure',
      'glad',
      'happy',
      'enjoy',
      'enjoyed',
      'love',
    ],
    hit: 'Again, the invoice is due on the 14th.',
    miss: 'Again, we are grateful the crane could come early.',
  },
  {
    // "Once more for clarity: …": the repetition with its reason.
    id: 'once-more-for-clarity',
    pattern: "^once+more|again|one+more+time for+clarity|for+the+record|to+be+clear|so+we+are+clear|so+we're+clear :",
    hit: 'Once more for clarity: the balance is due on handover.',
    miss: 'For clarity, the balance is due on handover.',
  },
  // Read on the blind batch mix29 (twenty-eighth session).
  {
    // "Nice to be proven right for once": the writer's vindication said aloud.
    id: 'nice-to-be-proven-right',
    pattern: 'nice|good|satisfying|lovely to be proven|proved right',
    hit: 'Nice to be proven right for once.',
    miss: 'Nice to be proven wrong about the weather.',
  },
  {
    // "It's in the minutes.": the answer already on record, the reader sent to look.
    id: 'its-in-the-minutes',
    pattern:
      "^it's|that's|it+is|that+is|this+is (all|clearly|already|right+there) in the|our|my minutes|contract|quote|proposal|report|email|brief|terms|handbook|agreement $",
    hit: "It's all in the minutes.",
    miss: "It's in the post today, so expect it on Monday.",
  },
  {
    // "You may find it helpful to look again at section 6.3 of the report I sent you": the reader sent back to read.
    id: 'look-again-at-what-i-sent',
    pattern:
      'look+again|another+look|re-read|reread|read+again|have+a+look+again at|to ~0-3 section|page|clause|paragraph|point|part|appendix ~1-8 i|we sent|gave|provided|shared|attached|forwarded',
    hit: 'You may find it helpful to look again at section 4 of the report I sent you in March.',
    miss: 'You may find it helpful to look at section 4 of the new report for the costs.',
  },
  {
    // "Well, here we are.": the outcome the writer foresaw, arrived.
    id: 'well-here-we-are',
    pattern: '^well (,) here we are $',
    hit: 'Well, here we are.',
    miss: 'Here we are at the venue, see you soon.',
  },
];
