import type { PhraseEntry } from '../types';

// Making the reader the culprit (principle 1: appreciation).
// Most entries are advice only: a blaming sentence needs rethinking, not a
// word swapped. "if/in case/whether" before the match usually turns it into a
// helpful conditional ("If you didn't receive the file, …"), so it is a guard.
export const blame: readonly PhraseEntry[] = [
  // What should have come on time, as an unreal past: "Had the figures reached us in November, …".
  {
    id: 'had-it-reached-us-in-time',
    pattern:
      '^ had ~1-6 reached|arrived|come|landed|been+sent|been+delivered|been+submitted|been+returned ~0-4 on+time|in+time|earlier|sooner|rather+than|as+agreed|when+agreed|by+the|when+we+first|when+first|when+we+asked|when+requested',
    hit: 'Had the figures reached us in November rather than January, there would have been no penalty.',
    miss: 'Had the storm arrived a day later, the roof would have been finished.',
  },
  {
    id: 'had-we-received-in-time',
    pattern:
      '^ had|if+we+had|if+i+had (we|i) received|got|had ~1-5 on+time|in+time|earlier|sooner|as+agreed|when+agreed',
    hit: 'Had we received the signed lease on time, the keys would be yours by now.',
    miss: 'Had we known about the storm earlier, we would have covered the roof.',
  },
  // What was needed had been handed over in so many words: "…, even though we expressly gave you the right wipes".
  {
    id: 'even-though-we-expressly',
    pattern:
      'even+though|although|though|despite+the+fact+that we|i (had) expressly|specifically|explicitly|clearly|personally ~0-1 gave|told|asked|sent|showed|provided|supplied|handed|explained+to you',
    hit: 'The mould was cleaned with spray, even though we expressly gave you the right wipes.',
    miss: 'The mould is new, even though we only charged you for the old one.',
  },
  {
    id: 'you-failed-to',
    pattern: '<reader> (@have|also|again|repeatedly) @fail|neglect|neglected|neglects|@omit to',
    unlessBefore: ['if', 'case', 'whether'],
    // "Your team never fails to impress us": praise.
    unlessAfter: ['impress', 'amaze', 'delight', 'surprise', 'deliver', 'inspire'],
    hit: 'You failed to send the signed contract.',
    miss: 'We failed to send the signed contract.',
  },
  {
    id: 'you-forgot-again',
    pattern:
      '<reader> ~2 @forget|@miss|@ignore|@overlook|misread|@misunderstand|mixed|confused|@cancel|cancelled|canceled|@postpone ~4 again',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'You forgot the attachments again.',
    miss: 'I forgot the attachments again, sorry.',
  },
  {
    // "It was your decision to skip the survey": the choice named as the cause; "it's your decision whether" leaves room.
    id: 'it-was-your-decision',
    pattern: 'it|that was your (own) decision|choice|call|idea to|not',
    unlessBefore: ['if', 'whether'],
    hit: 'It was your decision to skip the structural survey.',
    miss: 'It is your decision whether to skip the structural survey.',
  },
  {
    // "Last week's setback was self-inflicted": the damage laid at the reader's door without naming them.
    id: 'self-inflicted',
    pattern:
      'was|were|is|are|been (entirely|largely|partly|mostly|really|rather|sadly|unfortunately) self-inflicted|self-made|self-caused',
    unlessBefore: ['not', "wasn't", "isn't", "weren't", "aren't", 'never'],
    hit: "Last week's setback was self-inflicted, I'm afraid.",
    miss: 'Last week the setback was caused by the weather.',
  },
  {
    id: 'your-fault',
    pattern: 'your (own) fault|mistake|mistakes|error|errors',
    unlessBefore: ['not', "isn't", "wasn't", "aren't", "weren't", 'no', 'never', 'hardly', 'about'],
    unlessAfter: ['message', 'messages', 'report', 'log', 'logs', 'code', 'codes'],
    unlessEarlier: ['none', 'nothing', 'neither'],
    hit: 'This delay is your fault.',
    miss: "Please don't worry, this delay is not your fault.",
  },
  {
    id: 'you-made-a-mistake',
    pattern:
      '<reader> (@have|also) @make a|an|another|several|some|multiple|numerous|serious|big (serious|big|basic|obvious|costly) mistake|mistakes|error|errors|blunder|mess',
    unlessBefore: ['if', 'case', 'whether', 'even'],
    hit: 'You made an error in the floor area calculation.',
    miss: 'We made an error in the floor area calculation.',
  },
  {
    id: 'you-didnt',
    pattern:
      "<reader> (have|has|had) (also|just|even|apparently|clearly|evidently) didn't|did+not|haven't|hasn't|have+not|has+not|hadn't|had+not|not (actually|really|properly|ever|once) send|sent|pay|paid|reply|replied|answer|answered|sign|signed|read|follow|followed|check|checked|respond|responded|confirm|confirmed|provide|provided|submit|submitted|return|returned|tell|told|inform|informed|listen|listened|attach|attached|include|included|complete|completed|deliver|delivered|update|updated|notify|notified|call|called|look|looked|heed|heeded|address|addressed|forward|forwarded|approve|approved|order|ordered|cancel|cancelled|canceled|renew|renewed|register|registered|lock|locked|clean|cleaned|label|labelled|labeled|test|tested|measure|measured|water|watered|collect|collected|upload|uploaded|file|filed|declare|declared|warn|warned|consult|consulted|ring|rang|rung|phone|phoned|email|emailed|chase|chased|acknowledge|acknowledged|pass+on|passed+on|follow+up|followed+up|turn+up|turned+up|show+up|showed+up|get+back|got+back|let+us+know|let+me+know|get+in+touch|got+in+touch",
    // "Had you not called us straight away, …": the deed was done, and it helped.
    unlessBefore: ['if', 'case', 'whether', 'unless', 'sorry', 'obviously', 'clearly', 'evidently', 'had'],
    unlessAfter: ['yet'],
    // "Since you didn't pay anything, there's nothing else you need to do": the not-doing was right.
    unlessLater: ['nothing'],
    hit: "You didn't send the figures.",
    miss: "If you didn't receive the figures, just let me know and I'll resend them.",
  },
  {
    id: 'you-still-havent',
    pattern: "you|you've|you'd (@have) still haven't|hasn't|have+not|has+not|didn't|did+not|hadn't|not",
    unlessBefore: ['if', 'case', 'whether', 'do', 'does', 'are', 'is', 'were', 'have'],
    hit: 'You still haven’t booked the crane for the site on Monday.',
    miss: 'Do you still not have access to the portal? I can reset it for you.',
  },
  {
    id: 'you-have-yet-to',
    pattern: '<reader> (@have|still) yet to',
    unlessBefore: ['if', 'case', 'whether'],
    unlessAfter: ['see', 'experience', 'discover', 'meet', 'try', 'visit', 'taste', 'enjoy'],
    hit: 'You have yet to confirm the colour of the window frames.',
    miss: 'You have yet to see the best part: the view from the roof terrace.',
  },
  {
    id: 'you-were-supposed-to',
    pattern: 'you were supposed|meant|due|expected to',
    unlessBefore: ['if', 'thought', 'sorry'],
    unlessAfter: ['receive', 'received', 'get', 'got', 'hear', 'heard'],
    hit: 'You were supposed to send the plans by Monday.',
    miss: 'You were supposed to receive a confirmation email, did it arrive?',
  },
  {
    id: 'because-of-you',
    pattern: 'because of you',
    unlessAfter: ['that'],
    // With a damage in the sentence reader-fault takes the clause ("the search has stalled because of you").
    hit: 'We had to start over because of you.',
    miss: "It's because of you that the opening went so smoothly.",
  },
  {
    id: 'due-to-your',
    pattern:
      'because+of|due+to|owing+to|as+a+result+of|thanks+to|on+account+of your (own) (late|repeated|continued|constant|ongoing) delay|delays|mistake|mistakes|error|errors|failure|negligence|lateness|silence|inaction|carelessness|indecision|late+payment|non-payment|nonpayment',
    hit: 'Due to your delay, the builders had to leave the site for a week.',
    miss: 'Due to the delay at the council, the builders had to leave the site for a week.',
  },
  {
    id: 'you-messed-up',
    pattern: '<reader> (@have|really|completely|totally|rather) messed|screwed|mucked|botched|bungled|fouled',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'You messed up the order with the supplier.',
    miss: 'I messed up the order with the supplier, and I am fixing it.',
  },
  {
    id: 'you-dropped-the-ball',
    pattern: '<reader> (@have|really|completely) @drop the ball',
    hit: 'Frankly, you dropped the ball on the permit application.',
    miss: 'Frankly, we dropped the ball on the permit application.',
  },
  {
    id: 'you-got-it-wrong',
    pattern: '<reader> (@have) @get|gotten|have|had ~3 wrong $',
    unlessBefore: ['if', 'case', 'whether', 'worry'],
    hit: 'You got the delivery dates wrong.',
    miss: "I'm sorry you got the wrong invoice from us.",
  },
  {
    id: 'you-miscalculated',
    pattern:
      '<reader> (@have|clearly|obviously|completely|totally) misjudged|miscalculated|mistook|mixed+up|muddled+up',
    unlessBefore: ['if', 'case', 'whether', 'sorry'],
    hit: 'You miscalculated the floor area of the loft.',
    miss: 'We miscalculated the floor area of the loft, and I am sorry.',
  },
  {
    id: 'you-ignored',
    pattern: '<reader> (@have|simply|just|completely|totally) @ignore|disregarded|disregard|disregards',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'You ignored our advice about the foundations.',
    miss: 'Feel free to ignore our advice about the foundations if you prefer.',
  },
  {
    id: 'you-chose-to-ignore',
    pattern: '<reader> (@have) chose|chosen|@choose|@decide|@prefer to ignore|disregard|overlook|dismiss',
    hit: 'You chose to ignore the structural engineer’s report.',
    miss: 'You chose to extend the terrace, and it looks wonderful.',
  },
  {
    id: 'you-missed-the-deadline',
    pattern:
      '<reader> (@have|already|again) @miss|@overlook|@blow|blown|overran|overrun|@exceed ~2 deadline|deadlines|due+date|cut-off|cutoff|sign-off+date|sign-off+dates',
    unlessBefore: ['if', 'case', 'whether', 'worry', 'sorry'],
    hit: 'You missed the deadline for the grant application.',
    miss: "If you missed the deadline, don't worry, there is a second round in May.",
  },
  {
    id: 'you-were-late',
    pattern:
      "you+were|you+are|you're|you+have+been|you've+been (once+again|again|very|far|too|so|quite|extremely) late|overdue|behind",
    unlessBefore: ['if', 'case', 'whether', 'worry', 'when', 'even'],
    hit: 'You were late with the last three instalments.',
    miss: "Don't worry if you're late, we'll wait for you at the entrance.",
  },
  {
    id: 'you-caused',
    pattern:
      '<reader> (@have|also) @cause|@create|@trigger ~3 delay|delays|problem|problems|damage|confusion|mess|chaos|issues|trouble|extra+costs|additional+costs|extra+work|additional+work',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'You caused a two-week delay with the late approval.',
    miss: "You've created a lovely space for the whole family.",
  },
  {
    id: 'you-are-to-blame',
    pattern: "you|you're (@be|alone) (solely|entirely|fully|clearly|partly|alone) to+blame|at+fault",
    hit: 'You are solely to blame for the extra costs.',
    miss: 'You are not to blame for the extra costs.',
  },
  {
    // The cause laid firmly at the reader's side: "the problem sits squarely with your designer's files".
    id: 'problem-sits-squarely-with-your',
    pattern:
      'problem|issue|cause|error lies|lay|rests|sits|is|was squarely|firmly|entirely|solely|clearly|wholly with <reader>',
    hit: "So the problem sits squarely with your printer's settings, not with our files.",
    miss: 'So the problem sits squarely with our supplier, and we are sorting it out.',
  },
  {
    id: 'blame-lies-with-you',
    pattern:
      'blame|fault lies|rests|is|lay (entirely|solely|squarely|clearly) with you|your+side|your+end|your+team|your+office',
    hit: 'The fault lies entirely with your team.',
    miss: 'The fault lies entirely with our supplier, and we are sorting it out.',
  },
  {
    // The delay or the problem placed on the reader's side: "any delay from here is on your side", "this one sits with your side".
    id: 'delay-is-on-your-side',
    pattern:
      'delay|delays|hold-up|holdup|problem|issue|error|mistake|this+one|that+one ~0-3 is|lies|sits|rests|was (squarely|firmly|entirely|clearly|now) on|with your+side|your+end|your+team|your+office',
    hit: 'Every delay from now on is on your side.',
    miss: 'Every delay from now on is on our side.',
  },
  {
    id: 'only-yourself-to-blame',
    pattern: 'yourself|yourselves to blame|thank',
    hit: 'You have only yourself to blame for the late fee.',
    miss: "Please don't blame yourself for the late fee.",
  },
  {
    id: 'was-your-responsibility',
    pattern: 'was|were (entirely|clearly|solely|always) your responsibility|job|task|duty|problem',
    unlessBefore: ['how', 'what', 'which'],
    unlessAfter: ['interview', 'list', 'lists', 'description', 'descriptions', 'title'],
    hit: 'Booking the crane was your responsibility.',
    miss: 'Booking the crane was our responsibility, and we have done it.',
  },
  {
    id: 'you-sent-the-wrong',
    pattern:
      '<reader> (@have|also|again) gave|given|@send|@provide|@supply|used|ordered|chose|chosen|picked|entered|quoted|signed ~2 wrong|incorrect|outdated|incomplete|faulty',
    unlessBefore: ['if', 'case', 'whether', 'worry', 'sorry'],
    hit: 'You sent us the wrong version of the floor plan.',
    miss: "I'm afraid we sent you the wrong version of the floor plan.",
  },
  {
    // "The measurements we were given were wrong": the reader's input at fault without naming them; a named third
    // party ("we were sent by the manufacturer") takes more than one word between and stays quiet.
    id: 'we-were-given-wrong',
    pattern:
      'we|I were|was|had+been|have+been|got given|sent|provided|supplied|handed|emailed ~1 was|were|turned+out+to+be|proved (all|completely|slightly|partly|clearly|simply|still) wrong|incorrect|inaccurate|outdated|incomplete|faulty|unusable|illegible|out+by|out+of+date',
    hit: 'The cabinet sits crooked because the measurements we were given were out by two centimetres.',
    miss: 'The measurements we were given were spot on, so the cabinet fits.',
  },
  {
    // "The plans we were promised for Monday only arrived on Thursday": lateness laid at the sender's door.
    id: 'we-were-promised-only-arrived',
    pattern:
      'we|I were|was|had+been promised|told+to+expect ~4 only|finally|eventually arrived|came|turned+up|reached+us|showed+up|landed|appeared',
    hit: 'The drawings we were promised for Monday only turned up on Thursday afternoon.',
    miss: 'The drawings we were promised for Monday arrived on Monday morning.',
  },
  {
    id: 'your-incorrect-info',
    pattern:
      'your (own) wrong|incorrect|inaccurate|incomplete|faulty|false|misleading|contradictory|conflicting|late|delayed|belated information|info|figures|numbers|data|details|documents|documentation|instructions|specifications|specs|measurements|payment|payments|submission|response|reply|answer|input|feedback|approval|brief',
    unlessBefore: ['about', 'mind', 'for', 'sorry', 'apologise', 'apologize'],
    hit: 'The quote was based on your incorrect measurements.',
    miss: 'The quote was based on our incorrect measurements, and we have revised it.',
  },
  {
    id: 'you-didnt-bother',
    pattern:
      "<reader> (even|never|still) didn't|did+not|haven't|hasn't|have+not|has+not|not|never|couldn't+be|could+not+be|can't+be|couldn't+even+be bother|bothered",
    unlessAfter: ['me', 'us', 'anyone', 'at'],
    hit: "You didn't bother to reply to the neighbours.",
    miss: "Not at all, you didn't bother me in the slightest.",
  },
  {
    // "Someone should have noticed that before it was sent": an unnamed culprit; "someone on our side" owns it.
    id: 'someone-should-have-noticed',
    pattern:
      'someone|somebody (there|on+your+side|at+your+end|on+your+end|in+your+team|in+your+office) should+have|ought+to+have noticed|caught|spotted|checked|seen|flagged|picked+up|double-checked|proofread|proof-read',
    hit: 'Someone should have spotted the wrong totals before the file went out.',
    miss: 'Someone on our side should have spotted the wrong totals, and I apologise.',
  },
  {
    // "Whoever put this together clearly didn't check it": an unnamed culprit on the reader's side.
    id: 'whoever-clearly-didnt',
    pattern:
      "whoever ~1-6 clearly|obviously|evidently|apparently didn't|did+not|never|hasn't|has+not|can't+have|couldn't+have|failed+to",
    hit: "Whoever drew up this schedule clearly didn't check the bank holidays.",
    miss: 'Whoever drew up this schedule clearly knew the site well.',
  },
  {
    // "I'm not sure anyone on your side actually opened the style guide": not reading insinuated.
    id: 'not-sure-anyone-read',
    pattern:
      'not+sure|doubt|wonder+if|wonder+whether|wondering+if|wondering+whether anyone|anybody|you|your+team ~0-4 actually|even|ever|really read|opened|looked+at|checked|saw|noticed|listened+to',
    hit: "I'm not sure anyone on your side actually opened the brand guidelines.",
    miss: "I'm not sure anyone on our side has seen the brand guidelines yet, I'll forward them.",
  },
  {
    id: 'your-failure-to',
    pattern: 'your (repeated|continued|ongoing|persistent|complete|total) failure|refusal|unwillingness to',
    hit: 'Your failure to pay the deposit has put the schedule at risk.',
    miss: 'Our failure to order the tiles in time put the schedule at risk.',
  },
  {
    id: 'your-negligence',
    pattern:
      'your (own|gross|sheer) negligence|carelessness|sloppiness|incompetence|inattention|recklessness|lack+of+care',
    hit: 'The water damage is the result of your negligence.',
    miss: 'The water damage is the result of a burst pipe next door.',
  },
  {
    id: 'your-lack-of',
    pattern:
      'your (complete|total|apparent|continued|ongoing) lack of ~1 communication|response|responsiveness|cooperation|preparation|organisation|organization|planning|attention|care|commitment|effort|transparency|interest|reliability|punctuality|follow-through|feedback',
    hit: 'Your lack of communication has made this project very difficult.',
    miss: 'I completely understand your lack of time this month.',
  },
  {
    id: 'you-let-us-down',
    pattern: '<reader> (@have|really|badly) @let me|us|them|everyone|the+team down',
    unlessBefore: ['once', 'never', 'ever'],
    hit: "You've really let us down with the late delivery.",
    miss: "You've never let us down, and we are grateful for that.",
  },
  {
    id: 'you-broke-the-agreement',
    pattern:
      '<reader> (@have|clearly) broke|broken|@breach|@violate ~2 agreement|promise|contract|terms|rules|commitment|deal|word|conditions|arrangement',
    hit: 'You breached the terms of our agreement.',
    miss: 'Neither side breached the terms of our agreement.',
  },
  {
    // "You haven't taken my comments into account": the reader's advice or notes passed over.
    id: 'you-didnt-take-into-account',
    pattern:
      "<reader> (have|has|had) (also|just|even|apparently|clearly) didn't|did+not|haven't|hasn't|have+not|has+not|hadn't|had+not|not (really|actually|properly) take|taken|took ~1-4 into+account|into+consideration|on+board",
    hit: "Unfortunately, you haven't taken my notes into account.",
    miss: "We haven't taken your deposit into account yet, so the invoice will change.",
  },
  {
    id: 'you-didnt-keep',
    pattern:
      "<reader> didn't|did+not|haven't|hasn't|have+not|has+not|not|never (even) keep|kept|honour|honor|honoured|honored|stick+to|stuck+to ~2 promise|word|commitment|deadline|agreement|appointment|bargain|schedule|what|plan|brief|terms|rules|budget|timeline|instructions",
    hit: "You didn't keep your promise to deliver by March.",
    miss: "We didn't keep our promise to deliver by March, and I'm sorry.",
  },
  {
    id: 'thats-on-you',
    pattern: "that's|that+is|this+is|it's|that+was|this+was|it+was on you $",
    hit: "If the tiles don't arrive in time, that's on you.",
    miss: "If the tiles don't arrive in time, that's on us.",
  },
  {
    id: 'you-made-it-harder',
    pattern:
      '<reader> (@have|really) @make ~3 harder|more+difficult|difficult|impossible|complicated|more+complicated|worse',
    unlessBefore: ['if', 'case'],
    hit: "You've made our job much harder with these late changes.",
    miss: "You've made our job much easier with your quick decisions.",
  },
  {
    id: 'wouldnt-be-if-you-had',
    pattern: "wouldn't|would+not ~6 if+you+had|if+you'd|if+only+you+had|had+you",
    unlessAfter: ['like', 'prefer', 'rather', 'want', 'be'],
    hit: 'We would not be in this situation if you had sent the plans on time.',
    miss: "I wouldn't mind at all if you'd like to join the site visit.",
  },
  {
    id: 'if-you-had-we-wouldnt',
    pattern:
      "if you+had|you'd (only|just|actually) sent|told|followed|replied|paid|signed|called|informed|asked|answered|confirmed|ordered|booked ~8 wouldn't|would+not|would+never|would+have|could+have|we'd|none+of+this",
    hit: "If you had sent the plans on time, we wouldn't be in this mess.",
    miss: "If you'd like to read the report first, we can talk on Friday.",
  },
  {
    id: 'if-only-you-had',
    pattern: "if only you+had|you'd",
    unlessAfter: ['like', 'prefer', 'rather', 'seen', 'been', 'be'],
    hit: 'If only you had told us about the leak in January.',
    miss: "If only you'd been here to see the crane lift the beams!",
  },
  {
    id: 'you-made-us-wait',
    pattern: '<reader> (@have) @keep|kept|@make|made|@leave|left us|me waiting|wait|hanging|in+the+dark',
    hit: 'You kept us waiting for three weeks.',
    miss: 'We kept you waiting for three weeks, and I apologise.',
  },
  {
    id: 'you-were-warned',
    pattern: "you+were|you've+been|you+have+been (already|clearly|explicitly|duly|repeatedly) warned|cautioned|told",
    unlessBefore: ['sorry', 'if', 'see', 'hear', 'heard', 'unfortunately', 'apologies', 'case'],
    hit: 'You were warned about the extra costs of a late change.',
    miss: 'We were warned about the extra costs of a late change.',
  },
  {
    id: 'you-were-reminded',
    pattern:
      "you|you've were|been|have+been|had+been reminded ~2 already|repeatedly|twice|before|several+times|multiple+times|more+than+once|numerous+times|three+times|many+times",
    hit: 'You have been reminded several times about the outstanding invoice.',
    miss: 'You will be reminded by text the day before the appointment.',
  },
  {
    id: 'youre-not-listening',
    pattern:
      "you're+not|you+are+not|you+were+not|you+aren't|you+weren't|you're+clearly+not|you+clearly+aren't|you+clearly+weren't listening|reading|paying+attention",
    unlessBefore: ['hope', 'if', 'case', 'sure'],
    hit: "You're clearly not reading our emails.",
    miss: "I hope you're not reading this on your holiday!",
  },
  {
    id: 'you-put-us-in',
    pattern:
      '<reader> (@have) @put|@place|@leave|left us|me in ~2 difficult|awkward|impossible|bad|tough|terrible|untenable|uncomfortable position|situation|spot',
    hit: "You've put us in a very difficult position with the council.",
    miss: "We've put you in a very difficult position, and I'm sorry.",
  },
  {
    id: 'you-ruined',
    pattern:
      '<reader> (@have|completely|totally|really) @ruin|@spoil|spoilt|wrecked|@wreck|@destroy|@sabotage|jeopardised|jeopardized|@undermine|derailed|@derail',
    unlessBefore: ['if', 'case'],
    unlessAfter: ['us', 'me'],
    hit: 'You have jeopardised the whole launch with this delay.',
    miss: "You've spoilt us with these lovely biscuits.",
  },
  {
    id: 'you-dont-even',
    pattern: "you don't|didn't|do+not|did+not|haven't|have+not|won't|can't|cannot|couldn't even",
    unlessAfter: [
      'need',
      'have',
      'notice',
      'realise',
      'realize',
      'see',
      'tell',
      'imagine',
      'feel',
      'hear',
      'know',
      'believe',
      'read',
      'open',
      'opened',
      'look',
      'looked',
      'check',
      'checked',
      'bother',
      'bothered',
      'glance',
      'glanced',
    ],
    hit: "You can't even get the invoice address right.",
    miss: "You can't even tell where the old crack used to be.",
  },
  {
    id: 'you-took-too-long',
    pattern: '<reader> (@have) took|taken|@take|@need (far|way|much|simply) too long',
    unlessBefore: ['if', 'case'],
    hit: 'You took far too long to approve the drawings.',
    miss: 'We took far too long to send the drawings, sorry.',
  },
  {
    id: 'your-brief-was-unclear',
    pattern:
      'your ~2 was|were|is|are (completely|totally|very|extremely|rather) unclear|ambiguous|vague|confusing|contradictory|misleading',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'Your brief was completely unclear, and we built the wrong page twice.',
    miss: 'Our brief was completely unclear, so I have rewritten it.',
  },
  {
    id: 'you-cancelled-last-minute',
    pattern:
      '<reader> (@have|only|suddenly|again) @change|cancelled|canceled|@cancel|@postpone|@move|@reschedule|withdrew|@withdraw|@pull ~4 at+the+last+minute|last-minute|last+minute|at+short+notice|at+such+short+notice',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'You cancelled the site meeting at the last minute.',
    miss: 'If you need to cancel at the last minute, just send me a text.',
  },
  {
    id: 'because-you-didnt',
    pattern:
      "because <reader> didn't|don't|doesn't|did+not|do+not|does+not|never|haven't|hasn't|failed|forgot|ignored|refused|skipped|wouldn't",
    unlessAfter: ['need', 'have', 'want', 'mind', 'worry'],
    hit: 'The roof leaked again because your builder never sealed the flashing.',
    miss: 'The roof leaked again because our builder never sealed the flashing.',
  },
  // The reader's failure as a noun: "your oversight", "the delay on your end".
  {
    id: 'your-oversight',
    pattern:
      'your (own) oversight|negligence|carelessness|omission|slip-up|mix-up|blunder|lapse|sloppiness|lateness|tardiness|inaction',
    unlessBefore: ['not', "isn't", "wasn't", 'no', 'never', 'about', 'sorry'],
    // "your oversight of the build" is supervision.
    unlessAfter: ['of', 'on', 'over', 'committee', 'role'],
    hit: 'Your oversight meant the permit lapsed.',
    miss: 'Your oversight of the project has been superb.',
  },
  {
    id: 'delay-on-your-end',
    pattern:
      'delay|delays|error|errors|mistake|mistakes|hold-up|holdup|oversight|mix-up|slip-up|lapse (was) on|from your end|side|part',
    unlessBefore: ['no', 'not', 'any', 'if'],
    hit: 'The hold-up on your end has cost us the slot.',
    miss: 'The hold-up on our end has cost you the slot.',
  },
  {
    id: 'mistake-in-your',
    // "the error in your spreadsheet": a fault located in the reader's work.
    pattern: 'the error|errors|mistake|mistakes|gap|gaps in your',
    unlessBefore: ['small', 'minor', 'tiny', 'little', 'possible', 'flagging', 'spotting', 'found', 'no', 'any'],
    hit: 'The mistakes in your ledger are why the return bounced.',
    miss: 'Thanks for spotting the mistakes in our ledger.',
  },
  // A duty that was the reader's, said after the fact: "it was up to you to renew it".
  {
    id: 'was-up-to-you',
    pattern: 'was|were (entirely|always) up+to+you|on+you|down+to+you to',
    unlessBefore: ['not', 'never', 'if', 'whether'],
    hit: 'It was up to you to tell the tenants about the works.',
    miss: 'It was never up to you to tell the tenants about the works.',
  },
  // A rhetorical question that names the reader's side as the one who failed.
  {
    id: 'why-nobody-on-your-side',
    pattern: 'why|how+come ~3 nobody|no+one|none ~2 on|from|in|at|of your',
    hit: 'Why did no one in your office check the figures?',
    miss: 'Why did no one in our office check the figures?',
  },
  {
    id: 'how-could-you',
    pattern:
      'how could|can|did your|<reader> ~2 @lose|@forget|@miss|@ignore|@overlook|@let|@skip|@delete|@sign|@approve',
    hit: 'How could your assistant lose the only signed copy?',
    miss: 'How could we lose the only signed copy? I am so sorry.',
  },
  {
    id: 'who-on-your-side-decided',
    pattern: 'who on|in|at|from your ~2 @decide|@think|@approve|@allow|@agree|@sign|thought',
    hit: 'Who in your team decided to switch off the alarm?',
    miss: 'Who in your team should receive the invoice?',
  },
  // Lateness of the reader's thing named as the cause: "As your drawings arrived after the cutoff, …".
  {
    id: 'your-thing-came-late',
    pattern:
      'your ~2 arrived|came|reached|landed|turned+up|got+to ~4 late|after+the+deadline|after+the+cutoff|after+the+cut-off|past+the+deadline|too+late|overdue',
    unlessBefore: ['sorry', 'apologies', 'apologise', 'apologize', 'if'],
    hit: 'Because your forms came in after the deadline, the grant is gone.',
    miss: 'Sorry that your forms came in late because of our portal outage.',
  },
  {
    id: 'you-only-sent-days-before',
    pattern:
      '<reader> (@have) only ~6 the+day|the+night|the+evening|the+morning|days|hours|a+day|an+hour|minutes before',
    hit: 'You only returned the lease two days before the move.',
    miss: 'We only returned the lease two days before the move.',
  },
  // Done against the writer's advice: "Despite our warning, you …", "… even though we had advised against it".
  {
    id: 'despite-our-warning',
    pattern:
      'despite|against|ignoring our|my (explicit|clear|repeated|written) warning|warnings|advice|recommendation|recommendations|instructions ~2 <reader>|your',
    hit: 'Against our advice, you moved the boiler yourself.',
    miss: 'Following our advice, you moved the boiler in spring.',
  },
  {
    id: 'even-though-we-warned',
    pattern:
      '<reader> ~8 even+though|although|though|when|after we|i (had) (explicitly|clearly|repeatedly) advised|warned|told|recommended|asked|cautioned',
    unlessBefore: ['if', 'thank', 'thanks'],
    hit: 'You painted the render even though we had told you to wait a month.',
    miss: 'You painted the render after we gave the go-ahead.',
  },
  {
    id: 'lost-on-your-end',
    pattern:
      'lost|mislaid|misplaced|deleted|overlooked|ignored|forgotten|dropped|misfiled|buried ~3 on|at|by|in|within your',
    unlessBefore: ['nothing', 'never', 'not', "wasn't", "weren't", 'if'],
    hit: 'The signed form was misfiled somewhere in your office.',
    miss: 'The signed form was misfiled somewhere in our office.',
  },
  {
    id: 'you-left-it-unlocked',
    pattern:
      '<reader> (@have) (also|again) left ~3 unlocked|unsigned|unpaid|unattended|unanswered|switched+on|running|uncovered|unsecured',
    unlessBefore: ['if', 'case', 'whether'],
    hit: 'You left the scaffold unsecured over the weekend.',
    miss: 'We left the scaffold unsecured over the weekend.',
  },
  {
    id: 'the-reason-it-failed-is-you',
    pattern:
      'the reason ~4 failed|broke|crashed|stalled|bounced|leaked|slipped|went+wrong|fell+through|is+late|was+late ~2 is|was that|because <reader>|your',
    hit: 'The reason the payment bounced is that you gave the old account number.',
    miss: 'The reason the payment bounced is that our bank changed its cut-off.',
  },
  {
    id: 'thanks-to-your-damage',
    // Ironic "thanks to": the damage follows ("… has to be redone", "… is lost").
    pattern: 'thanks+to your ~5 , ~8 again|redone|redo|delayed|lost|missed|wasted|late|scrapped|start+over',
    hit: 'Thanks to your contractor, the whole floor has to be redone.',
    miss: 'Thanks to your contractor, the whole floor was done in a day.',
  },
  // Counterfactual: "None of this would have happened if you had …".
  {
    id: 'would-not-have-happened-if-you',
    pattern:
      "would|wouldn't|could|might ~3 have happened|been+avoided|been+prevented|been+necessary|been+needed|come+to+this ~2 if|had <reader>|your",
    hit: 'The leak could have been avoided if your plumber had tested the joint.',
    miss: 'The leak could have been avoided if our plumber had tested the joint.',
  },
  {
    id: 'your-lack-of-cost',
    pattern:
      'your (continued|ongoing|repeated|long) lack+of|silence|indecision|dithering|hesitation|delay|delays|slowness|inaction ~4 cost|costs|has+cost|have+cost|had+cost|delayed|held+up|caused|forced|meant|blocked|pushed|put',
    hit: 'Your long silence has cost us the slot with the planners.',
    miss: 'Your long experience has saved us the slot with the planners.',
  },
  {
    id: 'you-promised-but',
    pattern:
      "<reader> (@have|had) promised|assured|agreed|committed|said ~8 but|yet|and+still|and+then ~4 nothing|never|not|didn't|hasn't|haven't|no",
    unlessBefore: ['if', 'as', 'thank', 'thanks'],
    hit: 'You promised the drawings by Friday, but nothing came.',
    miss: 'You promised the drawings by Friday, and they came on Thursday.',
  },
  // Noted again: "Once again we have to point out that …" announces a failure, not news.
  {
    id: 'once-again-we-note',
    pattern: 'again|once+again ~3 note|notice|noticed|find|found|point+out|see|saw that',
    unlessBefore: ['happy', 'glad', 'pleased', 'delighted'],
    hit: 'Once again we have to point out that the timesheets are incomplete.',
    miss: 'We are happy to point out that the timesheets are complete.',
  },
  // The passive with "never": the reader is the one who was to pay or sign.
  {
    id: 'was-never-paid',
    pattern:
      'was|were|has+been|have+been|had+been never (fully) paid|settled|signed|countersigned|returned|approved|confirmed|answered|acknowledged|submitted',
    unlessBefore: ['if', 'whether'],
    hit: 'The second stage invoice was never settled.',
    miss: 'The second stage invoice was settled at once.',
  },
  {
    // "Had the curing time been observed, …": a rule the reader did not keep, in the passive.
    id: 'had-it-been-observed',
    pattern: '^had ~1-6 been observed|followed|respected|kept+to|adhered+to|heeded ,',
    hit: 'Had the curing time been respected, the screed would not have cracked.',
    miss: 'Had the curing time been longer, we would have told you.',
  },
  {
    // "… caused by improper use": the damage put down to how the reader used it.
    id: 'caused-by-improper-use',
    pattern:
      'caused+by|due+to|the+result+of|because+of|resulted+from|down+to improper|incorrect|careless|inappropriate use|handling|storage|cleaning|maintenance|operation',
    hit: 'The crack was caused by improper handling.',
    miss: 'The crack was caused by material fatigue, so we will cover it.',
  },
  {
    // "The reason it hasn't improved is on your side, not ours": the fault placed with the reader by contrast.
    id: 'your-side-not-ours',
    pattern: 'on|at your side|end , not ours|rather+than+ours',
    hit: 'The reason the damp has not cleared is on your side, not ours.',
    miss: 'The paperwork is done on your side and on ours.',
  },
  // Someone on the reader's side switched a safeguard off: "one of your staff switched off the backups".
  {
    id: 'someone-on-your-side-switched-off',
    pattern:
      'someone|somebody|one|member|members|people in|on|from|of|at your ~0-2 turned+off|switched+off|shut+off|shut+down|uninstalled|deleted|disabled|deactivated|unplugged|bypassed|overrode|overwrote|removed',
    hit: 'Somebody at your reception unplugged the router to charge a phone.',
    miss: 'Somebody at our reception unplugged the router by mistake.',
  },
  {
    // "It's down to the apps your assistant downloaded": the cause named as a thing the reader's side put in.
    id: 'cause-is-what-your-side-installed',
    pattern:
      'because+of|due+to|down+to|caused+by|result+of ~1-4 your ~0-2 installed|downloaded|added|uploaded|plugged+in|put+in|bolted+on|tacked+on',
    hit: 'The slowdown is down to the widgets your designer added in May.',
    miss: 'The speed-up is down to the caching we added in May.',
  },
  {
    // "the insulation you decided against", "because you opted out of the waterproofing": the declined advice as the cause.
    id: 'cause-is-what-you-declined',
    pattern:
      "because+of|due+to|down+to|result+of|because ~0-5 you|you+had|you'd decided+against|decided+not|chose+not|opted+out|opted+against|declined|turned+down|said+no",
    unlessLater: ['kindly', 'fine', 'understand', 'understandable'],
    hit: 'The damp patch is the result of the membrane you decided against.',
    miss: 'Sorry: the damp patch is the result of the membrane we decided against.',
  },
  {
    // "because you told us to postpone it": the delay laid at the reader's own request.
    id: 'because-you-made-us-move-it',
    pattern:
      'because|only+because you ~0-1 asked|wanted|told|made|got|needed us|me (to) move|shift|postpone|push|delay|change|cancel|reschedule|hold|put',
    unlessLater: ['kindly', 'nicely', 'happy', 'glad', 'pleasure', 'gladly'],
    hit: 'The tiling slipped a week because you wanted us to hold off for the wedding.',
    miss: 'We moved the visit because our van broke down.',
  },
  {
    // "No wonder we're in this mess": the plight called the expected result of what came before.
    id: 'no-wonder-this-mess',
    pattern:
      'no+wonder|small+wonder|little+wonder|no+surprise|hardly+surprising|not+surprising|unsurprisingly|hardly+a+surprise ~0-5 (this|such|a|the|that) mess|position|situation|state|predicament|muddle|pickle|spot|bind|ended|landed',
    hit: "It's small wonder we ended up in such a predicament.",
    miss: "It's no wonder the kids loved the garden so much.",
  },
  {
    // "Your team hasn't met a single agreed date": not one of the agreed dates kept.
    id: 'not-met-a-single-date',
    pattern:
      "<reader> (@have) hasn't|haven't|didn't|has+not|have+not|did+not|not ~0-1 met|hit|kept|made|honoured|honored a+single|one|any ~0-4 deadline|deadlines|date|dates|target|targets|milestone|milestones|appointment|appointments",
    hit: "You haven't kept a single one of the agreed milestones.",
    miss: "We haven't kept a single one of the old boxes.",
  },
  {
    // "Every appointment you skip is one someone else could have had": the reader's absence costs others.
    id: 'every-slot-you-skip-costs-others',
    pattern:
      'every|each ~1-2 you ~0-1 skip|miss|cancel|drop|waste|skipped|missed|cancelled|canceled ~0-5 someone|somebody|another|others|other ~0-3 could|might|needed|need|wanted|was',
    hit: 'Every lesson you cancel at short notice is one another pupil was waiting for.',
    miss: 'Every lesson we cancel is refunded in full.',
  },
  {
    // "because you skip the services": the reader's neglect as the cause.
    id: 'because-you-skip',
    pattern:
      "because|since you (keep|always|just|simply|still|repeatedly) skip|skipped|ignore|ignored|neglect|neglected|refuse|refused|stopped|won't|wouldn't",
    unlessBefore: ['if', 'not', 'whether'],
    hit: 'The filter clogs because you skip the monthly rinse.',
    miss: 'The filter clogs because the water is hard.',
  },
  {
    // "a full six weeks after you received the letter": the reader's delay measured from when it reached them.
    id: 'weeks-after-you-received-it',
    pattern:
      'a+mere|only|a+full|fully|some|no+less+than|all+of ~0-2 day|days|week|weeks|month|months after you|it|they (had|were|was) received|got|had|landed|arrived|reached|sent|given|delivered ~0-3 your|you|inbox|doormat',
    hit: 'You replied a full two months after it arrived in your inbox.',
    miss: 'We replied two days after it arrived in our office.',
  },
  // From the German examples English missed (npm run translated -- de blame), twenty-eighth session.
  {
    // "Why didn't you call me?": the reproach as a question.
    id: 'why-didnt-you',
    pattern:
      "why|how+come didn't|did+not|haven't|hadn't you|your ~0-2 call|ring|phone|tell|let|inform|warn|reply|answer|send|check|ask|say|mention|pay|come|turn+up|get+in+touch|cancel|read",
    hit: "Why didn't you let us know sooner?",
    miss: "Why didn't we think of that sooner? It's a great idea.",
  },
  {
    // "You really left us in the lurch": the reader abandoning the writer.
    id: 'left-us-in-the-lurch',
    pattern: '<reader> ~0-3 left|leave|leaving us|me|the+team|our+team in+the+lurch|high+and+dry|stranded',
    hit: 'Your installer really left us in the lurch on Friday.',
    miss: 'The storm left us stranded at the airport overnight.',
  },
  {
    // "The draft sat with you for almost three weeks": the delay placed on the reader's desk.
    id: 'sat-with-you-for-weeks',
    pattern:
      'sat|lay|languished|has+been+sitting|was+sitting|had+been+sitting with+you|on+your+desk|in+your+inbox|with+your+team ~0-3 for ~0-2 days|weeks|months|a+week|a+month|a+fortnight',
    hit: 'The contract sat with you for almost three weeks.',
    miss: 'The contract sat with our lawyer for a week before it was ready.',
  },
  {
    // "…, without informing the neighbour first": the reader acting without asking.
    id: 'without-informing-first',
    pattern:
      '<reader> ~0-8 without (first) (any) informing|telling|asking|checking+with|consulting|warning|notifying|letting+us+know|letting+anyone+know|clearing+it+with|reference+to+us|reference+to+me|a+word+to+us',
    hit: 'You moved the fence without informing the neighbour first.',
    miss: 'We moved the fence without damaging the hedge.',
  },
  {
    // "We received no feedback from your side": the silence named.
    id: 'no-feedback-from-you',
    pattern:
      'received|had|got|heard no|not+a+single|zero|not+one feedback|reply|response|answer|word|comment|comments|confirmation ~0-2 from you|your',
    hit: 'Unfortunately, we received no feedback from your side.',
    miss: 'We received no complaints from the other tenants.',
  },
  {
    // "Apparently you didn't think it necessary to inform us": the reader's neglect as a choice.
    id: 'didnt-think-it-necessary',
    pattern:
      "<reader> (apparently|clearly|obviously|evidently) didn't|did+not|don't|do+not think|consider|deem|feel it|that (was) necessary|needed|important|worth",
    hit: "Apparently you didn't think it necessary to inform us.",
    miss: "We didn't think it necessary to bother you with it.",
  },
  {
    // "you decided the fix could wait until the new financial year": the reader's choice named as the cause.
    id: 'you-decided-it-could-wait',
    pattern:
      "<reader> decided|chose|opted|felt|thought (that) ~1-5 could+wait|can+wait|wasn't+necessary|wasn't+needed|was+not+necessary|was+unnecessary|wasn't+worth",
    hit: 'Your board decided the upgrade could wait until next year.',
    miss: 'We decided the painting could wait until the plaster is dry.',
  },
];
