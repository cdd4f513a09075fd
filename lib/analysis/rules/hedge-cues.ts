// Words that soften a statement until it says little (principle 2: clear,
// true, honest). One of them is ordinary politeness; several together blur
// the point ("eigentlich eher etwas schwierig", "sort of maybe possibly").
// STRONG cues each weigh 1, SOFT cues (subjunctive modals, "ganz", "just")
// weigh half: they only count beside strong ones. hedge-density.ts adds them up.
// Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

export const STRONG_HEDGES: FrameBook = {
  de: [
    {
      id: 'vielleicht',
      pattern: 'vielleicht|eventuell|evtl|möglicherweise|womöglich|unter+umständen|gegebenenfalls|ggf',
      hit: 'Das Fenster könnte eventuell undicht sein.',
      miss: 'Das Fenster ist undicht.',
    },
    {
      id: 'eigentlich',
      pattern:
        'eigentlich|im+grunde|an+sich|sozusagen|quasi|gewissermaßen|irgendwie|irgendwo|in+gewisser+weise|gewissermassen|im+prinzip|an+und+für+sich|mehr+oder+weniger|bis+zu+einem+gewissen+grad|nur+bedingt|unter+vorbehalt',
      unlessAfter: ['hin', 'anders'],
      hit: 'Der Plan passt eigentlich ganz gut.',
      miss: 'Der Plan passt gut.',
    },
    {
      id: 'eher',
      pattern:
        'eher|tendenziell|relativ|größtenteils|weitgehend|weitestgehend|halbwegs|zum+größten+teil|zum+grössten+teil|im+großen+und+ganzen|im+grossen+und+ganzen|überwiegend',
      unlessAfter: ['als'],
      hit: 'Die Farbe wirkt eher dunkel.',
      miss: 'Die Farbe wirkt dunkler als erwartet.',
    },
    {
      id: 'vermutlich',
      pattern:
        'vermutlich|wahrscheinlich|wohl+eher|anscheinend|scheinbar|mutmaßlich|allem+anschein+nach|scheint+mir|scheint+es|es+scheint|soweit+ich+weiß|soviel+ich+weiß|wenn+ich+mich+nicht+irre|falls+ich+mich+nicht+irre|meines+wissens|soweit+ich+das+überblicke|soweit+ich+das+sehe|soweit+ich+das+beurteilen+kann|soweit+ich+das+bisher+überblicke|soweit+ich+das+bisher+sehe',
      hit: 'Die Lieferung kommt vermutlich am Montag.',
      miss: 'Die Lieferung kommt am Montag.',
    },
    {
      id: 'ein-bisschen',
      pattern: 'ein+bisschen|ein+bißchen|ein+wenig|ein+klein+wenig|leicht+problematisch|etwas+knapp|etwas+schwierig',
      hit: 'Das wird ein bisschen eng mit dem Termin.',
      miss: 'Das wird eng mit dem Termin.',
    },
    {
      id: 'ehrlich-gesagt',
      pattern: 'ehrlich|offen gesagt|gestanden',
      hit: 'Ehrlich gesagt bin ich unsicher.',
      miss: 'Er hat es ehrlich gemeint.',
    },
    {
      id: 'wenn-ich-ehrlich-bin',
      pattern: 'wenn+ich+ehrlich+bin|wenn+wir+ehrlich+sind|um+ehrlich+zu+sein|ehrlicherweise',
      hit: 'Wenn ich ehrlich bin, passt der Entwurf eher nicht.',
      miss: 'Ich bin ehrlich froh über den Entwurf.',
    },
    {
      // Doubt put first: „So ganz überzeugt bin ich nicht.“
      id: 'so-ganz-vorne',
      pattern: '^so ganz|recht|richtig überzeugt|sicher|glücklich|zufrieden|begeistert',
      hit: 'So ganz glücklich sind wir mit der Farbe nicht.',
      miss: 'Wir sind mit der Farbe sehr glücklich.',
    },
    {
      // Doubting oneself right after the point: „vielleicht liegt es an mir“.
      id: 'liegt-an-mir',
      pattern: 'liegt|liegts es|das (vielleicht|aber|auch) (nur) an mir|uns',
      hit: 'Der Text wirkt lang, aber vielleicht liegt es an mir.',
      miss: 'Der Fehler liegt an der Software.',
    },
    {
      id: 'nicht-so-ganz',
      pattern: 'nicht (so) ganz|recht|so sicher|überzeugt|klar|wohl',
      hit: 'Beim Gutachten wäre ich nicht so ganz sicher.',
      miss: 'Ich bin mir sicher, dass das reicht.',
    },
    {
      id: 'so-recht',
      pattern: 'nicht so recht|so+richtig',
      hit: 'Mit dem Entwurf werde ich nicht so recht warm.',
      miss: 'Mit dem Entwurf werde ich warm.',
    },
    {
      id: 'ich-wuerde-sagen',
      pattern: 'ich würde|würd sagen|meinen|behaupten|vermuten',
      hit: 'Ich würde sagen, der Raum ist zu klein.',
      miss: 'Ich sage, der Raum ist zu klein.',
    },
    {
      id: 'nicht-unbedingt',
      pattern: 'nicht unbedingt|zwingend|ganz+unproblematisch|ganz+optimal|ganz+ideal|ideal|optimal',
      hit: 'Das ist nicht unbedingt die beste Lösung.',
      miss: 'Das ist die beste Lösung.',
    },
    {
      id: 'glaube-ich',
      pattern: ', glaube|denke|schätze|vermute|meine|finde ich',
      hit: 'Das reicht nicht, glaube ich.',
      miss: 'Ich glaube an das Projekt.',
    },
    {
      id: 'ich-weiss-nicht',
      pattern: 'ich weiß|wüsste|weiss nicht , ob|so|recht|genau',
      hit: 'Ich weiß nicht, ob der Dienstag klappt.',
      miss: 'Ich weiß, dass der Dienstag klappt.',
    },
    {
      // A refusal that never says no: "aber ich will auch nicht sofort absagen".
      id: 'nicht-gleich-nein',
      pattern: 'nicht gleich|sofort|direkt|gleich+ganz nein+sagen|ablehnen|absagen|abwinken|ausschließen',
      hit: 'Eher schwierig, aber ich will nicht gleich ablehnen.',
      miss: 'Wir lehnen das Angebot ab.',
    },
    {
      id: 'kleinere-probleme',
      pattern:
        'kleinere|kleineren|kleineres|kleiner|kleines|kleinen|kleine|gewisse|gewisses|gewissen problem|probleme|problemen|problemchen|thema|themen|schwierigkeit|schwierigkeiten|unstimmigkeit|unstimmigkeiten|bedenken|anmerkung|anmerkungen|haken|knackpunkt|einwand|einwände|schönheitsfehler|fragezeichen|missverständnis|störung|störungen|panne|pannen|fehler|verzögerung|verzögerungen|baustelle|baustellen|mangel|mängel|macke|macken|unklarheit|unklarheiten|hürde|hürden|hindernis|hindernisse|engpass|engpässe|abweichung|abweichungen|stolperstein|stolpersteine|risiko|risiken|sorge|sorgen',
      hit: 'Es gibt da ein kleines Thema mit der Statik.',
      miss: 'Es gibt da ein Thema mit der Statik.',
    },
    {
      // Asking leave for what was just said: "…, wenn das für Sie so in Ordnung wäre".
      id: 'wenn-das-in-ordnung-ist',
      pattern:
        'wenn|falls|hoffe|hoffentlich (,) das|es (für) (=Sie|dich|euch) (so) in+ordnung|okay|ok|recht ist|wäre|geht',
      hit: 'Wir würden die Preise eventuell anheben, wenn das für Sie so in Ordnung wäre.',
      miss: 'Die Preise steigen im Januar um fünf Prozent.',
    },
    {
      // Unsure of one's own point: "Ich bin mir nicht hundertprozentig sicher, aber …".
      id: 'mir-nicht-sicher',
      pattern:
        'mir|uns (noch) (etwas|ein+bisschen|etwas) unsicher|nicht+hundertprozentig+sicher|nicht+völlig+sicher|nicht+absolut+sicher',
      hit: 'Ich bin mir nicht hundertprozentig sicher, aber der Balken ist eventuell zu schwach.',
      miss: 'Ich bin mir sicher, dass der Balken hält.',
    },
    {
      // Bad news or an ask announced as a mere possibility: "könnte es sein, dass …".
      id: 'koennte-sein-dass',
      pattern: 'könnte|dürfte (es) (eventuell|vielleicht|auch) sein , dass|ob',
      hit: 'Es könnte sein, dass die Heizung eventuell erst im März kommt.',
      miss: 'Es kann sein, dass die Heizung erst im März kommt.',
    },
    {
      // Time left to the reader's whim: with another softener it buries the ask.
      id: 'irgendwann',
      pattern: 'irgendwann|wenn+es+passt|wann+immer',
      hit: 'Schicken Sie mir die Belege vielleicht irgendwann?',
      miss: 'Schicken Sie mir die Belege bis Freitag?',
    },
    {
      id: 'wenn-sie-zeit-finden',
      pattern: 'wenn|falls =Sie|du|ihr ~3 zeit|moment|minute|minuten|luft haben|hast|habt|finden|findest|findet|übrig',
      hit: 'Wenn Sie mal Zeit finden, schauen Sie eventuell über den Plan?',
      miss: 'Schauen Sie bitte bis Montag über den Plan.',
    },
    // Doubting oneself or apologising in the same sentence as the point: the
    // point sinks under the disclaimers ("vielleicht sehe ich das falsch, aber …").
    {
      id: 'ich-mich-irre',
      pattern: 'ich|wir mich|uns (da|hier|natürlich|selbstverständlich) irre|irren|täusche|täuschen|vertue',
      hit: 'Die Miete ist, falls ich mich irre, vielleicht schon bezahlt.',
      miss: 'Die Miete ist bezahlt, ich habe mich erkundigt.',
    },
    {
      id: 'das-falsch-sehen',
      pattern: 'sehe|verstehe ich|wir das|es|da ~1 falsch',
      hit: 'Vielleicht sehe ich das falsch, aber der Keller wirkt feucht.',
      miss: 'Ich sehe das genauso, der Keller ist feucht.',
    },
    {
      id: 'nicht-uebel-nehmen',
      pattern: '@nehmen ~2 mir|uns ~2 nicht übel|krumm',
      hit: 'Nimm es mir nicht übel, aber der Entwurf wirkt eher unfertig.',
      miss: 'Wir nehmen die Unterlagen gern entgegen.',
    },
    {
      id: 'nicht-reinreden',
      pattern: 'nicht ~1 reinreden|dreinreden|hineinreden|zu+nahe+treten',
      hit: 'Ich will nicht reinreden, aber der Preis ist eventuell zu niedrig.',
      miss: 'Der Preis ist zu niedrig.',
    },
    {
      id: 'mir-unangenehm',
      pattern: 'mir ~3 unangenehm|peinlich (,) ~2 anzusprechen|anzumerken|nachzufragen|zu+fragen|zu+sagen|zu+erwähnen',
      hit: 'Es ist mir unangenehm, das anzusprechen, aber die Rechnung ist wohl offen.',
      miss: 'Es war uns eine Freude, Sie zu beraten.',
    },
  ],
  en: [
    {
      id: 'maybe',
      pattern:
        "maybe|perhaps|possibly|presumably|arguably|conceivably|potentially|under+certain+circumstances|in+certain+circumstances|under+some+circumstances|as+far+as+i+know|as+far+as+i+can+tell|if+i'm+not+mistaken|if+i+am+not+mistaken|from+what+i+can+tell",
      hit: 'The roof is maybe too steep.',
      miss: 'The roof is too steep.',
    },
    {
      // "the sort of thing", "this kind of job" name a kind, not a hedge.
      id: 'sort-of',
      pattern: 'sort|kind of',
      unlessBefore: [
        'the',
        'a',
        'an',
        'this',
        'that',
        'these',
        'those',
        'what',
        'which',
        'any',
        'some',
        'every',
        'same',
        'other',
        'no',
      ],
      hit: 'The layout feels sort of crowded.',
      miss: 'The layout is the sort of thing we fix on site.',
    },
    {
      id: 'a-bit',
      pattern:
        'a+bit|a+little+bit|a+tiny+bit|a+wee+bit|a+teeny+bit|a+tad|somewhat|slightly|more+or+less|in+a+way|to+some+extent|as+such|a+touch|to+a+degree|up+to+a+point|in+principle|in+theory|on+the+whole|not+necessarily|not+entirely|not+completely|not+altogether|not+wholly|not+be+entirely|not+be+completely|not+be+altogether|not+be+wholly|somehow|or+something|or+so|largely|broadly|by+and+large|for+the+most+part|more+of+a|something+of+a',
      hit: 'The layout feels a bit crowded.',
      miss: 'The layout feels crowded.',
    },
    {
      id: 'i-suppose',
      pattern: 'i suppose|guess|imagine|reckon',
      unlessAfter: ['that', 'you', 'he', 'she', 'they', 'we', 'the'],
      hit: 'It could work, I suppose.',
      miss: 'I suppose that you have read the brief.',
    },
    {
      id: 'not-sure',
      pattern: "i'm|i+am|we're|we+are not (quite|entirely|really|totally|completely) sure|certain|convinced",
      hit: "I'm not entirely sure the budget covers it.",
      miss: "I'm sure the budget covers it.",
    },
    {
      id: 'not-quite',
      pattern: 'not quite|really the|what|right|enough|ideal|there',
      hit: "It's not quite what we had in mind.",
      miss: "It's what we had in mind.",
    },
    {
      id: 'might-be-an-idea',
      pattern: 'might|may|could be an+idea|worth|worthwhile|wise|sensible',
      hit: 'It might be an idea to book the crane early.',
      miss: 'It will be wise to book the crane early.',
    },
    {
      id: 'i-would-say',
      pattern: "i'd|i+would say|think|guess|imagine|have+thought",
      hit: "I'd say the room is too small.",
      miss: 'I say the room is too small.',
    },
    {
      id: 'it-seems',
      pattern: 'it seems|appears (to+me) (that|like|as+if|as+though)',
      hit: 'It seems the boiler is too small for the house.',
      miss: 'The boiler is too small for the house.',
    },
    {
      // "It looks like we might …": a guess put as an impression.
      id: 'it-looks-like',
      pattern:
        "it+looks|it+sounds|looks+to+me like|as+if|as+though ~1-3 might|may|could|will|would|won't|wouldn't|probably|possibly",
      hit: 'It looks like the order may slip a week.',
      miss: 'It looks great on the website.',
    },
    {
      // An opinion tagged on at the end: "…, I think."
      id: 'comma-i-think',
      pattern: ', i think|believe|feel $',
      hit: 'The wall needs a second coat, I think.',
      miss: 'I think the wall needs a second coat.',
    },
    {
      // A remark played down at its end: "It's only a thought, really."
      id: 'comma-really',
      pattern: ', really $',
      hit: 'It was a minor point, really.',
      miss: 'It was really a minor point.',
    },
    {
      // A refusal that never says no: "I'd rather not say no outright, but …".
      id: 'not-say-no',
      pattern:
        "rather+not|don't+want+to|do+not+want+to|wouldn't+want+to|not+want+to (just) say+no|refuse|decline|turn+it+down|turn+you+down",
      hit: "I don't want to say no, but the date is probably too soon.",
      miss: 'We have to say no to the date.',
    },
    {
      id: 'might-make-sense',
      pattern: 'make+sense|be+sensible|be+advisable',
      hit: 'Perhaps it would make sense to wait.',
      miss: 'It makes sense to wait.',
    },
    {
      id: 'i-wonder',
      pattern: 'i|we wonder|wondered if|whether',
      hit: 'I wonder if the wall will hold.',
      miss: 'I know the wall will hold.',
    },
    {
      id: 'probably',
      pattern: 'probably|likely|seemingly|apparently',
      unlessAfter: ['to'],
      hit: 'The parts will probably arrive on Monday.',
      miss: 'The parts will arrive on Monday.',
    },
    {
      id: 'wondering',
      pattern: 'i|we (was|were|am|are) (just|sort+of) wondering|wondered',
      hit: 'I was just wondering whether the draft is ready.',
      miss: 'Is the draft ready?',
    },
    {
      id: 'honestly',
      pattern: "honestly|frankly|to+be+honest|truth+be+told|if+i'm+honest|if+i+am+honest|if+i'm+being+honest",
      hit: 'Honestly, the second version reads better.',
      miss: 'The second version reads better.',
    },
    {
      id: 'grey-area',
      pattern:
        'a+bit+of+a|a+little|a+slight|a+minor|a+small|some+minor|a+few+minor|a+few+small issue|issues|concern|concerns|problem|problems|hiccup|grey+area|gray+area',
      hit: 'There might be a bit of a problem with the permit.',
      miss: 'There is a problem with the permit.',
    },
    {
      // Time left to the reader's whim: with another softener it buries the ask.
      id: 'when-you-have-a-moment',
      pattern:
        'when|if|whenever you (ever) have|get|find|happen+to+have a|the (spare) moment|minute|chance|second|sec|time',
      hit: 'Could you perhaps look at the plan when you have a moment?',
      miss: 'Could you look at the plan by Monday?',
    },
    {
      id: 'happen-to',
      pattern: 'happen|happened|happens to be|have|know|see|find|get|pass|come',
      hit: 'If you happened to have the receipts, maybe send them over?',
      miss: 'What happened to the receipts?',
    },
    // Self-doubt and apology beside the point itself (see the German entries).
    {
      id: 'i-could-be-wrong',
      pattern: 'i could|might|may (well) be (completely|totally|entirely|quite|way) wrong|mistaken',
      hit: 'The fence, and I may be totally wrong, seems to cross the line.',
      miss: 'The fence crosses the line; the survey shows it.',
    },
    {
      id: 'off-here',
      pattern: "i'm|i+am (completely|totally|way|a+bit) off here|base|the+mark|track",
      hit: "Maybe I'm way off here, but the budget seems thin.",
      miss: "I'm off on Friday.",
    },
    {
      id: 'dont-mind-me-saying',
      pattern: "don't|do+not mind me|my saying|asking|mentioning",
      hit: "Hopefully you don't mind my saying so: the draft feels long.",
      miss: "I don't mind the longer draft.",
    },
    {
      id: 'how-to-put-this',
      pattern: 'sure|know how to put|say|phrase|word this|it',
      hit: "I'm not sure how to put this, but the logo may be a bit busy.",
      miss: 'I know the logo is busy.',
    },
    {
      id: 'on-toes',
      pattern: "on (any|anyone's|your|someone's) toes",
      hit: "I don't want to step on any toes, but the plan seems thin.",
      miss: 'The plan is thin.',
    },
  ],
};

export const SOFT_HEDGES: FrameBook = {
  de: [
    {
      id: 'konjunktiv',
      pattern:
        'könnte|könnten|könntest|könntet|wäre|wären|wärst|wärt|wär|würde|würden|würdest|würdet|müsste|müssten|müsstest|müsstet|dürfte|dürften|dürftest|sollte|sollten|solltest|solltet|hätte|hätten|hättest|hättet|bräuchte|bräuchten',
      hit: 'Das wäre schön.',
      miss: 'Das ist schön.',
    },
    {
      id: 'ganz',
      pattern:
        'ganz|etwas|schon|ziemlich|recht gut|schön|okay|ok|knapp|schwierig|problematisch|eng|viel|spät|früh|sinnvoll|hilfreich|praktisch|nützlich|vernünftig|angebracht|klug|heikel|aufwendig|aufwändig|gelungen|ordentlich|solide|passabel|brauchbar',
      hit: 'Der Entwurf ist ganz gut.',
      miss: 'Der Entwurf ist gut.',
    },
    {
      id: 'mal-schauen',
      pattern: 'mal schauen|sehen|gucken|überlegen',
      hit: 'Wir müssen mal schauen, was geht.',
      miss: 'Wir schauen, was geht.',
    },
    {
      // Advice put as a comparison beside another softener: „wäre es sinnvoller“.
      id: 'sinnvoller',
      pattern: 'sinnvoller|klüger|geschickter|ratsamer',
      hit: 'Vielleicht wäre es klüger, erst im Mai zu starten.',
      miss: 'Wir starten im Mai.',
    },
  ],
  en: [
    {
      id: 'modal',
      pattern: 'might|could|would|may',
      unlessAfter: ['you', 'i', 'we'],
      hit: 'That might work.',
      miss: 'That will work.',
    },
    {
      id: 'just',
      pattern: 'just|gently|quite|rather|fairly|pretty|a+little|tricky|awkward',
      unlessAfter: ['as', 'now', 'like'],
      hit: 'I just think it is too late.',
      miss: 'I think it is too late.',
    },
    {
      id: 'i-think',
      pattern: '^ i think|feel|believe',
      unlessAfter: ['of', 'about'],
      hit: 'I think the plan is fine.',
      miss: 'The plan is fine.',
    },
  ],
};
