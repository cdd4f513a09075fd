import type { PhraseEntry } from '../types';

// Condescension as strategies rather than single sentences: shrinking the reader's
// effort, assuming what they should know, sending them to "the professionals",
// brushing their concern off, telling them to calm down, holding the writer's years
// in the trade against them. Each list stands for many sentences; offers ("feel free
// to leave it to us") and reassurance that answers a worry stay quiet.
/** Who "knows better": the target of "leave it to …" and "there's a reason we're …". */
const EXPERTS =
  'experts|professionals|pros|specialists|engineers|architects|lawyers|solicitors|accountants|doctors|electricians|plumbers|surveyors|designers|developers|builders|tradespeople|consultants|structural+engineers';
/** The reader's worry, when it is waved away. */
const CONCERN = 'concern|concerns|worry|worries|alarm|upset|panic|anxiety|stress|complaint|complaints|reaction';
/** Other clients the reader is measured against. */
const OTHERS = 'clients|customers|users|patients|people|homeowners|tenants|owners|businesses|students';
/** The reader's concern as noise. */
const FUSS = 'fuss|drama|commotion|uproar|hoo-ha|hullabaloo|song+and+dance|palaver|kerfuffle';

/** A concern that is looked into, answered or thanked for is more than logged. */
const TAKEN_UP = [
  'will',
  'review',
  'look',
  'address',
  'discuss',
  'back',
  'thank',
  'thanks',
  'check',
  'include',
  'reply',
];

export const dismissiveStrategies: readonly PhraseEntry[] = [
  // From the German examples English missed (translated-examples.jsonl).
  {
    id: 'rack-your-brains',
    pattern: 'rack|racking your brains|brain|pretty+little+head|little+head',
    hit: "You needn't rack your brains over the tax codes.",
    miss: 'We racked our brains over the tax codes for you.',
  },
  {
    id: 'a-mere-trifle',
    pattern: "it's|it+is|that's|that+is|this+is (surely|really|just|only) a (mere) trifle|triviality",
    hit: "It's a mere trifle, surely.",
    miss: "It's a small gift, we hope you like it.",
  },
  {
    id: 'so-touchy',
    pattern: 'be|being|get|getting|are|so too|so touchy|thin-skinned|prickly|oversensitive|over-sensitive',
    hit: "There's no need to be so touchy straight away.",
    miss: 'The new sensors are so sensitive that they pick up dust.',
  },
  {
    id: 'what-we-are-the-experts-for',
    pattern: "that's|that+is what we're|we+are|i'm|i+am the|your experts|professionals|specialists|pros for",
    hit: "That's what we're the experts for, after all.",
    miss: 'That is what we asked the experts about.',
  },
  {
    id: 'even-if-it-looks-that-way-to-you',
    pattern: 'even+if|even+though it|this|that ~0-1 looks|seems|feels|sounds that+way|like+that|so to you',
    hit: "A water stain isn't a burst pipe, even if it looks that way to you.",
    miss: 'Even if it looks fine, we will test the pipe again.',
  },
  {
    id: 'not-as-simple-as-you-think',
    pattern:
      "isn't|is+not|aren't|are+not (quite|nearly) as|so simple|easy|straightforward|quick as you ~0-2 think|imagine|assume|believe",
    hit: "A change of use isn't as simple as you think.",
    miss: 'A change of use is simpler than we thought.',
  },
  {
    id: 'could-have-worked-it-out-yourself',
    pattern:
      "could|could've|might (easily|just|simply) have ~0-3 looked|checked|found|read|worked|figured ~0-4 up|out|online|yourself|yourselves",
    hit: 'You could easily have looked up the opening hours on our website.',
    miss: 'You could easily have asked us, and we would have helped.',
  },
  {
    id: 'cant-understand-why-you-are-annoyed',
    pattern:
      "can't|cannot|don't|do+not|really+can't understand|see|fathom why you're|you+are|you+were|you+get|you'd+be (so) annoyed|upset|angry|cross|worked+up|bothered|irritated",
    hit: "To be honest, I can't understand why you're annoyed about the invoice.",
    miss: "I can understand why you're annoyed about the invoice.",
  },
  {
    id: 'not-half-as-bad-as-it-sounds',
    pattern:
      "isn't|is+not|aren't (nearly|even) half|nearly as bad|serious|dramatic|complicated as it|they sounds|looks|seems|seem|look|sound (to) (you)",
    hit: "The renovation isn't half as bad as it sounds to you.",
    miss: 'The renovation is half done and looks good.',
  },
  {
    // "you're making it a much bigger deal than it needs to be": the reader's reaction called too big, without "into".
    id: 'making-it-a-bigger-deal',
    pattern: "you're|you+are making|make it|this|that a (much|far|way|lot) bigger+deal|bigger+thing|bigger+issue than",
    hit: "You're making it a far bigger deal than the cracked tile deserves.",
    miss: "You're making it a far better garden than the old one.",
  },
  {
    id: 'making-it-out-to-be-bigger',
    pattern: 'making|make|made ~1-3 out to+be bigger|worse|harder|more+complicated|more+difficult|a+bigger+deal than',
    hit: "You're making the changeover out to be bigger than it is.",
    miss: "We're making the changeover a little earlier than planned.",
  },
  {
    id: 'simply-part-and-parcel',
    pattern:
      'simply|just|all+just part+and+parcel+of|part+of+the+process|part+of+the+job|part+of+the+deal|part+of+the+territory|par+for+the+course',
    hit: 'A bit of dust is simply part and parcel of a renovation.',
    miss: 'A weekly clean is part of the service.',
  },
  {
    id: 'nobody-is-going-to-notice',
    pattern: 'nobody|no+one|no-one|no+one+else|nobody+else is+going+to|will|would (ever|even|really) notice|spot|see',
    hit: 'Nobody is going to notice the little step at the threshold.',
    miss: 'Nobody told us about the step, so we will fix it on Monday.',
  },
  {
    id: 'most-clients-manage',
    pattern:
      'most|other|all+our|all+the+other clients|customers|patients|tenants|owners|parents|students|guests manage|cope|handle|get+on|get+by|have+no+trouble|have+no+problem|deal+with+it|put+up+with+it',
    hit: 'Most clients manage the upload without any problems.',
    miss: 'Most clients prefer the upload to the post.',
  },
  // The reader's worry called over-reading: "there's no need to read anything more into it".
  {
    id: 'no-need-to-read-into-it',
    pattern:
      "no+need+to|don't|do+not|shouldn't|should+not|needn't|wouldn't|would+not read (anything|too+much|so+much|much|a+lot) (more) into",
    hit: "I'd gently suggest there's no need to read anything more into it.",
    miss: 'We read everything into the log before the audit.',
  },
  {
    // "I'd rather not send the contractor round for every little thing": the reader's concern shrunk to a trifle.
    id: 'not-for-every-little-thing',
    pattern:
      "don't|do+not|needn't|need+not|no+need+to|rather+not|shouldn't|won't|can't|cannot|not ~0-4 call|email|e-mail|ring|phone|message|text|contact|send|report|flag|chase|query|raise|complain|ask|bother|run|come ~0-5 every|each little|small|tiny|minor thing|things|issue|mark|scratch|niggle|query|blemish|crack|spot|change|question",
    hit: "You don't need to email us about every little scratch on the door.",
    miss: 'Please email us about every little scratch on the door, we want it perfect.',
  },
  // Shrinking the task: "really not that complicated", "nothing difficult about it".
  {
    id: 'really-not-that-complicated',
    pattern:
      "it's|it+is|that's|that+is|this+is|this's|is|are really|genuinely|truly (just) not|n't (that|so|all+that|particularly|terribly|very|at+all) complicated|hard|difficult|tricky|complex",
    hit: "It's really not that complicated.",
    miss: "It's not complicated, and I'm happy to show you.",
  },
  {
    id: 'shouldnt-be-so-hard-for-you',
    pattern:
      "shouldn't|should+not|can't|cannot|couldn't|mustn't (really|possibly) be (so|that|this|all+that|too) difficult|hard|complicated|tricky|complex for you|anyone|someone",
    hit: "It shouldn't be so difficult for you to find the attachment.",
    miss: "This shouldn't be difficult for our team to fix.",
  },
  {
    id: 'really-shouldnt-be-so-hard',
    pattern:
      "really|honestly|surely shouldn't|should+not|can't|cannot (possibly) be so|that|this|all+that difficult|hard|complicated|tricky|complex",
    hit: "Signing a form really can't be that hard.",
    miss: "The repair shouldn't be that hard for us.",
  },
  {
    id: 'really-quite-simple',
    pattern:
      "it's|it+is|that's|that+is|this+is|is|are ~0-1 really+quite|really+rather|really+very|really+pretty|quite+honestly|honestly|frankly|genuinely|incredibly|ridiculously|extremely|dead|super|perfectly (very|so|quite) simple|easy|straightforward|self-explanatory|trivial|basic|clear|obvious",
    unlessAfter: ['to', 'with', 'for', 'and', 'thanks', 'now'],
    hit: 'Resetting the router is honestly very straightforward.',
    miss: 'Booking is very easy, just pick a slot.',
  },
  {
    id: 'nothing-difficult-about',
    pattern: 'nothing|not+much difficult|hard|complicated|tricky|complex about|in',
    hit: "There's nothing difficult about filling in a form.",
    miss: 'There is nothing left to pay on the invoice.',
  },
  {
    id: 'any-child-could',
    pattern:
      'any child|kid|toddler|teenager|schoolchild|schoolkid|intern|trainee|apprentice|beginner|first-year|layman|layperson|grandma|granny can|could|would|manages|understands|knows',
    hit: 'Any schoolchild could set up a backup.',
    miss: 'Any child gets a free ticket to the open day, so bring them along.',
  },
  {
    id: 'anyone-who-has-ever',
    pattern:
      "anyone|anybody|everyone|everybody who|that|who's (has|had) ever ~1-5 could|can|would|should manage|handle|figure|follow|understand|work+out|sort",
    hit: 'Anyone who has ever used a computer could manage this.',
    miss: 'Anyone who has ever visited will remember the view.',
  },
  {
    id: 'a-ten-year-old-could',
    pattern:
      'a|any|even+a five-year-old|six-year-old|ten-year-old|twelve-year-old|child+of+ten|child+of+five|child+of+six|first-grader|schoolboy|schoolgirl could|can|would',
    hit: 'Frankly, a child of ten could fill in this form.',
    miss: 'A ten-year-old girl won our drawing competition.',
  },
  // Assumed knowledge: "I'd have assumed you knew", "You of course ought to know".
  {
    id: 'would-have-assumed-you-knew',
    pattern:
      "i'd+have|we'd+have|i+would+have|we+would+have|i+would've|we+would've assumed|thought|expected|presumed ~1-6 know|knows|knew|understand|understands|understood|was+aware|were+aware|realised|realized",
    hit: 'I would have assumed a landlord knows the deposit rules.',
    miss: 'I would have assumed the parcel arrives on Monday.',
  },
  {
    id: 'you-of-course-ought-to-know',
    pattern:
      'you of+course|surely|certainly|obviously|already ought+to|should|must|would know|realise|realize|understand|be+aware',
    hit: 'You of course ought to know that the deposit is non-refundable.',
    miss: 'You should know that the office is closed on Friday.',
  },
  {
    id: 'you-should-surely-know',
    pattern:
      'you ought+to|should|must surely|certainly|already|of+course|by+now know|realise|realize|understand|be+aware',
    hit: 'You should surely know how the deposit works.',
    miss: 'You should receive the deposit back by Friday.',
  },
  {
    id: 'you-should-know-by-now',
    pattern: 'you ought+to|should|must know|realise|realize|understand ~0-3 by+now|by+this+stage|at+this+point',
    hit: 'You should know that by now.',
    miss: 'You should know the result by Friday.',
  },
  {
    id: 'you-do-realise',
    pattern: 'you do realise|realize|know|understand|appreciate that|,',
    hit: 'You do realise, I hope, that scaffolding needs a permit?',
    miss: 'You do a wonderful job with the garden.',
  },
  // Sending the reader to "the professionals": "please leave the wiring to us".
  {
    id: 'please-leave-it-to-us',
    pattern: `please|best|better|just|simply|kindly|i'd|i+would|we'd leave ~1-6 to us|me|our+team|our+office|our+staff|our+engineers|the+${EXPERTS.replace(/\|/g, '|the+')}`,
    // A thing handed over at a time is a handover, not a domain taken away: "leave the keys to us when you go".
    unlessLater: ['when', 'before', 'after', 'once'],
    hit: 'Please leave the technical decisions to us.',
    miss: "Please leave the keys to us when you go, we'll lock up.",
  },
  {
    id: 'do-well-to-leave-it-to',
    pattern:
      'do+well+to|suggest+you|advise+you+to|recommend+you|should|ought+to leave ~1-5 to us|me|the|people|those|someone',
    hit: "You'd do well to leave the calculations to the engineers.",
    miss: 'You should leave the keys with the concierge.',
  },
  {
    id: 'leave-it-to-people-who',
    pattern:
      'leave ~1-5 to people|those|someone|somebody|anyone|professionals|experts who|that ~0-2 know|actually|really|do',
    hit: 'Leave the contract wording to people who actually draft contracts.',
    miss: 'We leave a copy for people who ask at reception.',
  },
  // Taking away the need to understand: "no need to worry your head".
  {
    id: 'worry-your-head',
    pattern: 'worry|trouble|bother|concern your|yourself (pretty|little|poor) head|mind|self|yourself',
    hit: 'There is no need to worry your pretty head about the server.',
    miss: 'It is on our mind, and we will call you.',
  },
  {
    id: 'you-dont-need-to-understand',
    pattern:
      "you don't|do+not|needn't|don't+have+to|won't+need+to (really|even) need+to|have+to|to understand|grasp|follow how|why|what|the|all|any|it|this|that",
    hit: "You don't need to understand how the billing engine works.",
    miss: 'You need to understand that the deadline is firm.',
  },
  {
    id: 'no-need-for-you-to-understand',
    pattern: 'no need (for+you) to understand|grasp|follow how|why|what|the|all|any|it|this|that',
    hit: "There's no need for you to understand the technical background.",
    miss: 'There is no need to print the form.',
  },
  {
    id: 'no-reason-for-you-to-get-involved',
    unlessAfter: ['unless', 'if'],
    pattern: 'no reason|need for+you|for+you+to to get+involved|concern+yourself|get+into|meddle|interfere',
    hit: "There's honestly no reason for you to get involved in the technical side.",
    miss: 'There is no reason to delay the order.',
  },
  {
    id: 'over-your-head',
    pattern: 'over|above|beyond your head|heads|understanding|pay+grade',
    hit: 'The details are frankly a bit over your head.',
    miss: 'The details are in the attached report.',
  },
  {
    id: 'too-technical-for-you',
    pattern: 'too|rather+too|a+bit+too technical|complicated|complex|involved for you',
    hit: 'The wiring diagram is too technical for you.',
    miss: 'The wiring diagram is ready for you.',
  },
  // Lecturing: "let me explain this once more", "so that you can follow".
  {
    id: 'let-me-explain-once-more',
    pattern:
      "let+me|allow+me+to|i'll|i+will|i+shall explain|spell+it+out|spell+this+out|go+through+it|go+through+this|walk+you+through+it ~0-3 once+more|once+again|again|one+more+time|a+third+time|yet+again|for+the+last+time",
    hit: 'Let me explain this once more.',
    miss: 'Let me explain how the new portal works.',
  },
  {
    id: 'once-more-slowly',
    pattern: 'once+more|once+again|one+more+time|let+me+say+it (,) (very|really|nice+and) slowly :|,',
    hit: 'Once more, slowly: the invoice goes to accounts.',
    miss: 'Once more, thank you for the lovely lunch.',
  },
  {
    id: 'in-terms-you-understand',
    pattern: "in terms|words|language (that) you|you'll|you+will|you+can understand|follow|grasp",
    hit: "Let me put this in terms you'll understand.",
    miss: 'Let me know in your own words what you need.',
  },
  {
    id: 'so-that-you-can-follow',
    pattern: 'so+that|so you (can|will+be+able+to|might) follow|keep+up',
    unlessAfter: ['along', 'up'],
    hit: "I'll go slowly, so that you can follow.",
    miss: 'So you can follow up, here is the reference number.',
  },
  {
    id: 'reminder-for-you',
    pattern: 'reminder for|to you|yourself :|,',
    hit: 'Just a reminder for you: the site closes at four.',
    miss: 'Just a reminder: the site closes at four.',
  },
  {
    id: 'for-your-benefit',
    pattern: 'for your benefit|edification|education',
    hit: 'For your edification, the meter is read every quarter.',
    miss: 'We wish you every success with your education.',
  },
  // Brushing off the concern: "a non-issue", "all the fuss", "not worth three emails".
  {
    id: 'non-issue',
    pattern:
      'non-issue|nonissue|non-problem|storm+in+a+teacup|tempest+in+a+teapot|much+ado+about+nothing|mountain+out+of+a+molehill|mountains+out+of+molehills|out+of+proportion',
    hit: "Frankly, it's a non-issue.",
    miss: 'Frankly, it is an important issue.',
  },
  {
    id: 'all-the-fuss',
    pattern: `all+the|all+this|such+a|so+much|a+big|this+much ${FUSS}`,
    unlessBefore: ['for', 'the'],
    hit: "I don't see what all the fuss is about.",
    miss: 'Sorry for all the fuss with the scaffolding.',
  },
  {
    id: 'nothing-to-make-a-fuss-about',
    pattern: `nothing+to|no+need+to|don't|do+not|shouldn't make|kick+up a|such+a|so+much|any|this+much ${FUSS}`,
    hit: 'A hairline crack is nothing to make a song and dance about.',
    miss: 'We will make a song for the opening party.',
  },
  {
    id: 'see-why-you-raised-it',
    pattern:
      'see|understand|know ~0-1 why you ~0-3 raised|escalated|complained|copied|involved|felt+the+need|needed+to|went+to|are+so|got+so',
    hit: "I don't see why you raised it with the director.",
    miss: 'I can see why you asked, the form is confusing.',
  },
  {
    id: 'not-worth-three-emails',
    pattern:
      "not|isn't|hardly|wasn't worth (three|two|another|all|these|this|so+many|multiple|several|a) ~0-1 emails|email|calls|call|messages|complaint|complaints|fuss|discussion|debate|argument|ticket|tickets|call-out|callout|escalation",
    hit: 'A missing comma is not worth three emails.',
    miss: "It's not worth the wait for the bigger model.",
  },
  // Telling the reader to calm down: "try not to get so worked up".
  {
    id: 'so-worked-up',
    pattern:
      "you|you're|you+are|you+were|you+get|you+got|get|getting so|all|this|that|rather|overly|too worked+up|wound+up|het+up|hysterical|dramatic|touchy|defensive|oversensitive|precious",
    hit: 'Try not to get so worked up about the colour.',
    miss: 'We were all so excited to see the result.',
  },
  {
    id: 'take-a-deep-breath',
    pattern: "take|let's+all+take a deep breath|step+back+and+breathe|chill+pill",
    hit: 'Take a deep breath and read the quote again.',
    miss: 'The yoga class ends with a deep breathing exercise.',
  },
  {
    id: 'relax-at-start',
    pattern: '^(just|please|now|so|ok|okay) relax|chill|chill+out|calm+down ,|!|.',
    hit: 'Relax! The delivery is only two days late.',
    miss: 'Relax and enjoy the new garden.',
  },
  {
    // "Relax, it's a tiny scratch": the calming word and the shrinking that follows are one statement.
    id: 'relax-its-only',
    pattern: '^(just|please|now|so|ok|okay) relax|chill|chill+out|calm+down , ~1-8 ~0-8 .|!|?|;',
    hit: "Calm down, it's one typo on page nine.",
    miss: 'Calm seas are forecast, so the ferry will run.',
  },
  {
    id: 'walk-you-through-it-once-more',
    pattern:
      "let+me|allow+me+to|i'll|i+will|i+shall walk+you+through|take+you+through|run+you+through|go+over|go+through ~0-2 one+more+time|once+more|yet+again|a+third+time|a+second+time",
    hit: 'Allow me to take you through the invoice one more time.',
    miss: 'Allow me to take you through the new invoice template.',
  },
  {
    id: 'blowing-it-out-of',
    pattern: "you're|you+are blowing|making ~0-4 out+of|a+big+deal|such+a+big+deal|too+much",
    hit: "You're blowing a small delay out of all proportion.",
    miss: 'We are making progress on the roof.',
  },
  // The writer's years in the trade against the reader.
  {
    id: 'been-doing-this-for-years',
    pattern:
      "i've|we've|i+have|we+have been doing|running|building|designing|practising|practicing|fixing|fitting this|it|that|these ~0-1 for|since ~1-3 years|decades",
    hit: "I've been doing this for twenty years.",
    miss: "I've been an accountant for twenty years and still learn from clients.",
  },
  {
    id: 'since-before-you',
    pattern: 'since|for before you|your',
    hit: "We've been designing gardens since before you bought the house.",
    miss: 'We will finish before you come back from holiday.',
  },
  {
    id: 'i-know-what-works',
    pattern:
      "i|we (think) (i|we) (do|very+much|certainly) know|knows what|how i'm+doing|we're+doing|works|it+takes|i'm+talking+about|we're+talking+about",
    hit: 'I think I know what works.',
    miss: 'I know what you mean about the colour.',
  },
  {
    id: 'as-a-professional-i-can-tell-you',
    pattern: 'as a|an ~1-3 , i|we can|must|have+to|will tell you',
    hit: 'As a professional, I can tell you that this layout will not pass.',
    miss: 'As a thank-you, we can offer you a free check.',
  },
  {
    id: 'theres-a-reason-were-the-experts',
    pattern: `reason ~0-1 (why|that) we're|we+are|i'm|i+am (the|a|an) ~0-1 ${EXPERTS}|ones|professionals|here`,
    hit: "There's a reason we're the lawyers here.",
    miss: "There's a reason we're closed on Monday.",
  },
  {
    id: 'more-than-youve-had-hot-dinners',
    pattern:
      "more ~1-4 than you|you've|you+have|you'll|you+will ~0-1 ever|had+hot+dinners|seen|had|done|will+ever|could+count",
    hit: "I've fitted more kitchens than you've had hot dinners.",
    miss: 'We have more colours than you might think.',
  },
  {
    id: 'i-know-its-tempting-but',
    // The lecture follows the "but": the finding runs to the end of the sentence.
    pattern:
      "i|we know|understand (that) it's|it+is|it+can+be|it+may+be|it+might+be tempting ~1-8 , but ~1-8 ~0-8 .|!|?|;",
    hit: 'We understand it is tempting to copy a design from a magazine, but the plan stays.',
    miss: "It's tempting to stay longer, we loved the visit.",
  },
  // The reader's own words held at arm's length.
  {
    id: 'your-so-called',
    pattern: 'your so-called|so+called',
    hit: 'I looked into your so-called emergency.',
    miss: 'I looked into the so-called ring beam.',
  },
  {
    id: 'as-you-call-it',
    pattern: ', as you (so) (like+to|choose+to|prefer+to|insist+on+calling) call|term|label it|them|this|that',
    hit: 'Your emergency, as you call it, was a loose cable.',
    miss: 'As you call us on Monday, we will have the plans.',
  },
  {
    id: 'your-little-spreadsheet',
    pattern:
      'your little|cute|quaint spreadsheet|sketch|drawing|theory|research|calculation|calculations|list|excel|diagram|doodle|mood+board|chart|notes',
    hit: 'Your little spreadsheet is not how we calculate fees.',
    miss: 'Your little one is welcome at the meeting.',
  },
  // Half-knowledge from the internet against the trade.
  {
    id: 'what-you-read-online',
    pattern:
      'whatever|what|something|anything|everything|things|stuff you ~0-2 read|saw|found|heard|watched|picked+up ~0-2 on+the+internet|online|on+google|on+youtube|on+a+forum|on+forums|on+facebook|on+instagram|on+tiktok|on+reddit|on+social+media',
    hit: 'Whatever you read on the internet, the regulations apply.',
    miss: 'You can read the regulations online.',
  },
  {
    id: 'advice-from-forums-over',
    pattern:
      'from|on forums|a+forum|the+internet|youtube|google|facebook|instagram|tiktok|reddit|chatgpt ~0-3 over|rather+than|instead+of|above|ahead+of',
    hit: 'Please do not rank tips on Reddit above the word of your solicitor.',
    miss: 'We found a great video on YouTube about the new heat pump.',
  },
  {
    id: 'google-told-you',
    pattern:
      'google|chatgpt|youtube|instagram|reddit|tiktok|the+internet|some+forum|some+blog ~0-2 told|tells|says|said|suggested you',
    hit: "I'm sure Google told you otherwise.",
    miss: 'Google says the shop opens at nine.',
  },
  {
    id: 'doesnt-make-anyone-an-expert',
    pattern:
      "doesn't|does+not|won't|will+not|didn't make ~0-1 you|anyone|someone|somebody|anybody|one a|an ~0-2 expert|professional|engineer|lawyer|doctor|accountant|architect|electrician|surveyor|designer",
    hit: "A quick search online doesn't make anyone a tax expert.",
    miss: 'The course will make you a certified electrician.',
  },
  {
    id: 'no-match-for',
    pattern: "is|are|isn't|aren't no match for",
    hit: 'Advice from a forum is no match for a surveyor.',
    miss: 'The new boiler is a match for the old one.',
  },
  // Not seeing what the worry is about: "I'm not sure why the invoice caused so much concern".
  {
    id: 'not-sure-why-so-much-concern',
    pattern: `not+sure|unsure|can't+see|cannot+see|don't+see|don't+understand|fail+to+see|struggle+to+see|don't+quite+see why ~1-6 so+much|such|this+much|all+this|all+the|such+a ${CONCERN}|fuss|drama|confusion|excitement|stir`,
    hit: "I don't quite see why a late parcel has caused such alarm.",
    miss: "I'm not sure why the parcel was late, but I'm finding out.",
  },
  {
    id: 'your-concern-is-overblown',
    pattern: `your|the ~0-1 ${CONCERN} ~0-5 is|are|seems|seem|was|were ~0-2 overblown|exaggerated|out+of+proportion|misplaced|unwarranted|overdone|over+the+top|a+bit+much|a+little+much|disproportionate`,
    hit: 'Your reaction to the paint colour is a little out of proportion.',
    miss: 'Your reaction to the paint colour is completely understandable.',
  },
  {
    id: 'lets-not-panic',
    pattern:
      "let's|let+us|we+don't+need+to|no+need+to not ~0-1 panic|overreact|get+carried+away|get+worked+up|get+hysterical|lose+our+heads|get+excited",
    hit: "Let's not get carried away over one late delivery.",
    miss: "Let's not wait for the next delivery; I'll order today.",
  },
  {
    id: 'no-need-to-panic',
    pattern: 'no need|reason to panic|overreact|get+carried+away|get+so+worked+up|lose+sleep',
    hit: 'There is no need to panic about a single warning light.',
    miss: 'There is no need to bring anything to the appointment.',
  },
  // Praising the reader for "finally" managing: "Great job finally getting it in on time!"
  {
    id: 'well-done-for-finally',
    pattern:
      'well+done|good+job|great+job|nice+job|nice+work|great+work|good+work|nice+one|congrats|congratulations|bravo|good+on+you|good+for+you|kudos|look+at+you (for|on) finally|for+once|actually',
    hit: 'Well done for finally sending the signed contract!',
    miss: 'Well done on the launch, it looks fantastic.',
  },
  {
    id: 'see-it-wasnt-so-hard',
    pattern:
      "^see|there+you+go|there|told+you|you+see (,) it|that|this wasn't|isn't|was+not|is+not (so|that|too|all+that) hard|difficult|complicated|bad|scary|tricky",
    hit: "See, that wasn't too difficult.",
    miss: "It wasn't hard to find a slot for you next week.",
  },
  {
    id: 'wasnt-so-hard-after-all',
    pattern: "wasn't|was+not|isn't|is+not (so|that|too|all+that) hard|difficult|complicated|tricky after all",
    hit: "Filling in the form wasn't so hard after all, was it?",
    miss: "The form wasn't hard for our team, so it's ready.",
  },
  // The reader measured against other clients who cope.
  {
    id: 'most-clients-manage-on-their-own',
    pattern: `most|other|all+my|all+our|every+other|our+other ~0-2 ${OTHERS} ~0-2 figure|work|manage|cope|get|handle|sort|understand ~0-4 on+their+own|by+themselves|themselves|without+help|without+any+help|without+any+trouble|without+a+problem|without+any+problem|just+fine|easily|in+minutes|straight+away|first+time`,
    hit: 'Most of my clients manage the portal on their own.',
    miss: 'Most of my clients visit us in the spring.',
  },
  // The task named, then put down: "It's a password reset, not brain surgery."
  {
    id: 'its-an-x-not-rocket-science',
    pattern:
      "it's|it+is|this+is|that's|that+is|this's a|an|just+a|only+a ~1-4 , not (exactly) rocket+science|brain+surgery|astrophysics|quantum+physics|a+moon+landing",
    hit: "It's a spreadsheet, not rocket science.",
    miss: "It's a spreadsheet, not a database, so we'll import it by hand.",
  },
  // Simple "once you get your head around it".
  {
    id: 'simple-once-you-get-your-head-around-it',
    pattern:
      'simple|easy|straightforward|logical|obvious ~0-3 once|when you ~0-1 get|wrap|put your head|mind|brain around|round',
    hit: "It's all perfectly logical once you get your head round it.",
    miss: "It's simple once the app is installed.",
  },
  // Making it harder than it is.
  {
    id: 'making-this-harder-than-it-needs',
    pattern:
      "you're|you+are|you+keep|you've+been|you+always making|make ~0-2 this|it|things|thing|that|everything|life|process|job|project (a+lot|much|far|way|so+much) harder|more+complicated|more+difficult|more+complex than",
    hit: "You're making the whole thing far more complicated than it is.",
    miss: "We're making the whole thing simpler for you.",
  },
  {
    id: 'you-are-overcomplicating',
    pattern: "you're|you+are|you+keep|you've+been overcomplicating|over-complicating|overthinking|over-thinking",
    hit: 'You keep overcomplicating the brief.',
    miss: "We're simplifying the brief for you.",
  },
  // "Anyone who's run a business knows …": what the reader should have known.
  {
    id: 'anyone-who-has-knows',
    pattern:
      "^anyone|anybody|everyone|everybody who|who's|who've|that ~1-8 knows|understands|realises|realizes|will+tell+you|would+tell+you|could+tell+you",
    unlessAfter: ['we', 'our', 'us', 'how+much'],
    hit: "Anyone who's owned a car knows it needs an MOT.",
    miss: 'Anyone who has questions can call me.',
  },
  // Their view against the writer's routine: "It may look complicated to you, but for us it's routine".
  {
    id: 'may-look-to-you',
    pattern: 'may|might look|seem|sound|feel ~0-6 to you , but|yet|though',
    hit: 'It may look like a lot of paperwork to you, but for us it is routine.',
    miss: 'It may look like a lot of paperwork, so I have listed the steps.',
  },
  {
    id: 'more-complicated-than-you-think',
    pattern:
      'more complicated|complex|involved|difficult|nuanced than you (might|may) think|realise|realize|imagine|assume|appreciate|seem+to+think',
    hit: 'Employment law is more nuanced than you seem to think.',
    miss: 'The repair was more complicated than we expected, so it took longer.',
  },
  {
    id: 'worrying-about-nothing',
    pattern:
      "you're|you+are|you've+been|you+seem+to+be worrying|fretting|stressing|panicking ~0-2 about|over nothing|for+nothing",
    hit: "Honestly, you've been fretting over nothing.",
    miss: "You're worrying about the cost, so here is a cheaper option.",
  },
  {
    id: 'you-dont-know-how-it-works',
    pattern:
      "you don't|do+not|didn't|clearly+don't|simply+don't (really|seem+to) know|understand|grasp|get how|what ~1-4 works|work|is|means|involves",
    // "If you don't know how the portal works, call me": an offer.
    unlessBefore: ['if', 'case', 'whether'],
    hit: "With respect, you don't understand how a party wall agreement works.",
    miss: "If you don't know how the portal works, give me a ring.",
  },
  {
    id: 'seems-big-to-you-but',
    pattern:
      'seems|seem|looks|look|sounds|sound|feels|feel ~0-6 to you , but|yet|though ~0-6 normal|routine|standard|nothing|harmless|fine|common|everyday|usual',
    hit: 'I know it feels like a disaster to you, but this is completely routine.',
    miss: 'I know it feels like a lot to you, but we will guide you through each step.',
  },
  {
    id: 'dont-take-it-so-personally',
    pattern: 'take|taking|took ~1-5 so|too personally|seriously',
    hit: 'You are taking the feedback on the logo too personally.',
    miss: "Please don't take this personally; we simply chose a local supplier.",
  },
  {
    id: 'being-precious',
    pattern:
      "you're|you+are|you+were being (a+bit|a+little|slightly|rather|very|really|too|so|quite|overly) precious|fussy|picky|pedantic|touchy|prickly|difficult|neurotic",
    hit: "You're being rather precious about a few centimetres.",
    miss: "You're being very patient with us, thank you.",
  },
  {
    id: 'bless-you-for-trying',
    pattern: 'bless you|your+heart|them (for) (trying|having+a+go|giving+it+a+go)',
    hit: 'Bless you for having a go at the wiring yourself.',
    miss: 'God bless and have a lovely Christmas.',
  },
  {
    id: 'cute-that-you-tried',
    pattern: "it's|it+is|that's|that+is|how cute|sweet|adorable|charming|quaint that|how you",
    hit: "It's sweet that you tried to do the books yourself.",
    miss: "It's lovely that you could join us for the opening.",
  },
  {
    id: 'admire-your-enthusiasm-but',
    pattern:
      'admire|love|appreciate|applaud ~0-1 your enthusiasm|keenness|ambition|creativity|optimism|confidence|can-do+attitude , but',
    hit: 'I love your optimism, but that budget will not build an extension.',
    miss: 'I love your optimism, and it makes the project fun.',
  },
  {
    id: 'not-how-any-of-this-works',
    pattern: "that's|that+is|this+is|it's not|n't how any+of+this|any+of+it|it+all|anything works|work",
    hit: "I'm afraid that's not how any of it works.",
    miss: 'We will explain how all of it works at the handover.',
  },
  {
    id: 'beginners-mistake',
    pattern:
      "beginner's|beginners|rookie|newbie|amateur|amateurish|schoolboy|novice|layman's mistake|mistake|error|question|move",
    // "a normal beginner's mistake": encouragement.
    unlessBefore: ['my', 'our', 'a+bit+of+a', 'normal', 'forgivable', 'understandable'],
    hit: 'Forgetting the expansion gap is a classic rookie error.',
    miss: 'Forgetting the expansion gap was my rookie error, sorry.',
  },
  {
    id: 'keep-it-simple-for-you',
    pattern:
      "i'll|i+will|let+me|i'm+going+to|we'll|we+will keep|make|put it|this|things|everything simple|basic|easy for you",
    hit: "I'll keep things basic for you.",
    miss: "We'll keep things simple: one invoice at the end.",
  },
  {
    id: 'even-my-daughter-could',
    pattern:
      'even my|our|a|an ~0-1 nine-year-old|eight-year-old|seven-year-old|ten-year-old|eleven-year-old|teenager|kid|kids|son|daughter|grandmother|grandma|granny|gran|nan|mum|mom|dad|intern|cat|dog|nephew|niece could|can|would|manages|understands|gets|knows',
    hit: 'Even my teenage nephew could set up the router.',
    miss: 'Even my nephew asked about your lovely garden.',
  },
  {
    id: 'a-quick-look-would-have',
    pattern:
      "a|one (quick|brief|simple|single) look|glance|read|search at|in|through|of ~1-4 would+have|would've ~0-1 told+you|answered|saved|shown|been+enough|sufficed|cleared",
    hit: 'A quick glance at the invoice would have answered that.',
    miss: 'A quick look at the invoice shows the new layout.',
  },
  {
    id: 'deep-breaths',
    pattern: '^(ok|okay|so|right|now) (take) (a|some) deep breath|breaths ,|!|.',
    hit: 'Deep breath! The files are all backed up.',
    miss: 'Deep breathing exercises are on page two of your plan.',
  },
  {
    // "One drip hardly ruined your day": the damage the reader reports, declared too small to count.
    id: 'hardly-ruined-your',
    pattern:
      'hardly|barely|scarcely ruined|ruins|spoiled|spoilt|spoils|wrecked|wrecks|destroyed|affected your|the+whole',
    hit: 'One drip near the buffet hardly ruined your day.',
    miss: 'The heavy rain nearly ruined your lovely flower beds, so we covered them.',
  },
  {
    id: 'hardly-a-catastrophe',
    pattern:
      "hardly|not+exactly|isn't+exactly|isn't+really|is+not+exactly a|an ~0-1 catastrophe|disaster|tragedy|crisis|emergency|big+deal|drama|calamity",
    hit: 'A late courier is not exactly a crisis.',
    miss: 'A late courier can be a crisis for a caterer, so we booked two.',
  },
  {
    id: 'not-sure-what-you-were-expecting',
    pattern: "don't+know|not+sure|unsure|wonder what you were|had expected|expecting|hoping+for",
    hit: 'Not sure what you were expecting from a first draft, to be honest.',
    miss: 'Tell me what you were hoping for and we will adjust the draft.',
  },
  {
    id: 'dont-need-to-google-every',
    pattern:
      "you don't|do+not need+to|have+to google|look+up|research|second-guess|question|panic+about|worry+about|forward|check every|each|all+of",
    hit: "You don't have to second-guess every line of the quote.",
    miss: "You don't need to sign every page, only the last one.",
  },
  {
    id: 'panic-every-time',
    pattern: 'panic|worry|stress|freak+out|fret every+time|whenever|each+time|at+every',
    hit: 'There is no reason to fret every time the alarm beeps once.',
    miss: 'Do call us whenever the alarm beeps twice in a row.',
  },
  {
    id: 'to-a-non-technical-person',
    pattern:
      'non-technical|non-tech|nontechnical|lay|non-specialist|non-expert person|people|folk|reader|readers|mind|brain|client|user',
    hit: 'I have put it in terms a non-technical mind can follow.',
    miss: 'Our non-technical staff handle the bookings.',
  },
  {
    id: 'tiny-detail',
    pattern:
      "is|was|are|were|this's|it's|that's ~0-2 (a|such+a) tiny|trivial|piddling|insignificant|teeny detail|thing|issue|point|matter",
    hit: 'Honestly, the font size is such a trivial thing.',
    miss: 'Honestly, the font size is an important thing for readability.',
  },
  {
    id: 'pinch-of-salt',
    pattern: 'with a large|big|huge|healthy|good|hefty pinch|grain of salt',
    hit: 'Anything from that forum should be read with a healthy pinch of salt.',
    miss: 'Season the sauce with a pinch of salt.',
  },
  {
    id: 'new-territory-for-you-but-simple',
    pattern:
      'new+territory|unfamiliar|new|a+mystery|confusing|daunting for|to you , but ~0-3 really|simply|actually|fairly|quite|pretty|perfectly|just',
    hit: 'I know the tax return feels daunting to you, but it is really quite mechanical.',
    miss: 'I know the tax return feels daunting to you, but we will do it together.',
  },
  {
    id: 'as-anyone-in-the-trade-will-tell-you',
    pattern: 'as anyone|anybody|everyone|everybody ~0-4 (will|would|could|can) tell+you|confirm|know|knows',
    hit: 'As anyone who has renovated will tell you, old houses surprise you.',
    miss: 'As anyone can join, we have set up a waiting list.',
  },
  {
    id: 'reading-too-much-into',
    pattern: 'reading (far|way|much|a+lot|rather) too much into',
    hit: 'I think you are reading far too much into one line of the report.',
    miss: 'We are reading through the report this week.',
  },
  {
    id: 'an-overreaction',
    pattern: 'a+bit+of+an|a+little+bit+of+an|an|quite+an|something+of+an|rather+an overreaction',
    hit: 'Cancelling the contract seems a bit of an overreaction.',
    miss: 'We had a reaction from the supplier today.',
  },
  {
    id: 'argue-over-a-few-pounds',
    pattern:
      'argue|quibble|haggle|fuss|fight|bicker ~0-2 over|about a few|a+couple+of pounds|quid|dollars|bucks|pence|cents|euros|minutes',
    hit: "Let's not quibble over a few dollars.",
    miss: 'We argued about a few design ideas and chose the best.',
  },
  {
    id: 'let-me-spell-it-out',
    pattern: "^let+me|i'll|i+will|allow+me+to spell it|this|things|that out ,|:|.|!",
    hit: 'Let me spell it out: the deposit is not refundable.',
    miss: 'Let me spell out the options in a short table.',
  },
  {
    id: 'leave-it-to-us-if-i-were-you',
    pattern: 'leave ~1-5 to us|me|the+professionals|the+experts (,) if i were you',
    hit: "I'd leave the cabling to us, if I were you.",
    miss: 'Leave the keys with us if you are away.',
  },
  {
    // Not "… would be delighted to help at the fete": others volunteering, not the reader found ungrateful.
    id: 'most-people-would-be-grateful',
    pattern: `most|other ~0-1 ${OTHERS} would be|have+been grateful|delighted|thankful for|with|to+get|to+have`,
    hit: 'Most clients would be grateful for a free callout.',
    miss: 'Most clients would be happy to know the callout is free, so we tell everyone.',
  },
  {
    id: 'not-worth-getting-upset',
    pattern: "not|isn't|n't|hardly worth getting upset|worked+up|angry|stressed|excited|wound+up|annoyed",
    hit: 'A delayed skip is hardly worth getting worked up about.',
    miss: 'It is worth getting three quotes for a job this size.',
  },
  {
    id: 'misunderstood-the-whole-point',
    pattern: 'misunderstood|missed|misread the whole|entire|very point|purpose|idea',
    hit: "You've missed the whole point of a retainer.",
    miss: 'We missed the train and will arrive at ten.',
  },
  // The reader's concern made into a scene they stage: "you're turning a small delay into a drama".
  {
    id: 'turn-it-into-a-drama',
    pattern: `turn|turning|turned|turns|make|making|blow|blowing ~1-4 into a|an|such+a|this ~0-2 ${FUSS}|big+deal|bigger+deal|huge+deal|crisis|catastrophe|saga|whole+thing|big+thing|federal+case`,
    hit: "You're turning a two-day delay into a crisis.",
    miss: 'We turned the old garage into a studio.',
  },
  // Shutting the topic the reader raised: "not something we need to go back over".
  {
    id: 'not-something-we-need-to',
    pattern:
      "not|isn't|n't something|anything (that) we (really) need+to|have+to discuss|revisit|reopen|debate|go+over|go+back+over|go+into|spend+time|spend+much+time|spend+more+time|spend+a+lot+of+time|spend+any+time",
    hit: "The logo colour isn't something we need to revisit at this stage.",
    miss: 'The logo colour is something we need to revisit before print.',
  },
  // The reader as petty: "let's not get hung up on one word".
  {
    // "A bit of dust is simply part of living in a renovated flat": the complaint filed as the normal state of things.
    id: 'simply-part-of-living',
    pattern:
      "is|are|it's|that's just|simply|only|all part of ~0-1 living|life|owning|having|renting|being|building|working|everyday+life",
    hit: 'A bit of dust is simply part of living in a house under renovation.',
    miss: 'A final report is part of every job we do.',
  },
  {
    id: 'lets-not-get-hung-up',
    pattern:
      "let's|let+us|we+shouldn't|no+need+to|don't|wouldn't|i+would+not|try+not+to (not) get|be (too|so|overly|all) hung+up|stuck|fixated on|over|split+hairs|nitpick|quibble|obsess",
    hit: "Let's not get hung up on the shade of grey.",
    miss: 'We got stuck in traffic on the way to the site.',
  },
  {
    // "With respect, … isn't …": the polite opener announces that the reader is wrong.
    id: 'with-respect-not',
    pattern: "^with (all) (due) respect , ~8 ~0-6 <neg>|isn't|aren't|wasn't|won't|doesn't|don't|can't",
    // "With respect, you don't understand …" has an entry of its own.
    unlessWithin: ['you', "you're", "you've", "you'd"],
    hit: "With respect, at this budget the brand of tap really isn't what decides the look.",
    miss: "With respect to the taps, we don't stock that brand any more.",
  },
  {
    id: 'calm-down-and',
    pattern: '^(please|just|now|so) calm+down|settle+down|chill|chill+out and',
    hit: 'Calm down and let us finish the job.',
    miss: 'Calm and sunny weather is forecast for the install.',
  },

  // The German constructions' English forms (npm run translated -- de dismissive).
  // The task made small.
  {
    id: 'cant-be-that-hard',
    pattern: "can't|cannot|couldn't be that|so|all+that hard|difficult|complicated|tricky",
    hit: "Uploading a PDF can't be that hard!",
    miss: 'Uploading a PDF can be hard on an old laptop.',
  },
  {
    id: 'whats-so-hard-about',
    pattern: "what's|what+is so hard|difficult|complicated|tricky about",
    hit: "What's so hard about signing one page?",
    miss: "What's so special about the north wall?",
  },
  {
    id: 'theres-nothing-to-it',
    pattern: "there's|there+is|there+really+is|there's+really nothing+to+it",
    hit: "There's nothing to it, you just type the code.",
    miss: "There's nothing in it for us, but we are glad to help.",
  },
  {
    id: 'anyone-can-manage-that',
    pattern:
      '(pretty+much|just+about|practically|literally) anyone|anybody|everyone|everybody can|could do|manage|handle this|that|it',
    hit: 'Pretty much anyone can manage that.',
    miss: 'Anyone can call us with questions.',
  },
  // Feelings told how to be.
  {
    id: 'dont-get-upset',
    pattern:
      "don't|do+not get|be|become (so|all|too) upset|worked+up|wound+up|emotional|touchy|irritable|dramatic|hysterical|excited|agitated",
    hit: "Don't get so worked up, the printer is only offline.",
    miss: "Don't get the blue folder, the red one is newer.",
  },
  {
    id: 'dont-worry-so-much',
    pattern: "don't|do+not|stop worry|worrying|fret|fretting|stress|stressing so+much|too+much|about+it+so+much",
    hit: "Don't worry so much about the rain.",
    miss: "Don't worry about the rain, the roof is closed.",
  },
  {
    id: 'worrying-too-much',
    pattern:
      "you're|you+are|you've+been worrying|fretting|stressing|panicking (far|way|much|a+bit|rather|a+little) too+much|unnecessarily|needlessly",
    hit: "You're worrying far too much about the grout colour.",
    miss: "You're worrying us with this silence, are you well?",
  },

  {
    id: 'working-yourself-up',
    pattern: "you're|you+are working|winding|getting yourself up|worked+up|wound+up|into+a+state",
    hit: "You're working yourself up over a missing comma.",
    miss: "You're working from home this week, I hear.",
  },
  {
    id: 'take-it-down-a-notch',
    pattern: 'take|bring|tone it|this|things down a+notch|a+peg|a+few+notches|a+bit',
    hit: 'Take it down a notch, the deadline has not passed.',
    miss: 'Take it down to the basement when you are done.',
  },
  {
    id: 'youre-imagining-things',
    pattern: "you're|you+are (just|simply|only) imagining things|it|that",
    hit: "You're imagining things, the wall is straight.",
    miss: "You're imagining a warm kitchen, and that is what we'll build.",
  },
  {
    id: 'reaction-over-the-top',
    pattern:
      'your|this reaction|response|complaint|email|message|tone ~0-3 (a+bit|a+little|rather|somewhat|slightly) over+the+top|overblown|excessive|exaggerated|disproportionate|out+of+proportion',
    hit: 'I find your reaction a little over the top.',
    miss: 'I find your reaction very understandable.',
  },
  // Knowledge the reader is told they should have.
  {
    id: 'i-trust-youre-aware',
    pattern: "i|we trust|hope|assume|presume|take+it you're+aware|you+are+aware|you+realise|you+realize|you+understand",
    unlessAfter: ['how', 'what'],
    hit: "I trust you're aware that the deadline is running.",
    miss: "I trust you're well and enjoying the spring.",
  },
  {
    id: 'surely-you-ought-to-know',
    pattern: 'surely you|you+surely ought+to|should|must know|be+aware|realise|realize|remember',
    hit: 'Surely you ought to know that the deposit earns interest.',
    miss: 'Surely you want to know how the deposit earns interest.',
  },
  {
    id: 'you-really-ought-to-know',
    pattern: 'you really|certainly|of+course ought+to|should know|be+aware',
    hit: 'As the owner, you really ought to know that.',
    miss: 'You really ought to come and see the finished stairs.',
  },
  {
    id: 'everyone-knows-you',
    pattern: '^everyone|everybody|anyone|anybody knows|understands you|a|an|the|it|not',
    hit: "Everyone knows you don't lay tiles in frost.",
    miss: 'Everyone here sends you their best wishes.',
  },
  {
    id: 'as-is-well-known',
    pattern: 'as+is+well+known|as+is+common+knowledge|as+any+fool+knows',
    hit: 'As is well known, the permit takes several weeks.',
    miss: 'As is our custom, the permit is filed by us.',
  },
  {
    id: 'should-be-clear',
    pattern:
      'that|this|it (really|surely|honestly) should|ought+to be (perfectly|quite|pretty) clear|obvious|self-explanatory',
    unlessAfter: ['from', 'in', 'once', 'after', 'when', 'by', 'to', 'soon'],
    hit: 'That really should be clear.',
    miss: 'That should be clear from the drawings we send on Monday.',
  },
  {
    id: 'i-thought-that-was-clear',
    pattern: 'i|we thought|assumed that|this|it was|would+be (perfectly|quite) clear|obvious|self-explanatory $',
    hit: 'I thought that was clear.',
    miss: 'I thought that was a clear and kind summary.',
  },
  {
    id: 'goes-without-saying',
    pattern: 'should|ought+to|really (really|surely) go+without+saying',
    hit: 'That really ought to go without saying.',
    miss: 'That goes without saying, and thank you again.',
  },
  // The matter brushed off.
  {
    id: 'whatever-alone',
    pattern: '^whatever $',
    hit: 'Whatever.',
    miss: 'Whatever you decide, we will support it.',
  },
  {
    id: 'if-you-say-so',
    pattern: '^(well|fine|ok|okay) (,) if+you+say+so|if+you+insist|if+you+absolutely+insist',
    hit: 'If you say so.',
    miss: 'We will come on Monday if you say the word.',
  },
  {
    id: 'not-our-problem',
    pattern: "that's|that+is|this+is|it's|it+is not|n't our|my problem|concern|headache",
    hit: "That's not our problem.",
    miss: "That's not a problem at all, happy to help.",
  },
  {
    id: 'then-thats-your-problem',
    pattern: "that's|that+is|it's|it+is|then+that's your problem|headache|lookout",
    hit: "Then that's your problem, I suppose.",
    miss: "That's your parcel on the doorstep, I suppose.",
  },
  {
    id: 'like-it-or-not',
    pattern: 'like+it+or+not|whether+you+like+it+or+not',
    unlessBefore: ['you'],
    hit: 'Like it or not, the standard applies.',
    miss: 'Let us know if you like it or not.',
  },
  {
    id: 'thats-just-the-way-it-is',
    pattern: "that's|that+is|it's|it+is (just|simply) the+way+it+is|how+it+is|how+things+are|the+way+things+are $",
    hit: "That's just the way it is.",
    miss: "That's the way it is done in the trade, and here is why it matters.",
  },
  {
    // The same, with where it holds after it: "That's simply the way it is with older houses."
    id: 'thats-just-the-way-it-is-with',
    pattern:
      "that's|that+is|it's|it+is just|simply the+way+it+is|how+it+is|how+things+are|the+way+things+are with|in|for|on|at",
    unlessLater: ['because', 'which', 'why', 'so'],
    hit: "That's simply the way it is with timber floors.",
    miss: "That's the way it is with timber floors, which is why we oil them twice.",
  },
  {
    // The reader's upset as pointless: "There's no point getting worked up over a few scuffs."
    id: 'no-point-getting-worked-up',
    pattern:
      'no|little|not+much point|use|sense (in) getting|being|feeling worked+up|upset|stressed|excited|wound+up|anxious|annoyed|cross|het+up',
    hit: "There's no point getting worked up over a hairline crack.",
    miss: "There's no point getting the scaffold up before the frost has passed.",
  },
  {
    // The reader's concern as a fuss the writer cannot see: "I'm not sure why this is such a big deal."
    id: 'not-sure-why-such-a-big-deal',
    pattern:
      "not+sure|don't+see|don't+understand|can't+see|cannot+see|fail+to+see|struggle+to+see why|what ~0-4 such+a+big+deal|a+big+deal|the+big+deal|so+important",
    hit: "I don't see why a two-day delay is such a big deal.",
    miss: "I don't see why the gate is stuck, so I'll send someone round.",
  },
  {
    // The reader's worry measured against everyone else's indifference: "Most clients never even notice that."
    id: 'most-clients-never-notice',
    pattern:
      "most|many|plenty+of|the+majority+of (of) (our|my|the) clients|people|customers|owners|homeowners|patients|couples|users|tenants|guests|buyers (will|would|do|simply) never|rarely|hardly|barely|don't|won't|wouldn't (even|ever) notice|spot|see|mind|care",
    hit: 'Most owners never even notice a gap that size.',
    miss: 'Most owners notice the difference in the first winter and love it.',
  },
  {
    // Other clients held up against the reader: "As you can appreciate, we have other clients too."
    id: 'we-have-other-clients-too',
    pattern:
      "we|i|we've|i've have|got|have+got (many|plenty+of|lots+of) other clients|customers|patients|projects|jobs too|as+well|to+think+of|to+think+about|to+look+after|to+consider|waiting",
    hit: 'As you can appreciate, we have other clients too.',
    miss: 'We have other clients in your street, so the van is nearby anyway.',
  },
  // Reading the reader did not do.
  {
    id: 'reading-does-help',
    pattern: 'reading|a+quick+read|a+careful+read does|would|might (really) help',
    hit: 'Reading does help.',
    miss: 'Your careful reading helped us a lot.',
  },
  {
    id: 'if-youd-only-read',
    pattern: "if you'd|you+had|you+would (only|just|actually) read|looked|opened|checked it|the",
    hit: "It's all on page two, if you'd only read it.",
    miss: "If you'd like to read it, the report is attached.",
  },
  {
    id: 'read-it-carefully-this-time',
    pattern: 'read it|this|them|everything carefully|properly|thoroughly this+time',
    hit: 'Please read it carefully this time.',
    miss: 'Please read it carefully, the terms changed.',
  },
  {
    id: 'no-one-but-you-notices',
    pattern:
      'no+one|nobody|noone (but|apart+from|except|other+than|besides) you ~0-4 notice|notices|noticed|see|sees|spot|spots|care|cares',
    hit: 'No one but you is going to notice the scratch.',
    miss: 'No one but you can sign for the parcel.',
  },
  {
    id: 'got-mixed-up',
    pattern: "you've|you+have|you (evidently|clearly|obviously|apparently) got ~0-3 mixed+up|muddled+up|confused|wrong",
    hit: "You've evidently got a few things mixed up.",
    miss: "You've got a few things to look forward to.",
  },
  {
    id: 'fundamentally-misunderstood',
    pattern: "you|you+have|you've fundamentally|completely|totally|entirely|utterly misunderstood|misread|misconstrued",
    hit: 'You have fundamentally misunderstood the rule.',
    miss: 'We have completely rebuilt the rule set.',
  },
  {
    id: 'barking-up-the-wrong-tree',
    pattern: 'barking+up+the+wrong+tree',
    hit: "You're barking up the wrong tree with that theory.",
    miss: 'The dog was barking at the tree all morning.',
  },
  {
    id: 'not-our-job-to-teach',
    pattern: "not|isn't|n't our|my job|role|place|task to teach|educate|explain+the+basics",
    hit: "It's not our job to teach you the basics of bookkeeping.",
    miss: "It's our job to teach the apprentices the basics.",
  },
  {
    // "It really isn't something to fuss over": the reader's concern named as fuss or panic.
    id: 'something-to-fuss-over',
    // Not "nothing to panic about": after a repair that is reassurance.
    pattern: 'something|anything to fuss|flap|get+worked+up|get+het+up over|about',
    hit: "Honestly, a scuffed skirting board isn't something to fuss over.",
    miss: 'Honestly, a scuffed skirting board is something we fix in a minute.',
  },
  {
    // "You're making a lot of this": the reader's reaction measured as too big.
    id: 'making-a-lot-of-this',
    pattern:
      "you|you're|you+are ~0-2 making|make|made a+lot|too+much|so+much|rather+a+lot|quite+a+lot|a+great+deal|such+a+thing|a+big+thing of|out+of this|it|that|all+this",
    hit: "You're really making a lot of this, it's a small dent.",
    miss: "You're making a lot of progress on the garden.",
  },
  {
    // "not something a layperson could judge": the reader ruled out as a judge for being no expert.
    id: 'not-for-a-layperson',
    pattern:
      "not+something|nothing|not+anything|isn't+something|isn't+anything|not+a+thing ~0-1 a|any|the layperson|layman|lay+person|non-specialist|non-expert|amateur",
    hit: "It's not something a layperson can assess from a single photo.",
    miss: "It's something a layperson can check with a spirit level.",
  },
  {
    // "spend a little less time on internet forums": the reader's own reading waved away.
    id: 'less-time-on-forums',
    pattern:
      'less+time|less ~0-2 on|reading|in ~0-1 internet+forums|forums|forum|online|google|the+internet|social+media|facebook+groups|chat+groups',
    hit: 'I would suggest spending less time on forums before the next check-up.',
    miss: 'I would suggest spending less time on the motorway by taking the train.',
  },
  {
    // Worry about things that are no problem: the reader's concern declared baseless in general.
    id: 'worry-about-non-issues',
    pattern:
      "worry|panic|fret|stress ~0-3 about|over things|stuff ~0-2 that|which ~0-2 aren't|are+not|never|really+aren't an+issue|a+problem|issues|problems|real",
    hit: 'Owners who read a lot tend to worry about things that are not a problem at all.',
    miss: 'Owners who read a lot tend to ask about things that matter for the warranty.',
  },
  // The reader's concern only logged: "Your comments have been noted." Looking into it or answering stays quiet.
  {
    id: 'concerns-noted',
    pattern: `we+have|i+have|we've|i've (duly|carefully) noted your ${CONCERN}|comments|objections|points|feedback|remarks|views`,
    unlessLater: TAKEN_UP,
    hit: 'We have noted your objections to the new parking rules.',
    miss: 'We have noted your objections to the new parking rules and will raise them at the board meeting.',
  },
  {
    id: 'concerns-have-been-noted',
    pattern: `your ${CONCERN}|comments|objections|points|feedback|remarks|views ~0-4 have|has been (duly|carefully) noted`,
    unlessLater: TAKEN_UP,
    hit: 'Your comments on the tender have been duly noted.',
    miss: 'Your comments on the tender have been noted and will go to the committee on Tuesday.',
  },
  // The conversation cut short: "we needn't go through your questions point by point".
  {
    id: 'not-through-your-points',
    pattern:
      "no+need+to|not|don't|doesn't|won't|needn't ~0-2 go+through|answer|address|respond+to|discuss|take ~0-1 your|all+your|each+of+your ~0-4 point+by+point|one+by+one|individually|line+by+line|in+turn",
    hit: "We don't need to go through your list of queries point by point.",
    miss: "We don't need to go through our list of queries point by point.",
  },
  {
    // The worry waved off as not worth the writer's or the reader's sleep: "frankly not something to lose sleep over".
    id: 'not-worth-losing-sleep',
    pattern:
      "nothing|not+something|not+anything|isn't+something|isn't+anything|wouldn't|would+not|don't|shouldn't|no+need+to|not+worth ~0-3 lose|losing sleep",
    hit: "Frankly, the hairline crack isn't anything to lose sleep over.",
    miss: 'The baby is teething, so you may lose sleep for a week or two.',
  },
  {
    // "I wouldn't worry yourself about it": the reader's concern set aside with no reason given.
    id: 'i-wouldnt-worry-about-it',
    pattern:
      "i (honestly|really|personally) wouldn't|would+not worry (yourself|yourselves|too+much) about|over it|that|this $",
    hit: "About the noise from the flue: honestly, I wouldn't worry about it.",
    miss: "I wouldn't worry about the paperwork if I were you; we will file it for you on Monday.",
  },
  {
    // The worry called what a whole group overdoes: "Most new pool owners get worked up about this", "Most students overthink these things".
    id: 'most-people-overthink',
    pattern: `most|many|plenty+of|a+lot+of ~0-3 ${OTHERS}|parents|couples|brides|beginners|landlords|buyers ~0-4 overthink|overthinks|overreact|overreacts|panic|panics|fret|frets|get+worked+up|get+wound+up|get+in+a+state|make+too+much|worry+too+much|worry+far+too+much`,
    hit: 'Most first-time landlords get worked up about the inventory at this point.',
    miss: 'Most first-time landlords get the inventory done in an afternoon.',
  },
  // From the German examples English missed (npm run translated -- de dismissive), twenty-eighth session.
  {
    // "It's quite logical once you've grasped it": simple, for anyone who understands.
    id: 'simple-once-you',
    pattern:
      "simple|easy|logical|straightforward|obvious|clear ~0-2 once+you|once+you've|when+you+think|if+you+just|if+you+only",
    hit: "It's actually quite logical once you've grasped it.",
    miss: "It's quite logical: the cheaper option also dries faster.",
  },
  {
    // "The legal side is best left to the lawyers": the reader's say taken away in the passive.
    id: 'best-left-to',
    pattern: `best|better|safest left to us|me|the+${EXPERTS.replace(/\|/g, '|the+')}|people|someone|those`,
    hit: 'The wiring is best left to the electricians.',
    miss: 'The keys are best left with the concierge.',
  },
  {
    // "That needn't concern you", "That's all you need to know for now": the reader kept out.
    id: 'neednt-concern-you',
    pattern: "that|this|it needn't|doesn't+need+to|need+not concern|trouble you",
    hit: "That needn't concern you.",
    miss: "That needn't take you more than ten minutes.",
  },
  {
    // "That's all you need to know for now": the rest withheld.
    id: 'all-you-need-to-know',
    pattern: "that's|that+is|this+is all you need+to+know|need+know|have+to+know",
    hit: "That's all you need to know for now.",
    miss: "That's all we need from you for now.",
  },
  {
    // "You know nothing about this": the reader's knowledge denied outright.
    id: 'you-know-nothing-about',
    pattern: 'you know|understand nothing|very+little about|of this|that|it|the|these|such',
    hit: 'Unfortunately, you know nothing about this.',
    miss: 'You know the most about this garden, so you decide.',
  },
  {
    // "We'll do it that way then, if you absolutely insist": giving in while waving the wish off.
    id: 'if-you-insist',
    pattern: 'if you (absolutely|really|simply) insist',
    // "if you insist on paying": the reader's kindness, not a wish waved off.
    unlessAfter: ['on', 'upon', 'that'],
    hit: "Fine, we'll do it that way then, if you absolutely insist.",
    miss: 'If you really want the blue tiles, we can order them on Monday.',
  },
  {
    // "…, whatever you mean by that": the reader's words shrugged off.
    id: 'whatever-you-mean',
    pattern: 'whatever you mean|meant by that|it|this',
    hit: 'We will look into your complaint, whatever you mean by that.',
    miss: 'Tell us whatever you need and we will sort it.',
  },
  {
    // "I'm happy to explain it again in simple terms": the reader treated as slow.
    id: 'explain-in-simple-terms',
    pattern: "explain|go+through|put ~1-5 in simple|simpler|plain|layman's|basic terms|words|english",
    hit: "I'm happy to explain the levy to you again in simple terms.",
    miss: "I'm happy to explain the levy to you again on Friday.",
  },
  {
    // "I hope you know how to change a fuse": a doubt about the basics, said as a hope.
    id: 'hope-you-know-how-to',
    pattern: 'i+hope|hopefully you know|understand how+to|what+a|what+an',
    hit: 'I hope you know how to reset the router.',
    miss: 'I hope you know how grateful we are.',
  },
  {
    // "Just because you're in a hurry doesn't mean it'll go any faster": the reader's wish set against the facts.
    id: 'just-because-you-wont',
    pattern:
      "just+because+you|just+because+you're|just+because+you've|the+fact+that+you|the+fact+that+you're|you+wanting|wanting ~1-8 doesn't|won't|will+not|does+not|isn't+going+to ~0-6 any+faster|any+cheaper|any+quicker|any+sooner|any+thinner|any+different|any+less|any+better",
    hit: "Just because you're in a hurry doesn't mean the plaster will dry any faster.",
    miss: 'A second coat of paint will not make the wall any darker.',
  },
  {
    // "Looks like we'll have to go back to basics": the reader sent back to the start.
    id: 'back-to-basics',
    pattern:
      "have+to|need+to|must|should|we'll (go) back+to+basics|start+with+the+basics|start+from+the+basics|begin+with+the+basics",
    hit: "It looks like we'll have to go back to basics with the spreadsheet.",
    miss: 'Our new menu goes back to basics with three seasonal dishes.',
  },
  {
    // "Bookkeeping isn't something you just pick up on the side": the reader's skill denied.
    id: 'not-something-you-pick-up',
    pattern:
      "isn't|is+not|aren't|are+not something|a+thing|a+skill you|one|anyone (can) (just) pick+up|learn|master ~0-3 on+the+side|overnight|in+a+weekend|in+an+afternoon|in+passing",
    hit: "Payroll isn't something you just pick up on the side.",
    miss: 'Payroll is something we pick up from your office every Friday.',
  },
  // Read on the blind batch mix29.
  {
    // "There is really no need to work yourself up over it": the worry called overwrought.
    id: 'work-yourself-up',
    pattern: 'work|working|get|getting yourself|yourselves up|into+a+state|in+a+state',
    hit: 'There is really no need to work yourself up over a few hairline cracks.',
    miss: 'We will work ourselves up to the full load over the first week.',
  },
  {
    // "This isn't something you need to get your head around": the reader kept out of the subject.
    id: 'not-something-you-need-to-grasp',
    pattern:
      "isn't|is+not|aren't|are+not something|anything|things you|one need+to|needs+to|have+to|should get+your+head+around|understand|grasp|follow",
    hit: "Honestly, this isn't something you need to get your head around.",
    miss: "This isn't something you need to pay for, it's covered by the warranty.",
  },
  {
    // "… not something a first-time buyer is really in a position to judge": the reader's judgement ruled out.
    id: 'not-in-a-position-to-judge',
    pattern: "not|isn't|aren't|hardly|scarcely ~0-8 in+a+position+to judge|assess|evaluate|decide|comment|say",
    hit: 'The fixed-rate term is not something a first-time buyer is really in a position to judge.',
    miss: 'We are now in a position to judge the roof properly.',
  },
  {
    // "It's a common misconception among owner-managers that …": the reader filed under a type that gets it wrong.
    id: 'common-misconception-among',
    pattern: 'common|popular|typical|classic misconception|mistake|myth|misunderstanding among|amongst|with ~1-3 that',
    hit: "It's a common misconception among landlords that a deposit can be spent.",
    miss: 'A common mistake with new boilers is setting the pressure too low, so we check it for you.',
  },
];
