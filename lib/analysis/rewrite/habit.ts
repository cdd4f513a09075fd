// A habit pinned on the reader ("Wie immer kam Ihre Zahlung zu spät", "Sie
// schicken die Zahlen ständig erst in letzter Minute", "As always, your payment
// arrived late") said as one occasion with a request for the next time: the
// habit word goes, the facts stay.
//  - A habit phrase in front of the clause becomes "Diesmal"/"This time"
//    ("Diesmal kam Ihre Zahlung zu spät. Wie können wir das beim nächsten Mal
//    besser hinbekommen?");
//  - the reader sending something late, always, becomes what the writer
//    received this time ("Ich habe die Zahlen diesmal erst in letzter Minute
//    erhalten. Könnten Sie sie mir beim nächsten Mal bis [Datum] schicken?").
// Counts ("zum dritten Mal", "for the fourth time") are facts, not habit words:
// such sentences are left alone, as is "nie"/"never" (no occasion to name).
import { fromWritersSide } from './blame';
import { type Candidate, phraseAt, type RewriteInput, type Strategy } from './context';
import { IRREGULAR } from './english';
import { nounPhraseEnd } from './german';
import { type Piece, render, words } from './pieces';

const DE_FRONT = [
  'wie immer',
  'wie üblich',
  'wie gewohnt',
  'wie jedes mal',
  'wie jedes jahr',
  'wie jeden monat',
  'wie so oft',
  'und wieder',
  'wieder einmal',
  'einmal mehr',
  'erwartungsgemäss',
];
const EN_FRONT = [
  'as always',
  'as usual',
  'as per usual',
  'as ever',
  'once again',
  'yet again',
  'typically',
  'predictably',
  'as expected',
  'as is tradition',
];
/** After a fronted habit phrase: finite verbs of one occasion or of a state ("kam", "hat … vergessen", "fehlen"). */
const DE_OCCASION_VERBS = new Set(
  'kam kamen war waren wurde wurden hat haben hast habt ist sind fehlt fehlen fehlte fehlten lag lagen liegt liegen blieb blieben kommen kommt ging gingen'.split(
    ' ',
  ),
);
/** Sharpeners that repeat the habit inside the clause: they go with it. */
const DE_AGAIN = new Set(['wieder', 'erneut', 'abermals', 'wiedermal', 'natürlich']);
const EN_AGAIN = new Set(['again']);

const NEXT_TIME: Record<RewriteInput['language'], string> = {
  de: 'Wie können wir das beim nächsten Mal besser hinbekommen?',
  en: 'How can we make this work better next time?',
};

/** "Wie immer kam Ihre Zahlung zu spät." → "Diesmal kam Ihre Zahlung zu spät." */
function fronted(input: RewriteInput): { text: string; dropped: string[] } | null {
  const { pieces, language } = input;
  const ends = (language === 'de' ? DE_FRONT : EN_FRONT).map((phrase) => phraseAt(pieces, 0, phrase));
  const end = Math.max(...ends);
  if (end < 0) return null;
  // "Wie üblich bei Ihnen fehlen …": the reader named with the habit goes with it.
  let at = end;
  if (language === 'de' && pieces[at]?.folded === 'bei' && /^(?:ihnen|dir|euch)$/.test(pieces[at + 1]?.folded ?? ''))
    at += 2;
  if (pieces[at]?.text === ',') at++;
  const rest = pieces.slice(at);
  if (rest.some((p) => /^(?:diesmal|this)$/.test(p.folded))) return null;
  // "Once again the backup failed and once again nobody noticed": a second habit phrase would be left half.
  if (language === 'en' && rest.some((p) => p.folded === 'again')) return null;
  // "Wie immer muss ich …", "Once again I have to …": the writer's own doing is no occasion of the reader's.
  if (rest.slice(0, 2).some((p) => /^(?:ich|wir|i|we)$/.test(p.folded))) return null;
  const verb = rest[0];
  if (!verb?.word) return null;
  if (language === 'de') {
    if (!DE_OCCASION_VERBS.has(verb.folded)) return null;
  } else {
    // The subject (one to four words), then a past form, a perfect or a state.
    const v = rest.findIndex((p, i) => i > 0 && i <= 4 && p.word && isEnglishOccasion(p));
    if (v < 0 || rest.slice(0, v).some((p) => !p.word)) return null;
  }
  const again = language === 'de' ? DE_AGAIN : EN_AGAIN;
  // "…, und wieder hat es keiner bemerkt": without "wieder" the clause would open with its verb.
  if (rest.some((p, i) => i > 0 && again.has(p.folded) && /^(?:und|aber|oder|,)$/.test(rest[i - 1]?.folded ?? '')))
    return null;
  // "schon wieder", "wieder mal": the word beside "wieder" goes with it.
  const clean = rest.filter(
    (p, i) =>
      !(p.word && again.has(p.folded)) &&
      !(p.folded === 'schon' && rest[i + 1]?.folded === 'wieder') &&
      !(p.folded === 'mal' && rest[i - 1]?.folded === 'wieder'),
  );
  const lead = language === 'de' ? words('Diesmal') : words('This time,');
  const moved = clean.map((p, i) =>
    i === 0
      ? {
          ...p,
          gap: ' ',
          text: language === 'en' && !/^I$/.test(p.text) && isLowerable(p) ? p.text.toLowerCase() : p.text,
        }
      : p,
  );
  const text = render([...lead, ...moved]);
  const dropped = [...pieces.slice(0, at), ...rest.filter((p) => !clean.includes(p))].map((p) => p.folded);
  return { text: `${text.replace(/[.!…]+$/u, '.')} ${NEXT_TIME[language]}`, dropped };
}

/** English subjects that go lower case after "This time,": pronouns and determiners, not names. */
const isLowerable = (p: Piece) =>
  /^(?:you|your|the|our|my|his|her|their|this|that|these|those|it|they|we|nobody|no|none|every|each|all)$/.test(
    p.folded,
  );

function isEnglishOccasion(p: Piece): boolean {
  if (/^(?:was|were|has|have|had|'ve|is|are|didn't|did|wasn't|weren't|hasn't|haven't)$/.test(p.folded)) return true;
  if (p.folded === p.lemma) return false;
  return p.folded.endsWith('ed') || Object.values(IRREGULAR).includes(p.folded);
}

const DE_READER: Record<string, RewriteInput['form']> = { sie: 'sie', du: 'du', ihr: 'ihr' };
const DE_SEND = /^(?:schick|send|liefer|mail)(?:en|st|t|e|est|et)?$/;
const DE_HABIT = new Set([
  'immer',
  'ständig',
  'dauernd',
  'regelmässig',
  'grundsätzlich',
  'laufend',
  'stets',
  'prinzipiell',
  'notorisch',
  'chronisch',
  'ausnahmslos',
  'konsequent',
]);
/** Words that make it late: the request for the next time is a date. */
const DE_LATE = /^(?:erst|spät|später|verspätet|knapp|kurzfristig)$/;
const EN_SEND = new Set([
  'send',
  'sends',
  'deliver',
  'delivers',
  'email',
  'emails',
  'submit',
  'submits',
  'return',
  'returns',
]);
const EN_HABIT = new Set([
  'always',
  'constantly',
  'routinely',
  'habitually',
  'invariably',
  'consistently',
  'persistently',
]);
const EN_LATE = /^(?:late|only|after|last)$/;

/** "Sie schicken die Zahlen immer erst in letzter Minute" → "Ich habe die Zahlen diesmal erst in letzter Minute erhalten." */
function germanSending(input: RewriteInput): { text: string; dropped: string[] } | null {
  const { pieces, writer } = input;
  const who = pieces[0];
  const form = who?.word ? DE_READER[who.text === 'Sie' ? 'sie' : who.folded] : undefined;
  if (!who || !form || (who.folded === 'sie' && who.text !== 'Sie')) return null;
  const verb = pieces[1];
  if (!verb?.word || !DE_SEND.test(verb.folded)) return null;
  let o = 2;
  let me = writer === 'wir' ? 'uns' : 'mir';
  if (/^(?:mir|uns)$/.test(pieces[o]?.folded ?? '')) {
    me = (pieces[o] as Piece).folded;
    o++;
  }
  const objectEnd = nounPhraseEnd(pieces, o);
  if (objectEnd < 0) return null;
  const det = (pieces[o] as Piece).folded;
  const object = pieces.slice(o, objectEnd);
  const habit = pieces[objectEnd];
  if (!habit?.word || !DE_HABIT.has(habit.folded)) return null;
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  const rest = pieces.slice(objectEnd + 1, end);
  // Only a time, up to the sentence's end: no second clause, no verb particle ("… ein").
  if (rest.length === 0 || rest.some((p) => !p.word) || !rest.some((p) => DE_LATE.test(p.folded))) return null;
  if (rest.some((p) => /^(?:ein|ab|zu|und|oder|weil|dass|nicht|nie)$/.test(p.folded))) return null;
  const pronoun = /^(?:den|einen|meinen|deinen|ihren|unseren|euren)$/.test(det)
    ? 'ihn'
    : /^(?:das|ein|mein|dein|ihr|unser|euer)$/.test(det)
      ? 'es'
      : 'sie';
  const have = me === 'uns' ? 'Wir haben' : 'Ich habe';
  const could = form === 'du' ? 'Könntest du' : form === 'ihr' ? 'Könntet ihr' : 'Könnten Sie';
  const text = render([
    ...words(have),
    ...object.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)),
    ...words('diesmal'),
    ...rest,
    ...words('erhalten.'),
  ]);
  return {
    text: `${text} ${could} ${pronoun} ${me} beim nächsten Mal bis [Datum] schicken?`,
    dropped: [who.folded, verb.folded, habit.folded, ...pieces.slice(2, o).map((p) => p.folded)],
  };
}

/** "You always send the figures at the last minute" → "I received the figures at the last minute this time." */
function englishSending(input: RewriteInput): { text: string; dropped: string[] } | null {
  const { pieces, writer } = input;
  if (pieces[0]?.folded !== 'you') return null;
  const habit = pieces[1];
  const verb = pieces[2];
  if (!habit?.word || !EN_HABIT.has(habit.folded) || !verb?.word || !EN_SEND.has(verb.folded)) return null;
  let o = 3;
  let we = writer === 'wir';
  if (/^(?:me|us)$/.test(pieces[o]?.folded ?? '')) {
    we = pieces[o]?.folded === 'us';
    o++;
  }
  if (!/^(?:the|your|those|these|all)$/.test(pieces[o]?.folded ?? '')) return null;
  let e = o + 1;
  while (
    e < pieces.length &&
    (pieces[e] as Piece).word &&
    !/^(?:at|on|in|after|only|late|by|the)$/.test((pieces[e] as Piece).folded)
  )
    e++;
  const object = pieces.slice(o, e);
  const last = pieces[pieces.length - 1];
  const end = last && !last.word ? pieces.length - 1 : pieces.length;
  const rest = pieces.slice(e, end);
  if (object.length < 2 || rest.length === 0 || rest.some((p) => !p.word) || !rest.some((p) => EN_LATE.test(p.folded)))
    return null;
  if (rest.some((p) => /^(?:and|or|because|so|but|never|not)$/.test(p.folded))) return null;
  const head = (object[object.length - 1] as Piece).folded;
  const them = /[^su]s$/.test(head) || /^(?:those|these|all)$/.test((object[0] as Piece).folded);
  const text = render([
    ...words(we ? 'We received' : 'I received'),
    ...object.map((p, i) => (i === 0 ? { ...p, gap: ' ', text: p.text.toLowerCase() } : p)),
    ...rest,
    ...words('this time.'),
  ]);
  return {
    text: `${text} Could you send ${them ? 'them' : 'it'} to ${we ? 'us' : 'me'} by [date] next time?`,
    dropped: ['you', habit.folded, verb.folded, ...pieces.slice(3, o).map((p) => p.folded)],
  };
}

/**
 * "Never" of something the reader was to send, said of this occasion: "You never returned the consent form"
 * → as "You didn't return the consent form", "Sie haben uns die Belege nie geschickt" → as "… nicht
 * geschickt", then said from the writer's side as blame.ts says such a sentence ("We haven't received the
 * consent form yet … Could you send it over by [date]?"). "noch nie", "never once" and "have never" stay:
 * they claim every occasion.
 */
function neverAsNotYet(input: RewriteInput): Candidate[] {
  const { pieces, language } = input;
  const at = pieces.findIndex((p) => p.word && p.folded === (language === 'de' ? 'nie' : 'never'));
  if (at < 1) return [];
  const before = pieces[at - 1] as Piece;
  const after = pieces[at + 1];
  if (!after?.word) return [];
  let changed: Piece[];
  if (language === 'en') {
    // "you never returned": the reader, "never", a past form the lemma tables know.
    if (before.folded !== 'you' || after.lemma === after.folded || !isEnglishOccasion(after)) return [];
    if (/^(?:was|were|had|did|once|ever)$/.test(after.folded)) return [];
    // "sent the lease back to us": "received … back to us" would not read; a receiver or a way is not taken.
    if (pieces.slice(at + 2).some((p) => /^(?:back|to|via|through|by)$/.test(p.folded))) return [];
    changed = [
      ...pieces.slice(0, at),
      { ...(words("didn't")[0] as Piece), gap: pieces[at]?.gap ?? ' ' },
      { ...after, text: after.lemma, folded: after.lemma },
      ...pieces.slice(at + 2),
    ];
  } else {
    // "… nie geschickt/gemeldet …": a participle right after, no "noch nie".
    if (before.folded === 'noch' || !/^ge\p{L}+t$|^\p{L}+geschickt$/u.test(after.folded)) return [];
    changed = [
      ...pieces.slice(0, at),
      { ...(words('nicht')[0] as Piece), gap: pieces[at]?.gap ?? ' ' },
      ...pieces.slice(at + 1),
    ];
  }
  // Read as blame.ts reads the reader's act: its cue is the whole clause the "never" stands in.
  const whole = { from: 0, to: changed.length };
  return fromWritersSide({ ...input, pieces: changed, cue: whole, span: whole, ruleId: 'blame' }).map((c) => ({
    text: c.text,
    dropped: [...(c.dropped ?? []), 'never', 'nie', after.folded],
  }));
}

export const oneOccasion: Strategy = (input) => {
  const found = fronted(input) ?? (input.language === 'de' ? germanSending(input) : englishSending(input));
  return found ? [found] : neverAsNotYet(input);
};
