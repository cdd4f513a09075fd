import type { PhraseEntry } from '../types';

// Mock thanks and praise (principle 5: your own state first). Sincere thanks
// and praise are common in client mail, so each entry needs an ironic marker:
// a complaint right after the praise, "finally", a flat full stop.
export const sarcasm: readonly PhraseEntry[] = [
  // Measured against what the writer expects of the reader: "almost on time, by your standards".
  {
    id: 'by-your-standards',
    pattern:
      'on+time|punctual|quick|quickly|fast|early|prompt|promptly|tidy|neat|thorough|complete|reliable|good|speedy|swift by|for your standards',
    hit: "That's almost on time by your standards.",
    miss: 'We built the cabinets to your standards and your budget.',
  },
  {
    id: 'thanks-for-nothing',
    pattern: 'thanks|thank+you|cheers|many+thanks for nothing|absolutely+nothing',
    hit: 'Thanks for nothing.',
    miss: 'Thanks for everything.',
  },
  {
    id: 'oh-great',
    pattern:
      "^oh|wow|well great|wonderful|perfect|fantastic|brilliant|marvellous|marvelous|terrific|lovely|super|good (,) another|yet+another|just+what|exactly+what|that's+all|that's+just|as+if",
    hit: 'Oh great, another delay.',
    miss: 'Great, then we go ahead.',
  },
  {
    id: 'oh-great-full-stop',
    pattern: '^oh|well great|perfect|wonderful|brilliant|fantastic|marvellous|marvelous|lovely|super|terrific .',
    hit: 'The supplier has cancelled again. Oh great.',
    miss: 'The supplier has confirmed the date. Oh great, thank you!',
  },
  {
    id: 'thats-just-great',
    pattern: "that's|that+is|this+is|well+that's just great|brilliant|marvellous|marvelous|fabulous|peachy|fantastic .",
    hit: "The plans are lost. That's just great.",
    miss: "That's just great news, thank you!",
  },
  {
    id: 'just-brilliant',
    pattern:
      'great|brilliant|perfect|wonderful|fantastic|marvellous|marvelous|lovely|terrific|super , just great|brilliant|perfect|wonderful|fantastic|marvellous|marvelous|lovely|terrific|super',
    hit: 'Brilliant, just brilliant.',
    miss: 'Brilliant, just send it over when you can.',
  },
  {
    id: 'oh-joy',
    pattern: 'oh+joy|oh+goody|joy+of+joys',
    hit: 'Oh joy, another form to fill in.',
    miss: 'It was a joy to work on your garden.',
  },
  {
    id: 'nice-of-you-to-finally',
    pattern: 'nice|kind|good|great|lovely|gracious|decent|sweet of you to ~2 finally|eventually|at+last',
    hit: 'Nice of you to finally reply.',
    miss: 'Nice of you to reply so quickly.',
  },
  {
    id: 'nice-of-you-to-bother',
    pattern: 'nice|kind|good|lovely|gracious|decent|sweet of you to bother|deign|grace+us',
    hit: 'How kind of you to bother with a reply.',
    miss: 'How kind of you to send a reply so fast.',
  },
  {
    id: 'thanks-for-finally',
    pattern: 'thanks|thank+you|cheers (so+much|very+much|a+lot) for finally|eventually|at+last',
    hit: 'Thanks for finally getting back to me.',
    miss: 'Thanks for replying so quickly.',
  },
  {
    id: 'nice-to-finally-hear',
    pattern:
      'nice|good|great|lovely to finally|at+last|eventually hear|get+a+reply|get+a+response|get+an+answer|receive+a+reply',
    hit: 'Nice to finally hear from you.',
    miss: 'It was lovely to finally meet you in person.',
  },
  {
    id: 'thanks-a-lot-for-ruining',
    pattern:
      'thanks|thank+you|cheers (so+much|very+much|a+lot|a+bunch|heaps|loads) for ruining|wasting|ignoring|wrecking|botching|screwing|ditching|forgetting|losing|messing|dumping|spoiling|sabotaging|the+mess|the+headache',
    unlessAfter: ['no', 'nothing', 'none'],
    hit: 'Thanks a lot for ruining the launch.',
    miss: 'Thanks a lot for running the launch so smoothly.',
  },
  {
    id: 'thanks-only-late',
    pattern: 'thank*|appreciate* ~8 , only|just|a+mere ~2 days|weeks|months|hours late|overdue|behind',
    hit: 'Thank you for the quick reply, only two weeks late.',
    miss: 'Thank you for the quick reply, only two small points remain.',
  },
  {
    id: 'congratulations-now',
    pattern: 'congratulations|congrats|bravo|nice+going|way+to+go|well+done , now|so+now',
    unlessAfter: [
      'can',
      'could',
      'get',
      'officially',
      'official',
      'finally',
      'enjoy',
      'relax',
      'celebrate',
      'fun',
      "you're",
      "it's",
      'comes',
      'begins',
      'starts',
      "let's",
      'on',
    ],
    hit: 'Congratulations, now we have to start over.',
    miss: 'Congratulations, now you can finally enjoy your garden.',
  },
  {
    id: 'well-done-you-managed',
    pattern:
      'well+done|congratulations|congrats|bravo|great+job|good+job|nice+job|nice+work|nice+going|brilliant ~3 managed|succeeded ~2 lose|losing|break|breaking|ruin|ruining|miss|missing|forget|forgetting|delete|deleting|mess|messing|wreck|wrecking|confuse|confusing|upset|upsetting|offend|offending|annoy|annoying|delay|delaying',
    hit: 'Well done, you managed to lose the keys again.',
    miss: 'Well done, you managed to finish ahead of schedule.',
  },
  {
    id: 'nice-try',
    pattern: 'nice|good try (,) but',
    hit: 'Nice try, but the deadline stays.',
    miss: 'It is worth a try, and the deadline stays.',
  },
  {
    id: 'look-who-finally',
    pattern:
      "look who|who's|who+has|who+is ~1 finally|decided|remembered|alive|awake|bothered|deigned|surfaced|resurfaced",
    hit: "Look who's finally answering emails.",
    miss: 'Look who joined our team this month.',
  },
  {
    id: 'surprise-surprise',
    pattern: 'surprise|quelle (,) surprise',
    hit: 'Surprise, surprise, the invoice is late again.',
    miss: 'We have a small surprise for you at the handover.',
  },
  {
    id: 'colour-me-surprised',
    pattern: 'colour|color me surprised|shocked|amazed|unsurprised',
    hit: 'The delivery is late again. Colour me surprised.',
    miss: 'The delivery surprised us by arriving early.',
  },
  {
    id: 'yeah-right',
    pattern: 'yeah|yea (,) right $',
    hit: 'You will have it by Monday? Yeah, right.',
    miss: 'Yeah, right after lunch works for me.',
  },
  {
    id: 'good-luck-with-that',
    pattern: 'good luck with that .',
    hit: 'You want it done by Friday. Good luck with that.',
    miss: 'Good luck with that presentation tomorrow!',
  },
  {
    id: 'take-your-sweet-time',
    pattern: 'your|their sweet time',
    hit: 'Take your sweet time with the invoice.',
    miss: 'Take your time with the invoice.',
  },
  {
    id: 'take-your-time-its-only-been',
    pattern:
      "take|taking your time , it's|it+has|it+is|we've|we+have|i've|i+have only+been|been+only|only+taken|taken+only|only+waited|waited+only",
    hit: "Take your time, it's only been three weeks.",
    miss: "Take your time, it's only a draft.",
  },
  {
    id: 'im-sure-youre-very-busy-but',
    pattern:
      "i'm|i+am|we're|we+are sure you're|you+are|you've+been|you+have+been (very|terribly|incredibly|extremely|so|really) busy (,) but",
    hit: "I'm sure you're very busy, but this is the fourth reminder.",
    miss: "I'm sure you're busy, so I'll keep this short.",
  },
  {
    id: 'alert-the-media',
    pattern:
      'alert+the+media|alert+the+press|stop+the+presses|hold+the+front+page|call+the+newspapers|someone+call+the+press',
    hit: 'The invoice arrived on time, alert the media.',
    miss: 'The invoice arrived on time, thank you.',
  },
  {
    id: 'you-had-one-job',
    pattern: 'you|you+guys|your+team had one (simple|single) job',
    hit: 'You had one job, and the door is still the wrong colour.',
    miss: 'You have one more step: sign the form.',
  },
  {
    id: 'nothing-better-to-do',
    pattern:
      'as+if|not+like|clearly|obviously|apparently|evidently|must|seem+to|seems+to ~2 have|has|had|got nothing|anything better to do',
    hit: 'It is not as if I have anything better to do.',
    miss: 'If you have nothing better to do on Saturday, come to our open day!',
  },
  {
    id: 'some-of-us-actually-work',
    pattern: 'some of us actually|still+actually have|work|do|need|run',
    hit: 'Some of us actually work for a living.',
    miss: 'Some of us will be on holiday in August.',
  },
  {
    id: 'missed-the-memo',
    pattern: "miss|missed|didn't+get|did+not+get|never+got the memo",
    hit: 'I must have missed the memo about the new price.',
    miss: 'I missed your call about the new price.',
  },
  {
    id: 'funny-how-you',
    pattern: 'funny|strange|interesting|curious|odd how you|your ~3 only|always|never|suddenly|conveniently',
    hit: 'Funny how you only call when the bill is due.',
    miss: 'Funny how the weather changed so quickly.',
  },
  {
    id: 'conveniently-forgot',
    pattern:
      'conveniently forgot|forgotten|forget|ignored|ignore|overlooked|left+out|omitted|omit|missed|lost|skipped|neglected|failed',
    hit: 'You conveniently forgot the extra charges.',
    miss: 'The shop is conveniently located near the station.',
  },
  {
    id: 'how-convenient',
    pattern: '^how convenient .',
    hit: 'The contractor is ill again. How convenient.',
    miss: 'How convenient that you live near the site!',
  },
];
