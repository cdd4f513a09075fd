import type { PhraseEntry } from '../types';

// Hedges that blur the message (principle 2: clear, true, honest). Polite
// indirect requests ("could you", "would you mind") are not hedges: only
// filler, stacked hedges and apologies for asking at all are flagged here.
export const hedging: readonly PhraseEntry[] = [
  // From the German examples English missed (translated-examples.jsonl).
  {
    id: 'id-say',
    pattern: "^ i'd|i+would (just) say",
    hit: "I'd say the quote is fine as it is.",
    miss: 'I said the quote is fine as it is.',
  },
  {
    id: 'comma-id-say',
    pattern: ", i'd|i+would say|reckon|imagine|guess $",
    hit: "The quote is fine as it is, I'd say.",
    miss: 'The quote is fine as it is, as we agreed.',
  },
  {
    id: 'i-reckon',
    pattern: "^ i|we reckon|i'd+imagine|i+would+imagine|i+should+think",
    hit: "I reckon that'll work out by Friday.",
    miss: 'I confirm that it will work out by Friday.',
  },
  {
    id: 'not-entirely-happy',
    pattern: "not|aren't|isn't|weren't|wasn't entirely|quite|altogether|wholly happy|satisfied|convinced|sold",
    hit: "We're not entirely happy with the design.",
    miss: 'We are happy with the design.',
  },
  {
    id: 'not-really-possible',
    pattern: "not|isn't|wasn't really possible|feasible|doable|an+option|workable",
    hit: "That's not really possible, I'm afraid.",
    miss: "That's not possible before March, I'm afraid.",
  },
  {
    id: 'probably-not-able',
    pattern: "probably not+able|won't+be+able|can't|cannot|unable",
    hit: "We're probably not able to offer an appointment in August.",
    miss: "We're not able to offer an appointment in August.",
  },
  {
    id: 'id-just-have-a-question',
    pattern: "i'd|we'd|i+would|we+would (just|only) have a|one (small|quick|little|tiny) question|request|favour|favor",
    hit: "I'd just have a question about the invoice.",
    miss: 'I have a question about the invoice.',
  },
  {
    id: 'forgive-me-for-asking',
    pattern: 'forgive|excuse|pardon me|us for asking|bothering|chasing|pestering|checking (you) (again|once+more)',
    hit: 'Forgive me for asking again: has the permit come through?',
    miss: 'Forgive the delay: the permit has come through.',
  },
  {
    id: 'only-if-you-like',
    pattern: "only if you'd+like|you+like|you+want|you+wish|it+suits|you+can|you'd+want",
    hit: "Would you write us a review? Only if you'd like to, of course.",
    miss: 'The review form opens only after the visit.',
  },
  {
    id: 'if-too-complicated-forget-it',
    pattern: 'if ~1-6 , just|simply forget|ignore|skip it|this|that|about+it',
    hit: "If that's too complicated, just forget it.",
    miss: "If that's too complicated, we can call you instead.",
  },
  {
    id: 'if-im-getting-mixed-up',
    pattern: "if i'm|i+am|i've|i+have getting|got|mixing ~0-2 mixed+up|muddled|wrong|confused|up",
    // An offer to correct what comes next is a courtesy: "If I've got anything wrong, just reply and I'll update it."
    unlessLater: ['know', 'reply', 'tell', 'shout', 'fix', 'update', 'correct', 'amend', 'change'],
    hit: "Let me know if I'm getting something mixed up there.",
    miss: "If I've got any of the dates wrong, just reply and I'll fix them.",
  },
  {
    id: 'could-prove-difficult',
    pattern: 'could|might|may prove|turn+out|be difficult|tricky|challenging|problematic|awkward',
    hit: 'That could prove difficult.',
    miss: 'That will be difficult, so we suggest March.',
  },
  {
    id: 'well-see-whether',
    pattern: "we'll|we+will|let's see whether|if",
    hit: "We'll see whether that can still be arranged.",
    miss: "We'll check whether that can be arranged and confirm by Monday.",
  },
  {
    id: 'just-very-briefly-ask',
    pattern: 'could|can|may i|we just (very|really) briefly|quickly ask|check|mention|raise',
    hit: 'Could I just very briefly ask your opinion?',
    miss: 'Could I ask your opinion on the tiles?',
  },
  {
    id: 'just-wanted-to',
    pattern:
      'i|we just|only wanted|want to (quickly|briefly) check|ask|follow|touch|see|remind|circle|clarify|flag|nudge|chase|enquire|inquire|double-check|ping',
    hit: 'I just wanted to check if you saw my offer.',
    miss: 'I want to check if you saw my offer.',
  },
  {
    id: 'id-just-like-to',
    pattern:
      "i'd|we'd|i+would|we+would just like to (quickly|briefly) check|ask|follow|touch|see|remind|circle|clarify|flag|nudge|chase|enquire|inquire|double-check|ping",
    hit: "I'd just like to check whether the plans arrived.",
    miss: "I'd like to check whether the plans arrived.",
  },
  {
    id: 'just-checking-in',
    pattern: 'just checking|circling|touching|reaching|pinging|bumping|nudging|looping in|up|back|base|out|this',
    hit: 'Just checking in on the signed contract.',
    miss: 'I am checking the signed contract today.',
  },
  {
    id: 'just-thought-id',
    pattern: "just thought i'd|i+would|we'd|we+would|i+should|we+should|i+might|we+might|i+could|we+could",
    hit: "I just thought I'd ask whether the date still works.",
    miss: 'I thought about your question and the date still works.',
  },
  {
    id: 'sort-of',
    pattern: 'sort|kind of',
    suggestions: [''],
    unlessBefore: [
      'what',
      'which',
      'this',
      'that',
      'these',
      'those',
      'any',
      'some',
      'the',
      'a',
      'an',
      'no',
      'every',
      'each',
      'another',
      'same',
      'other',
      'different',
      'right',
      'wrong',
      'my',
      'your',
      'our',
      'their',
      'its',
      'his',
      'her',
      'one',
      'all',
    ],
    unlessAfter: ['you', 'your', 'yours', 'him', 'her', 'them', 'us', 'everyone', 'sort', 'kind'],
    hit: 'The draft is sort of finished.',
    miss: 'What kind of support do you need?',
  },
  {
    id: 'kinda-sorta',
    pattern: "kinda|sorta|kind've|kindof|sortof",
    suggestions: [''],
    unlessAfter: ['kinda', 'sorta'],
    hit: 'The layout is kinda busy on the left.',
    miss: 'The layout is busy on the left.',
  },
  {
    id: 'i-was-wondering-if-maybe',
    pattern: "i+was|i+am|i'm|we+were|we+are|we're (just|only) wondering if|whether maybe|perhaps|possibly",
    suggestions: ['could you tell me if', "I'd like to know if"],
    hit: 'I was wondering if maybe you had time.',
    miss: 'I was wondering whether you had time on Monday.',
  },
  {
    id: 'i-was-just-wondering',
    pattern: "i+was|i+am|i'm|we+were|we+are|we're just|only|kind+of|sort+of|simply wondering",
    hit: 'I was just wondering whether the plans are ready.',
    miss: 'I was wondering whether the plans are ready.',
  },
  {
    id: 'i-was-hoping-maybe',
    pattern: "i+was|i+am|i'm|we+were|we+are|we're (just|kind+of|sort+of|really) hoping (that) maybe|perhaps|possibly",
    hit: 'I was hoping maybe we could meet on Friday.',
    miss: 'I was hoping we could meet on Friday.',
  },
  {
    id: 'i-guess-maybe',
    pattern: 'i guess|suppose|think|thought|feel|reckon|wonder+if maybe|perhaps|possibly',
    suggestions: ['I think'],
    hit: 'So I guess maybe we could move the meeting.',
    miss: 'So I think we could move the meeting.',
  },
  {
    id: 'stacked-hedge',
    pattern:
      'might+perhaps|might+possibly|might+maybe|may+perhaps|may+possibly|may+maybe|could+perhaps|could+maybe|maybe+perhaps|perhaps+maybe|possibly+maybe|maybe+possibly|perhaps+possibly',
    hit: 'The delivery might possibly slip to next week.',
    miss: 'The delivery might slip to next week.',
  },
  {
    id: 'it-seems-like-maybe',
    pattern: 'it|this|that seems|looks|appears|sounds (like|that|as+if) maybe|perhaps|possibly',
    hit: 'It seems like maybe the figures are off.',
    miss: 'It seems the figures are off by a few pounds.',
  },
  {
    id: 'could-you-maybe',
    pattern: 'could|can you maybe',
    suggestions: ['could you'],
    unlessAfter: ['maybe'],
    hit: 'Could you maybe send the plans by Friday?',
    miss: 'Could you send the plans by Friday?',
  },
  {
    id: 'would-you-maybe',
    pattern: 'would you maybe',
    suggestions: ['would you'],
    unlessAfter: ['maybe'],
    hit: 'Would you maybe have time for a call on Monday?',
    miss: 'Would you have time for a call on Monday?',
  },
  {
    id: 'i-could-be-wrong-but',
    pattern: 'i could|might|may be wrong|mistaken (here|about+this|about+that) (,) but',
    hit: 'I could be wrong, but the invoice seems too high.',
    miss: 'I checked twice, and the invoice is correct.',
  },
  {
    // Doubting oneself out loud, with or without a "but" after it.
    id: 'i-could-be-completely-wrong',
    pattern: 'i could|might|may (well) be (completely|totally|entirely|quite|way) wrong|mistaken|off+base|off+the+mark',
    hit: 'I could be completely wrong, of course, so please check with the bank.',
    miss: 'The numbers are wrong; I have attached the corrected sheet.',
  },
  {
    id: 'im-off-here',
    pattern: "i'm|i+am|i+might+be|i+may+be|i+could+be (completely|totally|way|a+bit) off here|base|the+mark|track",
    hit: "Maybe I'm totally off here, but the numbers look high.",
    miss: "I'm off on Friday, so Thursday would suit me better.",
  },
  {
    id: 'correct-me-if-im-wrong',
    pattern: "correct me if i'm|i+am wrong|mistaken",
    hit: "Correct me if I'm wrong, but the deadline was Friday.",
    miss: 'Please correct me if the address has changed.',
  },
  {
    id: 'im-not-sure-but',
    pattern: "i'm|i+am not (really|entirely|totally|completely|quite) sure|certain (,) but",
    hit: "I'm not sure, but I think the permit has arrived.",
    miss: "I'm not sure which date suits you, so I've proposed two.",
  },
  {
    id: 'not-sure-if-this-makes-sense',
    pattern:
      'not sure if|whether this|that|it (all) makes+sense|is+clear|helps|is+helpful|is+useful|is+right|is+relevant',
    hit: "I'm not sure if this makes sense, so call me if not.",
    miss: "I'm not sure if you've received the parcel yet.",
  },
  {
    id: 'i-dont-know-if-this-helps',
    pattern: "don't|do+not know if|whether this|it|that ~1 helps|help|helpful|useful|relevant|makes+sense|interesting",
    hit: "I don't know if this helps, but the old survey is attached.",
    miss: "I don't know the exact date yet, but I'll tell you on Monday.",
  },
  {
    id: 'if-its-not-too-much-trouble',
    pattern:
      "if it's|it+is|it+isn't|it+wouldn't+be|it+would+not+be|it+won't+be|that's|that+is|that+isn't|that+wouldn't+be (not) too+much trouble|bother|hassle|of+a+bother|of+a+hassle|of+an+imposition|of+a+problem|to+ask",
    hit: "Could you, if it's not too much trouble, send the plans today?",
    miss: "Could you send the plans today, if that's possible?",
  },
  {
    id: 'sorry-to-bother-you',
    pattern: 'sorry to bother|disturb|trouble|pester|bug|nag|hassle|interrupt you',
    hit: 'Sorry to bother you, but where is the report?',
    miss: 'Sorry for the late reply.',
  },
  {
    id: 'sorry-for-bothering',
    pattern:
      'sorry|apologies|apologise|apologize|forgive+me|excuse+me|pardon+me for raising+it|raising+this|mentioning+it|mentioning+this|bringing+it+up|bringing+this+up|bothering|bugging|pestering|nagging|disturbing|troubling|hassling|the+bother|the+intrusion|the+imposition|being+a+pain|being+a+nuisance|being+a+bother',
    hit: 'Apologies for bothering you again about the keys.',
    miss: 'Apologies for the delay with the keys.',
    // "That one's on me, and I'm sorry for the bother": owning a mistake, not shrinking a request.
    unlessEarlier: ['me', 'mine', 'my', 'fault', 'mistake'],
  },
  {
    id: 'sorry-to-be-a-pain',
    pattern: 'sorry to be a|such+a pain|nuisance|bother|pest|nag',
    hit: 'Sorry to be a pain, but could you resend the file?',
    miss: 'Sorry to hear about the delay, we can resend the file.',
  },
  {
    id: 'hate-to-bother-you',
    pattern:
      'i|we hate to bother|pester|chase|nag|trouble|bug|ask|be+a+pain|be+a+nuisance|be+that+person|rush+you|push',
    hit: 'I hate to bother you, but the payment is still open.',
    miss: 'We would love to help you with the payment plan.',
  },
  {
    id: 'dont-mean-to-bother',
    pattern: "don't|do+not mean to bother|pester|nag|chase|trouble|bug|rush|push|be+a+pain|be+a+nuisance",
    hit: "I don't mean to rush you, but we need an answer this week.",
    miss: "We don't need an answer this week, so take your time.",
  },
  {
    id: 'hope-you-dont-mind-me-asking',
    pattern: "you don't|do+not mind me|my asking|asking",
    hit: "I trust you don't mind me asking about the budget.",
    miss: "I trust you don't mind that I copied in my colleague.",
  },
  {
    id: 'silly-question',
    pattern:
      'might+be+a|may+be+a|could+be+a|probably+a|maybe+a|possibly+a|perhaps+a|sorry+for+the|sorry+if+this+is+a|excuse+the silly|stupid|dumb|naive|naïve|daft|basic question|questions|idea|suggestion',
    hit: 'This might be a silly question, but is parking included?',
    miss: 'Thank you for the question, parking is included.',
  },
  {
    id: 'just-a-thought',
    pattern: 'just|only a|an (quick|small|little|random) thought|idea|suggestion',
    hit: 'Just an idea, but the bench could go by the pond.',
    miss: 'Here is our suggestion: the bench goes by the pond.',
  },
  {
    id: 'just-my-two-cents',
    pattern: 'just|only my|our two+cents|2+cents|two+pennies|two+pence|humble+opinion|opinion|thoughts|view',
    hit: 'The blue works better, but that is just my opinion.',
    miss: 'In my opinion, the blue works better.',
  },
  {
    id: 'in-my-humble-opinion',
    pattern: 'in+my+humble+opinion|in+my+humble+view|in+our+humble+opinion|imho',
    hit: 'In my humble opinion, the blue works better.',
    miss: 'In my view, the blue works better.',
  },
  {
    id: 'not-an-expert-but',
    pattern:
      "i'm|i+am not|no (a|an) expert|specialist|lawyer|accountant|engineer|architect|doctor (here|on+this|in+this) (,) but",
    hit: "I'm no expert, but the beam looks too thin.",
    miss: 'Our engineer has checked the beam and it is fine.',
  },
  {
    id: 'if-that-makes-sense',
    pattern: 'if that|this (all) makes sense $',
    hit: 'We could split the invoice into two parts, if that makes sense.',
    miss: 'We could split the invoice if that makes sense for your accounts.',
  },
  {
    id: 'basically',
    pattern: 'basically',
    suggestions: [''],
    unlessAfter: ['basically'],
    hit: 'The plans are basically finished.',
    miss: 'The plans are finished.',
  },
  {
    id: 'more-or-less',
    pattern: 'more or less',
    hit: 'The kitchen is more or less ready.',
    miss: 'The kitchen is ready except for the handles.',
  },
  {
    // The writer judging their own message before the reader can: "apologies if this is a weird ask".
    id: 'if-this-sounds-pushy',
    pattern:
      "if|hope|sorry|apologies this|that|it|i|i'm ~2 sounds|sound|comes|come|came|is|was|seems|seem|being|am (across) (as) (a|too|a+bit|a+little|really) pushy|weird|silly|dumb|stupid|daft|cheeky|presumptuous|nitpicky|picky|petty|naive",
    hit: 'Apologies if this is a weird ask, but can we move the invoice date?',
    miss: 'If it feels silly at first, that is normal: keep breathing slowly.',
  },
  {
    id: 'hesitant-to-suggest',
    pattern: 'hesitant|reluctant|loath|loathe to suggest|ask|mention|raise|bring|say|propose',
    hit: "I'm a little hesitant to suggest this, but a second session might help.",
    miss: 'Our team is happy to suggest two dates.',
  },
  {
    id: 'terribly-inconvenient',
    pattern: 'be (terribly|too|very|awfully|at+all) inconvenient|much+of+an+imposition|an+imposition',
    hit: 'Would it be terribly inconvenient to move the call to Friday?',
    miss: 'The roadworks were inconvenient for everyone.',
  },
  {
    id: 'not-to-be-a-bother',
    pattern: 'not to be a|that bother|pain|nuisance|pest|nag|person',
    hit: 'Not to be a bother, but has the deposit gone out?',
    miss: 'It turned out not to be a problem at all.',
  },
  {
    id: 'i-hate-being-that-person',
    pattern: 'hate being|to+be that person|guy|client|one',
    hit: 'I hate being that person, but the invoice is overdue.',
    miss: 'I hate the rain on site days.',
  },
  {
    id: 'forgive-the-nitpicking',
    pattern: 'forgive|excuse|pardon (the|my) nitpicking|nitpick|pedantry|fussiness|pickiness',
    hit: 'Forgive the nitpicking, but the logo sits a little low.',
    miss: 'Forgive me for the late reply.',
  },
  {
    id: 'feel-free-to-say-no',
    pattern: 'feel free to say+no|tell+me+no|decline|pass|turn+it+down|turn+this+down',
    hit: 'Could you take the Friday slot? Feel free to say no.',
    miss: 'Feel free to say hello if you pass the studio.',
  },
  {
    id: 'dont-feel-obliged',
    pattern: "please don't|do+not feel obliged|obligated|pressured",
    hit: 'Just an idea, and please don’t feel obliged: a fortnightly call might help.',
    miss: 'Please feel welcome to bring a friend.',
  },
  {
    id: 'no-big-deal-either-way',
    pattern: 'no big deal|biggie|stress|worries|pressure either way|if+not',
    hit: 'We could start at seven. No big deal either way.',
    miss: 'It was no big deal to move the delivery.',
  },
  {
    id: 'if-not-no-stress',
    pattern: 'if not , ~2 no stress|pressure|biggie|big+deal',
    hit: 'Could you sign it this week? If not, honestly, no stress.',
    miss: 'Could you sign it this week? If not, we lose the slot.',
  },
  {
    id: 'unless-ive-missed-something',
    pattern: "unless i've|i+have|i missed|misread|misunderstood|overlooked|got+wrong something|anything",
    hit: 'The payment has not arrived, unless I have missed something?',
    miss: 'The payment has arrived, and nothing is missing.',
  },
  {
    id: 'i-could-be-imagining-it',
    pattern:
      'i could|might|may (just) be imagining|misreading|misremembering|overthinking|getting+this+wrong|getting+it+wrong|reading+too+much',
    hit: 'The colours look off, but I could be imagining it.',
    miss: 'I could be there by nine.',
  },
  {
    id: 'im-probably-overthinking',
    pattern: "i'm|i+am (probably|maybe|perhaps|just) overthinking|overreacting|imagining|nitpicking|splitting+hairs",
    hit: "I'm probably overthinking this, but the clause seems loose.",
    miss: "I'm thinking of you on your big day.",
  },
  {
    id: 'just-floating-an-idea',
    pattern: 'floating|throwing|tossing (out) an|this|the idea|thought|suggestion (out+there|here)',
    hit: 'Just floating an idea here: a quarterly review instead of monthly.',
    miss: 'We discussed the idea on Monday.',
  },
  {
    // The request taken back in the same breath.
    id: 'fine-if-not',
    pattern: "fine|okay|ok|alright|all+right|understand|understandable|understood if not|you'd+rather+not|you+can't",
    note: {
      de: '„{match}“ nimmt Ihre Bitte gleich wieder zurück: Sagen Sie klar, was Sie brauchen.',
      en: '“{match}” takes your request straight back: say clearly what you need.',
    },
    hit: 'Could you send the plans by Friday? Totally understand if not.',
    miss: 'Could you send the plans by Friday? If not, Monday works too.',
  },
  {
    id: 'only-if-you-feel-like-it',
    pattern:
      "only if you|you're|it|it's ~1 okay|ok|fine|happy|comfortable|feel+like+it|fancy+it|have+time|get+a+chance|feels+right|convenient|no+trouble",
    hit: 'Would you leave us a review? Only if you feel like it, of course.',
    miss: 'The discount applies only if you pay within ten days.',
  },
  {
    id: 'idea-totally-optional',
    pattern: 'idea|thought|suggestion|request|question ~3 optional|no+pressure|no+obligation|feel+free+to+ignore',
    hit: 'Just an idea, totally optional: you could add a photo to the bio.',
    miss: 'The second workshop is optional and takes place in March.',
  },
  {
    id: 'feel-free-to-ignore',
    pattern: 'feel free to ignore|disregard (this|it|me|that)',
    hit: 'Feel free to disregard it: the blue logo was only a whim of mine.',
    miss: 'Feel free to call me on Monday.',
  },
  {
    // Embarrassed to ask at all: the apology arrives before the request.
    id: 'feel-bad-asking',
    pattern:
      'feel ~2 awkward|bad|terrible|guilty|silly|cheeky (even|for) asking|mentioning|raising|bringing|chasing|writing|to+ask|to+mention|to+raise',
    hit: 'I feel a bit awkward mentioning it, but the deposit has not arrived.',
    miss: 'I feel bad about the delay and have moved your slot forward.',
  },
  {
    id: 'dont-want-to-ask',
    pattern:
      "don't|do+not|hardly|barely (even) (really) want+to|like+to|dare|dare+to ask|mention|bring+this+up|bring+it+up",
    hit: 'I almost don’t want to ask, but could you confirm the date?',
    miss: 'We want to ask you three short questions about the visit.',
  },
  {
    id: 'not-sure-how-to-put-this',
    pattern: 'not ~2 sure how|know+how to put|say|phrase|word|raise this|it',
    hit: "I'm not quite sure how to put this, but the draft misses the brief.",
    miss: "I'm sure you'll love the new layout.",
  },
  {
    id: 'step-on-toes',
    pattern: "step|tread|stepping|treading on (any|anyone's|your|someone's|somebody's) toes",
    hit: "I don't want to step on any toes, but the budget looks thin.",
    miss: 'Step on the mat before you enter the studio.',
  },
  {
    id: 'overstep',
    pattern: 'overstep|overstepping',
    hit: "Tell me if I'm overstepping here, but the contract needs a break clause.",
    miss: 'The contract needs a break clause.',
  },
  {
    id: 'hope-this-isnt-silly',
    pattern:
      "hope ~2 not|isn't|wasn't|doesn't (a|too|sound) silly|stupid|dumb|daft|naive|cheeky|rude|forward|pushy|much+to+ask",
    hit: "I hope this isn't a silly question, but is parking included?",
    miss: "I hope the weather isn't too bad for the roofers.",
  },
  {
    id: 'no-worries-if-not',
    pattern:
      "no worries|problem|pressure|stress|biggie|bother if not|you+can't|you+cannot|you're+busy|you+are+busy|that's+not+possible",
    note: {
      de: '„{match}“ nimmt Ihre Bitte gleich wieder zurück: Sagen Sie klar, was Sie brauchen.',
      en: '“{match}” takes your request straight back: say clearly what you need.',
    },
    hit: 'Could you send the figures by Friday? No worries if not.',
    miss: 'Could you send the figures by Friday? Thank you!',
  },
  {
    id: 'would-it-be-at-all-possible',
    pattern: 'would|could|is|will it (maybe|perhaps|possibly) (be) at+all|remotely|in+any+way possible',
    hit: 'Would it be at all possible to move the viewing?',
    miss: 'Would it be possible to move the viewing to Friday?',
  },
  {
    id: 'i-dont-suppose',
    pattern: "i|we don't|do+not suppose you|there's|there+is|it's|it+is|it+would|you'd|anyone",
    hit: "I don't suppose you could send the plans today?",
    miss: 'I suppose the plans will arrive today.',
  },
  {
    id: 'i-mean',
    pattern: '^i mean ,',
    hit: 'I mean, the design is fine as it is.',
    miss: 'I mean to send the design by Friday.',
  },
  {
    id: 'or-something',
    pattern: 'or something|whatever (like+that|along+those+lines) $',
    hit: 'We could meet for coffee or something.',
    miss: 'We could meet for coffee or lunch, whatever suits you.',
  },

  // The German disclaimers' English forms (npm run translated -- de hedging): the point wrapped in an apology for it.
  {
    id: 'i-dont-want-to-be-x-but',
    pattern:
      "i (really) don't|do+not want|mean|wish to ~0-3 petty|pedantic|pushy|rude|difficult|picky|nitpicky|annoying|interfere|nag|a+pain|awkward (,) but",
    hit: "I don't want to seem pushy, but the instalment is due.",
    miss: "I don't want to miss the opening, but I may be late.",
  },
  {
    id: 'not-to-be-x-but',
    pattern:
      '^not+to+be|without+wishing+to|without+wanting+to ~0-2 petty|pedantic|pushy|rude|difficult|picky|offend|nitpick|interfere|nag',
    hit: "Not to be pedantic, but there's a comma missing on page two.",
    miss: 'Not to be missed: the open day on Saturday.',
  },
  {
    id: 'sorry-if-this-comes-across',
    pattern:
      'sorry|apologies|forgive+me if this|that|it comes+across|sounds|seems|reads ~0-2 badly|wrong|harsh|rude|petty|pushy|odd|blunt|abrupt',
    hit: 'Sorry if this comes across badly, but we need the copy.',
    miss: 'Sorry if this arrives late, the post was slow.',
  },
  {
    id: 'might-sound-petty',
    pattern:
      'this|it|that might|may|could|will sound|seem|strike+you+as ~0-1 petty|odd|pedantic|picky|strange|silly|nitpicky|harsh',
    hit: 'This might sound petty, but the invoice lists two items twice.',
    miss: 'This might sound great in the new hall.',
  },
  {
    id: 'hope-you-wont-take-it-wrong',
    pattern: "hope|trust you won't|will+not|don't take this|it|that the+wrong+way|amiss|badly|personally",
    hit: "I hope you won't take this the wrong way, but the slot was firmly booked.",
    miss: 'I hope you will take this with you on holiday.',
  },
  {
    id: 'i-may-of-course-be-wrong',
    pattern: 'i may|might|could of+course|well+of+course be wrong|mistaken',
    hit: 'I may of course be wrong, but the roof looks too flat.',
    miss: 'I may of course bring a colleague along.',
  },
  {
    id: 'maybe-im-seeing-this-wrong',
    pattern: "maybe|perhaps i'm|i+am seeing|reading|getting|remembering this|it|that wrong|wrongly|mixed+up",
    hit: "Maybe I'm seeing this wrong, but the costing looks tight.",
    miss: "Maybe I'm seeing you on Monday at the site.",
  },
  {
    id: 'or-am-i-mistaken',
    pattern: 'or am i mistaken|wrong|missing+something ?',
    hit: 'The October invoice is still outstanding, or am I mistaken?',
    miss: 'Is the invoice paid, or am I to send a reminder?',
  },
  {
    id: 'if-im-wrong-tell-me',
    pattern:
      "if|in+case i'm|i+am wrong|mistaken|mixing+something+up|getting+something+mixed+up ~0-2 tell|correct|let me",
    hit: "If I'm wrong, do tell me: the invoice appears to be outstanding.",
    miss: 'If I am late, the crew will let you in.',
  },
  {
    id: 'could-be-off-the-mark',
    pattern: 'could|might|may be (completely|totally|way|entirely|a+bit) off+the+mark|off+base|wide+of+the+mark',
    hit: 'Could be completely off the mark, though.',
    miss: 'The mark could be removed with a damp cloth.',
  },
  {
    id: 'how-shall-i-put-it',
    pattern: 'how shall|should|can|do i|we put+it|put+this|say+this|phrase+it|say+it',
    hit: 'The draft is, how shall I put it, not quite what we were after.',
    miss: 'How shall we pay the deposit, by card or transfer?',
  },
  {
    id: 'let-me-put-it-this-way',
    pattern:
      "let+me+put+it+this+way|let's+put+it+this+way|to+put+it+mildly|to+put+it+politely|shall+we+say|let's+say ,|:",
    hit: 'Let me put it this way: the deadline is ambitious.',
    miss: "Let's say Monday at ten, does that suit?",
  },
  {
    id: 'less-than-optimal',
    pattern: 'less+than optimal|optimally|ideal|ideally|suboptimal|sub-optimal',
    hit: 'That went, shall we say, less than optimally.',
    miss: 'We paid less than planned for the tiles.',
  },
];
