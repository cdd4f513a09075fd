// Commands said as requests: "Sie müssen die Vollmacht unterschreiben" →
// "Könnten Sie die Vollmacht unterschreiben?", "Schicken Sie mir sofort die
// Belege!" → "Könnten Sie mir bis [Datum] die Belege schicken?", "You need to
// sign the form" → "Could you sign the form?", "Ich erwarte den Ausgleich bis
// …" → "Ich bitte um den Ausgleich bis …". The ask stays an ask; urgency
// becomes a date the writer fills in.
import { type Candidate, dropPhrases, findPhrase, type RewriteInput, type Strategy } from './context';
import { DE_DETERMINERS, spelledInfinitive } from './german';
import { body, capitalise, isCapitalised, type Piece, render, words } from './pieces';
import { EN_IMPERATIVES, REWRITE_WORDS } from './words';

const DE_MUST: Record<string, string> = { müssen: 'Könnten', sollen: 'Könnten' };
const DE_REQUEST: Record<RewriteInput['form'], string> = { sie: 'Könnten Sie', du: 'Könntest du', ihr: 'Könntet ihr' };
const DE_READER: Record<string, RewriteInput['form']> = { sie: 'sie', du: 'du', ihr: 'ihr' };
const EN_MUST = ['need to', 'must', 'have to', 'will need to', 'are required to', 'should'];
const EXPECT: Record<RewriteInput['language'], Record<string, string>> = {
  de: { erwarte: 'bitte um', erwarten: 'bitten um' },
  en: { expect: "'d appreciate" },
};
const PARTICLES = new Set(
  'ab an auf aus bei ein fest fort her hin los mit nach nieder vor weg zu zurück zusammen'.split(' '),
);
const DATE: Record<RewriteInput['language'], string> = { de: 'bis [Datum]', en: 'by [date]' };

/** Urgency words replaced by a date to fill in (once), sharpeners dropped. */
function calmer(input: RewriteInput, pieces: Piece[]): { pieces: Piece[]; dropped: string[] } {
  const w = REWRITE_WORDS[input.language];
  const dropped: string[] = [];
  let out = pieces;
  let dated = false;
  for (let found = findPhrase(out, w.urgency); found; found = findPhrase(out, w.urgency)) {
    // "ab sofort" is "from now on", not haste: it reads "künftig".
    if (input.language === 'de' && out[found.at - 1]?.folded === 'ab') {
      const from = out[found.at - 1] as Piece;
      out = [
        ...out.slice(0, found.at - 1),
        { ...words('künftig')[0], gap: from.gap } as Piece,
        ...out.slice(found.end),
      ];
      dropped.push('ab', ...found.phrase.split(' '));
      continue;
    }
    const replacement = dated ? [] : words(DATE[input.language]);
    dated = true;
    out = [
      ...out.slice(0, found.at),
      ...replacement.map((p, i) => (i === 0 ? { ...p, gap: (out[found.at] as Piece).gap } : p)),
      ...out.slice(found.end),
    ];
    dropped.push(...found.phrase.split(' '));
  }
  const sharp = dropPhrases(out, w.sharpeners);
  return { pieces: sharp.pieces, dropped: [...dropped, ...sharp.dropped] };
}

/** Subjects that open a clause of their own after a comma. */
const CLAUSE_SUBJECTS = /^(?:ich|wir|du|er|es|man|i|we|it|they|he|she|i'm|we're|it's|i'll|we'll)$/;

const asQuestion = (pieces: Piece[]): Piece[] => [...body(pieces), ...words('?')];

/** Verbs a dass-clause or zu-infinitive cannot simply follow "Könnten Sie …" with. */
const DE_AUXILIARIES = new Set(['können', 'müssen', 'sollen', 'wollen', 'dürfen', 'werden', 'haben', 'sein', 'lassen']);
/** Main clauses that demand what follows: "Ich erwarte, dass …", "Wir fordern Sie auf, … zu …". */
const DE_DEMANDS = new Set(['erwarten', 'bestehen', 'auffordern', 'fordern', 'bitten']);
const DE_OBJECT_FORM: Record<string, RewriteInput['form']> = { sie: 'sie', dich: 'du', euch: 'ihr' };

/**
 * "Ich erwarte, dass Sie das kostenlos korrigieren" → "Könnten Sie das kostenlos
 * korrigieren?"; "Wir fordern Sie auf, den Betrag zu überweisen" → "Könnten Sie
 * den Betrag überweisen?". The clause must end the sentence with its one verb.
 */
function demandAsRequest(pieces: Piece[]): Piece[] | null {
  const main = (pieces[0] as Piece).folded;
  if (main !== 'ich' && main !== 'wir') return null;
  const comma = pieces.findIndex((p) => p.text === ',');
  if (comma < 2 || comma > 7) return null;
  const head = pieces.slice(1, comma);
  if (!head.some((p) => p.word && DE_DEMANDS.has(p.lemma))) return null;
  const clause = body(pieces.slice(comma + 1));
  if (clause.some((p) => !p.word && /^[,;:?!–—()]/.test(p.text)) || clause.length < 3) return null;
  const verb = clause[clause.length - 1] as Piece;
  if (!verb.word || DE_AUXILIARIES.has(verb.lemma)) return null;
  let form: RewriteInput['form'] | undefined;
  let middle: Piece[];
  let infinitive: string;
  if (clause[0]?.folded === 'dass') {
    form = DE_READER[clause[1]?.text === 'Sie' ? 'sie' : (clause[1]?.folded ?? '')];
    if (clause[1]?.folded === 'sie' && clause[1].text !== 'Sie') return null;
    middle = clause.slice(2, -1);
    // Two verbs in a du/ihr clause ("ausfüllst und zurückschickst") would need two infinitives.
    if (form !== 'sie' && middle.some((p) => p.folded === 'und' || p.folded === 'oder')) return null;
    infinitive = form === 'sie' ? verb.folded : verb.lemma;
  } else {
    const object = head.find((p) => DE_OBJECT_FORM[p.folded] && (p.folded !== 'sie' || p.text === 'Sie'));
    form = object ? DE_OBJECT_FORM[object.folded] : undefined;
    const zu = clause[clause.length - 2];
    if (zu?.folded === 'zu') {
      middle = clause.slice(0, -2);
      infinitive = verb.folded;
    } else {
      // "nachzureichen": the separable verb's zu-infinitive.
      const split = /^(\p{L}+?)zu(\p{L}+en)$/u.exec(verb.folded);
      if (!split || !PARTICLES.has(split[1] as string)) return null;
      middle = clause.slice(0, -1);
      infinitive = `${split[1]}${split[2]}`;
    }
  }
  if (!form || middle.length === 0 || !/en$|ern$|eln$/.test(infinitive)) return null;
  return asQuestion([
    ...words(DE_REQUEST[form]),
    ...middle.map((p, i) => (i === 0 ? { ...p, gap: ' ' } : p)),
    ...words(spelledInfinitive(infinitive)),
  ]);
}

function german(pieces: Piece[]): Piece[] | null {
  const [first, second] = pieces;
  if (!first?.word || !second?.word) return null;
  const demanded = demandAsRequest(pieces);
  if (demanded) return demanded;
  const last = body(pieces);
  // "Sie müssen … unterschreiben": the modal becomes "Könnten".
  if (DE_READER[first.folded] && DE_MUST[second.lemma]) {
    return asQuestion([...words(DE_REQUEST[DE_READER[first.folded] as RewriteInput['form']]), ...last.slice(2)]);
  }
  // "Ich erwarte den Ausgleich bis …": "Ich bitte um …" keeps the object's case.
  const expect = EXPECT.de[second.folded];
  // "Ich erwarte den Ausgleich" → "Ich bitte um den Ausgleich"; not "erwarte, dass …".
  const object = pieces[2];
  if (
    (first.folded === 'ich' || first.folded === 'wir') &&
    expect &&
    object?.word &&
    (DE_DETERMINERS.has(object.folded) || isCapitalised(object))
  ) {
    return [first, ...words(expect), ...pieces.slice(2)];
  }
  // "Schicken Sie mir … die Belege (ab)!": the imperative moves to the end as an infinitive.
  if (second.folded === 'sie' && second.text === 'Sie' && first.lemma.endsWith('en') && first.folded === first.lemma) {
    let middle = last.slice(2);
    let infinitive = first.lemma;
    const end = middle[middle.length - 1];
    if (end?.word && PARTICLES.has(end.folded)) {
      infinitive = end.folded + infinitive;
      middle = middle.slice(0, -1);
    }
    if (middle.length === 0) return null;
    return asQuestion([...words('Könnten Sie'), ...middle, ...words(spelledInfinitive(infinitive))]);
  }
  return null;
}

/** "I expect you to …", "We must insist that you …": a demand on the reader, said as a request. */
const EN_DEMANDS = ['expect you to', 'need you to', 'want you to', 'require you to', 'insist that you', 'insist you'];

function english(input: RewriteInput, pieces: Piece[]): Piece[] | null {
  const first = pieces[0];
  if (!first?.word) return null;
  const last = body(pieces);
  if (first.folded === 'i' || first.folded === 'we') {
    // "must"/"really"/"do" may stand before the verb of demanding.
    const near = findPhrase(pieces, EN_DEMANDS, 1);
    const found = near && near.at <= 3 ? near : null;
    const between = found ? pieces.slice(1, found.at) : [];
    const verb = found ? pieces[found.end] : undefined;
    if (
      found &&
      between.every((p) => p.word && ['must', 'really', 'do', 'would', 'will'].includes(p.folded)) &&
      verb?.word &&
      verb.folded !== 'be' &&
      !last.slice(found.end).some((p) => !p.word && /^[,;:]/.test(p.text))
    )
      return asQuestion([...words('Could you'), ...last.slice(found.end)]);
  }
  if (first.folded === 'you') {
    for (const must of EN_MUST) {
      const end = must.split(' ').length + 1;
      if (
        pieces
          .slice(1, end)
          .map((p) => p.folded)
          .join(' ') !== must
      )
        continue;
      const verb = pieces[end];
      if (!verb?.word || verb.folded === 'have' || verb.folded === 'be') return null;
      return asQuestion([...words('Could you'), ...last.slice(end)]);
    }
    return null;
  }
  if (
    (first.folded === 'i' || first.folded === 'we') &&
    EXPECT.en[pieces[1]?.folded ?? ''] &&
    pieces[2]?.word &&
    pieces[2].folded !== 'that'
  ) {
    const fused = words(`${first.text}${EXPECT.en[pieces[1]?.folded ?? '']}`);
    return [...fused, ...pieces.slice(2)];
  }
  // A bare imperative ("Send me the files now."): a request with "could you".
  if (EN_IMPERATIVES.has(first.folded) && /(?:command|imperative)/.test(input.ruleId)) {
    return asQuestion([
      ...words('Could you'),
      { ...first, text: first.text.toLowerCase(), gap: ' ' },
      ...last.slice(1),
    ]);
  }
  return null;
}

export const askInstead: Strategy = (input) => {
  if (input.ruleId.includes('ultimatum')) return [];
  // A second clause after a semicolon or colon would end up inside the question ("…, though; that's how …?"),
  // and so would one after a comma that opens with its own subject ("…, ich warte nicht noch einen Tag?").
  const main = body(input.pieces);
  if (
    main.some(
      (p, i) =>
        p.text === ';' ||
        p.text === ':' ||
        (p.text === ',' && CLAUSE_SUBJECTS.test(main[i + 1]?.folded ?? '') && main[i + 2]?.word),
    )
  )
    return [];
  const { pieces, dropped } = calmer(input, input.pieces);
  const out = input.language === 'de' ? german(pieces) : english(input, pieces);
  if (!out) return [];
  const first = out[0] as Piece;
  const text = render([{ ...first, gap: '', text: capitalise(first.text) }, ...out.slice(1)]);
  const candidate: Candidate = { text, dropped: [...dropped, ...input.pieces.slice(0, 3).map((p) => p.folded)] };
  return [candidate];
};
