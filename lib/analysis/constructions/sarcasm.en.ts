// Mock thanks and praise (principle 5: your own state first). Thanks and
// praise in client mail are nearly always sincere; only a situation that
// weighs on the reader (late, yet again, not invited) or an ironic marker
// turns them into mockery. Each entry: a sentence it must find and a similar
// one it must not. Pattern syntax: ../pattern.ts.
import type { SarcasmData } from '../rules/sarcasm';

export const NUM =
  '0*|1*|2*|3*|4*|5*|6*|7*|8*|9*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|ninety|several|a+few|a+couple+of';
export const UNIT =
  'minutes|hours|days|weeks|months|years|minute|hour|day|week|month|year|working+days|business+days|fortnight|fortnights|quarter|quarters';
// A span of time, with the words that stretch it ("a full month after", "nach geschlagenen drei Wochen").
export const SPAN = `${NUM} (full|whole|good|solid|entire|long) ${UNIT}`;
// Words before "of you to" ("how kind of you to"); written out so the pattern is indexed by its first word.
const KIND = 'nice|kind|thoughtful|lovely|considerate|decent|good|sweet|wonderful|generous|gracious|helpful|sporting';
const ORD = 'second|third|fourth|fifth|sixth|umpteenth|nth|3rd|4th|5th';

// Praise words that open a clause as an exclamation ("Amazing job, …", "Perfect timing –").
const PRAISE =
  'great|lovely|wonderful|brilliant|fantastic|super|perfect|excellent|marvellous|marvelous|terrific|superb|splendid|fabulous|amazing|awesome|impressive|remarkable|outstanding|stellar|impeccable|delightful|glorious|magnificent|spectacular|phenomenal|stunning|exemplary|sterling|top-notch|first-class|world-class|nice|beautiful|charming|priceless|smashing|champion|incredible|extraordinary';
const PRAISE_NOUN =
  'timing|work|job|service|planning|effort|performance|result|results|teamwork|communication|organisation|organization|coordination|management|support|follow-through|turnaround|response|move|call|show|going|start|stuff|idea|thinking|one|value|deal|decision|choice|pick|customer+service|attention+to+detail';
// Speed and care praised in mock politeness.
export const SPEED =
  'quick|quickest|fast|swift|swiftest|speedy|prompt|rapid|lightning-fast|lightning-quick|lightning+fast|express|snappy|timely|immediate|instant|efficient|expeditious|super-fast|super-quick|whirlwind';
// A reply or contact that is due: the minimiser in "after only three weeks" mocks its delay.
const REPLY =
  'answering|answered|answer|answers|replying|replied|reply|replies|responding|responded|response|reaction|getting+back|got+back|get+back|calling+back|called+back|call+back|returning|returned|acknowledging|acknowledged|confirming|confirmed|confirmation|feedback|update|message|email|e-mail|call';
// What a warning or a reminder should have come before.
const EVENT =
  'deadline|pitch|launch|meeting|hearing|print|event|filing|happened|was+due|fact|signed|vote|decision|closing|cut-off|cutoff|auction|interview|opening|start|began|begun|started|ended|hit|presentation|inspection|handover|outage|flood|move|due+date|wedding|trip|party|appointment|exam|audit|board+meeting|it+mattered|we+needed+it';
// Failure words, counted only next to an exclamation or a habit marker (see bare in ../rules/sarcasm.ts).
const FAILED =
  "upside+down|back+to+front|the+wrong+way+round|inside+out|failed|fails|broke|broken|crashed|crashes|collapsed|disappeared|vanished|leaking|leaks|leaked|flooded|offline|slipped|postponed|delayed|cancelled|canceled|missing|wrong|lost|deleted|wiped|stuck|faulty|incomplete|unpaid|overdue|late|overcharged|double-charged|bounced|rejected|refused|ignored|forgot|forgotten|missed|skipped|botched|ruined|damaged|scratched|cracked|dead|unreachable|nowhere+to+be+seen|no-show|out+of+stock|sold+out|too+low|too+high|over+budget|not+working|double-booked|blocked|clogged|out+of+order|jammed|peeling|peeling+off|coming+off|falling+apart|fell+apart|cut+off|on+hold|stopped+working|didn't+work|doesn't+work|won't+work|isn't+working|aren't+working|discontinued|no+longer+available|no+longer+in+stock|pushed+back|put+off|bumped|snapped|gone+bust|went+bust|gone+under|went+under|packed+in|packed+up|gave+out|burst|fell+off|sliding+off";
// Failures in -ing form: "on missing", "for breaking", "managing to lose".
const FAIL_ING =
  'missing|losing|lose|miss|breaking|break|forgetting|forget|deleting|delete|ruining|ruin|wrecking|wreck|ignoring|ignore|botching|overlooking|misplacing|mixing+up|messing+up|screwing+up|sending+the+wrong|flooding|crashing|crash|damaging|damage|scratching|overcharging|double-booking|cancelling|canceling|delaying|confusing';

// Habit markers that open a sentence ("As usual, …"), also after "and" or "but".
const HABIT = [
  'as+usual',
  'as+per+usual',
  'as+always',
  'as+ever',
  'like+always',
  'once+again',
  'yet+again',
  'once+more',
  'true+to+form',
  'predictably',
];

export const SARCASM_EN: SarcasmData = {
  praise: [
    {
      // "It's truly touching how much you care about our project – your last email was in February."
      id: 'touching-how',
      pattern:
        "(it's|it+is|it+was) (truly|so|really|quite|genuinely) touching|heartwarming|sweet|adorable|endearing how|that",
      hit: "It's truly touching how much you care – your last email was in February.",
      miss: "It's truly lovely how much you care.",
    },
    {
      // "How considerate to send me the results three days after the operation."
      id: 'how-considerate-to',
      addressed: true,
      pattern: 'how|so|very considerate|thoughtful|kind|nice|sweet|good|decent|generous|gracious to',
      hit: 'How considerate to send me the results three days after the operation.',
      miss: 'How are you getting to the site?',
    },
    {
      id: 'delighted-that',
      pattern:
        "i'm|i+am|we're|we+are|so|absolutely|really (absolutely|so|really|just|truly|thoroughly) delighted|thrilled|pleased|happy|overjoyed|glad that",
      hit: "I'm absolutely delighted that our launch has been pushed back for the third time.",
      miss: "I'm absolutely delighted with the launch.",
    },
    {
      id: 'its-impressive-how',
      pattern:
        "it's|it+is|that's|that+is|it+was (quite|really|truly|pretty|genuinely|rather) impressive|remarkable|amazing|astonishing|incredible|admirable how|that",
      hit: "It's quite impressive how anyone can need three days for two sockets.",
      miss: "It's quite impressive, the new kitchen.",
    },
    {
      id: 'pleasant-surprise',
      pattern: 'what+a|such+a|a|another (pleasant|lovely|nice|welcome|wonderful) surprise to|that',
      hit: 'What a pleasant surprise to find the fee doubled.',
      miss: 'What a pleasant afternoon it was.',
    },
    {
      id: 'knack-for',
      addressed: true,
      pattern: "you+have|you've|you+really+have|you've+really+got|you've+got (a|such+a|a+real) knack|talent|gift for",
      hit: 'You have a real knack for booking the crane on the wettest day.',
      miss: 'You have a real eye for colour.',
    },
    {
      id: 'so-glad-touched',
      pattern: "(so|really|just|truly|we+were+so|i+was+so|i'm+so|we're+so) glad|touched|moved|grateful (that)",
      hit: 'So glad our kickoff was worth rescheduling four times.',
      miss: 'Sorry our kickoff had to be rescheduled.',
    },
    {
      // A pleasure that can only be ironic next to a chore ("always a pleasure to chase the same invoice for the third time").
      id: 'always-a-pleasure',
      pattern: "it's|it+is|it+was|always|what|such (always) a+pleasure|a+joy|a+treat|a+delight to",
      hit: "It's always a pleasure to send the same reminder for the third time.",
      miss: "It's always good to plan with your team.",
    },
    {
      id: 'impressed-how',
      pattern:
        "i'm|i+am|we're|we+are|i+was|we+were (genuinely|really|truly|so|quite|deeply|honestly) impressed|amazed|astonished|in+awe (by|at|with) how|the+way|that",
      hit: "I'm genuinely impressed by how you cancel every meeting at the last minute.",
      miss: "I'm genuinely impressed with the site.",
    },
    {
      id: 'honoured-you',
      addressed: true,
      pattern:
        "i'm|i+am|we're|we+are|i+feel|we+feel (truly|so|very|deeply|really|genuinely) honoured|honored|flattered|touched (that) you",
      hit: "I'm honoured you found the time to reply after three weeks.",
      miss: "I'm honoured by your trust.",
    },
    {
      id: 'thrilled-to-hear',
      pattern:
        "(i'm|we're|i+am|we+are) (so|really|absolutely|just|truly) thrilled|delighted|overjoyed|ecstatic to hear|see|learn|read|find|discover",
      hit: 'So thrilled to hear the build is delayed by another month.',
      miss: 'So thrilled with the finished build.',
    },
    {
      // "You really are quick: three months to approve a logo."
      id: 'you-are-quick',
      addressed: true,
      pattern:
        "you+are|you're|you+were|you+really+are|you+sure+are (really|so|ever+so|always) quick|fast|speedy|prompt|efficient|swift|on+the+ball",
      hit: 'You really are quick: two months to approve a logo.',
      miss: 'You are welcome to approve the logo.',
    },
    {
      id: 'brilliant-idea',
      pattern: 'brilliant|great|genius|clever|nice|smart|bright idea|plan|move|call|thinking',
      hit: 'Brilliant idea to paint it black.',
      miss: 'The idea is brilliant.',
    },
    {
      id: 'i-appreciate',
      addressed: true,
      pattern: 'i|we (really|truly|do) appreciate|appreciated you|it|that|your|the|being',
      hit: 'I really appreciate you calling.',
      miss: 'I called you.',
    },
    {
      id: 'nice-of-you',
      addressed: true,
      pattern: `${KIND}|${['how', 'so', 'very'].flatMap((w) => KIND.split('|').map((k) => `${w}+${k}`)).join('|')} of you to`,
      hit: 'How kind of you to call.',
      miss: 'How did you call?',
    },
    {
      id: 'thanks-for',
      addressed: true,
      pattern: 'thanks|thank+you|many+thanks|much+thanks|cheers|ta (so+much|very+much|a+lot|a+bunch|again) for',
      hit: 'Thanks for sending the drawings.',
      miss: 'We are sending the drawings.',
    },
    {
      id: 'love-that',
      pattern:
        "love|loved|loving|adore|i+love|we+love|i+just+love|we+just+love|i+loved|we+loved|really+loving|just+loving|i'm+loving|we're+loving that|how|it+when",
      hit: 'Love that the tiles arrived.',
      miss: 'I love the tiles.',
    },
    {
      id: 'great-that',
      pattern: 'great|nice|lovely|wonderful|brilliant|fantastic|super|perfect|excellent|marvellous that|how|to',
      hit: 'Great that the tiles arrived.',
      miss: 'The tiles are great.',
    },
    {
      id: 'well-done',
      addressed: true,
      pattern:
        'well+done|nice+work|good+job|great+job|nice+job|nice+one|congratulations|congrats|bravo|way+to+go|nice+going|kudos',
      hit: 'Well done on the launch.',
      miss: 'The steak was well cooked.',
    },
    {
      id: 'exclamation-comma',
      pattern: '^great|wonderful|fantastic|brilliant|perfect|lovely|marvellous|terrific|superb|excellent|splendid ,',
      hit: 'Great, the parcel is here.',
      miss: 'The parcel is great.',
    },
    {
      // "Oh lovely, …", "Well great, …": the interjection already turns the praise.
      id: 'oh-lovely-comma',
      pattern:
        '^oh|well|ah|wow (,) great|wonderful|fantastic|brilliant|perfect|lovely|marvellous|terrific|superb|excellent|splendid|super|nice|good|joy ,',
      hit: 'Oh lovely, the gate is stuck again.',
      miss: 'Lovely, the gate works again.',
    },
    {
      // Praise openers beyond the single adjective: timing, work, help, appreciation.
      id: 'praise-phrase-comma',
      pattern:
        '^brilliant+timing|great+timing|perfect+timing|impeccable+timing|nice+timing|great+work|nice+work|good+work|great+job|good+job|nice+job|nice+one|well+done|good+effort|great+effort|really+helpful|very+helpful|so+helpful|how+helpful|super+helpful|really+useful|very+useful|how+thoughtful|how+considerate|much+appreciated|thanks+a+lot|thanks+a+bunch|thanks+so+much|cheers+for+that|bravo|kudos|impressive|congratulations|congrats ,',
      hit: 'Great job, the roof is leaking again.',
      miss: 'The roof is fixed, great job.',
    },
    {
      id: 'much-appreciated-that',
      addressed: true,
      pattern: 'much|greatly|really appreciated|obliged (,) that|how',
      hit: 'Much appreciated that you called back.',
      miss: 'Your call was much appreciated.',
    },
    {
      id: 'lovely-to-hear-from-you',
      addressed: true,
      pattern: '^lovely|nice|good|great|wonderful|so+nice|so+good to hear|see from you',
      hit: 'Nice to hear from you at last.',
      miss: 'We hope to hear from you soon.',
    },
    {
      // Any praise word opening its clause ("Amazing job, …", "Truly impressive how …", "Perfect timing –"):
      // it needs a situation after it like every praise, so the lexicon can be wide.
      id: 'praise-word-opens',
      pattern: `${PRAISE} (${PRAISE_NOUN})`,
      hit: 'Amazing job, the website is down again.',
      miss: 'The website loads in two seconds.',
    },
    {
      // "That's just wonderful – …", "Isn't that lovely: …".
      id: 'thats-just-great',
      pattern: `that's|that+is|this+is|isn't+that|isn't+it|how (just|really|simply|so) ${PRAISE}`,
      hit: "Well, that's just wonderful – the scaffolding is still up and nobody is working.",
      miss: 'The scaffolding that is coming down is wonderful.',
    },
    {
      id: 'hats-off',
      addressed: true,
      pattern: 'hats+off|hat+off|respect|props|chapeau|kudos|full+marks|gold+star|top+marks',
      hit: 'Hats off to your team for breaking the one thing that still worked.',
      miss: 'Your team wore hard hats on the site.',
    },
    {
      id: 'gotta-love',
      pattern:
        "gotta+love|got+to+love|you've+got+to+love|you+have+to+love|you+gotta+love|must+love|i+just+love|i+love|we+love",
      hit: 'Gotta love a contractor who leaves without a word.',
      miss: 'I like a contractor who cleans up after himself.',
    },
    {
      // "Good to know that …", "Glad to hear …": relief as often as a dig, so a situation must follow.
      id: 'good-to-know',
      sober: true,
      pattern: 'good|nice|glad|great|lovely|reassuring|comforting|interesting to know|hear|see|learn|find+out',
      hit: 'Good to know that the contract means nothing to you.',
      miss: 'It is good that the warranty covers the pump.',
    },
    {
      // Speed, care or generosity praised in a thanks ("your lightning-fast response", "your swift handling").
      id: 'your-swift-reply',
      addressed: true,
      pattern: `i|we (do|really|truly) appreciate|value your ${SPEED}`,
      hit: 'I do appreciate your swift reply, three weeks later.',
      miss: 'I do appreciate your reply on Sunday.',
    },
    {
      id: 'bargain',
      pattern:
        'what+a+bargain|what+a+deal|such+a+deal|such+a+bargain|great+value|good+value|value+for+money|money+well+spent|a+real+bargain|a+steal',
      hit: 'What a bargain – a thousand dollars for a report nobody can read.',
      miss: 'The sofa was half price in the sale.',
    },
    {
      id: 'appreciate-you',
      addressed: true,
      pattern:
        '^appreciate|appreciated|really+appreciate|truly+appreciate|so+appreciate|much+appreciate|greatly+appreciate|really+appreciated you|your|it|that|the',
      hit: 'Really appreciate you telling us about the strike, the morning after it began.',
      miss: 'We would appreciate a call.',
    },
  ],
  situation: [
    // From the German examples English missed (npm run translated -- de sarcasm), twenty-eighth session.
    {
      // "now on the fourth grey since June": a choice changed again and again, counted.
      id: 'nth-change-since',
      pattern: `the|our|a ${ORD} ~0-2 since|in+a+row|this+month|this+week|this+year|change|version|draft|colour|color|date`,
      hit: 'Thanks for the fourth version since Monday.',
      miss: "We're now on the second floor, next to the lift.",
    },
    {
      // "spent forty minutes alone in reception before anyone appeared": left waiting by the reader's side.
      id: 'waited-before-anyone',
      pattern:
        'waited|sat|spent|stood|was+left|were+left ~1-8 before|until anyone|anybody|someone|somebody|a+soul ~0-3 appeared|came|turned+up|showed+up|arrived|noticed|answered',
      hit: 'She waited forty minutes in reception before anyone came. Quite the welcome for a new director.',
      miss: 'She waited in reception until the rain stopped.',
    },
    {
      // "Thanks for sending the receipts after only seven months": a long wait counted as if it were short.
      id: 'after-only-months',
      pattern: `after|within|in only|just|a+mere|merely ${NUM} months|years|month|year`,
      hit: 'Thanks for sending the receipts after only seven months.',
      miss: 'Thanks for sending the receipts after only two days.',
    },
    {
      // "Thanks so much for telling the tenants before us": others told first, the writer last.
      id: 'told-others-before-us',
      pattern:
        'telling|told|informing|informed|letting ~1-3 before+us|before+me|before+telling+us|before+telling+me|via+the+paper|via+the+newspaper|via+the+local+paper|via+facebook|via+instagram|via+the+grapevine',
      hit: 'Thanks so much for telling the tenants before us.',
      miss: 'Thanks so much for telling the tenants about the open day.',
    },
    {
      // "… after the work is finished, that the colour should have been different": the news too late to act on.
      id: 'after-the-work-is-finished',
      pattern:
        'after|once the|we|you ~0-1 work|job|install|installation|painting|tiling|build was|is|had+been|has+been|were|are finished|completed|done|over',
      hit: 'How nice of you to tell us the colour was wrong after the painting was finished.',
      miss: 'How nice of you to tell us before the painting started.',
    },
    {
      // "an engineer who never showed up": the promised visit that did not happen.
      id: 'never-showed-up',
      pattern: "who|that|which never|didn't showed+up|turned+up|show+up|turn+up|came|arrived|appeared",
      hit: 'Really lovely that I took the day off for a fitter who never showed up.',
      miss: 'Really lovely that I took the day off for a fitter who turned up early.',
    },
    {
      // "invoices for work that was never done", "a guarantee that only exists on paper".
      id: 'work-never-done',
      pattern:
        'that|which was|were|has+been|had+been never done|finished|started|delivered|carried+out|fitted|installed|only+exists+on+paper|only+on+paper',
      hit: 'Wonderful to get invoices for work that was never done.',
      miss: 'Wonderful to get invoices for work that was done so well.',
    },
    {
      // "How thoughtful of you to at least let us know before sunrise": the least the reader could do, praised.
      id: 'at-least-let-us-know',
      pattern:
        'at+least ~0-2 let+us+know|let+me+know|told+us|told+me|tell+us|tell+me|called|rang|replied|answered|warned+us|warned+me|informed+us|cancelled|canceled',
      hit: 'How thoughtful of you to at least let us know before midnight.',
      miss: 'How thoughtful of you to let us know a week ahead.',
    },
    {
      // "at 7am on the morning itself": the news came when nothing could be done about it.
      id: 'on-the-day-itself',
      pattern: 'the+day|the+morning|the+evening|the+night|the+weekend itself',
      hit: 'Thanks for mentioning the extra guests on the morning itself.',
      miss: 'Thanks for mentioning the extra guests a month ahead.',
    },
    {
      // "…, after skipping the first two": the earlier no-shows beside praise for turning up.
      id: 'after-skipping-the-first',
      pattern:
        'after|having skipping|missing|cancelling|canceling|skipped|missed|cancelled|canceled ~0-2 the first|previous|last|other ~0-1 two|three|four|ones|appointments|fittings|sessions|visits',
      hit: 'Lovely of you to come to the third lesson, after skipping the first two.',
      miss: 'Lovely of you to come to the third lesson, after enjoying the first two.',
    },
    {
      // "lasted almost a week": a short life counted out as if it were long.
      id: 'lasted-almost',
      pattern: `lasted|held|survived|worked|stayed ~0-2 almost|nearly|barely|all+of|a+whole|fully ${SPAN}|${UNIT}`,
      hit: 'So pleased the new hinges lasted almost a week.',
      miss: 'So pleased the new hinges have lasted for years.',
    },
    {
      // "on the morning of the wedding": the news on the day itself.
      id: 'morning-of',
      relief: true,
      pattern: 'on+the+morning|on+the+day|on+the+evening|on+the+night|the+morning|the+day of the|our|your|my',
      hit: 'Thanks for telling us the hall is double-booked – on the morning of the party.',
      miss: 'Thanks for telling us the hall is double-booked – a month before the party.',
    },
    {
      // "had to find out from the minutes": being left to discover it is the situation, so the writer may be its subject.
      id: 'had-to-find-out',
      selfOk: true,
      pattern: 'had+to|have+to|has+to find+out|learn|discover|hear|read|work+out',
      hit: 'Lovely that we had to find out about the closure from the neighbours.',
      miss: 'Lovely that we got to hear about the closure from you first.',
    },
    {
      id: 'someone-elses',
      pattern: "someone+else's|somebody+else's|another+client's|another+customer's|a+stranger's",
      hit: "Brilliant: the lease you sent has someone else's address on it.",
      miss: 'Brilliant: the lease you sent has our address on it.',
    },
    {
      // "chase you for the same document every week": the reader's habit, chased.
      id: 'chase-every',
      pattern: 'chase|chasing|remind|reminding|nag|nagging ~0-6 every|each week|day|month|morning|time',
      hit: 'Such a pleasure to remind you about the same form every week.',
      miss: 'Such a pleasure to meet you every week.',
    },
    {
      id: 'hours-notice',
      pattern: `${NUM} minutes|hours|minute|hour|minutes'|hours' ~0-1 notice|warning`,
      hit: "We're so grateful you could fit us in on a Sunday, with two hours' notice.",
      miss: "We're so grateful you could fit us in on a Sunday at short notice.",
    },
    {
      id: 'swift-from-last-year',
      pattern: `${SPEED} ~0-8 from|since last+year|last+month|last+spring|last+summer|last+autumn|last+winter|last+christmas`,
      hit: 'Thank you for your quick answer to my letter from last year.',
      miss: 'Thank you for your quick answer to my letter from Monday.',
    },
    {
      // "– a single thumbs-up": a small remainder as the punch line after praise of something large; sincere alone.
      id: 'a-single',
      relief: true,
      pattern: 'a+single|one+single|one+solitary|a+solitary|a+lone',
      hit: 'Thank you for the thorough review – a single tick.',
      miss: 'Thank you for the thorough review – one call sorted it all.',
    },
    {
      id: 'on-the-one-day',
      pattern: 'on+the+one|on+the+only day|morning|evening|afternoon|weekend|week',
      hit: 'Good of you to drop by – on the one day I was away.',
      miss: 'Good of you to drop by – on a day I was in.',
    },
    {
      // "remembered our meeting this time": the reader's success marks the failures before it.
      id: 'remembered-this-time',
      pattern:
        'remembered|managed|bothered|made+it|turned+up|showed+up|replied|answered|called|read ~0-4 this+time|for+once',
      hit: 'Truly touched that you remembered the site visit this time.',
      miss: 'Truly touched that you remembered the site visit.',
    },
    {
      id: 'only-took-reminders',
      pattern: `only|just|merely took|needed|required|takes ${NUM} reminders|chasers|calls|emails|nudges|follow-ups|attempts`,
      hit: 'Appreciate the quick turnaround – it only took five chasers.',
      miss: 'Appreciate the quick turnaround – it only took five minutes.',
    },
    {
      // "still up after eight months": a makeshift that stays is no relief.
      id: 'still-after',
      pattern: `still ~0-4 after|for ${SPAN}`,
      hit: 'Glad to see the makeshift ramp is still there after nine months.',
      miss: 'Glad to see the new ramp has held up well after nine months.',
    },
    {
      id: 'nobody-turned-up',
      pattern: 'nobody|no+one|no-one|none ~0-4 turned+up|showed+up|came|appeared|answered|replied|called+back',
      hit: 'That went exactly to plan: nobody from the office showed up.',
      miss: 'That went exactly to plan: everybody from the office showed up.',
    },
    {
      id: 'the-one-day-we-need-it',
      pattern:
        'the+one|the+only|on+the+one|on+the+only day|week|morning|weekend|time|moment we|i|you needed|need|had|have ~0-1 it|them|you|him|her',
      hit: 'Great to hear the hotline is closed on the one day we need it.',
      miss: 'Great to hear the hotline is open on the days we need it.',
    },
    {
      // "wrong for the fourth month running": a repetition counted out is a pattern, not bad luck.
      id: 'in-a-row',
      pattern: `${ORD}|${NUM}|consecutive (consecutive|straight) ${UNIT}|time|times|visit|visits|invoice|invoices running|in+a+row|on+the+trot`,
      hit: 'Fantastic, the invoice is wrong for the fourth month running.',
      miss: 'Fantastic, the pump has been running for four months.',
    },
    {
      // "have not turned up again": the negation before "again" (again-wrong has it after).
      id: 'not-again',
      pattern: '<neg> ~1-3 again|yet+again|once+again|once+more',
      hit: 'Wonderful, the fitters have not turned up again.',
      miss: 'Wonderful, the fitters have turned up again.',
    },
    {
      id: 'every-time-we-ask',
      pattern:
        'every|each (single) time we|i|anyone|somebody ask|asks|asked|call|calls|called|chase|chased|write|wrote|remind|reminded|complain|complained|ring|rang|email|emailed|follow|mention',
      hit: 'Love how the handover date shifts every time we ask about it.',
      miss: 'Love how the kids wave every time we drive past.',
    },
    {
      id: 'nobody-asked-for',
      pattern: 'nobody|no+one|no-one ~0-1 asked+for|ordered|wanted|requested|approved|needed|agreed+to|signed+off',
      hit: 'I just love paying for extras nobody ordered.',
      miss: 'I just love extras that everybody wanted.',
    },
    {
      // A failure after a promise: the promise makes it the reader's.
      id: 'after-you-promised',
      pattern:
        'after|when you|they|he|she|your+team (had) (faithfully|personally) promised|assured|guaranteed|swore|sworn',
      hit: 'What a pleasant surprise to find the bathroom half-tiled after you promised it for Monday.',
      miss: 'What a pleasant surprise to find the bathroom tiled as you promised.',
    },
    {
      id: 'for-once',
      relief: true,
      pattern: 'for+once|for+a+change',
      hit: 'Lovely to hear from you for once.',
      miss: 'Lovely to hear from you again.',
    },
    {
      // "sent to our old address again": the outdated detail the reader was given.
      id: 'old-address',
      pattern:
        'to|at|with|on|for|from the|our|my old|outdated|previous address|version|number|account|email|price|prices|rates|drawings|template',
      hit: "You've sent the documents to our old address again. Super helpful.",
      miss: 'Thanks for the tip on the old grout.',
    },
    {
      // Results days after the operation they were for; a call the day after is care.
      id: 'days-after-the-operation',
      relief: true,
      pattern: 'days|weeks|months after the|my|your|his|her operation|surgery|procedure|op|treatment|scan',
      hit: 'How considerate to send me the results three days after the operation.',
      miss: 'Thanks for calling the day after the operation.',
    },
    {
      // "your last email was in February": silence since long ago.
      id: 'last-email-in',
      pattern:
        'last email|e-mail|message|reply|word|update|call ~0-4 january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|winter|last+year',
      hit: "It's touching how much you care – your last email was in February.",
      miss: "It's touching how much you care – your last email was today.",
    },
    {
      id: 'need-days-for',
      pattern: `need|needs|needed|needing|take|takes|took|spend|spent ${NUM}|whole|entire ${UNIT} for|to`,
      hit: "It's quite impressive how anyone can need three days for two sockets.",
      miss: "It's quite impressive how anyone can fit two sockets in an hour.",
    },
    {
      id: 'only-been-weeks',
      pattern: `only|just been ${SPAN}`,
      hit: 'Take all the time you need, it has only been six weeks.',
      miss: 'It has only been a pleasure.',
    },
    {
      id: 'expired',
      pattern: 'expired|lapsed|ran+out|run+out|timed+out',
      hit: 'Good to see you are on top of things: the permit expired last week.',
      miss: 'Good to see you are on top of things: the permit arrived last week.',
    },
    {
      id: 'second-charge',
      bare: true,
      pattern: 'second|double|duplicate|extra|surprise charge|invoice|bill|fee|debit|payment',
      hit: 'Lovely surprise on my statement: a second charge for the same visit.',
      miss: 'Lovely surprise on my statement: a refund for the visit.',
    },
    {
      id: 'doubled',
      bare: true,
      pattern: 'doubled|tripled|quadrupled|trebled|doubling|tripling',
      hit: 'What a pleasant surprise to find the fee doubled.',
      miss: 'What a pleasant surprise to find the fee unchanged.',
    },
    {
      // Blame passed on ("how elegantly you pass the responsibility to the engineer").
      id: 'blame-passed-on',
      pattern:
        'pass|passing|passed|shift|shifting|shifted|push|pushing|pushed|palm|palming|palmed ~0-3 blame|responsibility|fault',
      hit: 'Wonderful how you shift the blame onto the engineer.',
      miss: 'Wonderful how you shared the credit with the engineer.',
    },
    {
      id: 'of-all-days',
      pattern: 'of all days|times|weeks|moments|people|places',
      hit: 'Brilliant plan to start demolition on launch day of all days.',
      miss: 'Brilliant plan to start demolition on all days but Sunday.',
    },
    {
      // The place not ready when the crew came: "the garage still full of boxes when the crew arrived".
      id: 'still-full-when',
      pattern:
        'still full|cluttered|blocked|locked|occupied|packed|covered|wet|dirty|there ~0-4 when|by+the+time we|our|the ~0-2 arrived|turned+up|got+there|came',
      hit: 'Lovely to find the garage still full of boxes when the movers arrived.',
      miss: 'Lovely to find the garage already cleared when the movers arrived.',
    },
    {
      // Called off just before the start: "cancelling an hour before we were due to start".
      id: 'cancelled-just-before',
      pattern:
        'cancelling|canceling|cancelled|canceled|calling+off|called+off|pulling+out|pulled+out ~0-3 an+hour|half+an+hour|minutes|the+morning|the+night|the+evening|the+day|ten+minutes|twenty+minutes before',
      hit: 'Really appreciate you cancelling an hour before the fitting.',
      miss: 'Really appreciate you cancelling a month before, so we could rebook.',
    },
    {
      id: 'still-open',
      pattern: 'still open|pending|unanswered|unresolved|outstanding|unpaid|broken|unfixed|missing|waiting|unsigned',
      hit: 'Nice to see our priority ticket is still open after a month.',
      miss: 'Nice to see our favourite cafe open again.',
    },
    {
      id: 'means-so-little',
      pattern: 'means|meant|mean so+little|nothing|very+little|little to you|your',
      hit: "It's reassuring to know that a contract means so little to your firm.",
      miss: 'It means a lot to your team, I know.',
    },
    {
      // "… just as I was packing up": news that came at the last moment of the writer's day.
      id: 'just-as-i-was-leaving',
      pattern: 'just|right|only as i|we was|were packing+up|locking+up|closing+up|shutting+up+shop|clearing+up',
      hit: 'Good of you to mention the leak, just as I was packing up.',
      miss: 'Good of you to mention the leak before I started on the floor.',
    },
    {
      id: 'minutes-before',
      relief: true,
      pattern: `${NUM} minutes|hours before|ahead+of`,
      hit: 'Thanks for the notice, ten minutes before the diggers arrived.',
      miss: 'Thanks for the notice, ten days before the diggers arrived.',
    },
    {
      // "the day before our open house", "right before the deadline".
      id: 'right-before',
      relief: true,
      pattern: `right|just|directly|immediately|the+day|the+night|the+morning before our|the|your ~0-1 ${EVENT}|open+house|holiday|holidays|deadline|launch`,
      hit: 'Brilliant plan to knock down the wall the day before our open house.',
      miss: 'Brilliant plan to knock down the wall a month before our open house.',
    },
    {
      id: 'went-out-with-the-wrong',
      pattern:
        'went|gone|sent|published|printed|live|out ~0-6 with|using the|a|an wrong|test|old|draft|placeholder|internal|outdated',
      hit: 'The mailing went out with the wrong price.',
      miss: 'The mailing went out with the new price.',
    },
    {
      id: 'n-times',
      pattern: 'two|three|four|five|six|several|multiple|many|countless times|reminders|emails|calls|requests',
      hit: 'We have sent the same request four times. Clearly a top priority for you.',
      miss: 'We have sent the same request once.',
    },
    {
      // "three months to approve a logo": a duration set against a small task, as mock praise's object.
      id: 'months-to-approve',
      pattern: `${SPAN} to|for approve|answer|reply|respond|sign|return|read|review|confirm|send|pay|fix|change|book|call|decide|approving|answering|replying|reviewing|fixing|a|an|one`,
      hit: 'You really are quick: three months to approve a logo.',
      miss: 'You really are quick: three minutes past nine.',
    },
    {
      id: 'take-weeks',
      pattern: `take|takes|took|taking|taken (us|them) (only|just|a+mere|over|nearly|almost) ${SPAN}`,
      hit: 'Who knew a short email could take five weeks to answer?',
      miss: 'Who knew a short email could take such effort?',
    },
    {
      id: 'sat-for-days',
      pattern: `sat|sitting|lain|lying|languished|waited|waiting|been+sitting|unreviewed|unanswered|unread|untouched|ignored ~0-3 for ${SPAN}`,
      hit: 'The pull request sat unreviewed for nine days. Record time.',
      miss: 'The pull request was reviewed in nine minutes. Record time.',
    },
    {
      id: 'by-another-month',
      // "for another year" is a delay only after waiting: "thanks for another year together" is sincere.
      pattern: `by+another|yet+another|a+further|one+more|wait+for+another|waiting+for+another ${UNIT}`,
      hit: 'So thrilled to hear the build is delayed by another month.',
      miss: 'So thrilled to hear the build is done a month early.',
    },
    {
      // Learned from a third party or the press, not from the reader.
      id: 'learned-from-the-press',
      selfOk: true,
      pattern:
        'learn|learned|learnt|learning|hear|heard|hearing|find+out|found+out|finding+out|read|reading|discover|discovered|discovering|told ~0-6 from|via|on|in|through (your|the|a) newsletter|linkedin|press|paper|newspaper|website|intern|receptionist|instagram|facebook|twitter|grapevine|minutes|invoice',
      hit: 'Lovely to learn about the price rise from your newsletter.',
      miss: 'Lovely to learn about the new range from you in person.',
    },
    {
      id: 'rather-than-from-you',
      selfOk: true,
      pattern: 'rather+than|instead+of|not (from|by) you|yourself',
      hit: 'Good to find out from the contractor rather than from you.',
      miss: 'Good to find out from the contractor today.',
    },
    {
      // "it's only our product launch": the reader's lateness set against what was at stake.
      id: 'only-our-launch',
      pattern: `only|just our|my|the (own|product|big|site|whole) ${EVENT}|launch|go-live|deadline|opening|wedding|move|biggest+client`,
      hit: "Take your time, it's only our product launch.",
      miss: "Take your time, it's only a small change.",
    },
    {
      id: 'with-typos',
      pattern: `with|full+of ${NUM}|several ~0-1 typos|errors|mistakes|spelling+mistakes|broken+links`,
      hit: 'The page went live with three typos in the headline. Stellar quality control.',
      miss: 'The page went live without typos. Stellar quality control.',
    },
    {
      id: 'start-over',
      pattern: 'starting+over|start+over|from+scratch|square+one|all+over+again|back+to+the+drawing+board',
      selfOk: true,
      hit: 'We are starting over from scratch.',
      miss: 'We are starting on Monday.',
    },
    {
      id: 'last-minute-cancellation',
      pattern: 'your|their last-minute|last+minute cancellation|cancellations|withdrawal|no-show',
      hit: 'Your last-minute cancellation cost us a day.',
      miss: 'Our last-minute cancellation cost you a day.',
    },
    {
      id: 'without-a-permit',
      pattern: 'without a|an|any permit|approval|engineer|survey|contract|quote|sign-off|building+regs',
      hit: 'They built it without a permit.',
      miss: 'They built it with a permit.',
    },
    {
      id: 'took-you-a-month',
      pattern: `took|taking you|them|your+team (only|just|a+mere|over|nearly|almost) ${SPAN}`,
      hit: 'It only took you a month.',
      miss: 'It took us a morning.',
    },
    {
      id: 'another-missed',
      // "another week lost": a span of time between.
      pattern:
        'another (week|day|month|weekend|evening|morning|afternoon|hour|fortnight|deadline|appointment|session|visit) missed|late|cancelled|canceled|wasted|lost|broken|botched|gone',
      hit: 'That is another missed deadline.',
      miss: 'That is another nice idea.',
    },
    {
      id: 'job-losing',
      pattern:
        'job|work|done|going|effort (on) losing|breaking|deleting|forgetting|ruining|wrecking|ignoring|botching|missing|skipping',
      hit: 'Nice work losing the keys.',
      miss: 'Nice work finding the keys.',
    },
    {
      id: 'kept-waiting',
      pattern: 'kept|keeping|left|leaving us|me|everyone|the+crew|the+team waiting|hanging|in+the+dark',
      hit: 'You kept us waiting for an hour.',
      miss: 'You kept us informed all week.',
    },
    {
      id: 'deadline-passed',
      pattern: 'deadline|appointment|slot|window ~2 passed|missed|gone|lapsed|expired',
      hit: 'The deadline has now passed.',
      miss: 'The deadline has now moved.',
    },
    {
      id: 'after-weeks',
      relief: true,
      pattern: 'after weeks|months|ages|all+this+time|so+long (of) (silence|waiting|chasing)',
      hit: 'You replied after weeks of silence.',
      miss: 'You replied after lunch.',
    },
    {
      id: 'after-the-fact',
      pattern: 'after+the+fact|retroactively|after+it+was+too+late',
      hit: 'You told us after the fact.',
      miss: 'You told us before the meeting.',
    },
    {
      id: 'not-even',
      pattern: "not+even|didn't+even|did+not+even|never+even|without+even|hasn't+even|haven't+even",
      hit: 'You did not even call.',
      miss: 'You did call.',
    },
    {
      id: 'for-not',
      pattern:
        'for not|never replying|answering|telling|calling|responding|letting|showing|turning|reading|checking|informing|bothering|getting|paying|coming|sending|including|copying',
      hit: 'Thanks for not replying.',
      miss: 'Thanks for replying.',
    },
    {
      id: 'you-forgot',
      pattern:
        "you|you've|you+have|you+had (completely|just|already|again|once+again|always|simply) forgot|forgotten|ignored|ignore|lost|lose|missed|miss|overlooked|skipped|deleted|ruined|wrecked|misplaced",
      hit: 'Thanks, you forgot the keys.',
      miss: 'Thanks, you found the keys.',
    },
    {
      id: 'asked-twice',
      pattern:
        'asked|chased|reminded|called|emailed|nudged|written+to (you) twice|three+times|four+times|repeatedly|several+times|multiple+times|again+and+again',
      selfOk: true,
      hit: 'We had chased you three times.',
      miss: 'We had called you once.',
    },
    {
      id: 'yet-another',
      pattern: 'yet another',
      hit: 'It is yet another change request.',
      miss: 'It is another good idea.',
    },
    {
      id: 'weeks-late',
      relief: true,
      pattern: `${UNIT} late|overdue|behind|too+late|past+the+deadline|after+the+deadline|after+the+due+date|after+your+appointment|after+your+slot|after+the+appointment|after+it+arrived|after+it+was+due|after+the+start|after+we+asked|after+i+asked|after+you+got+it|after+you+received+it|after+it+reached+you|after+it+landed|into+the+workshop|into+the+meeting|into+the+session|into+the+call|into+the+appointment|into+the+class|before+it+ended|before+the+end`,
      hit: 'The payment came three weeks late.',
      miss: 'The payment came three weeks early.',
    },
    {
      id: 'a-mere-weeks',
      relief: true,
      pattern: `a+mere|only|just|barely ${SPAN} after|late|later|past|overdue`,
      hit: 'It came a mere two days after the hearing.',
      miss: 'It came two days before the hearing.',
    },
    {
      id: 'only-now',
      relief: true,
      pattern: 'only now|just+now',
      hit: 'The approval arrived only now.',
      miss: 'The approval arrived now, right on time.',
    },
    {
      id: 'night-before',
      relief: true,
      pattern:
        'the|on+the night|evening|day|morning before the deadline|launch|meeting|hearing|handover|presentation|audit|deadline',
      hit: 'The slides came the evening before the deadline.',
      miss: 'The slides came a week before the deadline.',
    },
    {
      // Sent in the small hours for what was due first thing: "arriving at 11:40 last night", "at midnight".
      id: 'late-last-night',
      relief: true,
      pattern:
        'at ~1-2 last+night|the+night+before|the+evening+before|at+midnight|after+midnight|at+two+in+the+morning|at+three+in+the+morning|late+last+night',
      hit: 'The notes arrived at 11:40 last night for a show that went live at six.',
      miss: 'The notes arrived at 11:40 last Tuesday, with a week to spare.',
    },
    {
      // "… the night before." at the end: the event it came before goes without saying.
      id: 'the-night-before-end',
      pattern: 'the night|evening before $',
      hit: 'Thanks for the drawings at eleven the night before.',
      miss: 'Thanks for the drawings, which came a week before.',
    },
    {
      id: 'last-minute',
      // Help at the last minute is thanked sincerely ("stepped in at the last minute"); a cancellation is not.
      pattern:
        'cancelled|canceled|pulled+out|backed+out|dropped+out|called+it+off|called+off+the+meeting at|in the last+minute|eleventh+hour|last+possible+moment',
      hit: 'You cancelled at the last minute.',
      miss: 'You stepped in at the last minute.',
    },
    {
      id: 'after-reminders',
      pattern: `after ${NUM} reminders|chasers|emails|calls|requests|nudges|follow-ups`,
      hit: 'The forms came after three reminders.',
      miss: 'The forms came after three days.',
    },
    {
      id: 'after-the-third-reminder',
      pattern: `after (the|my|our|your) ${ORD} reminder|chaser|email|call|request|nudge|follow-up`,
      hit: 'The forms came after the third reminder.',
      miss: 'The forms came after the first week.',
    },
    {
      id: 'for-the-third-time',
      pattern: `for the ${ORD} time`,
      hit: 'The delivery failed for the third time.',
      miss: 'The delivery came for the first time.',
    },
    {
      id: 'yet-again',
      pattern: 'yet again',
      hit: 'The invoice is wrong yet again.',
      miss: 'The invoice is right again.',
    },
    {
      id: 'again-wrong',
      pattern: 'once+again|again ~2 <neg>|wrong|late|missing|forgot|forgotten|cancelled|canceled|lost',
      hit: 'The invoice is once again wrong.',
      miss: 'Thank you again for the invoice.',
    },
    {
      id: 'wrong-again',
      pattern: 'wrong|late|missing|broken|cancelled|canceled|unpaid|down|offline|stuck|delayed|blocked yet+again|again',
      hit: 'The part is missing again.',
      miss: 'The part is here again.',
    },
    {
      id: 'still-not',
      pattern: "still not|no|hasn't|haven't|isn't|aren't|doesn't|don't|didn't|won't|can't|wasn't|nothing",
      hit: 'The invoice is still not paid.',
      miss: 'The invoice is still open, the bank says.',
    },
    {
      id: 'not-invited',
      pattern: "weren't|wasn't|were+not|was+not|never+been invited|told|informed|consulted|asked|copied|included",
      selfOk: true,
      hit: 'We were not invited to the meeting.',
      miss: 'We were invited to the meeting.',
    },
    {
      id: 'without-reading',
      pattern: 'without reading|checking|looking|bothering|a+word|any+warning|warning|notice|a+heads-up',
      hit: 'You signed it without reading it.',
      miss: 'You signed it after reading it.',
    },
    {
      id: 'without-telling',
      pattern: 'without telling|asking|consulting|informing|warning|copying (us|me|anyone|anybody)',
      unlessAfter: ['for', 'anything'],
      hit: 'The date moved without telling us.',
      miss: 'The date moved, as you told us.',
    },
    {
      // Told through a side channel: "Thanks for telling us, via your out-of-office reply, that …".
      id: 'via-a-footnote',
      pattern:
        "via|through the|a|an|your|your+assistant's ~0-1 out-of-office|auto-reply|autoreply|footnote|postscript|newsletter|press+release|comment|minutes|invoice",
      selfOk: true,
      hit: 'Many thanks for informing us via a footnote that our contract ends.',
      miss: 'We will send the invoice via the portal, as agreed.',
    },
    {
      // "at last, two days before the wedding"
      id: 'at-last-days-before',
      relief: true,
      pattern: `at+last|finally ~0-3 (,) (only|just|a+mere|barely) ${NUM} ${UNIT}|hours|days before the|your ${EVENT}`,
      hit: 'The deposit finally arrived, two days before the wedding.',
      miss: 'The deposit arrived two months before the wedding.',
    },
    {
      id: 'second-hand',
      pattern:
        'second-hand|secondhand|third-hand|thirdhand|through+the+grapevine|from+a+third+party|from+someone+else|from+your+supplier|from+your+contractor|from+a+linkedin+post|on+linkedin|from+your+press+release|from+the+press',
      selfOk: true,
      hit: 'We heard about it second-hand.',
      miss: 'We heard about it from you directly.',
    },
    {
      id: 'backorder',
      pattern: 'backorder|back-order|back+order|backordered|back-ordered|out+of+stock',
      hit: 'The taps are now on backorder.',
      miss: 'The taps are now on the van.',
    },
    {
      id: 'fined',
      pattern: 'fined|penalised|penalized|a+penalty|a+parking+ticket',
      selfOk: true,
      hit: 'The council fined us for the skip.',
      miss: 'The council found us a spot for the skip.',
    },
    {
      id: 'packed-in',
      pattern: 'has|have|had packed+in|packed+up|broken+down|given+up+the+ghost|been+hacked|been+cracked',
      hit: 'The pump has packed in.',
      miss: 'The pump has arrived.',
    },
    {
      id: 'one-star',
      pattern: 'one-star|1-star|one+star|a+single+star|only+one+star',
      hit: 'You left a one-star review.',
      miss: 'You left a kind review.',
    },
    {
      id: 'no-show',
      pattern: "didn't|did+not|never show+up|turn+up|appear|came|come|arrived|called|rang|replied",
      hit: 'You did not show up on Monday.',
      miss: 'You did show up early on Monday.',
    },
    {
      // Broken, wrong or late once more: the repetition makes it a pattern, not bad luck.
      id: 'broken-as-usual',
      pattern:
        'wrong|late|missing|broken|broke|down|offline|incomplete|cancelled|canceled|delayed|stuck|faulty|leaking|leaks|crashed|crashes|failed|froze|unpaid ~0-3 again|once+again|as+usual|as+always|like+always|as+ever|for+the+umpteenth+time',
      hit: 'The tap is leaking as usual.',
      miss: 'The tap is fixed as usual.',
    },
    {
      id: 'after-only-reminders',
      pattern: `after only|just|a+mere|no+more+than ${NUM} reminders|chasers|emails|calls|requests|nudges|follow-ups|attempts`,
      hit: 'The forms came after only five reminders.',
      miss: 'The forms came after only five days.',
    },
    {
      id: 'day-before-the',
      relief: true,
      pattern:
        'the|on+the day|night|evening|morning|afternoon|hour before the ~0-2 deadline|hearing|launch|filing|submission|meeting|presentation|audit|inspection|appointment|handover|opening',
      hit: 'The slides arrived the evening before the board meeting.',
      miss: 'The slides arrived a week before the meeting.',
    },
    {
      id: 'finally-after-weeks',
      relief: true,
      pattern: `finally ~0-4 after ${NUM}|several|many ${UNIT}|calls|reminders|emails`,
      hit: 'You finally replied after six weeks.',
      miss: 'You replied after six weeks of holiday.',
    },
    {
      id: 'to-the-wrong',
      pattern: 'to|at|in|with|on|for the wrong|incorrect',
      hit: 'The parcel went to the wrong address.',
      miss: 'The parcel went to the new address.',
    },
    {
      id: 'only-half',
      pattern:
        'only|just|barely half|a+third|a+fraction|part ~0-5 delivered|arrived|done|finished|installed|fixed|working|came|sent|paid|there|built|painted|working',
      hit: 'Only half of the windows were installed.',
      miss: 'Half of the windows were installed on Monday.',
    },
    {
      id: 'sent-long-ago',
      selfOk: true,
      pattern:
        'sent|paid|answered|submitted|uploaded|signed|returned|emailed|explained ~0-3 long+ago|ages+ago|weeks+ago|months+ago',
      hit: 'I sent the forms weeks ago.',
      miss: 'I sent the forms this morning.',
    },
    {
      id: 'after-we-signed',
      selfOk: true,
      pattern:
        "after|once we|i|you|we'd|i'd|you'd (had) signed|paid|agreed|committed|ordered|accepted|hired|booked|chosen|moved",
      hit: 'The extra charge came after we signed.',
      miss: 'The extra charge came before we signed.',
    },
    {
      id: 'when-we-were-already-there',
      selfOk: true,
      pattern:
        'once|when|after|while we|i were|was|had already at|on|in|there|on+site|waiting|arrived|on+our+way|on+my+way|left',
      hit: 'They cancelled when we were already on site.',
      miss: 'They called when we were planning the day.',
    },
    {
      id: 'still-do-not',
      pattern:
        'still do+not|does+not|did+not|have+not|has+not|is+not|are+not|was+not|were+not|cannot|can+not|will+not|would+not|lack|lacks|miss|misses',
      hit: 'The drawings still do not include the porch.',
      miss: 'The drawings still include the porch.',
    },
    {
      id: 'another-without',
      pattern: 'another ~1-3 without|with+no|missing|minus|lacking',
      hit: 'Here is another quote without the discount.',
      miss: 'Here is another quote with the discount.',
    },
    {
      id: 'the-third-email',
      selfOk: true,
      pattern: `the|my|our|this|that's ${ORD} email|e-mail|reminder|chaser|call|request|message|nudge|follow-up`,
      hit: 'This is my fourth reminder.',
      miss: 'This is my first reminder.',
    },
    {
      id: 'deadline-merely-tomorrow',
      pattern:
        'deadline|hearing|launch|filing|appointment|inspection|audit|opening ~0-2 merely|only|just tomorrow|today|tonight',
      hit: 'The filing deadline is merely tonight.',
      miss: 'The filing deadline is next month.',
    },
    {
      id: 'link-that-does-not-work',
      pattern:
        "that|which ~0-2 doesn't|does+not|didn't|did+not|won't|will+not|can't|cannot work|open|load|fit|match|exist",
      hit: 'You sent a login that does not work.',
      miss: 'You sent a login that works well.',
    },
    {
      id: 'weeks-after-the',
      relief: true,
      pattern: `${SPAN} after the|your|our|my|we|i`,
      hit: 'The reply came four weeks after the flood.',
      miss: 'The reply came four hours before the meeting.',
    },
    {
      id: 'nobody-tested',
      pattern:
        'nobody|no+one|no-one ~0-2 tested|checked|test|check|read|called|answered|replied|bothered|came|turned+up|showed+up',
      hit: 'Nobody tested the update before release.',
      miss: 'Nobody minds if the update comes later.',
    },
    {
      // A failure word on its own: the rule lets it count only after an exclamation or next to "as usual".
      id: 'bare-failure',
      bare: true,
      pattern: `${FAILED}`,
      hit: 'Great, the server crashed.',
      miss: 'Great, the server is running smoothly.',
    },
    {
      id: 'bare-left-open',
      bare: true,
      pattern:
        'left|leaving|leaves|leave ~0-3 unlocked|open|unattended|dirty|filthy|in+a+mess|a+mess|unfinished|half-finished|half+done|without+a+word',
      hit: 'As always, the crew left the gate unlocked.',
      miss: 'As always, the crew left a note for you.',
    },
    {
      // "nobody on your team bothered to read": no one did what was due.
      id: 'nobody-bothered',
      pattern:
        'nobody|no+one|no-one|none+of+you|none+of+them ~0-5 bothered|cared|noticed|called|checked|read|tested|answered|replied|turned+up|showed+up|told|warned|came',
      hit: 'Wonderful that nobody on your team bothered to read the brief.',
      miss: 'Wonderful that everybody on your team read the brief.',
    },
    {
      id: 'later-by-units',
      relief: true,
      pattern: `${SPAN} later|on|afterwards|too+late|behind+schedule|past+due`,
      hit: 'Thank you for your speedy reply, three weeks on.',
      miss: 'Thank you for your speedy reply, we start in three weeks.',
    },
    {
      // A reply, a call or a reaction after only/a mere weeks: the minimiser is the dig.
      id: 'reply-after-only',
      pattern: `${REPLY} ~0-6 (after|in|within) only|just|a+mere|merely|barely|no+more+than ${SPAN}`,
      hit: 'Thanks for answering me after only three weeks.',
      miss: 'Thanks for finishing the roof after only three days.',
    },
    {
      // Mock speed: praise for a quick reply next to the weeks it took.
      id: 'swift-after-weeks',
      pattern: `${SPEED} ~0-8 after|took|taken|taking|later (only|just|a+mere|merely|over|nearly|almost) ${SPAN}`,
      hit: 'Many thanks for your incredibly prompt reply – it only took a month.',
      miss: 'Many thanks for your prompt reply – we start in a month.',
    },
    {
      id: 'swift-weeks-on',
      pattern: `${SPEED} ~0-8 ${SPAN} later|on|late|after|afterwards`,
      hit: 'Thank you ever so much for your speedy reply, three weeks on.',
      miss: 'Thank you ever so much for your speedy reply, three weeks before the move.',
    },
    {
      id: 'eventually',
      relief: true,
      pattern: 'eventually|belatedly|at+long+last',
      hit: 'Thank you so much for replying to my question from last month, eventually.',
      miss: 'We will need the final drawings by Friday.',
    },
    {
      // Told "the morning after," with what it was after left unsaid: the telling came too late.
      id: 'told-the-day-after',
      relief: true,
      pattern:
        'mention|mentioned|mentioning|tell|told|telling|inform|informed|informing|warn|warned|warning|flag|flagged|flagging|let+us+know|letting+us+know|let+me+know|letting+me+know ~0-2 , the|a day|morning|evening|night|week|weekend after ,',
      hit: 'Lovely of you to mention, the morning after, that the gate code had changed.',
      miss: 'Lovely of you to mention that the gate code had changed.',
    },
    {
      // Told or warned the day after what it was about.
      id: 'day-after-event',
      relief: true,
      pattern: `the|a|one|${NUM} day|days|morning|evening|night|week|weeks|hour|hours after ~0-1 the|it|we|i|your|our ~0-1 ${EVENT}`,
      hit: 'Thank you for warning me about the outage the day after it happened.',
      miss: 'Thank you for calling the day after my surgery.',
    },
    {
      id: 'after-i-had-driven',
      selfOk: true,
      pattern:
        'after|once|when i|we (had) (already) driven|arrived|left|paid|signed|ordered|booked|travelled|traveled|gone|started|printed|sent|submitted|cleared|rearranged|blocked',
      hit: 'Thanks for letting me know the site was closed, after I had driven there.',
      miss: 'Thanks for letting me know the site was closed, before I set off.',
    },
    {
      id: 'after-it-went-out',
      pattern:
        'after|once the|my|our ~0-2 went+out|had+gone+out|was+sent|had+been+sent|was+printed|was+signed|had+started|was+filed',
      // "so quickly after …", "right after …": speed, which praise may sincerely thank for.
      unlessBefore: ['quickly', 'soon', 'shortly', 'right', 'straight', 'promptly', 'directly', 'immediately', 'just'],
      hit: 'Cheers for telling us about the price increase after the invoice went out.',
      miss: 'Cheers for telling us about the price increase before the invoice went out.',
    },
    {
      // Congratulated or thanked for a failure: "on missing", "for breaking", "managing to lose".
      id: 'on-failing',
      pattern: `on|for|managing+to|managed+to ~0-1 ${FAIL_ING}`,
      unlessAfter: ['news', 'ground', 'record', 'records', 'silence', 'bread', 'habit'],
      hit: 'Congratulations on missing the third deadline in a row.',
      miss: 'Congratulations on winning the sales award.',
    },
    {
      id: 'ordinal-failure',
      pattern: `${ORD} ~0-1 broken|failed|missed|cancelled|canceled|late|wrong|faulty|delayed|botched|crashed|lost|overdue|postponed`,
      hit: 'Impressive – the third broken build this week.',
      miss: 'Impressive – the third successful build this week.',
    },
    {
      id: 'missed-plural',
      pattern:
        'missed|cancelled|canceled|failed|broken|late|botched|forgotten|overdue deadlines|appointments|deliveries|payments|dates|milestones|builds|meetings|calls|sessions|promises',
      hit: 'Four missed deadlines in a row must be some kind of record.',
      miss: 'Four met deadlines in a row must be some kind of record.',
    },
    {
      id: 'wrong-version',
      pattern:
        'the|a wrong|incorrect|outdated version|file|draft|address|invoice|figures|numbers|colour|color|size|model|part',
      hit: 'Well done for sending the wrong version to the client.',
      miss: 'Well done for spotting the error before it went out.',
    },
    {
      id: 'never-done',
      pattern:
        'was|were|has+been|have+been|had+been never|not done|finished|delivered|fixed|completed|ordered|sent|paid|started|installed|booked',
      hit: 'I just love getting invoices for work that was never done.',
      miss: 'I just love getting invoices for work that was done so well.',
    },
    {
      id: 'pay-twice',
      selfOk: true,
      pattern: 'pay|paying|paid|charged|charge|charging ~0-2 twice|double|extra|again|a+second+time',
      hit: "Isn't it lovely to pay twice for the same repair?",
      miss: "Isn't it lovely to pay once and get a whole year of service?",
    },
    {
      id: 'own-mistake',
      pattern: 'your|their own mistake|mistakes|error|errors|fault|blunder|oversight',
      hit: 'Such a deal, paying extra for the repair of your own mistake.',
      miss: 'Such a deal, paying half for the repair of the old pump.',
    },
    {
      id: 'another-charge',
      pattern:
        'another|yet+another|one+more ~0-1 surcharge|fee|charge|invoice|delay|cancellation|postponement|excuse|change+request|extension|price+rise|price+increase|reminder',
      hit: 'Lovely, another surcharge for something that was in the contract.',
      miss: 'Lovely, another happy client for your portfolio.',
    },
    {
      id: 'nobody-can-read',
      pattern: 'nobody|no+one|no-one|none+of+us ~0-1 can|could|will ~0-1 read|use|open|understand|follow|find',
      hit: 'What a bargain – a thousand dollars for a report nobody can read.',
      miss: 'What a bargain – a thousand dollars for a report everyone can read.',
    },
    {
      id: 'dismissed-commitment',
      pattern: 'means|meant|mean nothing|little|zero|very+little',
      hit: 'Nice to know the contract means nothing to you.',
      miss: 'Nice to know the contract means a lot to you.',
    },
    {
      id: 'just-a-suggestion',
      pattern: 'was|is|were|are just|only|merely a|an suggestion|guideline|formality|rough+guide|wish|idea|estimate',
      hit: 'Glad to hear that our deadline was just a suggestion.',
      miss: 'Glad to hear that our date is a good fit for you.',
    },
    {
      id: 'read-at-all',
      selfOk: true,
      pattern: 'read|heard|seen|opened|noticed|answered|remembered ~0-1 at+all',
      hit: 'Good to know that my emails are being read at all.',
      miss: 'Good to know that my emails are being read by the right person.',
    },
    {
      id: 'remembered-we-exist',
      selfOk: true,
      pattern: 'remembered|remember|noticed|recalled ~0-1 we|i|us exist|still+exist|are+still+here',
      hit: 'Good to see you remembered we exist.',
      miss: 'Good to see you remembered we are coming on Tuesday.',
    },
    {
      id: 'budget-gone',
      pattern: 'budget|money|deposit|savings|advance ~0-3 disappeared|vanished|gone|evaporated|spent|used+up|blown',
      hit: 'Truly impressive how quickly the budget disappeared.',
      miss: 'Truly impressive how carefully the budget was planned.',
    },
    {
      id: 'doubles-every-time',
      pattern:
        'doubles|doubled|triples|tripled|goes+up|went+up|rises|rose|creeps+up|climbs ~0-3 every|each|again|once+more',
      hit: 'I love how the quote doubles every time we speak.',
      miss: 'I love how the team grows every year.',
    },
    {
      id: 'without-fixing',
      pattern:
        'without fixing|repairing|solving|doing|finishing|checking|testing|cleaning|explaining|saying ~0-1 anything|a+thing|it|goodbye|a+word',
      hit: 'Your technician came, looked and left without fixing anything.',
      miss: 'Your technician came and fixed everything without fuss.',
    },
    {
      id: 'before-the-work',
      pattern:
        'before the|any work|job|repair|visit|delivery|service ~0-1 did|was+done|started|arrived|happened|was+finished|was+complete|was+completed|finished',
      hit: "Aren't we lucky that the invoice arrived before the work did?",
      miss: "Aren't we lucky that the weather held for the work?",
    },
    {
      id: 'wont-start',
      pattern:
        "won't|doesn't|didn't|can't|cannot|still+won't|still+doesn't start|boot|work|open|load|print|turn+on|switch+on|connect|lock|close|drain|flush",
      hit: "Oh perfect, the laptop you repaired won't start.",
      miss: 'Oh perfect, the laptop you repaired starts in a second.',
    },
    {
      // Found out from someone else: told by a receptionist, a newsletter, the invoice.
      id: 'found-out-from',
      selfOk: true,
      pattern:
        'found+out|heard|learned|learnt|discovered ~0-3 from|via|through|in the|your|a|an ~0-2 receptionist|assistant|newsletter|invoice|press|paper|newspaper|website|neighbour|neighbor|colleague|third+party|grapevine|minutes|bill',
      hit: 'Stellar communication, as always – I found out from your receptionist.',
      miss: 'Stellar communication – you told me first.',
    },
    {
      id: 'on-hold',
      selfOk: true,
      pattern: `on+hold|in+a+queue|in+the+queue ~0-2 for ${SPAN}`,
      hit: 'Great customer service: I was on hold for forty minutes and then cut off.',
      miss: 'Great customer service: I was put through in a minute.',
    },
    {
      id: 'after-it-was-due',
      pattern:
        'after|past the|your|my|our|it ~0-2 was+due|were+due|had+passed|had+expired|had+closed|had+ended|had+begun|had+started|was+over|fell+due',
      hit: 'As ever, the statement arrived after the payment was due.',
      miss: 'As ever, the statement arrived before the payment was due.',
    },
    {
      // Silence: the reader has not been heard from ("gone silent for a fortnight").
      id: 'gone-silent',
      pattern:
        'gone+silent|gone+quiet|gone+dark|gone+awol|radio+silence|ghosted|ghosting|vanished|disappeared|not+a+peep|not+a+word|no+word',
      hit: 'Splendid, the contractor has gone silent for a fortnight.',
      miss: 'Splendid, the contractor has gone home for a fortnight.',
    },
    {
      id: 'after-three-corrections',
      pattern: `after ${NUM} corrections|complaints|attempts|tries|visits|revisions|rounds|phone+calls|letters|chasers|reminders`,
      hit: 'Great, the invoice still shows the old rate after three corrections.',
      miss: 'Great, the invoice shows the new rate after three days.',
    },
    {
      // Arrived or told once it was no use: after the builders had left.
      id: 'after-they-had-left',
      pattern:
        'after|once|when ~1-3 had|were|was left|gone|finished|packed+up|moved+out|closed|ended|already+left|already+gone',
      hit: 'Excellent planning, the skip arrived after the builders had left.',
      miss: 'Excellent planning, the skip arrived before the builders started.',
    },
    {
      id: 'before-telling-us',
      pattern: 'before telling|informing|asking|consulting|warning|calling|emailing us|me',
      hit: 'Thanks a bunch for telling the tenants before telling us.',
      miss: 'Thanks a bunch for calling the tenants and then us.',
    },
    {
      id: 'full-of-errors',
      pattern: 'full+of|riddled+with|littered+with|peppered+with errors|mistakes|typos|holes|bugs|gaps',
      hit: 'As per usual, the report came back full of errors.',
      miss: 'As per usual, the report came back full of ideas.',
    },
    {
      id: 'not-one-answer',
      pattern: 'not+one|not+a+single|no+single|zero ~0-1 answer|reply|response|call|callback|update|word|email',
      hit: 'Brilliant support – three tickets and not one answer.',
      miss: 'Brilliant support – three tickets and one quick answer.',
    },
    {
      id: 'extra-invoice',
      pattern: 'extra|additional|surprise|another|separate ~0-1 invoice|charge|fee|bill|surcharge',
      hit: 'Thanks for the lovely surprise: an extra invoice for the call-out.',
      miss: 'Thanks for the lovely surprise: a card for the team.',
    },
    {
      // "call back after three weeks": weeks, not days (thanks for a reply after two days are sincere).
      id: 'after-n-weeks',
      relief: true,
      unlessAfter: [
        'holiday',
        'holidays',
        'vacation',
        'leave',
        'illness',
        'break',
        'absence',
        'of',
        'away',
        'off',
        'abroad',
      ],
      pattern: `after ${NUM} weeks|months|week|month`,
      hit: "I'm honoured you found the time to call back after three weeks.",
      miss: 'Thanks for calling back after two days.',
    },
    {
      // "redrawing the elevation again": work the writer redoes because of the reader.
      id: 'redo-again',
      selfOk: true,
      pattern:
        'redo|redoing|redraw|redrawing|rewrite|rewriting|rebuild|rebuilding|reprint|reprinting|reshoot|reshooting|redesign|redesigning|repaint|repainting|resubmit|resubmitting|replan|replanning ~0-5 again|from+scratch|all+over+again|once+more',
      hit: "Wonderful, so we're redrawing the whole elevation again.",
      miss: "Wonderful, so we're redrawing the elevation with the new windows.",
    },
    {
      // "waiting until April 14th to mention it": news held back until it was late.
      id: 'waiting-until-to-mention',
      // "I really appreciate you waiting …": the "I" of the thanks stands close before it.
      selfOk: true,
      pattern:
        'waiting|waited|leaving+it|left+it until|till|til ~1-4 to mention|to+tell|to+say|to+flag|to+raise|to+let|to+bring|before+mentioning|before+telling',
      hit: 'I really appreciate you waiting until April 14th to mention the rental flat.',
      miss: 'I really appreciate you waiting until I was back to discuss the rental flat.',
    },
    {
      // "after we'd printed 5,000 flyers": news that came once the work was done.
      id: 'after-we-had-done',
      selfOk: true,
      pattern:
        "after|once we'd|we+had|i'd|i+had (already) printed|ordered|sent|built|poured|installed|submitted|filed|signed|paid|booked|shot|filmed|painted|published|finished|delivered|launched|plastered|tiled|fitted|laid|cut|mailed",
      hit: "Cheers for mentioning the new colours after we'd printed the flyers.",
      miss: 'Cheers for mentioning the new colours before we print the flyers.',
    },
    {
      // "before we had agreed them": the reader went ahead of the writer.
      id: 'before-we-had-agreed',
      selfOk: true,
      pattern:
        "before we'd|we+had|i'd|i+had|anyone+had|anybody+had (even) agreed|approved|signed+off|checked|seen|reviewed|finalised|finalized|confirmed|decided",
      hit: 'Thank you for sending our draft to the other side before we had agreed it.',
      miss: 'Thank you for sending our draft to the other side after we had agreed it.',
    },
    {
      // "without asking anyone": the reader acted on their own.
      id: 'without-asking-anyone',
      pattern: 'without asking|consulting|checking+with|telling|informing anyone|anybody',
      hit: 'Really thrilled to hear the builder changed our drainage design without asking anyone.',
      miss: 'Really thrilled to hear the builder finished the drainage without any trouble.',
    },
    {
      // "so we get to start over": work the reader hands the writer, called a treat.
      id: 'get-to-start-over',
      selfOk: true,
      pattern:
        'get|gets|got to ~0-3 redo|redraw|rewrite|rebuild|reprint|start+over|start+again|begin+again|do+it+all+again|do+the+whole+thing+again',
      hit: 'Brilliant, so now we get to redo the whole kitchen plan.',
      // Doing it again is a wish between people who enjoyed it.
      miss: 'I really enjoyed the project and hope we get to do it again.',
    },
    {
      // "back to square one": the work undone by the reader's change.
      id: 'back-to-square-one',
      selfOk: true,
      pattern: 'back to square+one|the+drawing+board|the+start',
      hit: 'Wonderful, so we are back to square one with the layout.',
      miss: 'Wonderful, so we are back in the office on Monday.',
    },
    {
      // "a week after the planned launch": after an agreed date is late.
      id: 'after-the-planned-date',
      pattern:
        'after the|our|your planned|agreed|scheduled|promised|arranged|set|booked launch|start|date|deadline|handover|go-live|opening|delivery|kick-off|kickoff|start+date',
      hit: 'Great, the approval came a week after the planned launch.',
      miss: 'Great, the approval came a week before the planned launch.',
    },
    {
      // "the brief changed again": the reader's change of course, once more.
      id: 'changed-again',
      pattern:
        'changed|switched|shifted|flipped|changes|switches|shifts|flips ~0-3 again|yet+again|once+again|for+the+third+time|for+the+fourth+time|for+the+umpteenth+time',
      hit: 'Love that the brief changed again overnight.',
      miss: 'Love that the brief changed so little overnight.',
    },
    {
      // "is happening without us": the writer passed over.
      id: 'without-us',
      pattern:
        'happening|happened|happens|going+ahead|went+ahead|goes+ahead|decided|agreed|met|meeting|taking+place|took+place ~0-3 without us|me',
      hit: 'Great, the client meeting is happening on Thursday without us.',
      miss: 'Great, the client meeting is happening on Thursday with us.',
    },
    {
      // "had a go at the fuse board": the amateur before the professional.
      id: 'had-a-go-at',
      pattern:
        'had+a+go|had+a+crack|took+a+stab|has+had+a+go|tried+his+hand|tried+her+hand|tried+their+hand at|tinkered+with|fiddled+with|messed+with|messed+around+with|had+a+fiddle+with',
      hit: 'Fantastic news that your brother-in-law had a go at the fuse board first.',
      miss: 'Fantastic news that your brother-in-law had a look at the photos first.',
    },
    {
      // "spent two days on it only for half the team to ignore it": effort the reader made futile.
      id: 'spent-only-for',
      selfOk: true,
      pattern: `spent|spend|spending|wasted ~0-2 ${SPAN} ~0-8 only+for|only+to|just+so|just+for|just+to|only+so`,
      hit: 'Glad we spent two full days moving everyone to the new CRM just so half the team could keep the old sheet.',
      miss: 'Glad we spent two full days moving everyone to the new CRM; it runs smoothly now.',
    },
  ],
  marker: [
    {
      // "Nothing we love more than redoing a seating plan over the weekend": the chore dressed as a treat.
      id: 'nothing-we-love-more-than',
      pattern:
        'nothing ~0-1 i|we love|like|enjoy|adore more than ~0-6 over+a+weekend|over+the+weekend|on+a+sunday|on+a+saturday|at+midnight|from+scratch|all+over+again|a+second+time|twice',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Nothing we love more than rebuilding a stand from scratch.',
      miss: 'Nothing we love more than seeing a stand come together.',
    },
    {
      // "I'm sure the council will be delighted with the incomplete forms": joy promised over a flawed thing.
      id: 'sure-delighted-with-the-incomplete',
      pattern:
        "i'm+sure|i+am+sure|no+doubt|i+bet ~0-4 will|would be+delighted|be+thrilled|be+overjoyed|be+impressed|be+pleased with|by the|your|these|this ~0-1 incomplete|unsigned|blank|half-finished|unfinished|outdated|out-of-date|faulty|wrong|missing|late|illegible|blurry|crumpled",
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm sure the auditors will be delighted with the unsigned statements.",
      miss: "I'm sure the auditors will be delighted with the tidy statements.",
    },
    {
      // "I'm sure they'll be thrilled to …": the burden on the writer's people said as their joy.
      id: 'sure-theyll-be-thrilled',
      pattern:
        "i'm+sure|i+am+sure|no+doubt ~0-3 they'll|they+will|he'll|she'll|the+team+will|my+team+will|the+crew+will be+thrilled|be+delighted|be+over+the+moon|love",
      gate: 'context',
      reach: 'sentence',
      hit: "The plans only came in the night before the deadline. I'm sure the crew will be thrilled to start again.",
      miss: "The plans came in early. I'm sure the crew will be thrilled with the new layout.",
    },
    {
      // "Turns out the router works a lot better when it's plugged in": the obvious fix said as a discovery.
      id: 'works-better-when-plugged-in',
      pattern:
        "works|work|runs|run ~0-2 better|best when ~0-1 it's|it+is|they're|they+are|it+has+been|you ~0-2 plugged+in|switched+on|turned+on|charged|connected",
      gate: 'alone',
      reach: 'sentence',
      hit: 'Turns out the printer works much better when it is switched on.',
      miss: 'The new printer works better when it is on the second floor, closer to the router.',
    },
    {
      // Feigned worry about something pleasant coming to the writer: "I was starting to worry I'd have a relaxing evening".
      id: 'worried-about-a-quiet-evening',
      pattern:
        "worry|worried|afraid|feared ~0-2 i'd|i+would|i+might|we'd|we+would|we+might (actually) have|get|enjoy a|an (whole|actual) relaxing|restful|peaceful|lazy|work-free|stress-free|free evening|weekend|night|day|sunday|saturday|holiday",
      gate: 'alone',
      unlessExclaimed: true,
      reach: 'sentence',
      hit: 'Perfect timing, I was afraid I might have a restful weekend.',
      miss: 'I was worried the storm would spoil your quiet weekend.',
    },
    {
      // "Thanks so much for leaving pitch 14 the way you did": thanks for the state something was left in.
      id: 'thanks-for-leaving-it-the-way',
      pattern: 'leaving|leave|left ~1-4 the+way+you+did|the+way+you+left+it|in+the+state+you+did|as+you+did',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Thanks so much for leaving the kitchen the way you did.',
      miss: 'Thanks so much for leaving the keys with the neighbour.',
    },
    {
      // "Bravo, the bikes actually made it back": applause for the least that could be expected.
      id: 'bravo-actually',
      pattern: '^ bravo|well+well|my+my|hats+off , ~1-8 actually',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Bravo, the keys actually came back.',
      miss: 'Bravo on the quick delivery, the keys are back.',
    },
    {
      id: 'as-expected',
      gate: 'context',
      reach: 'sentence',
      pattern:
        'that|it|this went|turned+out|played+out (exactly|just|precisely) as+expected|as+predicted|to+plan|according+to+plan',
      hit: 'Well, that went exactly as expected: no one from the agency turned up.',
      miss: 'Well, that went exactly as expected: everyone from the agency turned up.',
    },
    {
      id: 'excuse-this-time',
      pattern: "what|which excuse|explanation|story ~0-3 this+time|we'll+get|we+will+get|it+will+be|it'll+be",
      gate: 'alone',
      reach: 'sentence',
      hit: "I can't wait to hear what excuse we'll get this time.",
      miss: 'What explanation do you need from us?',
    },
    {
      // "Deadlines aren't really your thing, are they?": the reader's failing as a trait, understated.
      id: 'not-your-thing',
      pattern:
        "aren't|isn't|are+not|is+not|weren't|wasn't (really|exactly) your|their thing|strong+suit|forte|strength",
      gate: 'alone',
      reach: 'sentence',
      hit: "Deadlines aren't really your thing, are they?",
      miss: "Printing isn't really our main business.",
    },
    {
      id: 'just-what-we-had-in-mind',
      pattern: 'just|exactly|precisely what we|i had+in+mind|asked+for|ordered|wanted|pictured',
      gate: 'context',
      reach: 'sentence',
      hit: 'The tiles are the wrong colour again. Exactly what we had in mind.',
      miss: 'Exactly what we had in mind!',
    },
    {
      // "Wow, a reply within just three weeks.": an interjection over a situation in its own sentence.
      id: 'wow-comma',
      pattern: '^wow|whoa|blimey|gosh|golly ,',
      gate: 'same',
      unlessExclaimed: true,
      reach: 'sentence',
      hit: 'Wow, a reply after only three weeks.',
      miss: 'Wow, what a lovely design.',
    },
    {
      id: 'between-friends',
      pattern: `^(but) what's|what+is|what+are (a+few|a+couple+of|just) ${NUM}|an|a ${UNIT}|hour|day|week|month between|among friends`,
      gate: 'alone',
      reach: 'sentence',
      hit: "But what's three hours between friends?",
      miss: "What's three hours of work going to cost?",
    },
    {
      id: 'outdone-yourself',
      pattern: "you've|you+have|you (really|truly|certainly|well+and+truly) outdone|outdid yourself|yourselves",
      gate: 'context',
      reach: 'sentence',
      hit: "You've really outdone yourselves: the flyer has the wrong date.",
      miss: "You've really outdone yourselves – the garden is stunning!",
    },
    {
      id: 'on-top-of-things',
      pattern:
        "you're|you+are|your+team+is (clearly|really|so|obviously|certainly) on+top+of+things|on+the+ball|on+top+of+it",
      gate: 'context',
      reach: 'sentence',
      hit: "You're clearly on top of things: the permit expired last week.",
      miss: "You're clearly on top of things, thank you!",
    },
    {
      id: 'all-the-time-you-need',
      pattern: 'take all+the+time+you+need|all+the+time+in+the+world|as+long+as+you+like',
      gate: 'context',
      reach: 'sentence',
      hit: 'Take all the time you need, it has only been six weeks.',
      miss: 'Take all the time you need to decide.',
    },
    {
      id: 'off-to-a-great-start',
      pattern: "^(well) (,) (we're|that's) off+to+a great|flying|brilliant|wonderful|fantastic start",
      gate: 'context',
      reach: 'sentence',
      hit: 'Off to a great start: the crane arrived at the wrong site.',
      miss: "We're off to a great start with the new team!",
    },
    {
      id: 'takes-some-doing',
      pattern: '^that|this|it takes|took (some|real|serious|quite+some) doing|talent|skill|effort $',
      gate: 'context',
      reach: 'sentence',
      hit: 'You lost the keys to the same flat three times. That takes some doing.',
      miss: 'It takes some effort to learn the software, but it pays off.',
    },
    {
      id: 'must-be-nice',
      pattern: '^(well) (,) must|that+must|it+must be nice|lovely $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Your manager is off for three weeks. Must be nice.',
      miss: 'It must be nice and warm in Spain now.',
    },
    {
      id: 'paying-you-for-this',
      pattern:
        "glad|happy|pleased (that) we're|we+are|i'm|i+am paying|we+pay|i+pay|we+paid|i+paid you ~0-4 for+this|for+that",
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm so glad we're paying you by the hour for this.",
      miss: "We're paying you by the hour for this, as agreed.",
    },
    {
      id: 'perfect-timing-tag',
      pattern:
        'perfect|great|brilliant|impeccable|excellent|superb|first-class|world-class|stellar|top-notch|outstanding|exemplary timing|planning|organisation|organization|service|customer+service|work|communication $',
      gate: 'tag',
      reach: 'sentence',
      hit: 'A week off right before the deadline – perfect timing.',
      miss: 'The parts came on Monday – perfect timing?',
    },
    {
      // "Well, that went brilliantly." next to what went wrong; glad news ends in "!" or has no situation near.
      id: 'that-went-brilliantly',
      pattern:
        '^(well|oh|so) (,) that|this|it went|worked|worked+out|turned+out (really|just) brilliantly|splendidly|swimmingly|perfectly|wonderfully|beautifully|great',
      gate: 'context',
      reach: 'sentence',
      hit: 'Well, that went brilliantly. The mailing went out with the wrong price.',
      miss: 'Well, that went brilliantly!',
    },
    {
      // "the payment deadline is more of a suggestion for you".
      id: 'more-of-a-suggestion',
      pattern:
        'deadline|deadlines|due+date|payment+terms|schedule|timeline|timelines|dates|date|terms|height|plans|drawings|spec|specification|budget|rules|limit ~1-6 more+of+a|more+like+a suggestion|guideline|rough+guide|vague+idea',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Glad to see the payment deadline is more of a suggestion for you.',
      miss: 'The layout is more of a suggestion, feel free to change it.',
    },
    {
      id: 'nothing-says',
      pattern: '^nothing says ~1-3 like|quite+like',
      // Sincere too ("Nothing says summer like a new deck!"): only next to a failure, never with an exclamation mark.
      gate: 'context',
      unlessExclaimed: true,
      reach: 'sentence',
      hit: 'Nothing says partnership like finding out from the press.',
      miss: 'Nothing says summer like a new deck – thank you for building it!',
    },
    {
      id: 'who-knew',
      pattern: '^who+knew|who+would+have+known|who+could+have+known',
      gate: 'context',
      reach: 'sentence',
      hit: 'Who knew a short email could take five weeks to answer?',
      miss: 'Who knew the old boiler could look this good!',
    },
    {
      id: 'all-three-words-of-it',
      pattern: `all ${NUM} words|lines|pages|minutes|seconds|sentences|emails|tabs|slides|comment|comments|remark|remarks|note|notes|point|points|emoji of it`,
      gate: 'alone',
      reach: 'clause',
      hit: 'Thanks for the feedback: all four words of it.',
      miss: 'We read all four pages and loved them.',
    },
    {
      id: 'how-generous',
      pattern:
        'how|very|incredibly|truly|ever+so|most generous|thoughtful|considerate|fair|kind|professional|sporting (of) (you) $',
      gate: 'tag',
      reach: 'clause',
      hit: 'You paid after the third reminder – how generous.',
      miss: 'You waived the fee – how generous!',
    },
    {
      id: 'what-a-coincidence',
      pattern: '^(well|oh|so) (,) what+a coincidence',
      gate: 'context',
      reach: 'clause',
      hit: 'What a coincidence: the invoice is missing again.',
      miss: 'What a coincidence! We live on the same street.',
    },
    {
      id: 'what-a-surprise',
      pattern: '^(well|oh|so) (,) what+a|what+a+big surprise|shock|shocker',
      gate: 'context',
      reach: 'clause',
      hit: 'What a surprise: the courier has lost the parcel yet again.',
      miss: 'What a surprise! Thank you so much for the flowers.',
    },
    {
      id: 'who-would-have-thought',
      pattern:
        "^(well|oh) (,) who+would|who+could|who'd have+thought|have+guessed|have+known|have+predicted|have+seen+that+coming",
      gate: 'context',
      reach: 'clause',
      hit: 'The supplier is late yet again. Who would have guessed.',
      miss: 'We finished two weeks early. Who would have guessed!',
    },
    {
      id: 'well-who-would-have-thought-that',
      pattern: "^well|oh (,) who+would|who+could|who'd have thought|guessed (,) that",
      gate: 'alone',
      reach: 'sentence',
      hit: 'Well, who would have thought that the auditor asks for receipts?',
      miss: 'Who would have thought that we finish this early!',
    },
    {
      id: 'thats-really-fair',
      pattern: "that|that's|this|which (is|was) (really|truly|very|so|incredibly) fair|generous|sporting|considerate $",
      gate: 'tag',
      reach: 'clause',
      hit: 'A one-star review after three years of care – that is really fair.',
      miss: 'You cover half the cost – that is really fair.',
    },
    {
      id: 'a-whole-two',
      pattern: `a+whole|all+of|a+grand+total+of|a+staggering ${NUM} ~3 in ${SPAN}`,
      gate: 'alone',
      reach: 'sentence',
      hit: 'Wow, a whole two pages in three weeks.',
      miss: 'Wow, a whole two weeks of holiday ahead of you.',
    },
    {
      id: 'n-whole-in',
      pattern: `${NUM} whole|entire|full ~1-3 in ${SPAN}`,
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Three entire replies in a fortnight.',
      miss: 'Three entire rooms in a week – your painters were quick!',
    },
    {
      id: 'dont-overdo-it',
      pattern:
        "don't|do+not|careful+not+to|try+not+to overdo+it|wear+yourself+out|burn+out|strain+yourself|exhaust+yourself|overwork+yourself $",
      gate: 'context',
      reach: 'clause',
      hit: 'Your timesheet is three weeks late. Careful not to burn out.',
      miss: "Don't overdo it on your first week back – take breaks.",
    },
    {
      id: 'even-managed-this-time',
      pattern: 'you ~2 even|actually managed|remembered ~6 this+time',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Oh, you even managed to call ahead this time.',
      miss: 'We even managed to finish early this time.',
    },
    {
      id: 'gracing-us',
      pattern:
        'grace|gracing|graced|honour|honouring|honoured|honor|honoring|honored|bless|blessing|blessed us|me|the+meeting|the+team|the+workshop with your|their presence|attendance|company',
      gate: 'alone',
      reach: 'clause',
      hit: 'Nice of you to grace me with your presence today.',
      miss: 'Your presence at the opening meant a lot to us.',
    },
    {
      id: 'who-needs-anyway',
      pattern: '^who (really) needs|needed|wants ~1-8 anyway|anyhow',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Who needs a gutter that works anyway?',
      miss: 'Who needs a parking permit on Monday?',
    },
    {
      id: 'what-would-i-do-without',
      pattern: '^what would i|we do without',
      gate: 'context',
      reach: 'sentence',
      hit: 'What would I do without your reminders about forms I sent weeks ago?',
      miss: 'What would I do without your help with the move, thank you!',
    },
    {
      // Calm offered when the lateness is the topic: "Take your time, this is only my fourth reminder."
      id: 'take-your-time',
      pattern: "^take+your+time|no+rush|no+hurry|don't+rush|no+pressure|there's+no+rush|don't+hurry",
      gate: 'context',
      reach: 'sentence',
      // "There's no rush; most couples take a few weeks": the time others take, said to reassure.
      unlessAfter: ['most', 'many', 'whenever', 'at', 'just', 'usually'],
      hit: 'No hurry, this is only my fourth reminder.',
      miss: 'No rush at all, most families take a month or two.',
    },
    {
      id: 'of-course-again',
      pattern: '^of+course|naturally|obviously ~1-7 again|once+again|yet+again|as+usual|as+always',
      gate: 'context',
      reach: 'sentence',
      hit: 'Of course the delivery is incomplete again.',
      miss: 'Of course we will gladly come again.',
    },
    {
      // Praise for the obvious: "Congratulations on finding the attachment."
      id: 'congratulations-on-finding',
      pattern:
        '^congratulations|congrats|bravo|well+done|kudos|impressive (,) on|for|you ~0-2 finding|opening|reading|noticing|spotting|remembering|found|opened|read|noticed|spotted|remembered (the|my|our|your|that) attachment|file|email|e-mail|link|document|documents|page|second+page|button|message|invoice|form|manual|meeting|appointment|password|folder',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Well done on noticing the second page.',
      // Opening a practice or finding a buyer is news worth congratulating.
      miss: 'Congratulations on opening your own studio.',
    },
    {
      // A habit marker with a failure in its sentence: "As usual, nobody called", "once again the backup failed".
      id: 'habit-with-failure',
      pattern: `^${['', 'and+', 'but+', 'so+', 'then+'].flatMap((w) => HABIT.map((m) => w + m)).join('|')}`,
      gate: 'same',
      reach: 'sentence',
      hit: 'As usual, nobody called to say the fitter was ill.',
      miss: 'As usual, the invoice will follow at the end of the month.',
    },
    {
      id: 'habit-tag',
      pattern: 'as+usual|as+per+usual|as+always|as+ever|like+always|true+to+form|naturally|once+more $',
      gate: 'same',
      reach: 'sentence',
      hit: 'The crew left the gate unlocked, as usual.',
      miss: 'The crew locked the gate, as usual.',
    },
    {
      id: 'timing-as-always',
      pattern: 'timing|punctuality ~0-2 as+always|as+usual|as+ever|like+always',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Lovely timing, as ever.',
      miss: 'The timing is up to you, as always.',
    },
    {
      id: 'a-new-record',
      pattern: 'a|another|some+kind+of|some+sort+of|truly+a|surely+a (new) record|personal+best|world+record $',
      gate: 'context',
      reach: 'clause',
      hit: 'Only three weeks late – a new record.',
      miss: 'Our charity run set a new record.',
    },
    {
      id: 'personal-best',
      pattern: "has|must|that|that's (to) (be) a personal+best|new+record|record",
      gate: 'context',
      reach: 'clause',
      hit: 'The report is three weeks late. That has to be a personal best.',
      miss: 'Ten new clients in March. That has to be a record for us!',
    },
    {
      id: 'shocking-news',
      pattern: '^shocking|well+shocking|oh+shocking|shock+horror|big+surprise|no+surprise+there',
      gate: 'context',
      reach: 'clause',
      hit: 'Shocking news, the parts are still not in stock.',
      miss: 'Shocking news about the flood, we hope you are safe.',
    },
    {
      id: 'so-much-for',
      pattern: '^so+much+for',
      unlessAfter: ['today', 'now', 'tonight', 'this', 'that', 'me', 'my', 'our', 'us', 'here', 'the+moment'],
      gate: 'alone',
      reach: 'sentence',
      hit: 'So much for the quick fix you promised.',
      miss: 'So much for today, more news on Monday.',
    },
    {
      id: 'who-would-have-thought-bare',
      pattern: "^who+would|who+could|who'd have+thought|have+guessed|have+known|have+predicted",
      gate: 'same',
      reach: 'sentence',
      hit: 'Who would have thought the estimate would be wrong again.',
      miss: 'Who would have thought we would finish this early!',
    },
    {
      // "What could possibly go wrong?": "possibly" turns the risk question into a jeer.
      id: 'what-could-possibly-go-wrong',
      pattern: 'what could|can|might possibly go+wrong|happen',
      gate: 'alone',
      reach: 'sentence',
      hit: "Sure, let's give everyone admin rights. What could possibly go wrong?",
      miss: 'What could go wrong during the migration? Mostly the DNS settings.',
    },
    {
      // "Maybe it'll stick on the fifth attempt": the reader's attempts counted.
      id: 'maybe-on-the-fifth-attempt',
      pattern:
        'maybe|perhaps|hopefully ~0-8 fourth|fifth|sixth|seventh|tenth|umpteenth|hundredth|nth time|try|attempt|go|round',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Maybe we will get a decision on the fifth attempt.',
      miss: 'Maybe we can try the second option next time.',
    },
    {
      // "What a great idea that was.": praise looked back on, without an exclamation mark, after the mishap.
      id: 'what-a-great-idea-that-was',
      pattern:
        '^what+a|what+an (great|brilliant|genius|wonderful|fantastic|clever|smart|bright|good|inspired) idea|plan|move|call that+was|this+was|that+turned+out+to+be $',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'So you unplugged the router. What a great idea that was.',
      miss: 'What a great idea that was!',
    },
    {
      // "Of course the tiles arrived cracked.": "of course" up front makes the damage the expected thing.
      id: 'of-course-failure',
      pattern: '^of+course|naturally',
      gate: 'same',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Of course the tiles arrived cracked.',
      miss: 'Of course we will replace the damaged tiles.',
    },
    {
      // "It's not like we had anything else to do.": the writer's time offered up as a reproach.
      id: 'not-like-we-had-plans',
      pattern:
        "it's+not+like|it+is+not+like|it's+not+as+if|not+like|not+as+if i|we (ever) had|have anything|plans|other|better|a+life",
      gate: 'alone',
      reach: 'clause',
      hit: "It's not like we had anything else planned for the weekend.",
      miss: "It's not like the old design, and we had better feedback.",
    },
    {
      // "would work wonders if anyone actually did them": the counterfactual says nobody does.
      id: 'would-if-anyone-actually',
      pattern: 'would ~0-5 if anyone|anybody|someone|somebody|you|they actually|ever|bothered',
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm sure the exercises would work wonders if anyone actually did them.",
      miss: 'The exercises would help if you do them twice a day.',
    },
    {
      // "That's practically a record.": a record for the ordinary.
      id: 'practically-a-record',
      pattern: "that's|that+is|that+must+be|must+be practically|almost|nearly|virtually a (new) record|miracle $",
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'You sent the receipts three days before the deadline. That must be practically a record.',
      miss: 'Ten kilos in three months – that is almost a record!',
    },
    {
      // "But what do I know, I'm only the architect.": the writer makes themselves small to hit the reader.
      id: 'im-only-the-expert',
      pattern:
        "i'm|i+am|we're|we+are only|just the|your architect|architects|lawyer|lawyers|accountant|accountants|engineer|engineers|expert|experts|doctor|physio|therapist|coach|consultant|consultants|designer|designers|developer|developers|plumber|electrician|builder|builders|professional|professionals $",
      gate: 'alone',
      reach: 'sentence',
      hit: "Fine, I'm only the architect.",
      miss: "I'm only the architect on the first phase; Dana takes over after that.",
    },
    {
      // "But what do I know.": the writer's expertise talked down to hit the reader.
      id: 'what-do-i-know',
      pattern: 'but|hey|well|then|anyway (,) what do|would i know',
      gate: 'alone',
      reach: 'sentence',
      hit: "But hey, what do I know, I've only done this for twenty years.",
      miss: 'What do I know about the permit so far? Only what the council told me.',
    },
    {
      // "The no-treats rule is going well, judging by the sausage roll": praise the evidence after it undoes.
      id: 'going-well-judging-by',
      pattern: 'going|working|paying ~0-1 well|wonders|off|great|brilliantly , judging+by|going+by|to+judge+by',
      gate: 'alone',
      reach: 'sentence',
      hit: 'I see the no-treats rule is going well, judging by the sausage roll in the video.',
      miss: 'The new rota is going well, and the team is happier.',
    },
    {
      // "I'm sure the key safe makes a lovely wall decoration": the thing bought for a job, idle.
      id: 'lovely-decoration',
      pattern:
        '@make|@be (just|only|purely) (a) (lovely|nice|great|fine|handy|pretty|very+nice|fetching|decorative) decoration|ornament|ornaments|paperweight|paperweights|doorstop|doorstops|prop|props|wall+decoration|dust+collector',
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm sure the key safe we fitted in March makes a lovely wall decoration.",
      miss: 'The old brass key makes a lovely gift for the new owners.',
    },
    {
      // "Wonderful, I do love a challenge.": the emphatic "do" turns the love round.
      id: 'i-do-love-a-challenge',
      pattern:
        'i+do+love|i+do+enjoy|i+do+like|nothing+like|gotta+love|got+to+love|you+have+to+love a|an challenge|puzzle|surprise|mystery|guessing+game|treasure+hunt',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Wonderful, I do love a challenge.',
      miss: 'I love a challenge, so count me in for the marathon.',
    },
    {
      // "Eleven hours is of course plenty of time to …": the time the reader left, called ample.
      id: 'of-course-plenty-of-time',
      pattern: 'of+course|naturally|obviously|surely ~0-1 plenty|ample|loads|lots|all+the of time|time+enough',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Eleven hours is of course plenty of time to find two hundred peonies.',
      miss: 'Take your time, there is plenty of time before the wedding.',
    },
    {
      // "Maya has decided the handbrake is optional": a rule the reader ignores, called optional.
      id: 'decided-it-is-optional',
      pattern:
        'has+decided|have+decided|seems+to+have+decided|apparently+decided ~0-6 is|are|was|were optional|a+suggestion|more+of+a+suggestion',
      // "We have decided the extra coat is optional": the writer's own choice.
      unlessBefore: ['we', 'i'],
      gate: 'alone',
      reach: 'sentence',
      hit: 'I see Maya has decided the handbrake is optional on hill starts.',
      miss: 'We have decided the extra coat of varnish is optional.',
    },
    {
      // "A bold reading of the Highway Code": the reader's breach called an interpretation.
      id: 'bold-reading-of',
      pattern:
        'a|an|your bold|creative|novel|liberal|generous|imaginative|original|interesting reading|interpretation|take of|on the|our|your ~0-1 code|rules|rule|contract|terms|instructions|brief|agreement|plan|guidelines|regulations|law|policy|deadline|schedule',
      gate: 'alone',
      reach: 'sentence',
      hit: 'A bold reading of the Highway Code, and one I am sure the examiner will admire.',
      miss: 'A bold reading of the poem opened the evening, and the guests loved it.',
    },
    {
      // "I'm curious how long the mood will last this time": the relapse expected.
      id: 'curious-how-long-this-time',
      pattern: 'curious|wonder|wondering|intrigued ~0-2 how+long ~1-6 this+time',
      unlessAfter: ['of'],
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm curious how long the good intentions will last this time.",
      miss: "I'm curious how long the drive will take this time of year.",
    },
    {
      // "because that worked so well last time": a reason that means its opposite.
      id: 'because-that-worked-so-well',
      pattern:
        'because|cause|since that|it|this ~0-2 worked|went|turned+out|ended so+well|so+brilliantly|so+smoothly|so+perfectly|out+so+well',
      gate: 'alone',
      reach: 'clause',
      unlessExclaimed: true,
      hit: 'Sure, order the windows yourself again, because that worked so well last time.',
      miss: 'We will use the same supplier, because that worked well last time.',
    },
    {
      // "Good for you." after something that weighs on the writer.
      id: 'good-for-you',
      pattern: '^(well) (,) good|nice|lovely|great for you $',
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'You have postponed the handover yet again. Good for you.',
      miss: 'You got the promotion? Good for you!',
    },
    {
      // "Hackers will be delighted.": the reader's mistake as a gift to an adversary.
      id: 'hackers-will-be-delighted',
      pattern:
        'hackers|attackers|burglars|thieves|scammers|fraudsters|every+hacker|every+burglar|every+scammer|opposing+counsel|the+other+side|the+competition ~0-2 will|would|must be (absolutely|so|very|just) thrilled|delighted|grateful|overjoyed|ecstatic',
      gate: 'alone',
      reach: 'sentence',
      hit: 'The password is on a sticky note on the screen. Hackers everywhere will be delighted.',
      miss: 'The new firewall keeps attackers out, and we will be delighted to show you how.',
    },
    {
      // "…, which is just perfect.": the verdict closing a sentence that told a situation.
      id: 'which-is-perfect',
      pattern:
        ", which+is|which+was|that's|that+is (just|really|simply|of+course|obviously) ideal|perfect|great|wonderful|marvellous|marvelous|brilliant|fantastic|lovely|handy|super|terrific $",
      gate: 'trail',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'The approval came a week after the planned launch, which is just perfect.',
      miss: 'The approval came a week before the planned launch, which is just perfect.',
    },
    {
      // "I'd only asked in four emails": the count of requests played down.
      id: 'only-asked-n-times',
      pattern:
        'only|just asked|reminded|chased|emailed|called|mentioned|requested ~0-6 three|four|five|six|seven|eight|ten|3|4|5|6|7|8|10 (separate|different|polite) times|emails|reminders|calls|messages',
      gate: 'alone',
      reach: 'clause',
      hit: "I'd only asked you for the receipts in four separate emails.",
      miss: 'I asked you for the receipts in one email.',
    },
    {
      // "right on time, two days after the deadline": punctuality that names a delay.
      id: 'on-time-after',
      pattern: `right+on+time|bang+on+time|just+in+time|on+time|punctual|punctually ~0-2 ${NUM} ${UNIT} after|late`,
      gate: 'alone',
      reach: 'sentence',
      hit: 'The news arrived right on time, two days after the excavation.',
      miss: 'The news arrived right on time, two days before the excavation.',
    },
    {
      // "so at least someone is reading your updates": the consolation that stings.
      id: 'so-at-least-someone',
      pattern:
        'so at+least someone|somebody|one+person|anyone ~0-2 reading|reads|read|listening|using|enjoying|follows|following',
      gate: 'alone',
      reach: 'clause',
      hit: 'They have printed your post, so at least someone is reading your updates.',
      miss: 'We print the minutes so everyone can read them.',
    },
    {
      // "I never knew a worktop could be fitted this crooked.": wonder at the botched job.
      id: 'never-knew-could-be-this',
      pattern:
        'i never knew|thought|realised|realized ~1-8 could|can ~0-3 this|so|quite+so crooked|wrong|badly|late|slow|slowly|messy|sloppy|uneven|skewed|expensive|complicated|confusing|careless',
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'I never knew a worktop could be fitted this crooked.',
      miss: 'I never knew a small bathroom could feel this bright.',
    },
    {
      // "Great start to the week." once the week opens on a failure.
      id: 'great-start-to-the-week',
      pattern:
        '^(what+a) great|lovely|fantastic|wonderful|perfect|brilliant|fine|nice start to the|my week|day|year|monday|morning $',
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'The scaffolding has collapsed again overnight. Great start to the week.',
      miss: 'The permit came through this morning. Great start to the week!',
    },
    {
      // "Creative interpretation of the contract": the rule, freely bent.
      id: 'creative-interpretation',
      pattern: 'creative|imaginative|novel|original interpretation|reading|accounting|bookkeeping|billing',
      gate: 'alone',
      reach: 'clause',
      unlessExclaimed: true,
      hit: "Creative interpretation of the contract, I'll give him that.",
      miss: 'We love the creative direction of the new logo.',
    },
    {
      // "It's reassuring to know that a signed contract means so little.": comfort that means the opposite.
      id: 'reassuring-means-so-little',
      pattern:
        'reassuring|comforting|good|nice to+know|to+see ~1-8 means|mean|counts|count|matters|matter so+little|nothing|very+little',
      gate: 'alone',
      reach: 'sentence',
      hit: "It's reassuring to know that a signed contract means so little to your company.",
      miss: "It's reassuring to know that the heating is working again.",
    },
    {
      // "I see you've discovered the 'reply all' button at last.": learning late, remarked on.
      id: 'i-see-you-discovered-at-last',
      pattern:
        "i+see|i+notice ~0-1 you've|you+have|you (finally) discovered|found|figured+out|worked+out|learned|learnt ~1-6 at+last|finally",
      gate: 'alone',
      reach: 'sentence',
      hit: "I see you've discovered the 'reply all' button at last.",
      miss: "I see you've found the invoice, thank you.",
    },
    {
      // "Cutting it fine, as ever.": the near miss as the reader's habit.
      id: 'cutting-it-fine-as-ever',
      pattern:
        'cutting|cut|leaving|left it fine|close|late|a+bit+fine|to+the+last+minute|to+the+wire (,) as+ever|as+always|as+usual|again|once+again|yet+again',
      gate: 'alone',
      reach: 'clause',
      hit: 'The documents came in on Friday night. Cutting it fine, as ever.',
      miss: 'The documents came in on Friday, neatly sorted as ever.',
    },
    {
      // "I'm sure it's a coincidence.": the chance the writer does not believe in.
      id: 'sure-its-a-coincidence',
      pattern:
        "^i'm+sure|i+am+sure|no+doubt it's|it+is|that's|that+is|it+was (just|all|purely|pure|only) (a) coincidence $",
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: "The boiler broke down again the day after your visit. I'm sure it's a coincidence.",
      miss: "I'm sure it's a coincidence, but we'll check the pipe anyway.",
    },
    {
      // "Nothing like a little suspense to liven up tax season.": the stress the reader caused, called a treat.
      id: 'nothing-like-a-little-suspense',
      pattern:
        "^nothing+like|nothing+beats|there's+nothing+like a+little|a+bit+of|some suspense|excitement|drama|panic|stress|adrenaline|last-minute+panic|chaos",
      gate: 'alone',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'The notice is dated February. Nothing like a little suspense to liven up tax season.',
      miss: 'Nothing like a little sunshine for the site visit!',
    },
    // The German constructions' English forms (npm run translated -- de sarcasm).
    {
      id: 'thanks-at-all',
      pattern: 'thanks|thank+you for ~1-5 at+all $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Thanks for getting in touch at all.',
      miss: 'Thanks for all your help.',
    },
    {
      id: 'nice-to-see-you-still-exist',
      pattern: 'nice|good|great|lovely to see|hear|know (that) you ~0-1 still exist|exists|alive|around',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Nice to see you still exist.',
      miss: 'Nice to hear you are still enjoying the garden.',
    },
    {
      id: 'finally-a-sign-of-life',
      pattern: 'finally (,) a sign+of+life|signs+of+life',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Finally, a sign of life from you!',
      miss: 'Finally, a sunny day for the roof.',
    },
    {
      id: 'so-youre-still-alive',
      pattern: "^so you're|you+are still alive|with+us",
      gate: 'alone',
      reach: 'sentence',
      hit: "So you're still alive!",
      miss: 'So you are still coming on Monday?',
    },
    {
      id: 'better-late-than-never',
      pattern: 'better+late+than+never',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Better late than never, thanks for the documents.',
      miss: 'Better early than late, so we start at eight.',
    },
    {
      id: 'finally-awake',
      pattern: '^finally awake|up ?',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Finally awake?',
      miss: 'Finally up and running!',
    },
    {
      id: 'very-funny',
      pattern: '^very|how|most funny|amusing|droll $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Very funny.',
      miss: 'Very funny film, we loved it.',
    },
    {
      id: 'well-congratulations',
      pattern: '^well (,) congratulations|bravo $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Well, congratulations.',
      miss: 'Well, congratulations on the new shop!',
    },
    {
      id: 'yeah-sure',
      pattern: '^yeah|oh (,) sure|right $',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Yeah, sure.',
      miss: 'Yeah, sure thing, see you on Monday.',
    },
    {
      id: 'a-likely-story',
      pattern: 'a+likely+story',
      gate: 'alone',
      reach: 'sentence',
      hit: 'A likely story.',
      miss: 'A lovely story, thank you.',
    },
    {
      id: 'only-the-client-after-all',
      pattern:
        "i'm|i+am only|just the client|customer|tax+adviser|architect|lawyer|accountant|builder|designer|expert|professional|one+paying|one+who+pays (,) after+all|anyway",
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm only the client, after all.",
      miss: "I'm only the architect, the builder decides.",
    },
    {
      id: 'but-then-im-only-the',
      pattern: "^but+then|then+again (,) i'm|i+am only|just the",
      gate: 'alone',
      reach: 'sentence',
      hit: "But then, I'm only the tax adviser.",
      miss: 'But then I am the one who drew it.',
    },
    {
      id: 'you-know-better-anyway',
      pattern: '^(but) you (always) know|knew better anyway|of+course|after+all|as+always',
      gate: 'alone',
      reach: 'sentence',
      hit: 'You know better anyway.',
      miss: 'You know better than anyone how busy June is.',
    },
    {
      id: 'looking-forward-to-the-next-surprise',
      pattern:
        "looking+forward+to|can't+wait+for|can+hardly+wait+for the next surprise|instalment|installment|episode|excuse|twist",
      gate: 'alone',
      reach: 'sentence',
      hit: "I'm already looking forward to the next surprise.",
      miss: "I'm already looking forward to the next meeting.",
    },
    {
      id: 'more-of-a-recommendation-for-you',
      pattern: 'more+of+a recommendation|suggestion|guideline|rough+guide|loose+guide for+you|to+you',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Payment deadlines seem to be more of a recommendation for you.',
      miss: 'This is more of a recommendation from our side than a rule.',
    },
    {
      id: 'finally-found-the-reply-button',
      pattern: 'finally discovered|found|located the reply|send|call|answer|phone button|function|key',
      gate: 'alone',
      reach: 'sentence',
      hit: "I see you've finally discovered the reply button.",
      miss: "I see you've finally found the right tiles.",
    },
    {
      id: 'any-hacker-will-be-delighted',
      pattern: 'any|every hacker|burglar|thief|intruder|scammer will|would be delighted|thrilled|grateful|pleased',
      gate: 'alone',
      reach: 'sentence',
      hit: 'The password is stuck to the screen. Any hacker will be delighted.',
      miss: 'The new lock is in. Any visitor will be pleased with the door.',
    },
    {
      id: 'my-pleasure-to-remind',
      pattern: 'my|a pleasure to remind|chase|ask+again|write+again',
      gate: 'alone',
      reach: 'sentence',
      hit: "It's my pleasure to remind you about the same form every week.",
      miss: "It's my pleasure to welcome you to the practice.",
    },
    {
      id: 'three-cheers-for',
      pattern: 'three+cheers+for|hats+off+to',
      gate: 'context',
      reach: 'sentence',
      hit: 'Three cheers for your accounts department, which has lost our payment for the second time.',
      miss: 'Three cheers for the new kitchen!',
    },
    {
      id: 'impressed-by-the-way-you',
      pattern: "i'm|i+am|we're|we+are (really|truly|so|quite) impressed by+the+way+you|by+how+you|how+you",
      gate: 'context',
      reach: 'sentence',
      hit: "The survey was moved yet again. I'm really impressed by the way you postpone every appointment.",
      miss: "I'm really impressed by the way you laid out the garden.",
    },
    {
      id: 'quite-an-achievement',
      pattern: 'quite|some an|a achievement|accomplishment|feat',
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'Quite an achievement, missing every single milestone.',
      miss: 'Quite an achievement, the whole house in six weeks!',
    },
    {
      // "Quite the welcome for a senior hire.": the bad reception named as a reception.
      id: 'quite-the-welcome',
      pattern: '^quite|some the|a welcome|start|introduction|reception|send-off|first+impression|homecoming',
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: 'She waited forty minutes in reception before anyone came. Quite the welcome for a new director.',
      miss: 'Quite a few guests asked about the cake.',
    },
    {
      // "Congratulations, this time you didn't forget the attachment": getting it right once, mock-praised.
      id: 'congratulations-this-time',
      pattern: '^congratulations|well+done|bravo|wow|hooray|hurrah (,) ~0-2 this+time|for+once you|the',
      gate: 'alone',
      reach: 'sentence',
      hit: "Congratulations, this time you didn't forget the attachment.",
      miss: 'Congratulations, the whole team passed the exam!',
    },
    {
      // "Perhaps you could bring yourself to pay the invoice": the simple duty as a great effort.
      id: 'bring-yourself-to',
      pattern: 'bring+yourself|bring+yourselves|find+it+in+yourself|find+the+time+at+last to',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Perhaps you could bring yourself to sign the form.',
      miss: 'Perhaps you could bring your dog to the next session.',
    },
    {
      // "As if we could work miracles": the reader's demand called magic.
      id: 'as-if-miracles',
      pattern:
        "^as+if|as+though we|i|we're|i'm|we+are|i+am|we+could|i+could|we+can|i+can ~0-2 miracles|magic|wizards|magicians|conjure",
      gate: 'alone',
      reach: 'sentence',
      hit: 'As if we could work miracles overnight.',
      miss: 'The garden looks as if we had planted it years ago.',
    },
    {
      // "You're quite the joker": the reader's request laughed off.
      id: 'quite-the-joker',
      pattern: "you're|you+are|you+really+are (quite|such|a+real|quite+a) the|a joker|comedian|comic|card",
      gate: 'alone',
      reach: 'sentence',
      hit: "Free delivery to the island? You're quite the joker.",
      miss: 'You met the joker from the party, I hear.',
    },
    {
      // "And I'm supposed to believe that?": the reader's account doubted aloud.
      id: 'supposed-to-believe',
      pattern: "i'm|i+am|we're|we+are supposed|meant|expected to believe|swallow|buy that|this|it",
      gate: 'alone',
      reach: 'sentence',
      hit: "The dog ate the contract, and I'm supposed to believe that?",
      miss: "I'm supposed to be at the site at nine, so let's talk at noon.",
    },
    {
      // "the 6pm close turned out to be more of a loose suggestion": a rule the reader broke, called optional.
      id: 'turned-out-a-suggestion',
      pattern:
        'turned+out+to+be|turns+out+to+be|is+apparently|was+apparently|seems+to+be|seemed+to+be|treated+as (more+of|merely|just|only) a|an (loose|rough|gentle|friendly|vague|optional) suggestion|guideline|recommendation|opening+bid',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Glad to see the 6pm close turned out to be more of a loose suggestion.',
      miss: 'The colour on the plan is just a suggestion; pick any you like.',
    },
    {
      // "… is all part of some grand design I'm not clever enough to understand": a mistake called a plan.
      id: 'part-of-some-grand-design',
      pattern: 'part+of some grand|great|master|cunning|secret|greater design|plan|scheme|masterplan',
      gate: 'alone',
      reach: 'sentence',
      hit: 'No doubt the crooked post is part of some grand design.',
      miss: 'The second post is part of a grand plan for the garden we agreed in May.',
    },
    {
      // "Our night staff always enjoy the unpaid overtime": a burden said as someone's pleasure.
      id: 'enjoy-the-unpaid',
      pattern:
        'love|loves|enjoy|enjoys|adore|adores|relish|relishes ~0-2 the|a|an|some|their unpaid|surprise|last-minute|midnight|extra overtime|rework|redo|re-do|call-out|callout|detour|rewrite|rewrites|redesign',
      gate: 'alone',
      reach: 'sentence',
      hit: 'Our drivers always enjoy the unpaid overtime.',
      miss: 'Our drivers always enjoy the weekend shifts by the lake.',
    },
    {
      id: 'on-a-roll',
      pattern: "you're|you+are on+a+roll|on+fire",
      gate: 'context',
      reach: 'sentence',
      unlessExclaimed: true,
      hit: "You're on a roll. The newsletter went out with the wrong subject line again.",
      miss: "You're on a roll with the new menu!",
    },
  ],
  followUp: [
    {
      id: 'paying-off',
      pattern: '(is|are|was|really|truly) paying off|paid+off|worth+every+penny|money+well+spent $',
      hit: 'The boiler broke down yet again. Your maintenance contract is really paying off.',
      miss: 'Your maintenance contract is really paying off, thanks for the quick visit!',
    },
    {
      id: 'such-fun',
      pattern: '(is|are|was) (just) such+fun|so+much+fun|a+joy|a+delight|a+treat $',
      hit: 'You raised the fees for the third time. Contract law is such fun.',
      miss: 'Working with you is such fun, thank you!',
    },
    {
      id: 'count-on-you',
      pattern: '(as+always|as+ever|as+usual) (,) we|i can|could (always) count|rely on you|your+team',
      hit: 'The delivery was late yet again. As always, we can count on you.',
      miss: 'We can count on you to water the plants, thanks.',
    },
    {
      id: 'cant-wait',
      pattern: "^i|we (just) can't|cannot|can+hardly|can+barely wait $",
      hit: 'The delivery has been postponed yet again. I can hardly wait.',
      miss: "I can't wait to see the house.",
    },
    {
      id: 'fell-off-my-chair',
      pattern: '^i|we (nearly|almost|practically|literally) fell|fainted off+my+chair|off+our+chairs|fainted|collapsed',
      hit: 'You replied after three weeks. I nearly fell off my chair.',
      miss: 'I nearly fell asleep in the meeting.',
    },
    {
      // "Your company really has an eye for quality." after a failure.
      id: 'an-eye-for',
      pattern:
        "has|have|you've|you+have (really|truly|certainly|clearly|obviously) (got) an|a (real|keen|fine|rare) eye|knack|gift|flair|feel|talent for",
      hit: 'The screed has cracked for the second time. Your company really has an eye for quality.',
      miss: 'Your company really has a good name.',
    },
    {
      id: 'keep-up-the-good-work',
      pattern: '^keep up the good|great|excellent work',
      hit: 'The report is three weeks late again. Keep up the good work.',
      miss: 'Keep up the good work on the north wing, please.',
    },
    {
      id: 'exactly-when-we-need-it',
      pattern: '^(just|exactly|precisely) when|what we|i need|needed|wanted (it|that|this)',
      hit: 'The portal is down again at quarter end. Exactly when we need it.',
      miss: 'Exactly what we need to decide is the colour.',
    },
    {
      id: 'well-thought-through',
      pattern: '^(really|very|so|truly) well thought+through|thought+out|planned|organised|organized|timed|judged $',
      hit: 'You started the demolition the day before our open house. Really well thought through.',
      miss: 'Well thought through plans usually save money, in my experience.',
    },
    {
      id: 'what-i-call',
      pattern:
        "^now|well|that's|that+is (that's|that+is) what+i+call|what+we+call|what+you+call (real|proper|true|great|good|excellent|first-class) service|customer+service|communication|planning|punctuality|reliability|teamwork|commitment|speed|efficiency|organisation|organization|professionalism|quality|progress|timing",
      hit: "The parts arrived three weeks late. Now that's what I call service.",
      miss: "That's what I call the main menu.",
    },
    {
      id: 'quite-a-talent',
      pattern:
        "^it's|that's|it+is|that+is|what (quite|such|a+real|a+rare|some|truly|really) (a|an) talent|skill|gift|feat|accomplishment|art+form",
      hit: "You missed the deadline for the third time. It's quite a talent.",
      miss: "It's quite a drive from the station.",
    },
    {
      id: 'clearly-a-priority',
      pattern:
        '(clearly|obviously|evidently|apparently) (a|your|our) top|high|real|number+one|key priority|priority+for+you',
      hit: 'The invoice is still unpaid after three reminders. Clearly a top priority for you.',
      miss: 'Is safety clearly a priority for the site team?',
    },
    {
      // "Amazing how reliably this works." after a failure.
      id: 'amazing-how-reliable',
      pattern:
        '^amazing|impressive|incredible|wonderful|remarkable|lovely|great (,) how reliable|reliably|smoothly|punctual|professional|seamlessly|efficiently|well+organised|well+organized',
      hit: 'The server went down for the fourth time this month. Amazing how reliably that works.',
      miss: 'Amazing how smoothly the move went – thank you!',
    },
    {
      id: 'just-what-we-needed',
      pattern: '^just|exactly|precisely what we|i needed|wanted $',
      hit: 'The supplier has cancelled yet again. Just what we needed.',
      miss: 'The supplier sent the spare part. Just what we needed, thank you!',
    },
    {
      id: 'im-thrilled',
      pattern:
        "^i'm|i+am|we're|we+are (just|so|really|truly|absolutely|deeply) thrilled|impressed|delighted|overjoyed|speechless|touched|flattered|honoured|honored $",
      hit: "The invoice is wrong yet again. I'm thrilled.",
      miss: "I'm thrilled with your design and look forward to Monday.",
    },
    {
      id: 'what-service',
      pattern: '^what (a|great|fine|excellent) service|timing|planning|organisation|organization $',
      hit: 'The van is broken again. What timing.',
      miss: 'What timing works for you?',
    },
    {
      id: 'your-timing',
      pattern:
        '^<yours> timing|planning|sense+of+timing (really|truly|as+always|as+usual) (is|was) (really|truly) impeccable|perfect|flawless|immaculate|superb|impressive|spot-on|something|something+else|remarkable|incredible|unbelievable',
      hit: 'You cancelled at the last minute. Your timing was truly impeccable.',
      miss: 'You cancelled at the last minute. Our timing was good anyway.',
    },
    {
      id: 'always-lovely-to',
      pattern: '^always|so|how|just lovely|nice|great|wonderful|delightful to',
      hit: 'We were not told about the change. So lovely to hear about it by accident.',
      miss: 'It is always lovely to see you.',
    },
    {
      id: 'nothing-like-learning',
      pattern:
        '^nothing+like|nothing+beats|always+fun learning|hearing|finding+out|reading|discovering ~0-3 second-hand|secondhand|third-hand|thirdhand|by+accident|from+someone+else|from+the+press|on+linkedin',
      hit: 'We were not told the date had moved. Nothing like hearing about it by accident.',
      miss: 'Nothing like hearing about it from you first – thanks for the call.',
    },
    {
      // "Exactly what I needed on a Monday morning." after bad news.
      id: 'exactly-what-i-needed',
      pattern: '^exactly|just|precisely what i|we ~0-4 needed|need|wanted',
      hit: 'The VPN is down again. Exactly what I needed on a Monday morning.',
      miss: 'Exactly what I needed for the report.',
    },
    {
      // "A genuine emergency." after a trifle.
      id: 'a-genuine-emergency',
      pattern: '^(truly) a|an real|genuine|true|proper|bona+fide emergency|crisis $',
      hit: 'Thank you so much for ringing my mobile at 10pm because the printer had run out of paper. A genuine emergency.',
      miss: 'A genuine emergency is a burst pipe.',
    },
    {
      // "Saved us loads of time." after the reader's mishap.
      id: 'saved-us-loads-of-time',
      pattern:
        '^(that) (really) saved|saves us|me (loads|lots|a+lot|heaps|tons|hours) (of) (time|work|trouble|effort) $',
      hit: 'Your brother-in-law had a go at the fuse board first. Saved us loads of time.',
      miss: 'Saved us loads of time on the survey.',
    },
    {
      // "That gives me a lot to work with." after a reply that says nothing.
      id: 'gives-me-a-lot-to-work-with',
      pattern:
        '^(that|this|it) (really) gives|gave us|me (a+lot|lots|plenty|something|so+much|loads) to+work+with|to+go+on $',
      hit: "Thanks for the detailed feedback: 'fine'. That gives me a lot to work with.",
      miss: 'That gives me a lot to work with for the next draft, thank you.',
    },
    {
      // "You live and learn." after the reader's mishap.
      id: 'you-live-and-learn',
      pattern:
        "^you+live+and+learn|you+learn+something+new+every+day|every+day's+a+school+day|every+day+is+a+school+day $",
      hit: 'The worktop has been fitted crooked yet again. You live and learn.',
      miss: 'You live and learn, thanks for the tip on the grout!',
    },
    {
      // "Keeps us on our toes." after the next change of course.
      id: 'keeps-us-on-our-toes',
      // "Really keeps a florist on her toes": the trade named instead of "us".
      pattern: '^(that|it) (certainly|really) keeps|kept us|me|a|an ~0-1 on our|my|her|his|their toes|busy $',
      hit: 'The brief changed again overnight. Keeps us on our toes.',
      miss: 'Keeps us on our toes in the best way, thanks for the ideas.',
    },
    // Follow-ups after a situation (npm run translated -- de sarcasm).
    {
      id: 'great-planning',
      pattern:
        '^great|brilliant|fantastic|excellent|superb|lovely planning|timing|organisation|organization|communication $',
      hit: 'The van arrived three hours late. Great planning.',
      miss: 'The van arrived at 8 am as agreed. Great planning!',
    },
    {
      id: 'now-we-know-where-we-stand',
      pattern: 'now we know exactly|precisely where+we+stand $',
      hit: 'The delivery date has changed yet again. Now we know exactly where we stand.',
      miss: 'The survey is in. Now we know exactly where we stand, thank you!',
    },
    {
      id: 'can-always-be-relied-on',
      pattern: 'you can always be+relied+on|count+on+you|rely+on+you $',
      hit: 'The delivery was late again. You can always be relied on.',
      miss: 'The delivery came early again. You can always be relied on, thank you!',
    },
    {
      id: 'keep-it-up',
      pattern: '^keep it|this up .',
      hit: 'The report was three weeks late again. Keep it up.',
      miss: 'The report was early and complete. Keep it up!',
    },
    {
      id: 'all-we-needed',
      pattern: "that's+all|that+was+all we|i needed $",
      hit: "The schedule has slipped yet again. That's all we needed.",
      miss: "The parts arrived today. That's all we needed, thank you!",
    },
    {
      id: 'makes-our-job-easier',
      pattern: 'that|this|which makes|made our|my job|life|work so+much|a+lot|much easier $',
      hit: 'Your brother-in-law rewired the fuse box yet again. That makes our job so much easier.',
      miss: 'Your brother-in-law labelled every fuse. That makes our job so much easier, thank you!',
    },
  ],
  elliptic: [
    'lucky',
    'original',
    'creative',
    // "Hats off.", "Record time.", "Masterful."
    'hats',
    'record',
    'masterful',
    'textbook',
    'chapeau',
    'respect',
    'nice',
    'love',
    'nicely',
    'top',
    'great',
    'brilliant',
    'perfect',
    'perfectly',
    'wonderful',
    'fantastic',
    'lovely',
    'marvellous',
    'marvelous',
    'superb',
    'terrific',
    'excellent',
    'splendid',
    'super',
    'impeccable',
    'fabulous',
    'bravo',
    'progress',
    'genius',
    'classic',
    'stellar',
    'helpful',
    'useful',
    'timed',
    'thoughtful',
    'considerate',
    'professional',
    'reassuring',
    'efficient',
    'impressive',
    'amazing',
    'awesome',
    'seamless',
    'handy',
    'reliable',
    'punctual',
    'delightful',
    'outstanding',
    'remarkable',
    'spectacular',
    'priceless',
    'congratulations',
    'congrats',
    'kudos',
  ],
  lead: [
    'oh',
    'real',
    'well',
    'just',
    'simply',
    'really',
    'truly',
    'absolutely',
    'how',
    'so',
    'what',
    'a',
    'very',
    'most',
    'extremely',
    'incredibly',
  ],
  tail: [
    'really',
    'truly',
    'honestly',
    'seriously',
    'as',
    'always',
    'usual',
    'indeed',
    'ever',
    'again',
    'mate',
    'guys',
    'folks',
    'team',
  ],
  scareVerbs: [
    'fixed',
    'repaired',
    'checked',
    'tested',
    'cleaned',
    'finished',
    'reviewed',
    'sorted',
    'helped',
    'improved',
    'optimised',
    'optimized',
    'tidied',
    'proofread',
    'serviced',
    'updated',
    'updating',
    'fixing',
    'helping',
    'tidying',
    'improving',
    'checking',
    'sorting',
  ],
  minimiser: ['only', 'just', 'merely', 'mere'],
  verdict: [
    'five-star',
    'inspiring',
    'unbeatable',
    'unrivalled',
    'unrivaled',
    'exemplary',
    'masterclass',
    'detail',
    'thorough',
    'meticulous',
    'creativity',
    'surprise',
    'outdone',
  ],
  many: ['twenty', 'thirty', 'forty', 'fifty', 'hundred', 'hundreds', 'dozen', 'dozens', 'thousand'],
  scareWords: [
    'help',
    'helping',
    'helped',
    'fix',
    'fixes',
    'fixed',
    'expert',
    'experts',
    'expertise',
    'professional',
    'professionals',
    'improvement',
    'improvements',
    'bargain',
    'deal',
    'budget',
    'cheap',
    'discount',
    'repair',
    'repairs',
    'finished',
    'research',
    'advice',
    'feedback',
    'suggestions',
    'tweaks',
    'tweak',
    'adjustments',
    'quick',
    'simple',
    'small',
    'minor',
    'final',
    'urgent',
    'emergency',
    'plan',
    'solution',
    'friend',
    'work',
    'version',
    'updates',
    'update',
  ],
  termWords: [
    'function',
    'feature',
    'setting',
    'page',
    'template',
    'tool',
    'link',
    'section',
    'mode',
    'subject',
    'title',
    'titled',
    'called',
    'named',
    'labelled',
    'labeled',
    'marked',
    'word',
    'term',
    'status',
    'button',
    'tab',
    'field',
    'folder',
    'file',
    'form',
    'menu',
    'option',
    'column',
    'category',
    'package',
    'plan',
    'tier',
    'as',
    'under',
    'click',
    'select',
    'choose',
    'press',
  ],
  self: ['i', 'we', "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll"],
  apology: ['sorry', 'apolog*', 'patience', 'understanding', 'bearing'],
  yes: ['yes', 'no', 'ok', 'okay'],
  soCalled: ['so-called', 'socalled', 'supposed', 'alleged', 'would-be'],
  news: [
    'know',
    'tell*',
    'told',
    'inform*',
    'notif*',
    'flag*',
    'mention*',
    'warn*',
    'alert*',
    'report*',
    'point*',
    'heads-up',
    'note',
    'tip',
    'info',
  ],
  detail: [
    'detailed',
    'thorough',
    'extensive',
    'comprehensive',
    'in-depth',
    'elaborate',
    'exhaustive',
    'lengthy',
    'considered',
    'nuanced',
  ],
  reply: [
    'feedback',
    'reply',
    'answer',
    'response',
    'comment',
    'comments',
    'note',
    'verdict',
    'email',
    'message',
    'of',
    'was',
  ],
  returning: [
    'come',
    'comes',
    'coming',
    'back',
    'return',
    'returning',
    'visit',
    'visiting',
    'book',
    'booking',
    'booked',
    'join',
    'joining',
    'welcome',
    'celebrate',
  ],
  manner: [
    'beautifully',
    'patiently',
    'calmly',
    'bravely',
    'nicely',
    'well',
    'brilliantly',
    'wonderfully',
    'gracefully',
    'kindly',
    'cheerfully',
    'graciously',
    'still',
    'quietly',
    'good-naturedly',
  ],
  repair: [
    'arrived',
    'requested',
    'fixed',
    'repaired',
    'solved',
    'resolved',
    'sorted',
    'replaced',
    'restored',
    'recovered',
    'mended',
    'working',
    'works',
    'running',
    'back',
    'fine',
    'found',
  ],
};
