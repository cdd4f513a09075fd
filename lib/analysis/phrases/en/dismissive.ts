import type { PhraseEntry } from '../types';
import { dismissiveStrategies } from './dismissive-strategies';

// Condescension (principle 1: appreciation; principle 4: admit blind spots).
export const dismissive: readonly PhraseEntry[] = [
  {
    id: 'obviously',
    pattern: 'obviously',
    suggestions: [''],
    unlessWarm: true,
    // "Obviously the old URLs will redirect automatically", "… can still be rung": reassurance that things go on.
    unlessLater: ['still', 'automatically', 'unaffected', 'unchanged', 'continue', 'continues'],
    // "I'd obviously be glad to help": the writer's own willingness.
    // "you've obviously put a lot of work into it": the reader's effort seen, which is praise.
    unlessBefore: [
      'not',
      'you',
      "you've",
      "you're",
      "you'd",
      'they',
      "they've",
      "they're",
      "i'd",
      "we'd",
      'i',
      'we',
      "i'll",
      "we'll",
      "i'm",
      "we're",
      "i've",
      "we've",
    ],
    unlessAfter: [
      'we',
      "we'll",
      "we're",
      "we've",
      'i',
      "i'll",
      "i'm",
      "i've",
      'our',
      'my',
      "we'd",
      "i'd",
      'welcome',
      'free',
      'you',
      "you're",
      "you've",
      'your',
      'obviously',
      // "Obviously, if anything looks off, we can talk it through": an offer on a condition.
      'if',
      // "Obviously none of us are surprised": joy shared, not a lecture.
      'none',
      'everyone',
      'everybody',
      'all',
    ],
    hit: 'This is obviously a misunderstanding.',
    miss: 'This is a misunderstanding.',
  },
  {
    id: 'clearly-you',
    pattern: "clearly|obviously|evidently (,) you|you're|you've|you'd|your",
    // "Obviously your playlists carry over automatically": reassurance ("still" stays a complaint: "you still haven't").
    unlessLater: ['automatically', 'unaffected', 'unchanged'],
    // "Well, obviously you passed": certain of the reader's success, proud.
    unlessAfter: [
      'read',
      'seen',
      'opened',
      'looked',
      'checked',
      'welcome',
      'free',
      'right',
      'invited',
      'entitled',
      'passed',
      'won',
      'nailed',
      'aced',
      'deserve',
      'deserved',
      'earned',
      'succeeded',
      'qualified',
    ],
    hit: 'Clearly you have not been following the project.',
    miss: 'We clearly marked every change for you.',
  },
  {
    id: 'you-clearly-dont',
    pattern:
      "you|you're|you've clearly|obviously|evidently don't|didn't|haven't|hadn't|aren't|weren't|can't|cannot|have+no|had+no|never|do+not|did+not|have+not|are+not|missed|forgot|ignored|failed|skipped|overlooked|misread|lack",
    unlessAfter: [
      'read',
      'seen',
      'open',
      'opened',
      'look',
      'looked',
      'check',
      'checked',
      'understand',
      'understood',
      'grasp',
      'realise',
      'realize',
    ],
    hit: "You clearly don't know how planning permission works.",
    miss: 'You clearly explained what you need, thank you.',
  },
  {
    id: 'simply-verb',
    pattern:
      'simply click|read|follow|do|fill|open|check|look|use|download|log|go|enter|scroll|google|refer|press|type|select|tick',
    hit: 'Simply read the instructions.',
    miss: 'The instructions are simple to follow.',
  },
  {
    id: 'just-read-the',
    pattern: 'just read|re-read|reread|google|follow+the+instructions|look+it+up|scroll+down|check+the+contract',
    unlessBefore: ['i', 'we', "i've", "we've", 'have', 'had'],
    // "Just read that your café won …": news the writer read, not an order.
    unlessAfter: ['that', 'about', 'your'],
    hit: 'Just read the contract, it is all in there.',
    miss: 'I just read the contract, and it all looks fine.',
  },
  {
    id: 'simply-a-matter-of',
    pattern: "it's|it+is|that's|that+is|this+is simply|merely|purely a (simple) matter of",
    hit: "It's simply a matter of reading the form.",
    miss: "It's a matter of a few days until the permit arrives.",
  },
  {
    id: 'all-you-had-to-do',
    pattern: 'all you had|needed to do was',
    hit: 'All you had to do was sign the form.',
    miss: 'All you need to do is sign the form, and we do the rest.',
  },
  {
    id: 'as-everyone-knows',
    pattern:
      'as everyone|anyone|everybody|anybody (should|would|will|can|could) know|knows|tell|see|understand|understands',
    hit: 'As everyone knows, this takes time.',
    miss: 'As you know, this takes time.',
  },
  {
    id: 'how-hard-can-it-be',
    pattern: 'how hard|difficult|complicated can|could it|this|that (possibly|really) be|is+it',
    hit: 'How hard can it be to upload one file?',
    miss: 'How long will it take to upload the files?',
  },
  {
    id: 'even-a-child',
    pattern:
      'even a child|kid|toddler|five-year-old|schoolchild|beginner|layman|layperson|monkey|intern could|can|would|understands|knows|gets',
    hit: 'Even a child could follow these instructions.',
    miss: 'Even on a Sunday you can reach our hotline.',
  },
  {
    id: 'even-you',
    pattern: 'even you can|could|should|must|would|will',
    hit: 'I am sure even you can find the attachment.',
    miss: 'I hope you can find the attachment easily.',
  },
  {
    id: 'its-common-sense',
    pattern: "it's|it+is|that's|that+is|this+is just|simply|basic|pure|plain|only|simple common sense|knowledge",
    hit: "It's just common sense to read the contract first.",
    miss: "It's common sense to check the smoke alarms once a year.",
  },
  {
    id: 'use-common-sense',
    pattern: 'use|apply (your|some|a+little|a+bit+of) common+sense|brain|brains|head',
    hit: 'Please use your common sense when booking the slots.',
    miss: 'Please use your booking code when choosing the slots.',
  },
  {
    id: 'surely-you-know',
    pattern:
      "surely you|you+must|you're|you+are know|understand|realise|realize|can+see|remember|recall|aware|appreciate",
    hit: 'Surely you know that the deadline has passed.',
    miss: 'Surely you deserve a break after the move.',
  },
  {
    id: 'you-of-all-people',
    pattern: 'you of all people',
    hit: 'You of all people should know the rules.',
    miss: 'You and all your colleagues are welcome.',
  },
  {
    id: 'you-should-know-better',
    pattern: 'you should|ought+to|must|of+all+people know|have+known better',
    hit: 'You should know better than to sign without reading.',
    miss: 'You know the area better than we do.',
  },
  {
    id: 'explain-it-slowly',
    pattern: 'explain|spell|repeat|say ~4 slowly|very+slowly|more+slowly',
    unlessBefore: ['we', "we'll", 'i', "i'll", 'will', 'can', 'to'],
    hit: 'Let me explain it again, slowly.',
    miss: 'We will explain everything step by step.',
  },
  {
    id: 'spell-it-out-for-you',
    pattern: 'spell it|this|that|things|everything out for you',
    hit: 'Do I really have to spell it out for you?',
    miss: 'We spell out all costs in the quote.',
  },
  {
    id: 'words-of-one-syllable',
    pattern: 'words of one syllable|in+simple+words+for+you|in+plain+english+for+you',
    hit: 'Let me put it in words of one syllable.',
    miss: 'Let me put it in a short summary.',
  },
  {
    id: 'in-case-you-hadnt-noticed',
    pattern:
      "in case you hadn't|haven't|had+not|have+not|didn't|did+not noticed|notice|realised|realized|realise|realize",
    hit: "In case you hadn't noticed, the deadline was yesterday.",
    miss: 'In case you have questions, I am here all week.',
  },
  {
    id: 'should-be-obvious',
    pattern:
      'should|ought+to be|have+been (pretty|fairly|quite|very|completely|totally|perfectly|blindingly|painfully) obvious|self-explanatory|self-evident',
    hit: 'The answer should be obvious from the plan.',
    miss: 'The answer is on page two of the plan.',
  },
  {
    id: 'its-self-explanatory',
    pattern:
      "it's|it+is|this+is|that's|that+is (really|pretty|fairly|quite|completely|totally|entirely) self-explanatory|self-evident",
    hit: 'It is self-explanatory, so please just fill it in.',
    miss: 'The form is short, and I am happy to go through it with you.',
  },
  {
    id: 'its-really-quite-simple',
    pattern:
      "^it's|it+is|this+is|that's|that+is|it+really+is (really|actually|honestly) (quite|very|pretty|all) simple|basic|elementary|easy $",
    hit: "It's really quite simple.",
    miss: "It's simple to book online, and you get a confirmation straight away.",
  },
  {
    id: 'basic-stuff',
    pattern: 'basic|elementary stuff|maths|math|arithmetic|logic',
    hit: 'This is basic maths, the total is wrong.',
    miss: 'Basic maintenance is included in the service plan.',
  },
  {
    id: 'surprised-you-dont-know',
    pattern:
      "surprised|amazed|astonished|shocked (that) you don't|didn't|haven't|hadn't|can't|couldn't|aren't|weren't|would|need|needed",
    hit: "I'm surprised you don't know the regulations.",
    miss: "I'm surprised and delighted by the result.",
  },
  {
    id: 'you-wouldnt-understand',
    pattern:
      "you wouldn't|would+not|couldn't|could+not|can't+possibly|cannot+possibly understand|grasp|appreciate|follow",
    hit: "You wouldn't understand the technical details.",
    miss: 'You will find the technical details in the appendix.',
  },
  {
    id: 'dont-expect-you-to-understand',
    pattern: "don't|do+not|wouldn't|would+not expect you to understand|know|follow|grasp|appreciate",
    hit: "I don't expect you to understand the structural details.",
    miss: "I don't expect any delays with the structural work.",
  },
  {
    id: 'not-sure-you-understand',
    pattern:
      "i'm|i+am|we're|we+are not (sure|convinced) you (fully|really|quite|entirely) understand|understood|appreciate|realise|realize|grasp|get",
    hit: "I'm not sure you understand what this means for the budget.",
    miss: "I'm not sure you received my email, so here it is again.",
  },
  {
    id: 'i-dont-think-you-understand',
    pattern:
      "i|we don't|do+not think you (fully|really|quite|entirely) understand|understood|appreciate|realise|realize|grasp|get",
    hit: "I don't think you understand the risk.",
    miss: "I don't think you need to lose sleep over the risk.",
  },
  {
    id: 'not-how-it-works',
    pattern:
      "that's+not|that+is+not|that+isn't|this+is+not|this+isn't|it's+not|it+is+not|it+isn't|that's+just+not|that's+simply+not how it|this|things|that|the+world|business works|work",
    hit: "That's not how it works in construction.",
    miss: "Here's how it works: we survey first, then we plan.",
  },
  {
    id: 'try-to-keep-up',
    pattern: 'try|trying to keep up',
    hit: 'Do try to keep up with the emails.',
    miss: 'Keep up the great work, the board was impressed.',
  },
  {
    id: 'calm-down',
    pattern: 'you+need+to|you+should|you+must|please|just|try+to calm|settle down',
    // "calm down the dog" soothes someone else; "calm down a bit" is the reader.
    unlessAfter: ['the', 'your', 'our', 'my', 'his', 'her', 'their'],
    hit: 'Please calm down and read the contract again.',
    miss: 'Once things calm down after the holidays, we can meet.',
  },
  {
    id: 'you-are-overreacting',
    pattern:
      "you're|you+are|you+were (really|a+bit|a+little|slightly|totally|completely) overreacting|over-reacting|overthinking",
    // "I don't think you're overreacting": validation.
    unlessBefore: ["don't", 'not', 'never'],
    hit: "You're overreacting to a small delay.",
    miss: 'You are reacting quickly, thank you.',
  },
  {
    id: 'you-are-being-dramatic',
    pattern:
      "you're|you+are|you+were being (a+bit|a+little|slightly|rather|very|really|too|so|quite|overly) oversensitive|sensitive|emotional|dramatic|hysterical|paranoid|unreasonable|childish|petty|naive|silly",
    hit: 'You are being a bit dramatic about the colour.',
    miss: 'You are being very patient with us, thank you.',
  },
  {
    id: 'no-need-to-get-upset',
    pattern: 'no need to get|be|become (so) upset|worked+up|emotional|defensive|hysterical|angry|excited',
    hit: 'There is no need to get upset about a small delay.',
    miss: 'There is no need to be concerned about the delay.',
  },
  {
    id: 'as-you-can-clearly-see',
    pattern: 'as|which you can|could|should clearly|plainly|obviously|surely see|tell|read',
    hit: 'As you can clearly see, the wall is not load-bearing.',
    miss: 'As you can see in the plan, the wall is not load-bearing.',
  },
  {
    id: 'can-you-not-read',
    pattern: "can't+you|cannot+you|can+you+not read|count|follow+instructions",
    hit: "Can't you read the instructions?",
    miss: 'Can you read the attachment, or should I send a PDF?',
  },
  {
    id: 'you-people',
    pattern: 'you people',
    unlessBefore: ['thank'],
    hit: 'You people never read the contract.',
    miss: 'You and the people in your team are welcome.',
  },
  {
    id: 'no-substitute-for',
    pattern: "is|are|isn't|aren't|was no|not (a) substitute|replacement for",
    hit: 'A video tutorial is no substitute for a licensed electrician.',
    miss: 'The new boiler is a good replacement for the old one.',
  },
  {
    id: 'advice-from-the-internet',
    pattern:
      'advice|tips|knowledge|expertise|information|research|training from tiktok|instagram|youtube|google|the+internet|forums|a+forum|a+webinar|chatgpt|pinterest|reddit|social+media|facebook|facebook+groups|a+facebook+group|whatsapp+groups|influencers|youtubers|blogs|a+blog',
    hit: 'Tax tips from Instagram tend to cost money.',
    miss: 'Our tips on Instagram get a lot of likes, thanks for sharing them.',
  },
  {
    id: 'pick-it-up-from-a-webinar',
    pattern:
      "can't|cannot|isn't|not ~4 pick+up|learn|get|master from|on|in (a|the|one) webinar|weekend|youtube|tiktok|instagram|google|video|podcast|blog|course",
    hit: 'Structural design is not something you learn from a weekend course.',
    miss: 'Structural design is something we explain in our course.',
  },
  {
    // The same rank after a concession: "I know the videos look easy, but surveyors are licensed for a reason."
    id: 'but-experts-for-a-reason',
    pattern: `, but ~0-1 ${'experts|professionals|pros|specialists|engineers|architects|lawyers|solicitors|accountants|doctors|electricians|plumbers|surveyors|designers|developers|builders|tradespeople|consultants|gas+engineers'} ~1-4 for+a+reason`,
    hit: 'I get that the forum sounded sure, but solicitors train for years for a reason.',
    miss: 'We have to wait for the surveyors, but they are coming for a reason we agreed last week.',
  },
  {
    // "Easy once you actually read it": the reader's reading doubted.
    id: 'easy-once-you-actually',
    pattern:
      'simple|easy|straightforward|self-explanatory|clear ~0-2 once|if|when you actually|bother+to ~0-1 read|follow|look|open|check|use',
    hit: 'The setup is easy once you actually read the leaflet.',
    miss: 'The portal is easy once you have your login, and I can send it today.',
  },
  {
    id: 'not-quantum-physics',
    pattern: "not|isn't|hardly (exactly|really|quite) quantum+physics|nuclear+physics|higher+maths|a+phd",
    hit: "Changing a filter isn't exactly quantum physics.",
    miss: 'Our daughter studies quantum physics in Leeds.',
  },
  {
    id: 'theres-a-reason-people-train',
    pattern:
      "there's|there+is a+reason (why) ~2 go+to+school|go+to+university|study|train|qualify|are+qualified|are+licensed|are+trained|spend+years|need+a+licence|need+a+license",
    hit: 'There is a reason surveyors train for years.',
    miss: 'There is a reason for the delay: the crane broke.',
  },
  {
    id: 'leave-it-to-the-experts',
    pattern:
      'leave ~4 to the+experts|the+professionals|the+pros|people+who+are|those+who+are|someone+who+is|people+who+know|those+who+know|the+people+who',
    hit: 'Leave the wiring to people who know what they are doing.',
    miss: 'Leave the key with the neighbour if you are out.',
  },
  {
    id: 'for-non-experts',
    pattern:
      'for|to non-lawyers|non-experts|non-specialists|non-professionals|laypeople|laymen|a+layperson|a+layman|amateurs|the+uninitiated',
    hit: 'The valuation rules can be confusing for laypeople.',
    miss: 'The valuation rules were changed this spring.',
  },
  {
    id: 'not-just-because-you',
    pattern: "not|n't|doesn't|don't|won't|isn't ~6 just+because you|you've|you're|your",
    hit: "The wall won't move just because you've drawn it elsewhere.",
    miss: 'We moved the wall because you asked, and it looks great.',
  },
  {
    id: 'honestly-not-that-hard',
    pattern: 'honestly|frankly|seriously not that|so|all+that complicated|hard|difficult|tricky',
    hit: 'The form is honestly not that hard.',
    miss: "Don't worry, the form is short and I'll help.",
  },
  {
    id: 'read-it-this-time',
    pattern: 'this time ~3 read|listen|follow|check|pay+attention|look',
    hit: 'Maybe this time you could read the whole brief.',
    miss: 'This time the brief is shorter, as you asked.',
  },
  // Expertise put-downs and lessons the reader did not ask for: the writer's trade set
  // against the reader's ignorance ("as any surveyor knows", "you are not an engineer").
  {
    id: 'as-any-expert-knows',
    pattern: 'as any|every ~1-3 knows|will+tell+you|can+tell+you|would+tell+you|should+know',
    hit: 'As every electrician knows, the fuse box has to be earthed.',
    miss: 'As any changes need approval, we will wait for your reply.',
  },
  {
    id: 'anyone-with-basic',
    pattern:
      'anyone|anybody|someone with (even) (a|the) basic|minimal|rudimentary|elementary|slightest|little|bit+of|half+a|ounce+of ~0-3 could|can|would|should|knows|understands|will',
    hit: 'Anyone with minimal Excel skills can sort that column.',
    miss: 'Anyone with questions can call me on Monday.',
  },
  {
    id: 'not-that-hard-to',
    pattern:
      "^it's|it+is|it+isn't|this+is|this+isn't|that's|that+is not that|so|exactly|all+that|really hard|difficult|complicated to",
    unlessAfter: ['fix', 'repair', 'solve', 'sort', 'learn', 'set', 'get', 'install'],
    hit: "It's not that difficult to send the invoice to the right address.",
    miss: "It's not that hard to fix, so we can do it on Friday.",
  },
  {
    id: 'explain-it-simply',
    pattern:
      "let+me|i'll|i+will|i'll+try+to|i+will+try+to|let+me+try+to|i+shall explain|put|say|phrase ~0-3 simply|in+terms+you|in+layman's+terms|so+you+can+follow|so+that+you+can+follow|so+even+you|one+more+time",
    hit: 'I will say it one more time so you can follow.',
    miss: 'Let me explain the next steps in the application.',
  },
  {
    id: 'you-may-not-be-aware',
    pattern: 'you may|might not be aware|realise|realize that',
    hit: 'You may not be aware that listed buildings need consent.',
    miss: 'You may not need to bring anything to the appointment.',
  },
  {
    id: 'for-your-information',
    pattern: '^for your information|info ,|:',
    hit: 'For your information: the warranty ends after two years.',
    miss: 'I attach the notes for your information.',
  },
  {
    id: 'read-carefully-before-asking',
    pattern:
      'read|re-read|reread ~0-3 carefully|properly|thoroughly|more+carefully before|prior+to asking|sending|replying|writing|emailing|calling|you+ask|you+reply|you+write|you+send|you+call',
    hit: 'Please read my reply properly before asking the same thing again.',
    miss: 'Please read the contract carefully before signing it.',
  },
  {
    id: 'read-my-email-properly',
    pattern:
      'read|re-read|reread my|our (last|previous|earlier|first) email|e-mail|mail|message|reply|answer|letter (again) carefully|properly|more+carefully|again',
    hit: 'Could you read my last email properly this time?',
    miss: 'Thank you for reading my email so quickly.',
  },
  {
    id: 'you-are-not-an-expert',
    pattern:
      "you're|you+are|you+aren't not|n't (a|an) (structural|qualified|trained|chartered|tax) engineer|lawyer|solicitor|accountant|architect|doctor|expert|specialist|professional|developer|programmer|designer|surveyor|adviser|advisor|builder|electrician|plumber|physician",
    hit: 'You are not a qualified electrician, so please leave the wiring alone.',
    miss: 'You are a wonderful client and we enjoy working with you.',
  },
  {
    id: 'everyone-knows-that',
    pattern: '^everyone|everybody|any+child|any+fool|any+schoolchild knows|understands|can+see that|how|what|this',
    hit: 'Everybody knows that a flat roof needs drainage.',
    miss: 'Everyone in our team looks forward to meeting you.',
  },
  {
    id: 'common-knowledge',
    pattern: "it's|it+is|that's|that+is|this+is (really|surely) common|basic|general|elementary knowledge",
    hit: 'It is basic knowledge that backups belong on a second drive.',
    miss: 'Our knowledge base has an article on backups.',
  },
  {
    id: 'you-dont-seem-to-grasp',
    pattern:
      "you don't|do+not|didn't|did+not seem|appear to grasp|understand|get|realise|realize|follow|see|appreciate",
    hit: "You don't appear to understand what a retainer is.",
    miss: "You don't seem to have received the file, so here it is again.",
  },
  {
    id: 'you-seem-not-to-grasp',
    pattern: 'you seem|appear not+to|unable+to grasp|understand|get|realise|realize|follow|appreciate',
    hit: 'You seem unable to understand the difference between net and gross.',
    miss: 'You seem to enjoy the new garden, which makes us happy.',
  },
  {
    id: 'read-the-manual-first',
    pattern:
      'maybe|perhaps|try|just read|reading|check|checking|look+at|consult the|our ~0-1 manual|instructions|documentation|faq|guide|handbook|contract|terms first|next+time|before',
    hit: 'Perhaps read the instructions first next time.',
    miss: 'Perhaps the guide on page four helps you.',
  },
  {
    id: 'would-have-thought-obvious',
    pattern:
      "would|i'd have thought|assumed|expected ~0-4 self-explanatory|obvious|common+sense|clear+enough|evident|basic",
    hit: "I'd have thought the price list was self-explanatory.",
    miss: 'I would have thought of that too, thanks for the idea.',
  },
  {
    id: 'any-competent-would-have',
    pattern:
      'any|every competent|decent|qualified|halfway+competent|reasonable|self-respecting|professional ~1-3 would+have|could+have|should+have|would+know|knows|would+never',
    hit: 'Any competent developer would have tested this first.',
    miss: 'Any decent builder can give you a second quote.',
  },
  {
    id: 'if-you-had-bothered',
    pattern: "if you had|you'd|you+would+have (even|just|only) bothered|cared|taken+the+time|taken+the+trouble to",
    hit: 'The answer is on page two, if you had bothered to turn the page.',
    miss: 'If you had time to look at the draft, that would be great.',
  },
  {
    id: 'didnt-even-bother',
    pattern: "you didn't|did+not|never|couldn't|could+not (even) bother|be+bothered to",
    hit: 'You did not even bother to open the attachment.',
    miss: 'Please do not bother to print the attachment.',
  },
  {
    id: 'assume-you-know-what-is',
    pattern: 'i assume|presume|take+it|trust you (already) know|understand what|how ~1-4 is|are|means|works',
    hit: 'I assume you know what a retainer is.',
    miss: 'I assume you would like the meeting on Tuesday.',
  },
  {
    id: 'as-a-layperson-you-cannot',
    pattern:
      "as a|an layperson|layman|laywoman|non-expert|non-specialist|amateur|outsider (,) you|you're|you+are ~0-4 can't|cannot|won't|wouldn't|may+not|might+not|may+find|might+find|will+find|could+not|couldn't|hardly|not+in+a+position|in+no+position",
    hit: "As a layman you can't judge the load on that beam.",
    miss: 'As a first step, you can send us the floor plan.',
  },
  {
    // "I don't really understand the fuss": the reader's feelings waved away.
    id: 'dont-understand-the-fuss',
    pattern: "don't|do+not|can't|cannot (really|quite) understand|see|get the+fuss|the+drama|the+panic",
    hit: "I don't really understand the fuss about a slightly uneven hem.",
    miss: "I don't really understand the invoice, could you explain it?",
  },
  {
    // "No one else has complained": the complaint counts for nothing because it stands alone.
    id: 'no-one-else-complained',
    pattern: 'no+one|nobody|noone else ~0-4 @complain|@mind|@object|@mention|@raise',
    hit: 'No one else in the group has complained about the room.',
    miss: 'No one else is booked that morning, so take your pick.',
  },
  {
    // "None of our other clients have had a problem with it": the complaint set against the others' silence.
    id: 'no-other-client-had-a-problem',
    pattern:
      'no+other|none+of+the+other|none+of+our+other|none+of+my+other ~0-4 complained|complaint|complaints|a+problem|any+problem|any+problems|an+issue|any+issues',
    // "No other client has had a problem, so we are looking into your setup": a diagnosis, not a brush-off.
    unlessLater: ['investigate', 'investigating', 'looking', 'checking', 'check', 'test', 'testing'],
    hit: 'None of our other clients have had a problem with the new portal.',
    miss: 'None of our other clients have booked the Friday slot yet.',
  },
  {
    id: 'doesnt-bother-anyone-else',
    pattern: "doesn't|does+not|never bother|bothers|bothered anyone|anybody else",
    hit: "The hum of the fridge doesn't bother anyone else.",
    miss: 'Nothing here should bother the neighbours, and we will keep the noise down.',
  },
  {
    // "If it really bothers you that much, …": the request framed as a whim.
    id: 'if-it-bothers-you-that-much',
    pattern: 'if it|this (really) bothers|worries|upsets you that|so much',
    hit: 'If it really bothers you that much, we can repaint the door.',
    miss: 'If it bothers you at all, please tell us and we will repaint the door.',
  },
  {
    // "It's just a matter of getting used to them": the reader's complaint made a matter of habit.
    id: 'just-a-matter-of-getting-used',
    pattern: 'just|simply|only|merely a matter|question of getting+used+to|adjusting+to|adjusting',
    hit: "The new lenses feel odd at first, but it's just a matter of getting used to them.",
    miss: 'The new lenses feel odd at first; we will adjust them for free if they still do next week.',
  },
  {
    // "Most owners just live with it": what others put up with, the reader should too.
    id: 'others-just-live-with-it',
    pattern:
      'most|other|many ~0-1 people|clients|patients|customers|owners|guests|tenants|members|families (just|simply) live+with|get+used+to|put+up+with it|them|that',
    hit: 'Most owners just live with it after the first winter.',
    miss: 'Most owners live in the old town, so parking is tight.',
  },
  {
    id: 'googling-wont-help',
    pattern: "googling|dr+google ~0-7 won't|doesn't|will+not|isn't+going+to help",
    hit: "Googling symptoms at two in the morning won't help, I promise.",
    miss: 'Googling the part number helped us find a cheaper supplier.',
  },
  {
    // "… not something we'd consider a problem": the reader's complaint ruled out as one.
    id: 'not-something-we-consider-a-problem',
    pattern:
      "not something|nothing we'd|we+would|i'd|i+would|we ~0-1 consider|call|class+as|treat+as a|an problem|issue|defect|fault|complaint",
    hit: "A little condensation on the glass is not something we'd consider a problem.",
    miss: "A crack in the glass is something we'd consider a defect, so we will replace it.",
  },
  {
    // "The other guests had no problem with it": the complaint counts for nothing because others kept quiet.
    id: 'others-had-no-problem',
    pattern:
      "other|others|everyone+else|everybody+else ~0-2 guests|clients|tenants|parents|patients|families|neighbours|neighbors (seem+to|seemed+to) had|have|has no+problem|no+issue|no+complaints|didn't+have+a+problem",
    hit: 'The other guests had no problem with the music.',
    miss: 'The other guests had a problem with the music, so we turned it down.',
  },
  {
    // "… works perfectly if you use it properly": the fault left, unsaid, with the reader.
    id: 'if-you-use-it-properly',
    pattern:
      'if|when you|one ~0-2 use|operate|set+up|install|read it|them|this properly|correctly|as+intended|the+right+way',
    hit: 'The pump runs perfectly well if you use it properly.',
    miss: 'The pump runs perfectly well if you descale it once a year.',
  },
  {
    // "These things can look odd to people who aren't used to reading payslips": the reader as the layman.
    id: 'to-people-who-arent-used-to',
    pattern:
      "to|for people|someone|anyone|those|somebody who|that aren't|isn't|don't|doesn't|haven't|are+not|is+not used+to|familiar+with|trained|in+the+trade",
    hit: "The figures can look strange to people who aren't used to reading a balance sheet.",
    miss: 'The figures are laid out for people who are used to reading a balance sheet.',
  },
  {
    // "I'd rather not keep revisiting it": the reader's question closed.
    id: 'rather-not-keep-revisiting',
    pattern:
      "i'd|we'd|i+would|we+would rather not keep|revisit|relitigate revisiting|going+over+it|going+over+this|discussing+it|explaining|arguing|it|this|the",
    hit: "I'd rather not keep revisiting the licence question.",
    miss: "I'd rather not send the file by email, so I'll bring it along.",
  },
  {
    // The reader's worry waved off as too much: "there's really no need for all the worry".
    id: 'no-need-for-all-the-worry',
    pattern:
      'no+need|no+call|no+reason for all+the|all+this|all+that|so+much worry|worrying|fuss|panic|drama|stress|alarm',
    hit: "There's no need for all this fuss about a few hairline cracks.",
    miss: "There's no need for a deposit on orders under fifty pounds.",
  },
  {
    // The reader's reaction made a type: "People do tend to panic about this in the first weeks".
    id: 'people-tend-to-panic',
    pattern:
      'people|clients|customers|owners|patients|parents|everyone|most+people (do|often|always|usually) tend+to|like+to|love+to panic|worry|overreact|fret|fuss|stress|freak',
    hit: 'New owners do tend to panic about hairline cracks in the first winter.',
    miss: 'New owners do tend to repaint the hallway in the first winter.',
  },
  {
    // Consent given with a shrug: "but if that's what you want, fine".
    id: 'if-thats-what-you-want-fine',
    pattern:
      "but if that's|but+if+that+is what you want|prefer|insist+on , fine|so+be+it|go+ahead|your+call|it's+your+money|suit+yourself",
    hit: "The gold frame clashes with the print, but if that's what you want, fine.",
    miss: "The gold frame suits the print, and if that's what you want, we can order it today.",
  },
  {
    // "I don't think there's anything further to discuss": the conversation closed for the reader.
    id: 'anything-further-to-discuss',
    pattern: "don't+think|do+not+think ~0-2 anything further|more|else to discuss|to+talk+about",
    hit: "I don't think there's anything further to discuss on this.",
    miss: "I don't think there's anything more to add from our side, so enjoy the weekend!",
  },
  {
    // "Teenagers tend to make more of it than it is": the reader's worry shrunk.
    id: 'make-more-of-it',
    pattern: '@make ~0-1 more of it|this|that than it+is|there+is|it+deserves',
    hit: 'Some people make more of it than it is.',
    miss: 'We make more of the sauce than the recipe says.',
  },
  {
    // "I don't need a YouTube video to explain hoof balance to me": the reader's input waved away.
    id: 'dont-need-it-explained',
    pattern: "don't|do+not need ~1-6 to explain|to+tell+me|to+teach ~0-4 to me",
    hit: "I don't need a YouTube video to explain hoof balance to me, thanks.",
    miss: "You don't need to explain anything to me, we'll go through it together.",
  },
  ...dismissiveStrategies,
  {
    // "…, frankly not the emergency your email suggests": the reader's alarm measured and found too big.
    id: 'not-the-emergency-you-think',
    pattern:
      "not|isn't|wasn't (quite|really|exactly|remotely) the|an|a emergency|crisis|disaster|catastrophe|drama|tragedy|big+deal ~0-2 you|your ~0-2 suggest|suggests|suggested|think|thought|make|makes|made|seem|seems|imagine|describe|described|paint|painted",
    hit: "The damp patch isn't the disaster your message makes it sound.",
    miss: "The damp patch isn't a disaster, and we will fix it on Monday as planned.",
  },
];
