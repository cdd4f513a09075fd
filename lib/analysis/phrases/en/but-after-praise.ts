import type { PhraseEntry } from '../types';

// Praise taken back in the same breath (principle 3: let appreciation stand).
// The plain "Thanks, but …" case is a structural rule (rules/but-after-praise.ts);
// these are the set phrases that announce the "but".
export const butAfterPraise: readonly PhraseEntry[] = [
  {
    id: 'in-principle-but',
    pattern: 'in+principle|in+theory|on+paper ~6 , but',
    hit: 'In principle the draft works, but the colours are off.',
    miss: 'In principle the draft works well.',
  },
  {
    id: 'nothing-personal-but',
    pattern: 'nothing personal|against+you ~2 , but',
    hit: 'Nothing personal, but that was weak.',
    miss: 'There is nothing personal in our decision.',
  },
  {
    id: 'with-all-due-respect',
    pattern: 'with all+due|the+greatest|the+utmost|the+greatest+possible|great|due respect',
    unlessAfter: ['to', 'for', 'of', 'and'],
    hit: 'With all due respect, the layout does not work.',
    miss: 'With respect to the layout, we have two options.',
  },
  {
    id: 'dont-take-this-the-wrong-way',
    // Only with the criticism it announces: "please don't take this the wrong way, that …" alone is a hedge.
    pattern: "don't|do+not take this|it|that|me the+wrong+way|personally ~0-3 but|however",
    hit: "Don't take this the wrong way, but the logo looks dated.",
    miss: "I'd like to float an idea, and please don't take this the wrong way, that the fee may be high.",
  },
  {
    id: 'dont-get-me-wrong',
    pattern: "don't|do+not get me wrong",
    hit: "Don't get me wrong, the kitchen is nice, but the lighting is poor.",
    miss: 'Let me get the lighting plan to you by Friday.',
  },
  {
    id: 'i-hear-you-but',
    pattern: "i|we hear you|that|what+you're+saying|what+you+are+saying|your+concern|your+concerns|your+point (,) but",
    hit: 'I hear you, but the deadline cannot move.',
    miss: 'I hear that the new office is lovely, congratulations.',
  },
  {
    id: 'i-see-your-point-but',
    pattern: 'i|we (can) see|take|get|understand|appreciate your point|point+of+view|perspective|argument (,) but',
    hit: 'I see your point, but the budget is fixed.',
    miss: 'I see your point and agree, so we will change the layout.',
  },
  {
    id: 'where-youre-coming-from-but',
    pattern: "i|we (can) (see|understand|appreciate|get|know) where you're|you+are coming from (,) but",
    hit: "I understand where you're coming from, but the rules are strict.",
    miss: "I understand where you're coming from, and we will find a way.",
  },
  {
    id: 'i-understand-your-frustration-but',
    pattern:
      'i|we (fully|completely|totally|really|do|can) understand|appreciate your|the frustration|concern|concerns|disappointment|position|situation|feelings|point (,) but',
    hit: 'I understand your frustration, but we cannot refund the fee.',
    miss: 'I understand your frustration, and we will refund the fee.',
  },
  {
    id: 'basically-yes-but',
    pattern: 'basically|generally|broadly|essentially|fundamentally yes|fine|okay|ok|agreed|right|true (,) but',
    hit: 'Basically yes, but not in the colour you chose.',
    miss: 'Basically, we will deliver on Monday.',
  },
  {
    id: 'you-mean-well-but',
    pattern: 'mean|meant well (,) but',
    hit: 'I know you meant well, but the change caused a delay.',
    miss: 'I know you meant to call, no worries.',
  },
  {
    id: 'dont-mean-to-be-rude-but',
    pattern:
      "don't|do+not|didn't mean|want to be|sound rude|critical|harsh|negative|difficult|pedantic|picky|blunt|unkind|awkward (,) but",
    hit: "I don't want to sound critical, but the report has gaps.",
    miss: "I don't want to sound critical of the builder, he did well.",
  },
  {
    id: 'not-trying-to-be-difficult-but',
    pattern:
      "i'm|i+am|we're|we+are not trying to be difficult|rude|awkward|picky|pedantic|pushy|funny|critical (,) but",
    hit: "I'm not trying to be difficult, but the price is too high.",
    miss: "I'm not trying to rush you, take your time.",
  },
  {
    id: 'hate-to-say-it-but',
    pattern: 'hate to say|admit (it|this|so) (,) but',
    hit: 'I hate to say it, but the first draft was better.',
    miss: 'I am happy to say the first draft is ready.',
  },
  {
    id: 'im-not-criticising-but',
    pattern:
      "i'm|i+am|we're|we+are not criticising|criticizing|complaining|blaming|judging|being+funny|having+a+go (,) but",
    hit: "I'm not complaining, but the site was a mess.",
    miss: "I'm not complaining at all, the site looks great.",
  },
  {
    id: 'im-not-saying-but',
    pattern: "i'm|i+am|we're|we+are not saying ~6 , but",
    hit: "I'm not saying the plan is bad, but it needs work.",
    miss: "I'm not saying goodbye, just see you next year.",
  },
  {
    id: 'not-that-i-dont-appreciate',
    pattern: "not that i|we don't|do+not appreciate|like|value|trust|want ~6 , but",
    hit: "It's not that I don't appreciate the effort, but the result is wrong.",
    miss: 'It is not that difficult, and we can help.',
  },
  {
    id: 'i-like-it-but',
    pattern: 'i|we (really|do|quite) like|liked the|your|it|this|that|these|those|what|how|a|an ~4 , but',
    hit: 'I like the colour, but the finish looks cheap.',
    miss: 'I like the colour and the finish.',
  },
  {
    id: 'im-all-for-but',
    pattern: "i'm|i+am|we're|we+are all for ~5 , but",
    hit: "I'm all for new ideas, but this one is too expensive.",
    miss: "I'm all for new ideas, so let's meet on Monday.",
  },
  {
    id: 'i-agree-but',
    pattern: 'i|we (completely|totally|fully|partly|partially|generally|absolutely|do) agree ~5 , but',
    hit: 'I agree with you, but the contract says otherwise.',
    miss: 'I agree with you, and the contract says the same.',
  },
  {
    id: 'youre-right-but',
    pattern: "you're|you+are (absolutely|completely|quite|totally|of+course) right|correct ~4 , but",
    hit: "You're right, but we still need the survey.",
    miss: "You're right, and we have corrected the invoice.",
  },
  {
    id: 'you-have-a-point-but',
    pattern: "you+have+a|you've+got+a|you+make+a|you+raise+a|fair|valid (fair|good|valid) point (,) but",
    hit: 'Fair point, but the council will not accept it.',
    miss: 'You make a fair point, and we will change the plan.',
  },
  {
    id: 'ill-give-you-that',
    pattern: "i'll|i+will|i'd|we'll|we+will give|grant you|them|him|her that|this (,) but|though|however",
    hit: "It's bold, I will give you that, but the colours clash.",
    miss: "I'll give you that number tomorrow, but call me if it's urgent.",
  },
  {
    // The concession granted in passing: "It's striking, no doubt about it, but …", "Admittedly it's tidy, but …".
    id: 'no-doubt-about-it-but',
    pattern:
      "no+doubt+about+it|no+doubt+about+that|i'll+admit|i'll+admit+that|i+admit|i'll+grant+you+that|i+grant+you+that|granted|admittedly (,) but|though|however",
    unlessAfter: ['please', "i'll", "we'll", "i'd", "we'd"],
    hit: "It's certainly bold, no doubt about that, but the client will hate it.",
    miss: 'No doubt about it, we will be on site by eight.',
  },
  {
    id: 'congratulations-on-but',
    pattern: 'congratulations|congrats|kudos on|for ~1-6 , but|however|though',
    unlessAfter: ['please', "i'll", "we'll", "i'd", "we'd"],
    hit: 'Congrats on closing the round, but the cap table is still wrong.',
    miss: 'Congratulations on the new office, but please send us the new address.',
  },
  {
    id: 'all-well-and-good',
    pattern: 'all+well+and+good|all+very+well|fine+and+dandy',
    hit: "That's all well and good, but who pays for it?",
    miss: 'I hope all is well with you and the family.',
  },
  {
    id: 'far-be-it-from-me',
    pattern: 'far be it from me|us',
    hit: 'Far be it from me to tell you how to run your shop, but the hours are odd.',
    miss: 'Far from it, we were glad to help.',
  },
  {
    id: 'while-i-appreciate',
    pattern:
      'while|whilst|although|though i|we (do|really|truly|fully) appreciate|value|respect|like|love your|the|all+the|all+your ~4 ,',
    hit: 'While I appreciate your effort, the result is not usable.',
    miss: 'I appreciate your effort, and the result is great.',
  },
  // From the German examples English missed (npm run translated -- de but-after-praise), twenty-eighth session.
  {
    // "Your objection is understandable, but we are sticking to the price": understanding granted, then withdrawn.
    id: 'understandable-but',
    pattern:
      '(your|the|this) objection|concern|concerns|point|frustration|annoyance|view|wish|request|question|reaction|disappointment is|are|was (entirely|completely|perfectly|quite|totally|absolutely) understandable|fair|valid|reasonable|legitimate (,) but|however',
    hit: 'Your concern is perfectly understandable, but the price stays as quoted.',
    miss: 'Your concern is perfectly understandable, and we will check the roof on Monday.',
  },
  {
    // "That may be so, but the contract says otherwise": the reader's point conceded in form only.
    id: 'that-may-be-so-but',
    pattern: '^that|this|it may|might|could be+so|be+true|well+be|be+the+case (,) but',
    hit: 'That may well be, but the contract says otherwise.',
    miss: 'That may be so; let us check the contract together on Friday.',
  },
  {
    // "That's true, but the deadline was still binding", "Yes, but …": agreement as a run-up.
    id: 'thats-true-but',
    pattern: "^that's|that+is|it's|yes|yeah|sure|true|interesting (,) (all) (very) (true|fair|right|correct) (,) but",
    hit: "That's all true, but the deadline was still binding.",
    miss: "That's all true, and it is why we moved the deadline.",
  },
  {
    // "All credit to your commitment, but …": the praise a preface.
    id: 'all-credit-to-but',
    pattern: 'all+credit+to|credit+where+credit+is+due|hats+off+to ~1-4 but',
    hit: 'All credit to your enthusiasm, but the deadline was binding.',
    miss: 'All credit to your team for finishing early.',
  },
  {
    // "Much as I understand, it can't be done at such short notice": sympathy as the wind-up to no.
    id: 'much-as-i-understand',
    pattern: '^much+as|as+much+as i|we understand|appreciate|sympathise|sympathize|would+like|wish',
    hit: "Much as I understand, it can't be done at such short notice.",
    miss: 'I understand, and we can do it at short notice.',
  },
  {
    // "I don't want to offend you, but …", "Don't be cross with me, but …": the blow announced as none.
    id: 'dont-want-to-offend-but',
    pattern:
      "(i|we) don't|do+not want|mean|wish to offend|upset|hurt|nag|moan|complain|criticise|criticize|be+picky|be+a+pain|say+anything (you) (,) but",
    hit: "I don't want to nag, but the tiles are crooked.",
    miss: "I don't want to miss your talk, but the train is late.",
  },
  {
    id: 'dont-be-cross-but',
    pattern:
      "don't|please+don't|do+not be+cross|be+angry|be+upset|take+offence|take+offense|take+it+badly (with+me) (,) but",
    hit: "Please don't take offence, but the design isn't convincing.",
    miss: "Please don't be late, we start at nine sharp.",
  },
];
