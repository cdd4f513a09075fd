import type { UltimatumData } from './ultimatum';

// Ultimatums in English: a condition ("unless …", "if … not … by …", "failing
// that", "otherwise", "or we …") and a sanction the writer imposes (close the
// file, keep the retainer, bill the delay, court). A consequence the reader
// only needs to know ("the council cannot process it without a signature") is not one.

export const ULTIMATUM_EN: UltimatumData = {
  conditions: [
    {
      id: 'if',
      // "As long as the invoice is not paid, …": a condition too.
      pattern: 'if|as+long+as',
      kind: 'if',
      hit: 'If the payment is late, we will write.',
      miss: 'When the payment arrives, we will write.',
    },
    {
      id: 'should',
      pattern: 'should',
      kind: 'if',
      opens: true,
      hit: 'Should you fail to pay, we will write.',
      miss: 'You could pay later, we will write.',
    },
    {
      id: 'unless',
      pattern: 'unless',
      kind: 'unless',
      hit: 'Unless we hear back, we will write.',
      miss: 'Once we hear back, we will write.',
    },
    {
      id: 'absent',
      // "Failing a signature by Wednesday, …": failing as a preposition, like "absent".
      pattern: 'absent|without|in+the+absence+of|failing',
      kind: 'unless',
      opens: true,
      hit: 'Absent a reply, we will write.',
      miss: 'After a reply, we will write.',
    },
    {
      id: 'in-case-of-non-payment',
      pattern:
        'in+case+of|in+the+event+of|upon|on|with|after (any) (further|another|continued|repeated) non-payment|nonpayment|non-compliance|failure|default|breach|delay|delays|no-show|no-shows',
      kind: 'unless',
      opens: true,
      hit: 'In the event of non-payment, we will write.',
      miss: 'In the event of rain, we will write.',
    },
    {
      // The lapse as the sentence's subject: "Non-payment will result in …", "Failure to respond means …".
      id: 'non-payment-leads-to',
      pattern:
        '(any) (further|continued) non-payment|nonpayment|non-compliance|failure+to+pay|failure+to+respond|failure+to+comply|failure+to+do+so|failure+to+attend|failure+to+settle|late+payment',
      kind: 'unless',
      opens: true,
      hit: 'Non-payment will lead to legal action.',
      miss: 'Payment will lead to legal action.',
    },
    {
      // "Failure to remit payment within seven days will …": any verb after "failure to" is the lapse.
      id: 'failure-to',
      pattern: '(any) (further|continued) failure|failing to',
      kind: 'unless',
      opens: true,
      hit: 'Failure to remit the balance within seven days will leave us no alternative but to sue.',
      miss: 'The failure of the pump will leave us no alternative but to replace it.',
    },
    {
      id: 'after-that',
      pattern: 'after|beyond|past that|this ~1 date|deadline|point|day',
      kind: 'else',
      opens: true,
      hit: 'After that date, we will write.',
      miss: 'After lunch, we will write.',
    },
    {
      // "… by Thursday – after that, I can't promise anything": mid-sentence, where a clause opens.
      id: 'after-that-clause',
      pattern: 'after+that|past+that|beyond+that|after+which',
      opens: true,
      kind: 'else',
      hit: "I need an answer by Thursday – after that, I can't promise anything.",
      miss: "We'll go through the plans and have lunch afterwards.",
    },
    {
      // "After that, the price goes up": the deadline just named, at the start of the sentence.
      id: 'after-that-bare',
      pattern: '^ after+that|past+that|beyond+that',
      kind: 'else',
      hit: 'After that, the price goes up by a third.',
      miss: 'We can talk about the price after that.',
    },
    {
      id: 'failing-that',
      pattern: 'failing that|which|this|such',
      opens: true,
      kind: 'else',
      hit: 'Failing that, we will write.',
      miss: 'After that, we will write.',
    },
    {
      id: 'otherwise',
      pattern: 'otherwise|or+else',
      opens: true,
      kind: 'else',
      hit: 'Otherwise we will write.',
      miss: 'Then we will write.',
    },
    {
      id: 'or-we',
      pattern:
        "or (else) i|we|i'll|we'll|i'm|we're|i+am|we+are|i+will|we+will|i+shall|we+shall|it|it'll|this|you|you'll|the|your|my|our",
      kind: 'else',
      hit: 'Pay today or we will write.',
      miss: 'Pay today or tomorrow.',
    },
    {
      id: 'either',
      pattern: 'either',
      kind: 'either',
      hit: 'Either today or never.',
      miss: 'Today or never.',
    },
    {
      id: 'until',
      pattern: 'until|till',
      kind: 'if',
      hit: 'Until the overdue fee is paid, we will write.',
      miss: 'Once the fee is due, we will write.',
    },
    {
      // The next lapse as an order: "Miss one more appointment without notice and we'll charge a fee".
      id: 'miss-one-more-and',
      pattern: '^ miss|skip|cancel|forget|break|ignore one+more|another ~1-8 and',
      kind: 'unless',
      opens: true,
      hit: "Skip one more session without telling us and we'll charge the full fee.",
      miss: 'Enjoy one more week of sun and then we start.',
    },
    {
      // "One more cancellation and I'm taking you off the course": the next lapse, joined by "and".
      id: 'one-more-and',
      pattern:
        '^ one+more|one+further|just+one+more|another|two+more|any+more ~0-1 cancellation|cancellations|no-show|no-shows|delay|delays|absence|absences|late+payment|missed+payment|mistake|mistakes|complaint|complaints|change|changes|incident|warning|bounced+cheque|bounced+payment|late+arrival|session|sessions|appointment|appointments|lesson|lessons|class|classes and',
      kind: 'unless',
      opens: true,
      hit: "One more no-show and I'm taking you off the list.",
      miss: 'One more thing and then we are done.',
    },
    {
      // "Missed appointments will be charged in full": the lapse named as the subject.
      id: 'missed-as-subject',
      pattern:
        '^ missed|late|cancelled|canceled|unattended|late-cancelled appointments|appointment|sessions|session|lessons|lesson|classes|class|bookings|booking|payments|payment',
      kind: 'unless',
      opens: true,
      hit: 'Missed appointments will be charged in full.',
      miss: 'Rescheduled appointments can be moved free of charge.',
    },
    {
      id: 'as-long-as',
      pattern: 'as+long+as|so+long+as',
      kind: 'if',
      hit: 'As long as the invoice is not paid, we will write.',
      miss: 'As soon as the invoice is paid, we will write.',
    },
    {
      id: 'any-further',
      // "Any further delay will be billed …": the reader's next lapse is the condition.
      pattern:
        'any|every further|additional|more|other delay|delays|change|changes|revision|revisions|cancellation|cancellations|no-show|no-shows|missed|late|rethink|rethinks|redesign|redesigns|amendment|amendments|rework|edits|round|rounds|u-turn',
      kind: 'unless',
      opens: true,
      hit: 'Any further delay will be billed in full.',
      miss: 'Any further questions will be answered in full.',
    },
    {
      id: 'next-time',
      pattern: 'next+time|the+next+time|one+more+time',
      kind: 'unless',
      opens: true,
      hit: 'Next time I will take this up with your director.',
      miss: 'Last time I brought the samples to your director.',
    },
    {
      id: 'no-reply-by',
      pattern:
        'no|without+a|without+any reply|response|answer|word|confirmation|payment|feedback|signature|decision ~3 by|within|before|means',
      kind: 'unless',
      opens: true,
      hit: 'No reply by Monday means we cancel the order.',
      miss: 'No reply is needed, we will order on Monday.',
    },
    {
      id: 'another-lapse',
      // "Another no-show and we …": one more lapse is the condition.
      pattern:
        'another|one+more no-show|no-shows|missed|late|cancellation|delay|reminder|mistake|complaint|incident|bounce|bounced|outage|breach|slip|lapse|error|excuse|warning|strike|cancelled|canceled|failed|unpaid|overdue|stunt|post|comment|outburst',
      kind: 'unless',
      opens: true,
      hit: 'Another no-show and we will remove you from the list.',
      miss: 'Another idea: we will add you to the list.',
    },
    {
      // "Keep cancelling and I'll …": the reader carrying on is the condition.
      id: 'keep-it-up',
      pattern:
        'keep|carry+on|continue (on) doing|cancelling|canceling|ignoring|missing|skipping|sending|posting|paying|arriving|turning|showing|changing|forgetting|delaying|pushing|treating|talking|coming|leaving|using|messaging|calling|texting|emailing|moving|asking|making|parking|smoking|shouting ~0-4 and',
      kind: 'unless',
      opens: true,
      hit: "Keep ignoring the invoices and we'll pass the account to our lawyers.",
      miss: "Keep the receipts and we'll sort the claim together.",
    },
    {
      // "Skip another session and …": the reader's lapse, as an imperative, is the condition.
      id: 'skip-and',
      pattern: 'fail|miss|skip|ignore ~1-4 and',
      kind: 'unless',
      opens: true,
      hit: "Miss another payment and we'll suspend the account.",
      miss: "Bring another copy and we'll sign both.",
    },
    {
      // "Do that again and we're finished": a repeat is the condition.
      id: 'do-that-again',
      pattern: 'do|try|pull ~1-3 again|once+more|one+more+time and',
      kind: 'unless',
      opens: true,
      hit: "Do that again and we'll end the contract.",
      miss: "Do that once and we'll end the call early.",
    },
    {
      // "I'll give you until Wednesday; after that …": the deadline and what follows it in one sentence.
      id: 'until-after-that',
      pattern: 'until|till|by ~8 ;|, after+that|after+which|beyond+that|past+that',
      kind: 'else',
      hit: "I'll give you until Wednesday; after that the file is closed.",
      miss: "I'll be away until Wednesday, and the file is closed.",
    },
    {
      // "This is your final notice before we instruct collectors": the notice runs out into the sanction.
      id: 'final-notice-before',
      pattern: 'final|last notice|warning|reminder|chance|opportunity|offer|round ~0-6 before|;',
      kind: 'else',
      hit: 'This is your final notice before we pass the account to collections.',
      miss: 'This is the final slide before the break.',
    },
    {
      // "Going forward, late cancellations will be charged in full": a rule for the next lapse.
      id: 'late-from-now-on',
      pattern:
        'going+forward|from+now+on|in+future|in+the+future|henceforth (,) late|missed|last-minute|unpaid ~1 cancellations|appointments|sessions|payments|arrivals|invoices|cancellation',
      kind: 'unless',
      hit: 'Going forward, late cancellations will be charged in full.',
      miss: 'Going forward, new appointments will be booked online.',
    },
    {
      // "As we haven't heard from you, we will close …": silence given as the reason for the sanction.
      id: 'as-we-have-not-heard',
      pattern: "as|since|because|given+that we|i haven't|have+not|didn't|did+not|still+haven't heard|received|had",
      kind: 'unless',
      opens: true,
      hit: "As we haven't heard from you, we will be closing your case.",
      miss: 'As we have heard from you, we will be closing your case.',
    },
    {
      // "Repeated no-shows will lead to removal": the repeated lapse as the sentence's subject.
      id: 'repeated-no-shows',
      pattern:
        'repeated|continued|persistent|further no-shows|lateness|late+cancellations|missed+appointments|missed+sessions|missed+payments|late+payments',
      kind: 'unless',
      opens: true,
      hit: 'Repeated no-shows will lead to removal from the practice list.',
      miss: 'Repeated visits will lead to a loyalty discount.',
    },
  ],
  failing: [
    {
      id: 'not',
      pattern: '<neg>',
      hit: 'If the rent does not arrive.',
      miss: 'If the rent arrives.',
    },
    {
      id: 'fail',
      pattern:
        'fail|fails|failed|miss|misses|missed|ignore|ignores|ignored|overdue|unpaid|unsettled|unanswered|outstanding|late',
      hit: 'If you miss the deadline.',
      miss: 'If you meet the deadline.',
    },
    {
      id: 'again',
      pattern:
        'again|another|once+more|any+more|any+further|further|repeat*|continue|continues|keep|keeps|goes+on|go+on|carries+on|carry+on|persists|persist|insist|insists|insisting',
      hit: 'If this happens again.',
      miss: 'If this happens.',
    },
    {
      // What the reader was asked to clear is still there: "If the trailer is still on the drive on Monday".
      id: 'still',
      pattern: 'still',
      hit: 'If the trailer is still on the drive.',
      miss: 'If the trailer is on the drive.',
    },
  ],
  sanctions: [
    {
      // The failure laid at the reader's door as the consequence: "… and that's on your team".
      id: 'thats-on-you',
      pattern:
        "that's|that+is|that+will+be|it's|it+is|this+is on you|your+team|your+side|your+end|your+office|your+people|your+staff|your+company|your+firm",
      kind: 'harm',
      hit: "Then the deadline is gone and that's on your team.",
      miss: "Then the deadline is gone and that's on our list.",
    },
    {
      // Charging the reader is a sanction whatever the fee is called ("we will charge £40 a day", "we'll bill you").
      id: 'charge-them',
      pattern: '@charge|@bill|@surcharge',
      kind: 'act',
      hit: 'If the trailer is still on the drive on Monday, we will charge £25 a day.',
      miss: 'If the trailer is still on the drive on Monday, we will move it for you.',
    },
    {
      // "Invoice" as the writer's verb only: the noun is the subject of most payment conditions ("unless the invoice is paid").
      id: 'invoice-them',
      pattern: "we|i|will|shall|we'll|i'll|and (then|also|simply|just) invoice|invoicing you|your",
      kind: 'act',
      hit: 'If the trailer is still on the drive on Monday, we will invoice you for the extra days.',
      miss: 'If the invoice you sent on Monday is correct, we will pay it this week.',
    },
    {
      // Locking the reader out of their own things or place.
      id: 'lock-out',
      pattern:
        '@overlock|@padlock|@clamp|@tow|change+the+locks|change+the+lock|lock+you+out|lock+them+out|lock+the+unit',
      kind: 'act',
      hit: 'If the arrears are not cleared by the 5th, we will change the locks.',
      miss: 'If the arrears are cleared by the 5th, we will send the new keys.',
    },
    {
      // The reader's things sold off or thrown away, whoever does it.
      id: 'sold-off',
      pattern:
        'go|goes|will+go|be|are|is|get|gets ~0-1 to|into|in auction|auctioned|the+skip|the+tip|landfill|scrap|scrapped|disposed|sold|sold+off',
      kind: 'harm',
      hit: 'If the storage fees stay unpaid for 60 days, the contents go to auction.',
      miss: 'If the weather holds, the contents go to the new house on Saturday.',
    },
    {
      // "Failing that, we will exercise our lien over the vessel": holding or taking the reader's property.
      id: 'lien',
      pattern: 'lien|@repossess|@seize|@impound|recover+the+debt|recover+the+arrears|recover+the+outstanding',
      kind: 'act',
      hit: 'Failing that, we will exercise our lien over the car.',
      miss: 'Failing that, we will collect the car on Monday.',
    },
    {
      // "…, and the wasted day will be charged": the cost named first, the billing after it.
      id: 'wasted-day-charged',
      pattern:
        'wasted|lost|idle|extra|additional|aborted|abortive ~0-1 day|days|trip|trips|visit|visits|time|hours|call-out|callout will+be|is|gets|shall+be|would+be charged|billed|invoiced|chargeable',
      kind: 'act',
      hit: 'Then we will leave, and the wasted day will be charged.',
      miss: 'Then we will stay, and the day will be quiet.',
    },
    {
      id: 'close-the-file',
      pattern: '@close ~3 file|account|case|matter|ticket|project|order|booking|engagement|job',
      kind: 'act',
      hit: 'Then I shall close your file.',
      miss: 'Then we will open the file.',
    },
    {
      id: 'file-closed',
      pattern:
        'file|account|case|matter|project|engagement|hosting|service|services|access|website|support|membership|subscription ~3 closed|terminated|suspended|cancelled|canceled',
      kind: 'act',
      hit: 'Then the file will be closed.',
      miss: 'Then the file will be updated.',
    },
    {
      id: 'cancel',
      pattern: '@cancel|@terminate|cancellation|termination|@discontinue|@withdraw',
      kind: 'act',
      hit: 'Then we will cancel the order.',
      miss: 'Then we will confirm the order.',
    },
    {
      id: 'end-the-engagement',
      pattern:
        '@end ~3 engagement|contract|agreement|relationship|sessions|coaching|collaboration|retainer|mandate|representation|work',
      kind: 'act',
      hit: 'Then we will end the engagement.',
      miss: 'Then we will extend the engagement.',
    },
    {
      id: 'stop-work',
      pattern:
        '@stop|@suspend|@halt|@freeze|@pause|@cease ~3 work|works|working|services|service|delivery|deliveries|project|account|access|bookkeeping|accounts|support|maintenance|hosting|coaching|sessions|treatment|design|designs|drawings|construction|payroll|website|development|cleaning|supply|supplies|everything|production|planning|build|builds|job|fit-out|installation|order|orders|shipment|shipments|renovation|shoot',
      kind: 'act',
      hit: 'Then we will suspend all work.',
      miss: 'Then we will resume all work.',
    },
    {
      id: 'pull-off',
      pattern: '@pull ~4 off|out',
      kind: 'act',
      hit: 'Then we will pull the crew off site.',
      miss: 'Then we will send the crew to site.',
    },
    {
      id: 'charge-extra',
      pattern:
        '@charge|@bill|@invoice ~5 extra|additional|full|double|late|penalty|interest|fee|fees|delay|cancellation|surcharge|storage|missed|wasted|lost|call-out|callout|wasted+trip|idle|emergency|premium|higher|out-of-hours|all+of+them|all+of+it|every+one',
      kind: 'act',
      hit: 'Then we will bill the delay as extra time.',
      miss: 'Then we will bill the usual rate.',
    },
    {
      id: 'fee',
      pattern:
        'late+fee|late+fees|cancellation+fee|cancellation+fees|penalty|penalties|surcharge|interest+charges|no-show+fee',
      kind: 'act',
      hit: 'Then we will add a late fee.',
      miss: 'Then we will add a note.',
    },
    {
      id: 'keep-the-deposit',
      pattern: '@retain|@keep|@forfeit ~4 deposit|retainer|fee|fees|payment|advance|instalment|installment',
      kind: 'act',
      hit: 'Then we will retain the deposit.',
      miss: 'Then we will refund the deposit.',
    },
    {
      id: 'deposit-kept',
      pattern: 'deposit|retainer|advance|fees ~3 kept|retained|forfeited|withheld',
      kind: 'act',
      hit: 'Then the deposit will be kept.',
      miss: 'Then the deposit will be returned.',
    },
    {
      id: 'add-interest',
      pattern: '@add|@charge|@apply ~3 interest|surcharge|surcharges',
      kind: 'act',
      hit: 'Then we will add interest.',
      miss: 'Then we will add a note.',
    },
    {
      id: 'remove-you',
      pattern: '@remove|@exclude|@discharge|@deregister you|your',
      kind: 'act',
      hit: 'Then we will remove you from the list.',
      miss: 'Then we will add you to the list.',
    },
    {
      id: 'release-the-slot',
      pattern:
        '@release|@reallocate|@reassign|@give|@sell ~3 slot|place|spot|booking|appointment|room|table|seat|stock|goods|unit|flat|property|tickets|item|items|car|date|dates',
      kind: 'act',
      hit: 'Then we will release the slot.',
      miss: 'Then we will book the slot.',
    },
    {
      id: 'reconsider',
      pattern:
        '@reconsider|@review|@rethink ~4 continue|whether|representing|represent|working|relationship|engagement|partnership|contract|arrangement|agreement|cooperation|collaboration|retainer',
      kind: 'act',
      hit: 'Then I will reconsider whether we continue.',
      miss: 'Then I will consider the options.',
    },
    {
      id: 'report',
      pattern:
        '@report|@notify|@inform ~4 authority|authorities|police|council|hmrc|irs|regulator|insurer|landlord|board|ombudsman',
      kind: 'act',
      hit: 'Then we will report this to the council.',
      miss: 'Then we will report back to you.',
    },
    {
      // Struck off the writer's round: "or we're dropping you from the route".
      id: 'drop-you',
      pattern:
        '@drop|@cut|@strike you|your ~0-3 from|off the|our ~0-1 route|round|list|schedule|rota|roster|books|diary|programme|program',
      kind: 'act',
      hit: "Then we're dropping you from the Tuesday round.",
      miss: "Then we're dropping you at the Tuesday market.",
    },
    {
      // The writer's lawyer taking over: "my lawyer takes it from there".
      id: 'lawyer-takes-over',
      pattern:
        'my|our lawyer|lawyers|solicitor|solicitors|attorney|legal+team ~0-2 @take|@handle ~0-1 it|this|over|from+there|from+here',
      kind: 'harm',
      hit: 'After that, my solicitor takes it from there.',
      miss: 'After that, my accountant takes it from there.',
    },
    {
      // The writer's lawyer turning to the reader: "or my attorney will be contacting your company".
      id: 'lawyer-contacts',
      pattern:
        'lawyer|lawyers|solicitor|solicitors|attorney|attorneys|legal+team ~0-2 @contact|@write+to|@chase|@pursue|@be+in+touch|@get+in+touch',
      kind: 'harm',
      hit: 'Then my attorney will be contacting your company.',
      miss: 'Then my assistant will be contacting your company.',
    },
    {
      id: 'lawyers',
      pattern: 'lawyer|lawyers|solicitor|solicitors|attorney|attorneys|court|claim|proceedings|tribunal',
      kind: 'act',
      hit: 'Then we will instruct our solicitors.',
      miss: 'Then we will instruct our painters.',
    },
    {
      id: 'estimate',
      pattern: 'estimate|estimates|estimated',
      kind: 'act',
      hit: 'Then I will file with estimated figures.',
      miss: 'Then I will file with your figures.',
    },
    {
      id: 'no-longer-represent',
      pattern:
        "no+longer|not+continue+to|can't+keep|cannot+keep|can't+continue|cannot+continue|won't+keep|won't+continue ~3 represent|work|working|act|treat|accept|serve|supply|deliver|see|continue|support",
      kind: 'act',
      hit: 'Then we can no longer represent you.',
      miss: 'Then we can still represent you.',
    },
    {
      id: 'take-business-elsewhere',
      pattern: '@take|@move ~2 business|custom|work|account|project elsewhere',
      kind: 'act',
      hit: 'Then I will take my business elsewhere.',
      miss: 'Then I will take my lunch elsewhere.',
    },
    {
      // "…, we'll end the course": the arrangement itself ended.
      id: 'end-the-arrangement',
      pattern:
        '@end|@terminate|@close|@discontinue ~0-2 the|your|our|this course|membership|booking|engagement|contract|agreement|account|retainer|subscription|lessons|sessions|tenancy|collaboration',
      kind: 'act',
      hit: "One more unexcused absence and we'll end the course.",
      miss: 'We will finish the course with a short exam.',
    },
    {
      // "If we hear nothing by Friday, we will consider the designs approved": silence taken as consent.
      id: 'consider-approved',
      pattern:
        '@consider|@treat|@take|@deem ~1-4 (as) approved|accepted|agreed|signed+off|final|confirmed|cancelled|canceled|withdrawn',
      kind: 'act',
      hit: 'If we hear nothing by Friday, we will consider the designs approved.',
      miss: 'If you like the designs, we will consider a second colour.',
    },
    {
      // "…, I'll postpone the start indefinitely": the reader's project pushed out of sight.
      id: 'postpone-indefinitely',
      pattern: '@postpone|@delay|@defer|@shelve|@push ~1-4 indefinitely|until+further+notice',
      kind: 'act',
      hit: "If I don't get the data, I'll postpone the start indefinitely.",
      miss: "If it rains, I'll postpone the start until Monday.",
    },
    {
      // "…, or we'll be looking elsewhere": the writer's custom leaves, said without the word "business".
      id: 'look-elsewhere',
      pattern: '@look|@go|@shop|@turn elsewhere|somewhere+else',
      kind: 'act',
      hit: "Send the incident report by Wednesday, or we'll be looking elsewhere.",
      miss: 'Send the incident report by Wednesday, or we will look into it again.',
    },
    {
      // "…, or the pallet stays in our warehouse": the reader's goods held back.
      id: 'stays-with-us',
      pattern:
        '@stay|@remain (here) in+our|at+our|on+our warehouse|workshop|yard|depot|store|stores|studio|premises|garage|shelves',
      kind: 'harm',
      hit: "Either the balance clears by Friday or next week's pallet stays in our warehouse.",
      miss: 'Either way, the spare tiles stay in your garage until the tiler comes.',
    },
    {
      id: 'on-hold',
      pattern: 'on+hold|on+ice',
      kind: 'act',
      hit: 'Then we will put the order on hold.',
      miss: 'Then we will put the order in the post.',
    },
    {
      id: 'pass-the-cost-on',
      pattern: 'cost|costs|charge|charges|fee|fees ~4 on+to+you|onto+you|to+you',
      kind: 'act',
      hit: 'Then the costs will be passed on to you.',
      miss: 'Then the costs will be covered by us.',
    },
    {
      // "Otherwise I will take this to the Chamber": a body the writer brings in.
      id: 'take-it-to-a-body',
      pattern:
        '@take|@bring|@refer|@hand|@pass ~3 to the|a chamber|court|courts|council|regulator|ombudsman|authorities|authority|police|tribunal|association|institute|society|trading+standards|small+claims|lawyers|solicitors',
      kind: 'act',
      hit: 'Then I will take this to the Chamber.',
      miss: 'Then I will take this to the post office.',
    },
    {
      id: 'take-action',
      pattern: '@take (the) (further|appropriate|necessary|decisive|other|firmer|different) action|steps|measures',
      kind: 'harm',
      hit: 'Then I will take the appropriate action.',
      miss: 'Then I will take the measurements.',
    },
    {
      // "… we will file the return without these receipts": going ahead without the reader's part.
      id: 'go-ahead-without',
      pattern:
        '@file|@submit|@proceed|@decide|@finalise|@finalize|@print|@publish|@launch|@go+ahead|@carry+on|@continue|@start ~5 without',
      kind: 'act',
      hit: 'Then we will file the return without these receipts.',
      miss: 'Then we will file the return with these receipts.',
    },
    {
      id: 'decide-on-what-we-have',
      pattern:
        'on+the+basis+of|based+on|with ~1-3 information|figures|data|documents|facts|numbers available+to+us|we+have|on+file|at+hand|in+front+of+us',
      kind: 'act',
      hit: 'Then we will decide on the basis of the information available to us.',
      miss: 'Then we will decide together with you.',
    },
    {
      id: 'relationship-over',
      pattern:
        "relationship|collaboration|cooperation|partnership|engagement|arrangement|mandate ~2 at+an+end|is+over|will+be+over|ends|will+end|finished|that's+it+for|that+is+it+for",
      kind: 'act',
      hit: 'Then our working relationship will be at an end.',
      miss: 'Then our working relationship will be even closer.',
    },
    {
      id: 'thats-it-for',
      pattern:
        "that's+it|that+is+it|that'll+be+it for our|the|this|your relationship|collaboration|cooperation|partnership|working|booking|course|coaching|contract|mandate",
      kind: 'harm',
      hit: "Then that's it for our working relationship.",
      miss: "Then that's it for today's site visit.",
    },
    {
      id: 'little-point-in-continuing',
      pattern: 'little|no|not+much|not+any point ~2 continuing|in+continuing|carrying+on|working+together|going+on',
      kind: 'act',
      hit: 'Then I see little point in continuing our collaboration.',
      miss: 'Then I see every point in continuing our collaboration.',
    },
    {
      id: 'is-off',
      pattern:
        'appointment|meeting|booking|deal|order|date|session|offer|discount|contract|job|viewing|installation|delivery ~2 is|are|will+be off',
      unlessAfter: ['the', 'to', 'for', 'at'],
      kind: 'act',
      hit: 'Then the appointment is off as far as I am concerned.',
      miss: 'Then the appointment is on as planned.',
    },
    {
      id: 'not-dealing-any-more',
      pattern:
        "not|won't|will+not|no+longer dealing|deal|bothering|bother|chasing|chase with+it|with+this|this|it any+more|anymore|any+longer",
      kind: 'act',
      hit: "Then I'm not dealing with it any more.",
      miss: 'Then I am dealing with it myself.',
    },
    {
      id: 'move-on',
      pattern: "i'll|we'll|i+will|we+will|i+shall|we+shall move+on|prioritise+other|prioritize+other",
      kind: 'act',
      hit: "Then I'll move on to other clients.",
      miss: "Then I'll move the meeting.",
    },
    {
      // "I will take the application off our submission schedule": the reader's matter struck from a list.
      id: 'off-the-schedule',
      pattern:
        '@take|@drop|@remove|@strike|@cross ~0-4 off|from ~0-2 schedule|list|calendar|books|rota|diary|programme|program|register|agenda|queue|roster|lineup|line-up',
      kind: 'act',
      hit: "If I don't have the plans by Friday, I will take the application off our submission schedule.",
      miss: "If I don't have the plans by Friday, I will take the boxes off the van myself.",
    },
    {
      // "I'm pulling the story from the journalists": what was set up for the reader withdrawn.
      id: 'pull-the-thing',
      pattern:
        '@pull (the|our|your|my|this|that|it) story|article|piece|feature|ad|advert|adverts|listing|listings|campaign|offer|booking|application|funding|support|slot|post|release|launch|it',
      kind: 'act',
      hit: "If I don't have sign-off by 3pm tomorrow, I'm pulling the story.",
      miss: "If I don't have sign-off by 3pm tomorrow, I'm pulling the figures together anyway.",
    },
    {
      // "…, it will go back into the queue": the reader's place lost.
      id: 'back-of-the-queue',
      pattern:
        'back+of+the+queue|back+of+the+line|end+of+the+queue|end+of+the+line|bottom+of+the+list|bottom+of+the+pile|back+into+the+queue|back+in+the+queue|back+to+the+queue',
      kind: 'harm',
      hit: 'If the deposit is not paid by Friday, your booking goes to the back of the queue.',
      miss: 'If the deposit is paid by Friday, your booking moves out of the queue.',
    },
    {
      // "…, the fitters move to another job": the writer's people go elsewhere.
      id: 'crew-moves-on',
      pattern:
        '@move|@go|@switch|@reassign|@redeploy ~0-2 to|onto another|a+different|other|the+next job|jobs|project|projects|client|clients|customer|customers|site|sites|booking|bookings',
      kind: 'harm',
      hit: "If the payment isn't in our account by Wednesday, the fitters move to another job.",
      miss: "If it isn't raining on Wednesday, the fitters move to the garden side of the house.",
    },
    {
      // "…, we will have to record the chimney as uninspected": an unfavourable entry in the reader's record.
      id: 'record-as-failed',
      pattern:
        '@record|@mark|@log|@note|@list|@report ~0-4 as uninspected|incomplete|failed|non-compliant|noncompliant|unpaid|a+no-show|absent|withdrawn|abandoned|unsafe|defective',
      kind: 'act',
      hit: 'If the access is not cleared by Wednesday, we will record the chimney as uninspected.',
      miss: 'If the access is cleared by Wednesday, we will record the chimney as inspected.',
    },
    {
      // "…, and any claim may then be affected": the reader's cover put at risk.
      id: 'claim-affected',
      pattern:
        'claim|claims|cover|insurance|warranty|guarantee|entitlement ~0-3 may|might|could|will|would (then) (well) be+affected|be+void|be+invalid|be+invalidated|be+refused|be+rejected|lapse',
      kind: 'harm',
      hit: 'If the boiler is not serviced by May, your warranty may be invalidated.',
      miss: 'If the boiler is serviced by May, your warranty carries on as before.',
    },
    {
      // "I'll be letting the other farriers know": the reader's name passed round.
      id: 'tell-the-others',
      pattern: '@let|@tell|@warn|@inform (all) the+other|others ~0-4 know|about+you|about+this ,|.|;',
      kind: 'act',
      hit: "If it isn't paid by Friday, I'll be letting the other farriers know.",
      miss: "If it isn't raining on Friday, I'll be letting the other parents know we're on.",
    },
    {
      // "…, you may find it hard to get anyone out": the reader left without help.
      id: 'hard-to-get-anyone',
      pattern:
        'find+it+hard|find+it+difficult|struggle|be+hard+pressed ~0-1 to get|find anyone|anybody|someone|a+tradesperson|a+builder|a+farrier',
      kind: 'harm',
      hit: "If it isn't paid by Friday, you may find it hard to get anyone out to your yard.",
      miss: 'If it is raining on Friday, the farrier will come the week after.',
    },
    {
      id: 'take-you-off',
      pattern: '@take|@strike|@cross you|your+name off',
      kind: 'act',
      hit: "Then I'm taking you off the course.",
      miss: "Then I'm taking you out for lunch.",
    },
    {
      id: 'hold-back',
      pattern:
        '@hold+back|@withhold|@keep+back ~3 plans|drawings|documents|keys|key|handover|report|files|certificate|certificates|results|designs|artwork|deliverables|files|return|accounts',
      kind: 'act',
      hit: 'Then we will hold back the plans.',
      miss: 'Then we will send back the plans.',
    },
    {
      id: 'wont-do-further-work',
      pattern:
        "won't|will+not|can't|cannot|shan't (do|carry+out|undertake|start|schedule|book) any+further|any+more|further|more work|deliveries|sessions|changes|visits|appointments",
      kind: 'act',
      hit: "Then we won't do any further work.",
      miss: 'Then we will do some further work.',
    },
    {
      id: 'part-ways',
      pattern: 'part+ways|part+company|go+our+separate+ways|let+you+go',
      kind: 'act',
      hit: 'Then we will have to part ways.',
      miss: 'Then we will have to meet.',
    },
    {
      id: 'raise-the-price',
      pattern: '@raise|@increase|@double ~3 price|prices|rate|rates|fee|fees|quote',
      kind: 'act',
      hit: 'Then we will raise the price.',
      miss: 'Then we will hold the price.',
    },
    {
      id: 'escalate',
      pattern:
        '@escalate|@report|@notify|@inform|@contact|@involve|@take|@raise|@go|@complain|@write ~4 manager|boss|director|supervisor|ceo|head+office|headquarters|management|partner|board|owner|owners|superior|superiors|regulator|ombudsman',
      kind: 'act',
      hit: 'Then I will escalate this to your director.',
      miss: 'Then I will send this to your assistant.',
    },
    {
      // The reader's own superior named by the writer who acts: "I'll be raising this with your CTO".
      id: 'your-superior',
      pattern:
        'your (line|direct|managing|finance|practice|account|office) manager|boss|director|supervisor|ceo|cto|cfo|coo|md|head|superior|superiors|management|board|owner|principal|partners',
      kind: 'act',
      hit: "If it's not fixed by noon, I'll be taking this up with your CTO.",
      miss: "If it's not fixed by noon, I'll ring your colleague at the front desk.",
    },
    {
      id: 'no-choice-but',
      pattern: 'no (other) choice|option|alternative but|than|except|other+than',
      kind: 'harm',
      hit: 'Sadly we have no other choice but this.',
      miss: 'Then you have a choice of dates.',
    },
    {
      id: 'forced-to',
      pattern: 'forced|obliged|compelled|obligated to',
      kind: 'harm',
      hit: 'Then we will be forced to act.',
      miss: 'Then we will be pleased to act.',
    },
    {
      id: 'legal-action',
      pattern: 'legal|court|judicial|formal action|steps|proceedings|measures|route',
      kind: 'harm',
      hit: 'Then we will take legal action.',
      miss: 'Then we will take the train.',
    },
    {
      id: 'collections',
      pattern: 'debt+collection|debt+collector|debt+collectors|collections|collection+agency|bailiff|bailiffs',
      kind: 'harm',
      hit: 'Then the debt goes to collections.',
      miss: 'Then the debt goes to zero.',
    },
    {
      id: 'on-you',
      pattern: 'is|be|are|lies|falls|rests on you|yourself $',
      kind: 'harm',
      hit: 'Then the fine is on you.',
      miss: 'Then the fine is on us.',
    },
    {
      id: 'at-your-expense',
      pattern: 'at|on your (own) expense|cost|risk|account',
      kind: 'harm',
      hit: 'Then the repair is at your expense.',
      miss: 'Then the repair is at our expense.',
    },
    {
      id: 'not-responsible',
      pattern: "can't|cannot|won't|will+not|shan't|shall+not|can+not be (held) responsible|liable|accountable",
      kind: 'harm',
      hit: 'Then we cannot be held liable.',
      miss: 'Then we can be reached by phone.',
    },
    {
      id: 'no-liability',
      pattern: 'no|any liability|responsibility',
      kind: 'harm',
      hit: 'Then we accept no liability.',
      miss: 'Then we accept your offer.',
    },
    {
      id: 'consider-it-closed',
      pattern:
        '@consider|@treat|@deem|@assume ~4 closed|cancelled|canceled|terminated|void|withdrawn|over|forfeited|lapsed|rejected|declined',
      kind: 'harm',
      hit: 'Then consider the booking cancelled.',
      miss: 'Then consider the booking confirmed.',
    },
    {
      id: 'forfeit',
      pattern:
        'forfeit|forfeits|forfeited|lose|loses|lost your|the deposit|retainer|place|slot|booking|discount|session|appointment|lesson|class|turn|reservation|spot',
      kind: 'harm',
      hit: 'Then you forfeit your deposit.',
      miss: 'Then you get your deposit back.',
    },
    {
      id: 'expensive',
      pattern: 'expensive|costly|cost+you|costs+you',
      kind: 'harm',
      hit: 'Then it gets expensive.',
      miss: 'Then it gets easier.',
    },
    {
      id: 'another-provider',
      pattern:
        '@look+for|@find|@hire|@get|@use|@switch+to|@go+with|@move+to another|a+new|a+different accountant|builder|firm|provider|agency|lawyer|solicitor|contractor|supplier|company|designer|consultant|coach|practice|architect|planner|studio',
      kind: 'act',
      hit: 'Then I will look for another accountant.',
      miss: 'Then I will look for another date.',
    },
    {
      id: 'someone-else',
      pattern:
        '@find|@get|@hire|@use|@ask|@give|@offer|@pass|@hand|@sell ~3 someone|somebody|another|other ~3 who+can|else|instead|client|clients|customer|customers|buyer|buyers',
      kind: 'act',
      hit: 'Then I will find someone who can.',
      miss: 'Then I will find the receipt.',
    },
    {
      id: 'consequences',
      pattern: 'legal|serious|financial|further|appropriate consequences',
      kind: 'harm',
      hit: 'Then there will be serious consequences.',
      miss: 'Then there will be good news.',
    },
    {
      id: 'slot-released',
      pattern:
        'booking|slot|place|room|appointment|reservation|date|table|spot|order|flight|session ~3 released|reallocated|reassigned|given+away|cancelled|canceled|offered+to+someone|offered|rebooked|re-booked|given+to+another|given+to+someone',
      kind: 'act',
      hit: 'Then the booking will be released.',
      miss: 'Then the booking will be confirmed.',
    },
    {
      // A promise withdrawn: "…, we can no longer honour the warranty".
      id: 'warranty-no-longer',
      pattern:
        "no+longer|not|can't|cannot|won't ~0-3 honour|honor|provide|extend|offer|give|stand+behind ~0-2 the|our|any|your warranty|guarantee|guarantees|cover|price+guarantee",
      kind: 'harm',
      hit: 'Then we can no longer honour the warranty on the roof.',
      miss: 'Then we can extend the warranty on the roof.',
    },
    {
      // The thing itself left unnamed: "…, or it will be rebooked".
      id: 'passive-rebooked',
      pattern:
        'will|would|may|might|shall be|get|gets rebooked|re-booked|reallocated|reassigned|given+away|released+to+someone|cancelled|canceled|forfeited',
      kind: 'act',
      hit: 'Then it will be rebooked.',
      miss: 'Then it will be rebuilt.',
    },
    {
      // What the lapse brings about, whoever acts: "… will result in the suspension of your account".
      id: 'result-in-suspension',
      pattern:
        '@result+in|@lead+to|means ~2 suspension|termination|cancellation|closure|disconnection|removal|withdrawal|loss|forfeiture|discharge|deregistration|exclusion|expulsion|referral|collection|collections',
      kind: 'harm',
      hit: 'Any further delay will result in the suspension of your account.',
      miss: 'The update will result in faster loading of your account.',
    },
    {
      // "Another missed appointment will mean a $150 fee": a charge as the lapse's result.
      id: 'means-a-fee',
      pattern:
        '@result+in|@lead+to|@mean|@incur|@attract|@carry ~3 fee|fees|charge|charges|penalty|penalties|surcharge',
      kind: 'harm',
      hit: 'Another late cancellation will mean a £40 fee.',
      miss: 'Another session will mean real progress.',
    },
    {
      // "Any further rethink will be quoted separately": the extra work billed, not absorbed.
      id: 'billed-separately',
      pattern: 'quoted|charged|billed|invoiced|priced separately|extra|additionally|on+top',
      kind: 'harm',
      hit: 'Any further change will be billed separately.',
      miss: 'Any further change will be discussed together.',
    },
    {
      // "…, after that I can't promise anything": the writer withdraws what was assured.
      id: 'cant-promise',
      // Vague on purpose: "can't guarantee the changeover before the deadline" is information.
      pattern: "can't|cannot|won't|can+no+longer promise|guarantee anything|a+thing|any",
      kind: 'harm',
      hit: "After that, I can't guarantee anything.",
      miss: 'After that, I can promise a quick turnaround.',
    },
    {
      // "Without a corrected plan by noon, there is no guarantee …": what was assured is withdrawn.
      id: 'no-guarantee',
      pattern: "there+is+no|there's+no|there+can+be+no guarantee|promise",
      kind: 'harm',
      hit: 'Without the signed plan by Friday, there is no guarantee the crew can start.',
      miss: 'With the signed plan, there is a good chance the crew can start.',
    },
    {
      // "…, or we can't guarantee the crew for the 20th": what was held for the reader is lost to them.
      id: 'cant-hold-the-slot',
      pattern:
        "can't|cannot|won't+be+able+to|will+not+be+able+to|can+no+longer|couldn't guarantee|hold|keep|reserve|secure (you|for+you) the|your|this|that ~0-1 slot|date|dates|booking|crew|team|van|room|table|place|space|appointment|price|rate|discount|quote|offer|spot|fitter|installer|surveyor|photographer|venue|start+date|delivery+date",
      kind: 'harm',
      hit: "Send the keys by Friday, or we can't guarantee the van for the 3rd.",
      miss: 'Send the keys by Friday, and we can guarantee the van for the 3rd.',
    },
    {
      // "… or we rewrite it ourselves at our day rate": the work taken over and billed to the reader.
      id: 'ourselves-at-our-rate',
      pattern: 'ourselves|myself ~0-3 at|on our|my|the (full|standard|usual|normal) day|hourly|daily rate|rates',
      kind: 'harm',
      hit: 'Either the copy arrives by Friday or we write it ourselves at our day rate.',
      miss: 'Either the copy arrives by Friday or we write it ourselves, free of charge.',
    },
    {
      id: 'price-goes-up',
      pattern:
        'price|prices|rate|rates|fee|fees ~1 goes+up|go+up|will+go+up|rises|will+rise|doubles|will+double|increases|will+increase',
      kind: 'harm',
      hit: 'After that date the price goes up by a third.',
      miss: 'After that date the price stays the same.',
    },
    {
      id: 'end-of-relationship',
      pattern:
        "that's+the+end|that+is+the+end|that'll+be+the+end|that+will+be+the+end ~1 of our|the ~2 relationship|collaboration|partnership|engagement|contract|arrangement|work",
      kind: 'harm',
      hit: "Otherwise that's the end of our working relationship.",
      miss: "Otherwise that's the end of the first phase.",
    },
    {
      // Silence read as a decision against the reader: "I'll assume you're no longer interested".
      id: 'assume-not-interested',
      pattern: "@assume|@take+it ~2 no+longer|not|aren't|isn't interested|needed|required|going+ahead",
      kind: 'harm',
      hit: "If I hear nothing by Friday, I'll assume you're no longer interested.",
      miss: "If you have time on Friday, I'll assume you're coming.",
    },
    {
      // The slot goes to whoever is next: "offer the date to the next couple on our list".
      id: 'offer-to-next',
      pattern:
        '@offer|@give|@pass|@hand|@release ~5 next|another|other ~2 couple|client|customer|patient|family|person|name|job|project|booking|in+line|on+the+list|waiting+list|on+our+list',
      kind: 'act',
      hit: 'We will offer the date to the next couple on our list.',
      miss: 'We will offer the date to you first.',
    },
    {
      // "… we'll find a firm that can": the work goes to someone who will do it.
      id: 'find-one-that-can',
      pattern: '@find|@get|@hire ~3 who|that can|will|does',
      kind: 'act',
      hit: "If you can't finish by Friday, we'll find a firm that can.",
      miss: "If you can't finish by Friday, we'll find a date together.",
    },
    {
      id: 'take-to-another',
      pattern:
        '@take|@move|@give ~4 to another|a+different|a+new firm|provider|agency|contractor|builder|supplier|company|practice|studio|accountant|lawyer|designer',
      kind: 'act',
      hit: 'We will take the work to another firm.',
      miss: 'We will take the work to the next stage.',
    },
    {
      id: 'withhold',
      // Holding back what the reader is owed until they comply ("we will not release the drawings unless …").
      pattern:
        "@withhold|hold+back|won't|will+not|shall+not|not+going+to|won't+be|will+not+be release|deliver|hand+over|start|begin|proceed|continue|file|submit|ship|book|schedule|install|publish|launch|issue|resume|releasing|delivering|handing+over|starting|shipping|issuing|booking",
      kind: 'act',
      hit: 'Then we will not release the drawings.',
      miss: 'Then we will release the drawings.',
    },
    {
      id: 'proceed-without',
      // Deciding over the reader's head: going ahead without their input.
      pattern:
        '@file|@submit|@proceed|@go+ahead|@continue|@decide|@finalise|@finalize|@choose|@complete|@close|@publish|@print|@order|@book ~5 without your|you|further+consultation|consulting|your+input|your+approval|your+consent',
      kind: 'act',
      hit: 'Then I will file the return without your receipts.',
      miss: 'Then I will file the return with your receipts.',
    },
    {
      id: 'hand-back',
      pattern: '@hand|@give|@send|@return ~3 file|case|mandate|brief|instructions|keys|project|matter|papers back',
      kind: 'act',
      hit: 'Then we will hand the file back.',
      miss: 'Then we will hand the file over to the printer.',
    },
    {
      id: 'work-stops',
      pattern:
        'work|works|services|service|project|construction|support|delivery|deliveries ~3 will|shall|must|would stop|halt|cease|pause|end',
      kind: 'harm',
      hit: 'Then works will stop on site.',
      miss: 'Then works will start on site.',
    },
    {
      id: 'walk-away',
      pattern:
        'down+tools|walk+away|walk+off|walking+away|pull+out|pulling+out|step+back+from|stepping+back+from|step+away+from|stepping+away+from|withdraw+from|pack+up|packing+up|packs+up|pack+our+things',
      kind: 'act',
      hit: 'Then I walk away from this tender.',
      miss: 'Then I walk over to the site.',
    },
    {
      id: 'lost-to-you',
      pattern:
        'refund|deposit|discount|place|slot|booking|retainer|right|rights|claim|reservation|quote|offer|price|rate ~3 forfeited|lost|gone|void|voided|lapse|lapses|expire|expires|expired|invalid',
      kind: 'harm',
      hit: 'Then the refund will be forfeited.',
      miss: 'Then the refund will be paid.',
    },
    {
      id: 'new-prices-apply',
      pattern: 'new|higher|full|current prices|price|rates|rate|fees apply|applies|will+apply',
      kind: 'harm',
      hit: 'Then the new prices apply.',
      miss: 'Then the old prices apply.',
    },
    {
      id: 'fee-added',
      pattern:
        'fee|fees|charge|charges|surcharge|surcharges|penalty|interest ~6 added|applied|levied|charged|billed|payable|incurred',
      kind: 'act',
      hit: 'Then a call-out fee will be added to your account.',
      miss: 'Then a call-out note will be added to your account.',
    },
    {
      id: 'you-bear-the-cost',
      pattern:
        "you'll|you+will|you (have+to|must) bear|pay|cover|carry|foot ~2 cost|costs|charges|fee|fees|difference|bill",
      kind: 'harm',
      hit: "Then you'll bear the cost.",
      miss: "Then we'll bear the cost.",
    },
    {
      id: 'on-your-invoice',
      pattern: 'on|onto|to your invoice|bill|tab|next+invoice|final+invoice',
      kind: 'harm',
      hit: 'Then the extra hours go on your invoice.',
      miss: 'Then the extra hours go on our invoice.',
    },
    {
      // The writer ends it on the spot: "… or we stop here", "… or I'll leave it there".
      id: 'stop-here',
      pattern: '@stop|@end|@finish|@leave+it|@leave+things (right|just) here|there',
      unlessAfter: ['for', 'and', 'to', 'until', 'till', 'at', 'on', 'with', 'while', 'briefly', 'today', 'tonight'],
      kind: 'act',
      hit: 'Either you do the homework or we stop here.',
      miss: 'We stop here for lunch and carry on at two.',
    },
    {
      // The writer sees no point in carrying on: "I don't see the point of continuing".
      id: 'no-point-continuing',
      pattern:
        "don't|do+not|can't|cannot|no+longer|not|little|no see|find|is|there's (the|any|much|a|real) point|sense|reason ~3 continuing|continue|carrying+on|going+on|working|sessions|this|these|our",
      kind: 'harm',
      hit: "If nothing changes, I don't see the point of continuing.",
      miss: "If nothing changes in the plan, I don't see the point of a new meeting invite.",
    },
    {
      id: 'further-action',
      pattern: 'take|taking further|formal action',
      kind: 'harm',
      hit: "If the payment doesn't clear, we'll have to take further action.",
      miss: "If the payment doesn't clear, we'll take a look together.",
    },
    {
      // "… we're finished", "… I'm out": the writer ends the relationship.
      id: 'were-finished',
      pattern: "we're|we+are|i'm|i+am (simply|just) done|finished|through|out $",
      kind: 'harm',
      hit: "Do that again and we're finished.",
      miss: "Do that again and we're finished with the tiling by noon.",
    },
    {
      // "… I'm not in a position to keep working on this": the work stops, said as inability.
      id: 'not-in-a-position-to-continue',
      pattern:
        "not+in+a+position|no+longer+in+a+position|won't+be+in+a+position|will+not+be+in+a+position|unable|no+longer+able ~1 to keep+working|continue+working|carry+on+working|continue+the+work|keep+going|continue+representing|continue+acting|keep+acting|keep+representing|act+for+you",
      kind: 'harm',
      hit: "If the fee isn't paid, I'm not in a position to keep working on this.",
      miss: "If the fee isn't paid, I'm not in a position to file the return.",
    },
    {
      // "… the matter goes to our legal team", "the job goes to someone else": it moves on, whoever sends it.
      id: 'goes-to-lawyers',
      pattern:
        'goes|go|will+go|passes|pass|will+pass|will+be+passed|is+passed|being+passed|being+referred|being+handed|will+be+referred|gets+passed|gets+handed ~2 to ~2 legal|lawyers|lawyer|solicitors|solicitor|court|collections|collectors|debt+collection|collection+agency|someone+else|somebody+else|another+firm|another+client|the+next+client|the+next+person|the+next+family|the+next+couple|the+next+name|the+next+one|the+waiting+list|the+waitlist',
      kind: 'harm',
      hit: "If we don't hear from you by the 15th, the matter goes to our legal team.",
      miss: "If we don't hear from you by the 15th, the matter goes to our accounts team.",
    },
    {
      // "… or the site stays closed": what the reader needs stays shut.
      id: 'stays-closed',
      pattern: 'stays|remain|remains|will+stay|will+remain closed|locked|shut|suspended|offline|frozen|blocked',
      kind: 'harm',
      hit: 'Either the invoice is paid this week or the site stays closed.',
      miss: 'Either the invoice is paid this week or the site stays open for viewing.',
    },
    {
      id: 'rescope',
      pattern: 're-scope|rescope|@renegotiate|re-quote|requote|@reprice|re-price',
      kind: 'act',
      hit: "Otherwise we'll have to re-scope the whole engagement.",
      miss: "Otherwise we'll have to re-send the invite.",
    },
    {
      // "… you'll have to live with the result": the reader is left with the consequences.
      id: 'live-with-it',
      pattern: 'live+with ~1 result|results|consequences|outcome|it|that|fallout',
      kind: 'harm',
      hit: "If it's not here by 5, you'll have to live with the result.",
      miss: "If it's not here by 5, you'll have the result tomorrow.",
    },
    {
      // "… you'll need to find another accountant": the writer drops the reader.
      id: 'find-another-yourself',
      pattern:
        "you|you'll ~3 find|look+for|get|hire another|a+new|a+different accountant|adviser|advisor|lawyer|solicitor|attorney|firm|agency|builder|contractor|coach|therapist|practice|architect|designer|provider|supplier|consultant|dentist|physio",
      kind: 'harm',
      hit: "Otherwise you'll need to find another accountant.",
      miss: "Otherwise you'll need to find another date.",
    },
    {
      id: 'to-the-waiting-list',
      pattern: '@release|@give|@offer|@pass ~4 to ~2 waiting+list|wait+list|waitlist|waiting-list',
      kind: 'act',
      hit: "If it hasn't cleared by Monday, we'll release the date to our waiting list.",
      miss: "If it hasn't cleared by Monday, we'll ring to check the bank details.",
    },
    {
      id: 'withheld',
      pattern: 'withheld|withhold|withholding',
      kind: 'act',
      hit: 'Until the balance is paid, the drawings will be withheld.',
      miss: 'Until the balance is paid, the drawings will be held in the office.',
    },
    {
      // "… it's out of my hands": the writer lets go of the outcome.
      id: 'out-of-my-hands',
      pattern: 'out+of+my+hands|out+of+our+hands|beyond+my+control|beyond+our+control',
      kind: 'harm',
      hit: "After that, the price lapses and it's out of my hands.",
      miss: "After that, the price is confirmed and it's in your hands.",
    },
    {
      // "… we will proceed on the basis of the information we hold": deciding over the reader's head.
      id: 'proceed-on-what-we-hold',
      pattern: 'on+the+basis+of|based+on|using ~3 information|figures|records|details|data ~1 we|i hold|have',
      kind: 'act',
      hit: "Should the records not arrive, we'll file based on the figures we have.",
      miss: "Should the records not arrive, we'll call you to check.",
    },
    {
      // "… we'll assume you've gone with another firm": silence read as the reader leaving.
      id: 'assume-gone-elsewhere',
      pattern:
        '@assume|take+it ~3 gone+with|went+with|chosen|found|moved+to|switched+to another|a+different|someone|somebody',
      kind: 'harm',
      hit: "Miss Thursday's call and we'll assume you've gone with another firm.",
      miss: "Miss Thursday's call and we'll assume you're busy and rebook.",
    },
    {
      id: 'no-further-work',
      pattern: 'no+further|no+more work|deliveries|sessions|services|appointments|bookings|orders will|can|shall be',
      kind: 'harm',
      hit: 'Unless the invoice is settled, no further work will be carried out.',
      miss: 'Unless the invoice is settled, no further questions will be asked.',
    },
  ],
  wishes: [
    {
      id: 'want',
      pattern: '<reader> ~3 @want|@wish|@prefer|@need|@like|@love',
      hit: 'If you no longer need the slot, tell us.',
      miss: 'If you no longer pay the rent, tell us.',
    },
    {
      id: 'happy',
      pattern:
        'happy|satisfied|comfortable|questions|question|convenient|suit|suits|able|manage|make+it|interested|otherwise|object|objection|objections|disagree|around|available|busy|away|on+holiday|feeling|rather',
      hit: 'If you are not happy, tell us.',
      miss: 'If you are not paying, tell us.',
    },
  ],
  lawful: [
    {
      // A duty the law puts on the writer, with its source: information, not a threat ("we are obliged to notify the
      // fire authority, as set out in the Fire Safety Order").
      id: 'by-law',
      pattern:
        'as+set+out+in|as+required+by|required+by+law|by+law|under+the+regulations|statutory+duty|legally+required|legally+obliged|legal+duty|legal+obligation',
      hit: 'Then we are obliged to inform the council, as required by the licensing rules.',
      miss: 'Then we are obliged to inform the council.',
    },
    {
      // What the tax office or an agency does on its own rules: "If the return is late, HMRC issue a penalty".
      id: 'authority-acts',
      pattern:
        'hmrc|irs|uscis|dvla|the+tax+office|the+tax+authority|the+tax+authorities|the+revenue|companies+house|the+land+registry ~0-2 issue|issues|charge|charges|impose|imposes|add|adds|levy|levies|reject|rejects|will',
      hit: 'If the return is late, HMRC issue an automatic penalty.',
      miss: 'If the return is late, we issue an automatic penalty.',
    },
  ],
  favours: [
    {
      id: 'free',
      pattern:
        'free|no+charge|no+cost|no+extra|gladly|happily|happy+to|of+course|as+agreed|as+discussed|as+requested|as+planned|as+scheduled|on+us|courtesy|refund|refunded',
      hit: 'Then we cancel it free of charge.',
      miss: 'Then we cancel it.',
    },
    {
      // "we'll book it for you"; but "we can no longer act for you" is the sanction itself.
      id: 'for-you',
      pattern: 'for you',
      unlessBefore: ['act', 'acting', 'work', 'working', 'represent', 'representing', 'continue'],
      hit: 'Then we cancel it for you.',
      miss: 'Then we stop acting for you.',
    },
    {
      id: 'we-cover-the-cost',
      pattern:
        "we|i|we'll|i'll|we+will|i+will|we+can|i+can|we+shall|i+shall cover|absorb|bear|waive|pay the|any|all|those|that (extra|additional) cost|costs|fee|fees|charge|charges|difference",
      hit: 'Then we will cover the extra costs.',
      miss: 'Then you will bear the extra costs.',
    },
    {
      id: 'at-our-cost',
      pattern: 'at|on our|my (own) cost|expense|account',
      hit: 'Then we redo it at our cost.',
      miss: 'Then we redo it at your cost.',
    },
    {
      id: 'we-can',
      pattern: 'we|i can|could also|always|simply|easily|just|happily|only',
      hit: 'Then we can simply move the date.',
      miss: 'Then we can no longer continue.',
    },
  ],
  others: [
    {
      id: 'him',
      pattern: 'him|them|her|his|their',
      hit: 'Then we will drop him.',
      miss: 'Then we will drop you.',
    },
    {
      id: 'supplier',
      pattern:
        'supplier|suppliers|contractor|contractors|subcontractor|courier|carrier|manufacturer|vendor|airline|hotel|builder|plumber|electrician|bank|council|insurer|insurance|authority|authorities|weather|hmrc|irs|court|permit|permission|approval|parts|materials|delivery',
      hit: 'Then we cancel the order with the supplier.',
      miss: 'Then we cancel your order.',
    },
  ],
  demands: [
    {
      id: 'i-expect-by',
      pattern: 'i|we @expect|@require|@demand ~6 by|within|no+later+than|latest',
      hit: 'I expect the signed form by Monday.',
      miss: 'I expect the weather to improve.',
    },
  ],
  finals: [
    {
      id: 'final-reminder',
      pattern: 'final|last reminder|notice|warning|demand',
      hit: 'This is our final reminder.',
      miss: 'This is our friendly reminder.',
    },
  ],
  unreal: [
    {
      id: 'would-have',
      pattern: "would+have|would+also+have|could+have|might+have|would've|could've|might've|had+to|would+have+had+to",
      hit: 'We would have had to cancel.',
      miss: 'We will have to cancel.',
    },
    {
      // A consequence in the conditional, with regret: what would follow, stated as information.
      id: 'would-unfortunately',
      pattern: "would|wouldn't ~2 unfortunately|regrettably",
      hit: 'Otherwise we would unfortunately have to stop work.',
      miss: 'Otherwise we will stop work.',
    },
    {
      id: 'unfortunately-could-not',
      pattern: "unfortunately|regrettably ~1 would|wouldn't|couldn't|could",
      hit: "Otherwise we unfortunately couldn't take responsibility.",
      miss: "Otherwise we can't take responsibility.",
    },
  ],
  // "is", "are", "gets": a passive sanction ("your booking is cancelled") has an institution as its doer.
  agents: [
    'i',
    'we',
    "i'll",
    "we'll",
    "i'd",
    "we'd",
    "i'm",
    "we're",
    "i've",
    "we've",
    'be',
    'been',
    'is',
    'are',
    'gets',
  ],
  notVerbs: [],
};
