// A condition's demand said as a request, shared by the ultimatum moves
// (ultimatum.ts, ultimatum-ask.ts): "Entweder Sie bestätigen …" → "Bitte
// bestätigen Sie …", "du schickst" → "schick", "die Pläne liegen vor" → "Die
// Pläne sollten vorliegen".
import { lemmaOf } from '../lemma';
import type { RewriteInput } from './context';
import { looksFinite, nounPhraseEnd, spelledInfinitive } from './german';
import { type Piece, words } from './pieces';
import { EN_IMPERATIVES } from './words';

/** Separable particles the lemma tables may not join ("lege … nieder"). */
export const PARTICLES = new Set(
  'ab an auf aus bei bereit ein fest fort frei her heraus hin hinaus hoch los mit nach nieder raus vor weg weiter zu zurück zusammen'.split(
    ' ',
  ),
);
/** "sein", "haben", "werden" and the modals: no sanction's own subjunctive, no plain request ("Bitte sind Sie …"). */
export const NOT_FULL_VERB = /^(?:sein|haben|werden|können|müssen|dürfen|sollen|wollen|mögen|brauchen)$/;
/** Whether a plural form, spelled as its infinitive, is a verb: its third person is one ("rechnet", "informiert"). */
export function pluralVerb(p: Piece): boolean {
  const stem = p.folded.slice(0, -2);
  return p.folded.endsWith('en') && (lemmaOf(`${stem}t`, 'de') === p.folded || lemmaOf(`${stem}et`, 'de') === p.folded);
}

/**
 * The first half of "Entweder Sie bestätigen …, oder …" / "Either you confirm
 * …, or …" as a request: "Bitte bestätigen Sie …", "Bitte schickt uns …",
 * "Please confirm …". Null for any other shape (a "du" imperative has forms of
 * its own; "Either the invoice is paid …" has no one to ask).
 */
export function eitherAsRequest(part: readonly Piece[], language: RewriteInput['language']): Piece[] | null {
  const [a, b] = part;
  if (!a?.word || !b?.word) return null;
  const rest = part.slice(2);
  if (language === 'en')
    return a.folded === 'you' && EN_IMPERATIVES.has(b.folded)
      ? [...words('Please'), { ...b, gap: ' ' }, ...rest]
      : null;
  const request = (verb: Piece) =>
    !/^\p{Lu}/u.test(verb.text) && !NOT_FULL_VERB.test(verb.lemma) && (verb.lemma !== verb.folded || pluralVerb(verb));
  // "Sie bestätigen …" or "bestätigen Sie …": the polite imperative puts the verb first.
  if (a.text === 'Sie' && request(b)) return [...words('Bitte'), { ...b, gap: ' ' }, { ...a, gap: ' ' }, ...rest];
  if (b.text === 'Sie' && request(a)) return [...words('Bitte'), { ...a, gap: ' ' }, { ...b, gap: ' ' }, ...rest];
  // "ihr schickt uns …" → "Bitte schickt uns …": the plural imperative is the verb's own form.
  if (a.text === 'ihr' && request(b) && b.folded.endsWith('t')) return [...words('Bitte'), { ...b, gap: ' ' }, ...rest];
  // "du schickst mir …" → "Bitte schick mir …": only where the stem is the lemma's own ("schickst"/"schicken");
  // "gibst", "fährst", "arbeitest" have imperatives of their own shape and get none.
  if (a.folded === 'du' && request(b)) {
    const imperative = duImperative(b, part[part.length - 1] as Piece);
    return imperative ? [...words('Bitte'), { ...b, text: imperative, gap: ' ' }, ...rest] : null;
  }
  // "die Rechnung ist bis … bezahlt" → "Die Rechnung sollte bis … bezahlt sein": what is needed, no one ordered.
  return shouldBe(part);
}

/** The "du" imperative of a present form ("schickst" → "schick"), or null where it is not simply the stem. */
function duImperative(verb: Piece, last: Piece): string | null {
  if (!/^\p{Ll}+st$/u.test(verb.text) || /(?:sst|ßt|tst|dst|chst|xst|zst)$/.test(verb.folded)) return null;
  const stem = verb.folded.slice(0, -2);
  // A separable verb keeps its particle at the end ("schickst … zurück" → "schick … zurück").
  const particle = last.word && PARTICLES.has(last.folded) ? last.folded : '';
  return verb.lemma === `${particle}${stem}en` ? verb.text.slice(0, -2) : null;
}

/**
 * A state the reader is to bring about, said of the thing ("die Pläne liegen am Montag vor" → "Die Pläne
 * sollten am Montag vorliegen"): a noun phrase as subject, then its finite verb; null for any other shape.
 */
function shouldBe(part: readonly Piece[]): Piece[] | null {
  const end = nounPhraseEnd(part, 0);
  const verb = part[end];
  if (end <= 0 || !verb?.word || !/^\p{Ll}/u.test(verb.text) || !looksFinite(verb)) return null;
  if (
    /^(?:den|einen|dem|einem)$/.test(part[0]?.folded ?? '') ||
    /^(?:werden|können|müssen|dürfen|sollen|wollen|mögen)$/.test(verb.lemma)
  )
    return null;
  let rest = part.slice(end + 1);
  if (rest.some((p) => !p.word || p.text === 'Sie' || /^(?:und|oder|du|ihr|ich|wir)$/.test(p.folded))) return null;
  let lemma = verb.lemma;
  const last = rest[rest.length - 1];
  if (last?.word && PARTICLES.has(last.folded)) {
    lemma = lemma.startsWith(last.folded) ? lemma : last.folded + lemma;
    rest = rest.slice(0, -1);
  }
  if (lemma === verb.folded && !pluralVerb(verb)) return null;
  if (!/(?:en|ern|eln|n)$/.test(lemma) || /^(?:haben)$/.test(lemma)) return null;
  const plural = /en$/.test(verb.folded) || verb.folded === 'sind';
  return [...part.slice(0, end), ...words(plural ? 'sollten' : 'sollte'), ...rest, ...words(spelledInfinitive(lemma))];
}
