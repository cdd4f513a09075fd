// Being right, English words: who (I, we, my email) said what (warn, advise,
// mention …) when, and what makes the look back harmless. Each entry has a
// sentence it must find and one it must not.
import type { BeingRightData } from './being-right';

export const BEING_RIGHT_EN: BeingRightData = {
  warn: [
    'warn',
    'forewarn',
    'caution',
    'advise',
    'recommend',
    'urge',
    'predict',
    'forecast',
    'flag',
    'raise',
    'stress',
    'emphasise',
    'emphasize',
    'highlight',
    'hint',
    'query',
    // The lemma table keeps "queried" as is.
    'queried',
    'suggest',
  ],
  foretold: ['warn', 'forewarn', 'caution', 'predict', 'forecast'],
  say: ['say', 'mention', 'explain', 'tell', 'write', 'state', 'outline', 'cover', 'report', 'notify', 'describe'],
  framed: ['note'],
  plain: ['ask', 'agree', 'discuss', 'talk', 'offer'],
  phrasal: [
    { lemma: 'push', with: ['for'] },
    { lemma: 'argue', with: ['for', 'against'] },
    { lemma: 'press', with: ['for'] },
    { lemma: 'work', with: ['out'] },
    { lemma: 'go', with: ['over', 'through'] },
    { lemma: 'point', with: ['out'] },
    { lemma: 'set', with: ['out'] },
    { lemma: 'spell', with: ['out'] },
    { lemma: 'bring', with: ['up'] },
    { lemma: 'put', with: ['in', 'into', 'it', 'this', 'that'] },
  ],
  danger: ['risk', 'risks', 'danger', 'concern', 'concerns', 'issue', 'problem', 'caveat', 'objection', 'weakness'],
  pastForms: [
    'said',
    'told',
    'wrote',
    'written',
    'spoke',
    'brought',
    'set',
    'put',
    'queried',
    'went',
    'worked',
    'gone',
  ],
  self: ['i', 'we', "i've", "we've", "i'd", "we'd"],
  aux: ['have', 'has', 'had', "i've", "we've", "i'd", "we'd", 'was', 'were'],
  reader: ['you'],
  others: [
    'them',
    'him',
    'her',
    'team',
    'neighbours',
    'neighbors',
    'builder',
    'council',
    'bank',
    'invoice',
    'invoices',
    'price',
    'prices',
    'rates',
    'fee',
    'fees',
    'bill',
    'cost',
    'costs',
    'ticket',
    // Reports passed to a third party ("reported the fault to the manufacturer").
    'manufacturer',
    'insurer',
    'insurers',
    'landlord',
    'police',
    'authorities',
    'authority',
    'agency',
  ],
  strong: [
    {
      // "…, although I had recommended a service", "not without reason": the warning set against what happened.
      id: 'although',
      pattern: 'although|even+though|not+without+reason|for+good+reason',
      hit: 'The boiler failed although I had recommended a service in spring.',
      miss: 'The boiler failed, and I have recommended a service for spring.',
    },
    {
      id: 'page',
      pattern: 'on|in page|section|clause|paragraph|slide|point|item|line',
      hit: 'Our deck said so on page 6.',
      miss: 'Our deck said so.',
    },
    {
      id: 'confirms',
      pattern: 'confirms|confirmed|bears+out|bore+out|proves|proved|vindicates',
      hit: 'The letter confirms the figure I worked out.',
      miss: 'The letter shows the figure I worked out.',
    },
    {
      id: 'exactly',
      pattern: 'exactly|precisely|the+very|just+what|just+the',
      hit: 'That is exactly what I flagged.',
      miss: 'That is what I flagged.',
    },
    {
      id: 'explicitly',
      pattern:
        'explicitly|specifically|expressly|clearly|repeatedly|twice|three+times|several+times|more+than+once|in+writing|in+so+many+words',
      hit: 'I explicitly mentioned it.',
      miss: 'I mentioned it.',
    },
    {
      id: 'back-then',
      pattern:
        'at+the+time|back+in|back+when|back+then|from+the+start|from+the+outset|from+the+beginning|from+day+one|early+on|in+advance|up+front|at+the+outset|weeks+ago|months+ago|years+ago|a+month+ago|a+year+ago|when+i+fitted|when+we+fitted|when+i+installed|when+we+installed|when+i+put|when+we+put|when+i+delivered|when+we+delivered|when+i+handed|when+we+handed',
      hit: 'I did say so back in May.',
      miss: 'I did say so.',
    },
    {
      id: 'first-last-occasion',
      pattern:
        'at|in|during|on|after our|my|your|the first|initial|original|last|previous|kick-off|opening ~0-1 meeting|call|visit|appointment|session|consultation|review|reviews|walk-through|email|letter|report|quote|proposal|estimate|survey|note|chat|conversation',
      hit: 'I raised it at our first meeting.',
      miss: 'I raised it at the meeting.',
    },
    {
      // "I did say at the showroom …": the emphatic "did" insists it was said.
      id: 'emphatic-did',
      pattern: 'i|we did say|mention|tell|warn|explain|flag|raise|advise|recommend|point+out',
      hit: 'I did say at the showroom that laminate marks easily.',
      miss: 'I said at the showroom that laminate marks easily.',
    },
    {
      id: 'recall',
      pattern: 'you ~0-2 recall|remember|as+you+know|may+i+remind',
      hit: 'If you recall, I said so.',
      miss: 'If you like, I can say so.',
    },
  ],
  weak: [
    {
      id: 'already',
      pattern: 'already|before|previously|earlier|beforehand|originally',
      // "before we put it on the shelf": a conjunction opening a clause, not "previously".
      unlessAfter: ['we', 'i', 'you', 'they', 'he', 'she', 'it', "we're", "we've", "we'll", "you're", "it's"],
      hit: 'I already said so.',
      miss: 'I said so.',
    },
    {
      id: 'month',
      pattern:
        'in|last|since|early|late january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|fall|autumn|winter',
      hit: 'I said so in March.',
      miss: 'I said so on Monday.',
    },
    {
      id: 'bare-month',
      pattern: 'january|february|march|april|june|july|august|september|october|november|december',
      hit: 'I raised it at the July meeting.',
      miss: 'I raised it at the meeting.',
    },
    {
      id: 'ago',
      pattern: 'weeks|months|years|days ago|last+week|last+month|last+year|last+time',
      hit: 'I said so weeks ago.',
      miss: 'I said so today.',
    },
    {
      id: 'own-document',
      pattern: 'in|at|during|on|from our|my',
      hit: 'I said so in our proposal.',
      miss: 'I said so in the proposal.',
    },
    {
      id: 'occasion',
      pattern:
        'when ~0-1 we|i|you|your ~0-3 met|planned|started|set|were|was|spoke|talked|measured|delivered|rehearsed|signed|asked|agreed|quoted|visited|pushed|decided|chose|insisted|wanted|turned',
      hit: 'I mentioned it when we met.',
      miss: 'I mentioned it to the team.',
    },
    {
      id: 'at-the-stage',
      pattern:
        'at|in|during|on the|our|my|your ~0-2 stage|outset|survey|training|kick-off|handover|walk-through|briefing|workshop|inspection|visit|viewing|meeting|call|appointment|session|review|consultation|presentation|pitch|planning|service|fitting|tour',
      hit: 'I flagged it at the survey stage.',
      miss: 'I flagged it for the team.',
    },
  ],
  asFrame: [
    {
      // The verb must follow within a few words (the rule checks): "as soon as I can" is no reference.
      id: 'as-i',
      pattern: "as|like i|we|i've|we've",
      hit: 'As I said, the slot is gone.',
      miss: 'As it happens, the slot is gone.',
    },
    {
      id: 'as-participle',
      pattern:
        '^as ~0-1 noted|mentioned|stated|explained|flagged|outlined|advised|warned|recommended|predicted|highlighted',
      hit: 'As noted in our proposal, the roof needs work.',
      miss: 'As agreed, the roof starts Monday.',
    },
    {
      id: 'is-what-i',
      pattern:
        'what|the+one|the+risk|the+point|the+issue|the+thing|the+scenario|the+objection|the+concern|the+problem i|we',
      hit: 'That is the risk I flagged.',
      miss: 'That is the risk of flooding.',
    },
  ],
  owning: [
    {
      id: 'should-have',
      pattern: "should|could|might|ought+to|i+would|we+would have|should've|could've|i'd+have|i+would've|we+would've",
      hit: 'I should have flagged the deadline sooner.',
      miss: 'I flagged the deadline in March.',
    },
    {
      id: 'sorry',
      pattern:
        "sorry|apologise|apologize|apologies|my+mistake|my+fault|my+bad|on+me|forgot|failed+to|neglected|didn't+get+round",
      hit: 'Sorry, I forgot to mention the parking.',
      miss: 'I did mention the parking.',
    },
    {
      // The telling never reached the reader: "I did ring to mention it but couldn't get through".
      id: 'not-reached',
      pattern:
        "couldn't+get+through|could+not+get+through|couldn't+reach|could+not+reach|didn't+reach|did+not+reach|got+your+voicemail|no+answer",
      hit: 'I tried to call and mention the extra cost, but I could not get through.',
      miss: 'I called to mention the extra cost on Monday.',
    },
  ],
  handover: [
    {
      id: 'attached',
      pattern: "attached|enclosed|here's|here+is|here+are|here+it+is|below|once+more+for+reference",
      hit: "I mentioned it in March; here's the address again.",
      miss: 'I mentioned it in March.',
    },
    {
      // "As I mentioned on our call, you still have £6,000 of your allowance unused": a benefit pointed out.
      id: 'still-to-use',
      pattern: 'still+have|still+has ~0-8 ~0-4 unused|left+to+use|left+to+spend|available|to+claim|to+spend',
      hit: 'As I mentioned on our call, you still have about £6,000 of your allowance unused.',
      miss: 'As I mentioned on our call, you still have not sent the signed forms.',
    },
  ],
  kind: [
    {
      id: 'reassurance',
      pattern:
        'no+rush|no+hurry|no+problem|happy+to|glad|pleased|delighted|thrilled|lovely|great|thank|thanks|free+of+charge|welcome|congratulations|enjoy|enjoyed|pleasure|appreciate',
      hit: 'Like I said on the phone, there is no rush.',
      miss: 'Like I said twice last week, the file will not print.',
    },
  ],
  foreseen: [
    {
      id: 'doesnt-surprise-me',
      pattern: "doesn't|didn't|does+not|did+not|won't|can't ~0-1 surprise me|us",
      hit: 'The delay doesn’t really surprise me.',
      miss: 'The delay surprised me.',
    },
    {
      id: 'not-surprised',
      pattern:
        "i'm+not|i+am+not|i+was+not|we're+not|we+are+not|we+were+not|i+wasn't|we+weren't|i'm+hardly|i+was+hardly ~0-1 surprised|shocked|astonished",
      hit: 'I was not surprised by the result.',
      miss: 'I was surprised by the result.',
    },
    {
      id: 'predictable',
      pattern: 'was|were|is|seemed ~0-1 predictable|foreseeable|to+be+expected',
      hit: 'His reaction was fairly predictable.',
      miss: 'His reaction was not what anyone expected.',
    },
    {
      id: 'saw-it-coming',
      pattern: 'saw|see this|it|that coming',
      hit: 'Honestly, we saw this coming.',
      miss: 'We saw the rain coming and covered the floor.',
    },
    {
      id: 'out-of-nowhere',
      pattern: "isn't|wasn't|not|hardly ~0-2 out of nowhere|out+of+the+blue",
      hit: "So this isn't coming out of nowhere.",
      miss: 'The storm came out of nowhere.',
    },
  ],
  record: [
    {
      id: 'for-the-record',
      pattern:
        "^(just) for+the+record|to+be+clear|so+we're+clear|so+we+are+clear|to+set+the+record+straight|let+me+be+clear|so+there's+no+misunderstanding|so+there+is+no+misunderstanding|to+avoid+any+misunderstanding",
      hit: 'Just to be clear, the drawings were signed off by your office.',
      miss: 'The record shows a clear improvement.',
    },
  ],
  credit: [
    {
      // "could have avoided this with the valve we quoted": the writer's offer would have spared it.
      id: 'could-have-avoided-with-ours',
      pattern:
        'could|would have ~0-2 avoided|prevented|stopped|saved|caught|spared ~0-8 our|my|we+quoted|we+recommended|we+offered|we+suggested|i+recommended|i+suggested|i+quoted',
      hit: 'You could have avoided the leak with the valve we quoted for.',
      miss: 'We could have avoided the leak if we had checked sooner.',
    },
    {
      id: 'would-not-have-been-an-issue',
      pattern:
        "would+not|wouldn't|would+never have+been ~0-2 an+issue|a+problem|necessary|needed ~0-2 with|had|if ~0-2 that|this|the|our|my",
      hit: 'The fine would not have been an issue with that reserve in place.',
      miss: 'It would not have been possible without your help.',
    },
    {
      id: 'had-you-gone-with-ours',
      pattern:
        "had+you|if+you+had|if+you'd|if+you+went|if+you+had+gone ~0-8 our|my|we|i ~0-8 ~0-4 wouldn't|would+not|would+never|would've|would+have|wouldn't+have",
      hit: "Had you taken the sealant we quoted for, the wall wouldn't be damp now.",
      miss: 'Had you any questions about our quote, we would be glad to help.',
    },
    {
      id: 'with-our-wouldnt',
      pattern:
        "with|using our|my ~0-4 (,) this|that|it|none+of+this ~0-2 wouldn't|would+not|would+never|would+have ~0-2 happened|been|occurred|leaked|failed|cracked|peeled|broken",
      hit: "With our membrane this wouldn't have happened.",
      miss: 'With our membrane the wall stays dry.',
    },
    {
      id: 'cheaper-at-the-time',
      pattern: 'would ~0-1 have+been ~0-2 cheaper|easier|better|safer|quicker ~0-3 at+the+time|back+then|then',
      hit: 'Settling would have been much cheaper at the time.',
      miss: 'Settling is cheaper now.',
    },
  ],
};
