// The next step after praise and its point are split (contrast.ts): chosen by
// the point's shape, not a stock line (blind review, session 25: "Shall we go
// through it together?" after every point read as no calmer). Something
// missing → ask for it ("Für die Steuererklärung fehlen noch die Belege.
// Könnten Sie sie mir schicken?"); something that does not work or is not
// right → ask the reader to look at that thing ("Could you take another look
// at the two drawers?"); an answer that misses a point → ask about that point;
// too expensive → where the room is, or alternatives within the reader's
// budget; too long or small → offer a version; late → what would help. The
// point loses its sharpeners ("at all", "komplett", "nach wie vor" → "noch").
// A point that is itself pressure or blame ("Du musst mir …", "You should
// have …") takes no stock line: another move rewrites it, or none is offered.
// German takes a pronoun only where the determiner or the verb's number gives
// its gender and number; otherwise "das".
import type { RewriteInput } from './context';

export interface Step {
  /** The point as it now reads (a sentence, closed with its mark). */
  point: string;
  /** The next step after it (a question or an offer). */
  step: string;
  /** Words of the point that go on purpose (the guard lets them go). */
  dropped: string[];
}

/** The point is pressure or blame of its own: no stock line fits after it. */
export const MISFIT = 'misfit';

type Form = RewriteInput['form'];

const COULD: Record<Form, string> = { sie: 'Könnten Sie', du: 'Könntest du', ihr: 'Könntet ihr' };
const YOU_DAT: Record<Form, string> = { sie: 'Ihnen', du: 'dir', ihr: 'euch' };
/** The reflexive that goes with the form: "Könnten Sie sich …", "Könntest du dir …". */
const SELF: Record<Form, string> = { sie: 'sich', du: 'dir', ihr: 'euch' };

// ---------------------------------------------------------------- shared

/** A replacement on the point that records the words it drops. */
function drop(text: string, pattern: RegExp, by: string, dropped: string[]): string {
  return text.replace(pattern, (m) => {
    for (const w of m.toLowerCase().match(/[\p{L}'’]+/gu) ?? []) if (!by.toLowerCase().includes(w)) dropped.push(w);
    return by;
  });
}

const closeWith = (point: string) => `${point.trim().replace(/[.!…]+$/u, '')}.`;
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

// ---------------------------------------------------------------- German

/** Pressure or blame in the point: a command, a "should have", the reader's failure. */
const DE_MISFIT =
  /\b(?:musst|müsst|müssen Sie|sollten Sie|solltest|solltet|hätten Sie|hättest|hättet|gefälligst|endlich|sofort|ich warte nicht|ich erwarte|offenbar|offensichtlich)\b|^(?:Sie|Du|Ihr)\s+(?:haben|hast|habt|hatten|hattest)\b[^.]*\b(?:nicht|nie|kein\p{L}*)\b|(?:^|\s)(?:Sie|[Dd]u|[Ii]hr)\s+(?:hätten|hättest|hättet|sollten|solltest|solltet)\b/u;

/** Determiners that give the noun phrase's gender or number (nominative = accusative for these). */
const DE_FEMININE_OR_PLURAL =
  /^(?:die|diese|meine|ihre|deine|eure|unsere|keine|beide|beiden|sämtliche|alle|zwei|drei|vier|fünf)$/i;
const DE_NEUTER = /^(?:das|dieses)$/i;
const DE_MASCULINE = /^(?:der|dieser)$/i;

/** A German noun phrase: a determiner, up to three lower-case words, a noun, and a genitive or short attachment. */
const DE_NP =
  '(?:(?:[DdMmKkSsEe]ie|[Dd]as|[Dd]er|[Dd]ies(?:e|es|er)|[Ii]hre?|[Dd]eine?|[Ee]ure?|[Ee]uer|[Uu]nsere?|[Mm]eine?|[Kk]eine?|[Ee]ine?|[Ss]ämtliche|[Aa]lle|[Bb]eide|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|\\d+)\\s+)?(?:[a-zäöüß0-9][\\p{L}0-9.-]*\\s+){0,3}\\p{Lu}[\\p{L}-]*(?:\\s+(?:der|des|zum|zur|vom|für die|für den|für das|in Spalte|auf Seite)\\s+(?:[a-zäöüß][\\p{L}-]*\\s+)?[\\p{Lu}0-9][\\p{L}0-9-]*)?';

interface Subject {
  np: string;
  /** Accusative pronoun, or null where gender and number are not given. */
  pronoun: 'sie' | 'es' | 'ihn' | null;
  /** The noun phrase in the accusative as written, or null. */
  accusative: string | null;
}

function deSubject(np: string, plural: boolean): Subject {
  const first = np.split(/\s+/)[0] ?? '';
  const lone = !/\s/.test(np.trim());
  let pronoun: Subject['pronoun'] = null;
  if (plural || DE_FEMININE_OR_PLURAL.test(first)) pronoun = 'sie';
  else if (DE_NEUTER.test(first)) pronoun = 'es';
  else if (DE_MASCULINE.test(first)) pronoun = 'ihn';
  // "die"/"das" and plurals read the same in the accusative; "der" does not.
  const same = pronoun === 'sie' || pronoun === 'es';
  const polite = /^(?:Ihre|Ihr)$/.test(first);
  if (/^(?:zwei|drei|vier|fünf|sechs|\d+)$/i.test(first) && plural && np.split(/\s+/).length <= 4)
    return { np, pronoun, accusative: `die ${lowerFirst(np)}` };
  const accusative =
    same && !lone && np.split(/\s+/).length <= 4 ? (polite ? np : lowerFirst(np)) : same && plural && lone ? np : null;
  return { np, pronoun, accusative };
}

/** Where the point's subject comes first: "Die Zugangsdaten zum Zahlungsanbieter fehlen …". */
function deSubjectFirst(point: string, verbs: string): { subject: Subject; verb: string } | null {
  const m = new RegExp(`^(${DE_NP})\\s+(${verbs})\\b`, 'u').exec(point);
  if (!m) return null;
  const verb = m[2] as string;
  return { subject: deSubject(m[1] as string, /(?:en|n)$/.test(verb) && !/^(?:ist|hat)$/.test(verb)), verb };
}

/** "noch" after the finite verb (and a pronoun right after it), unless the point has it or says "nicht". */
function deYet(point: string, verb: string): string {
  if (/\bnoch\b/.test(point) || /\bnicht\b/.test(point)) return point;
  return point.replace(new RegExp(`\\b${verb}((?:\\s+(?:uns|mir|Ihnen|dir|euch))?)\\b`, 'u'), `${verb}$1 noch`);
}

/** "nicht" → "noch nicht" after a present verb, unless "noch" is there. */
const deNotYet = (point: string) => (/\bnoch\b/.test(point) ? point : point.replace(/\bnicht\b/, 'noch nicht'));

function deSharpeners(point: string, dropped: string[]): string {
  let out = point;
  out = drop(out, /\b(?:nach wie vor|immer noch|noch immer|weiterhin)\b/u, 'noch', dropped);
  out = drop(out, /\s+(?:komplett|völlig|gänzlich|überhaupt|absolut|schlicht|einfach)(?=[\s,.;!?])/gu, '', dropped);
  out = drop(out, /\b(?:viel|weit) zu\b/gu, 'zu', dropped);
  // "weit über dem Budget" keeps its size, said plainer.
  out = drop(out, /\bweit über\b/gu, 'deutlich über', dropped);
  return out;
}

const DE_PRICE =
  /\b(?:Rechnung|Rechnungen|Honorar|Angebot|Preis|Preise|Kosten|Gebühr|Gebühren|Stundensatz|Kostenvoranschlag|Nebenkosten)\b/u;
const DE_READER_BUDGET = /\b(?:Ihr|Ihrem|Ihres|dein|deinem|deines|euer|eurem|eures)\s+Budget/u;
const DE_WORK_NOUN =
  /^(?:(?:Er|Sie|Es|Das|Der Text|Die Texte|Der Entwurf|Der Bericht|Die Zusammenfassung|Die Broschüre|Die Fotos|Die Bilder|Die Präsentation|Die Folien|Der Brief|Der Artikel|Das Dokument|Das Exposé|Das Video)\s+(?:ist|sind|war|waren)|(?:Leider\s+)?(?:ist|war) das(?!\s+\p{Lu}))\b/u;
const DE_SHORTER: Record<string, string> = {
  lang: 'kürzere',
  kurz: 'ausführlichere',
  klein: 'größere',
  dunkel: 'hellere',
};

function germanStep(point: string, input: RewriteInput): Step | typeof MISFIT | null {
  const { form, writer } = input;
  const could = COULD[form];
  const me = writer === 'wir' ? 'uns' : 'mir';
  if (DE_MISFIT.test(point)) return MISFIT;
  const dropped: string[] = [];
  const clean = deSharpeners(point, dropped);

  // Missing: "X fehlt/fehlen …" or "Im Angebot fehlen X".
  const missing = /\b(fehlt|fehlen|fehlte|fehlten)\b/u.exec(clean);
  if (missing && !/\bnicht\b/.test(clean)) {
    const verb = missing[1] as string;
    const past = verb.startsWith('fehlte');
    const first = deSubjectFirst(clean, verb);
    let subject = first?.subject ?? null;
    if (!subject) {
      const after = new RegExp(
        `\\b${verb}\\s+(?:(?:uns|mir|noch|leider|diesmal|jetzt)\\s+)*(${DE_NP})(?=[\\s,.;]|$)`,
        'u',
      ).exec(clean);
      if (after && /^(?:die|das|der|sämtliche|alle|beide|zwei|drei)\s/i.test(after[1] as string))
        subject = deSubject(after[1] as string, verb.endsWith('en'));
    }
    if (!subject?.pronoun) return null;
    const inside = /\b(?:im|in|auf|bei|an)\s+(?!Ordnung)\p{L}/iu.test(clean.replace(subject.np, ''));
    const text = past ? clean : deYet(clean, verb);
    const step = inside ? `${could} ${subject.pronoun} ergänzen?` : `${could} ${subject.pronoun} ${me} schicken?`;
    return { point: closeWith(text), step, dropped };
  }

  // Does not work, close, open, run: the reader is asked to look at that thing.
  const broken =
    /(?<!\p{L})(funktioniert|funktionieren|schließt|schließen|öffnet|öffnen|läuft|laufen|lädt|laden|startet|starten|sendet|senden)\s+(?:\p{Ll}+\s+){0,3}?nicht\b|\b(tropft|tropfen|klemmt|klemmen|wackelt|wackeln|hakt|haken)\b|\b(?:ist|sind)\s+(?:\p{Ll}+\s+)?(?:kaputt|defekt|undicht)\b/u.exec(
      clean,
    );
  const unreadable = /\b(?:unlesbar|kaum (?:zu )?lesen|kaum lesbar|schwer (?:zu )?lesen|schwer lesbar)\b/u.test(clean);
  if (broken || unreadable) {
    const verb = (broken?.[1] ?? broken?.[2] ?? '') as string;
    const first = deSubjectFirst(clean, verb || '\\p{Ll}+');
    const subject = first?.subject;
    const self = SELF[form];
    const look = /,\s+(?:und|sondern)\s/u.test(clean)
      ? `${could} ${self} das noch einmal ansehen?`
      : subject?.accusative
        ? `${could} ${self} ${subject.accusative} noch einmal ansehen?`
        : subject?.pronoun
          ? `${could} ${subject.pronoun} ${self} noch einmal ansehen?`
          : `${could} ${self} das noch einmal ansehen?`;
    return { point: closeWith(broken?.[1] ? deNotYet(clean) : clean), step: look, dropped };
  }

  // Not right: "Die Summen stimmen nicht", "Der Maßstab ist falsch" (present: still open).
  const wrong =
    /\b(stimmt|stimmen)\s+(?:[\p{L}\d.]+\s+){0,3}?nicht\b|\b(ist|sind)\s+(?:leider\s+)?(?:falsch|fehlerhaft|unvollständig)\b/u.exec(
      clean,
    );
  if (wrong) {
    const verb = (wrong[1] ?? wrong[2]) as string;
    const first = deSubjectFirst(clean, verb);
    const after =
      first ??
      (() => {
        const m = new RegExp(
          `\\b${verb}\\s+(?:(?:leider|aber|jetzt)\\s+)*(${DE_NP})\\s+(?:\\p{Ll}+\\s+)*nicht\\b`,
          'u',
        ).exec(clean);
        return m && /^(?:die|das)\s/i.test(m[1] as string)
          ? { subject: deSubject(m[1] as string, verb.endsWith('en')), verb }
          : null;
      })();
    const subject = after?.subject;
    const check = subject?.accusative
      ? `${could} ${subject.accusative} noch einmal prüfen?`
      : `${could} ${subject?.pronoun ?? 'das'} noch einmal prüfen?`;
    const incomplete = /unvollständig/.test(clean);
    const complete = `${could} ${subject?.pronoun ?? 'das'} noch vervollständigen?`;
    // Two points in one ("…, und zwei Fotos zeigen …"): the step names no one thing.
    const both = /,\s+(?:und|sondern)\s/u.test(clean);
    return {
      point: closeWith(wrong[1] ? deNotYet(clean) : clean),
      step: incomplete
        ? both
          ? `${could} das noch vervollständigen?`
          : complete
        : both
          ? `${could} das noch einmal prüfen?`
          : check,
      dropped,
    };
  }

  // An answer or a piece of work that misses the point asked about.
  if (/\bbeantwortet\b[^.]*\b(?:nicht|keine)\b|\bgeht\b[^.]*\bvorbei\b|\bgeht\b[^.]*\bnicht\b[^.]*\bein\b/u.test(clean))
    return { point: closeWith(clean), step: `${could} dazu noch ein paar Zeilen ergänzen?`, dropped };
  const ignores = /(?<!\p{L})(?:ignoriert|ignorieren|übergeht|übergehen)\s+([^,.;]+)/u.exec(clean);
  if (ignores && (ignores[1] as string).split(/\s+/).length <= 6) {
    const thing = (ignores[1] as string).replace(/\s+(?:komplett|völlig|vollständig)$/u, '');
    return { point: closeWith(clean), step: `${could} ${thing} noch berücksichtigen?`, dropped };
  }

  // Too expensive, over budget.
  let budget = clean;
  budget = budget.replace(
    /\b(sprengt|sprengen)\s+(das|unser|Ihr|dein|euer)\s+Budget(\s+um\s+(?:[\d.,]+\s+)?(?:\p{Ll}+\s+)?\p{L}+)?(\s+bei weitem)?(?=[\s,.;]|$)/u,
    (_m, v: string, det: string, by: string | undefined, far: string | undefined) => {
      const dative = { das: 'dem', unser: 'unserem', Ihr: 'Ihrem', dein: 'deinem', euer: 'eurem' }[det] ?? 'dem';
      dropped.push(v.toLowerCase(), ...(far ? ['bei', 'weitem'] : []));
      return `${v === 'sprengt' ? 'liegt' : 'liegen'}${by ?? ''}${far ? ' deutlich' : ''} über ${dative} Budget`;
    },
  );
  if (/\bzu teuer\b|\bunbezahlbar\b|(?<!\p{L})über\s+\p{L}*\s*Budget\b|\bzu hoch\b/u.test(budget)) {
    const price = DE_PRICE.test(budget);
    if (/\bzu hoch\b/.test(budget) && !price) return null;
    const step = price
      ? `${could} ${me} die Berechnung kurz erläutern?`
      : DE_READER_BUDGET.test(budget)
        ? `Gern ${writer === 'wir' ? 'stellen wir' : 'stelle ich'} ${YOU_DAT[form]} ein paar Alternativen zusammen, die in den Rahmen passen.`
        : 'Wollen wir gemeinsam schauen, wo sich bei den Kosten etwas einsparen lässt?';
    return { point: closeWith(budget), step, dropped };
  }

  // Too long, too small: a version that fits.
  const size = /\bzu (lang|kurz|klein|dunkel)\b/u.exec(clean);
  const work = DE_WORK_NOUN.exec(clean);
  if (size && work && !/,/.test(clean)) {
    const plural = /\b(?:sind|waren)\b/.test(work[0]);
    const adjective = DE_SHORTER[size[1] as string] as string;
    const version = plural ? `${adjective} Fassungen` : `eine ${adjective} Fassung`;
    const picture = /^(?:klein|dunkel)$/.test(size[1] as string);
    const offer = picture ? `${could} ${me} ${version} schicken?` : `Soll ich ${YOU_DAT[form]} ${version} vorschlagen?`;
    return { point: closeWith(clean), step: offer, dropped };
  }

  // Late: what would help to be on time.
  if (/\bzu spät\b|\bverspätet\b|\bnach dem vereinbarten Termin\b|\bnicht eingehalten\b/u.test(clean)) {
    const step =
      form === 'sie'
        ? 'Was würde Ihnen helfen, damit es beim nächsten Mal rechtzeitig klappt?'
        : `Was würde ${YOU_DAT[form]} helfen, damit es beim nächsten Mal rechtzeitig klappt?`;
    return { point: closeWith(clean), step, dropped };
  }
  return null;
}

// ---------------------------------------------------------------- English

const EN_MISFIT =
  /\byou(?:['’]ll| will)? (?:have to|must|need to|should|had better)\b|\byou should have\b|\bI won['’]t wait\b|\bI expect\b|\bmake sure you\b|^You (?:didn['’]t|never|failed|talked|conceded|agreed|forgot|ignored)\b/i;

/**
 * A subject noun phrase said again as an object: "They" → "them", "The numbers" → "the numbers"; a
 * longer one as the pronoun its verb gives ("Two of the drawers don't …" → "them").
 */
function enObject(subject: string, plural?: boolean): string {
  const s = subject.trim();
  if (plural !== undefined && !/^(?:half|some|most|none|all)\b/i.test(s)) return plural ? 'them' : 'it';
  const pronoun: Record<string, string> = { it: 'it', they: 'them', this: 'this', that: 'that' };
  const low = s.toLowerCase();
  if (pronoun[low]) return pronoun[low] as string;
  // "The", "Your", "Two": lower case unless a name.
  return /^(?:The|Your|Our|Its|Their|This|That|These|Those|All|Half|Two|Three|Some|Several|Most|Both|None|Many)\b/.test(
    s,
  )
    ? lowerFirst(s)
    : s;
}

const EN_SUBJECT =
  "^((?:[A-Z][\\w'’-]*)(?:\\s+(?!(?:is|are|was|were|has|have|had|do|does|did|don['’]t|doesn['’]t|didn['’]t|isn['’]t|aren['’]t|won['’]t|still|never|just)\\b)[\\w'’£$€.,-]+){0,7}?)";

function enSharpeners(point: string, dropped: string[]): string {
  let out = point;
  out = drop(out, /\s+(?:at all|entirely|completely|totally|whatsoever|altogether)(?=[\s,.;!?]|$)/gi, '', dropped);
  out = drop(out, /\b(?:far|way|much) too\b/gi, 'too', dropped);
  // "still haven't come through" → "haven't come through yet", in a point of one clause.
  if (!/[,;]|\band\b/.test(out.replace(/[.!?]+$/, ''))) {
    const still = /\bstill\s+(?=(?:haven['’]t|hasn['’]t|isn['’]t|aren['’]t|has not|have not|is not|are not)\b)/i;
    if (still.test(out) && !/\byet\b/i.test(out)) {
      dropped.push('still');
      out = `${out.replace(still, '').replace(/[.!]+$/, '')} yet.`;
    }
  }
  return out;
}

const EN_PRICE = /\b(?:invoice|invoices|fee|fees|quote|price|prices|bill|rate|rates|estimate|charges?)\b/i;

function englishStep(point: string): Step | typeof MISFIT | null {
  if (EN_MISFIT.test(point)) return MISFIT;
  const dropped: string[] = [];
  let clean = enSharpeners(point, dropped);

  // Missing: "X is/are missing", "X haven't come through", "We are still waiting for X", "It leaves out X".
  const leaves = /\b(?:leaves|leave|left) out\s+([^,.;]+)|\bdoesn['’]t include\s+([^,.;]+)/i.exec(clean);
  if (leaves) {
    const thing = (leaves[1] ?? leaves[2]) as string;
    if (thing.split(/\s+/).length <= 8) return { point: closeWith(clean), step: `Could you add ${thing}?`, dropped };
  }
  // "It's missing the opening hours": the thing it lacks is added.
  const lacks = /(?:\bis|\bare|['’]s|['’]re)\s+missing\s+(?!from\b|in\b|on\b)([^,.;]+)/i.exec(clean);
  if (lacks && (lacks[1] as string).split(/\s+/).length <= 6 && !/^(?:half|some|most|all)\b/i.test(lacks[1] as string))
    return { point: closeWith(clean), step: `Could you add ${lacks[1]}?`, dropped };
  // "…, so send those too": the ask in the point is said as the question after it.
  const tail = /,\s+(?:so|and)\s+(?:please\s+)?(?:send|forward)\s+[^.;]*$/i.exec(clean.replace(/[.!]+$/, ''));
  const missing = new RegExp(
    `${EN_SUBJECT}\\s+(?:(?:is|are|was|were)(?: still)? missing|(?:haven['’]t|hasn['’]t) (?:come through|arrived|been sent)|never (?:arrived|came))`,
    'i',
  ).exec(clean);
  if (missing) {
    if (tail) {
      for (const w of tail[0].toLowerCase().match(/[\p{L}'’]+/gu) ?? []) dropped.push(w);
      clean = `${clean.replace(/[.!]+$/, '').slice(0, tail.index)}.`;
    }
    if (/,|\band\b/.test(clean.slice(missing[0].length))) return null;
    const quantified = /^(?:half|some|several|two|three|four|five)\b/i.test(missing[1] as string);
    const thing = quantified
      ? 'the missing ones'
      : enObject(missing[1] as string, /\b(?:are|were|haven['’]t)\b/i.test(missing[0]));
    if (/^(?:most|none|all)\b/i.test(thing)) return null;
    // Missing from something ("… is missing from the ledger", "on page 2"): added there, not sent.
    const step = /\bmissing\s+(?:from|in|on)\b/i.test(clean)
      ? `Could you add ${thing}?`
      : `Could you send ${thing} when you have a moment?`;
    return { point: closeWith(clean), step, dropped };
  }
  const waiting = /\bwe(?:['’]re| are) still waiting for\s+([^,.;]+)/i.exec(clean);
  if (waiting && (waiting[1] as string).split(/\s+/).length <= 6)
    return { point: closeWith(clean), step: `Could you send ${waiting[1]} when you have a moment?`, dropped };

  // Incomplete: the rest is asked for.
  if (
    new RegExp(`${EN_SUBJECT}\\s+(?:is|are)\\s+(?:still\\s+)?incomplete\\b`, 'i').test(clean) &&
    !/,|\band\b/.test(clean)
  )
    return { point: closeWith(clean), step: 'Could you send the rest when you have a moment?', dropped };

  // An answer or a piece of work that misses what was asked.
  const misses =
    /\b(?:doesn['’]t|does not|don['’]t|do not|didn['’]t|did not)\s+(?:address|answer|cover|mention|deal with)\s+([^,.;]+)|\b(?:misses|miss|overlooks)\s+([^,.;]+)/i.exec(
      clean,
    );
  if (misses) {
    const thing = ((misses[1] ?? misses[2]) as string).trim();
    if (/\banswer\b/i.test(misses[0]) && /\b(?:my|our) (?:question|questions|query)\b/i.test(thing))
      return { point: closeWith(clean), step: 'Could you have another look at what I asked?', dropped };
    if (!/^(?:most|much|all|half|some|every|any)\b/i.test(thing))
      return {
        point: closeWith(clean),
        step: `Could you add a few lines on ${thing.split(/\s+/).length <= 6 ? thing : 'this'}?`,
        dropped,
      };
    return null;
  }
  const ignores = /\b(?:ignores|ignore)\s+([^,.;]+)/i.exec(clean);
  if (ignores && (ignores[1] as string).split(/\s+/).length <= 5)
    return { point: closeWith(clean), step: `Could you take ${ignores[1]} into account?`, dropped };

  // What the writer cannot use without something: whether the reader has it.
  const without = /^(?:I|We)\s+(?:can['’]t|cannot)\s+[^,.;]*?\bwithout\s+([^,.;]+)/i.exec(clean);
  if (without && (without[1] as string).split(/\s+/).length <= 4)
    return { point: closeWith(clean), step: `Could you check whether you have ${without[1]}?`, dropped };

  // Does not work, close, open; broken; leaks; crashes.
  const broken = new RegExp(
    `${EN_SUBJECT}\\s+(?:(?:don['’]t|doesn['’]t|do not|does not|won['’]t|will not)\\s+(?:work(?!\\s+for)|close|open|load|send|start|print|sync|lock|shut)\\b|(?:is|are)\\s+(?:still\\s+)?(?:broken|not working|leaking|jammed|stuck)\\b|(?:still\\s+)?(?:leak|leaks|crash|crashes|sticks|stick|jams|jam)\\b|sends? nothing\\b|(?:is|are)\\s+(?:unreadable|illegible|hard to read)\\b)`,
    'i',
  ).exec(clean);
  if (broken) {
    const thing = enObject(broken[1] as string, /\b(?:don['’]t|do not|are|leak|crash|stick|jam)\b/i.test(broken[0]));
    if (/^(?:I|we|you|he|she)$/i.test(thing)) return null;
    const one = !/,\s+(?:and|but)\s/i.test(clean) && !/^(?:half|some|most|none|all)\b/i.test(thing);
    return {
      point: closeWith(clean),
      step: one ? `Could you take another look at ${thing}?` : 'Could you take another look?',
      dropped,
    };
  }

  // Not right: "The numbers don't add up", "The totals are wrong".
  const wrong = new RegExp(
    `${EN_SUBJECT}\\s+(?:don['’]t|doesn['’]t|didn['’]t|did not|do not|does not)\\s+(?:add up|match|line up|tally)\\b|${EN_SUBJECT}\\s+(?:is|are)\\s+(?:wrong|off|incorrect|inaccurate)\\b`,
    'i',
  ).exec(clean);
  if (wrong) {
    const thing = enObject(
      (wrong[1] ?? wrong[2]) as string,
      /\bdid(?:n['’]t| not)\b/i.test(wrong[0]) ? undefined : /\b(?:don['’]t|do not|are)\b/i.test(wrong[0]),
    );
    if (/^(?:I|we|you|he|she)$/i.test(thing)) return null;
    const one = !/,\s+(?:and|but)\s/i.test(clean) && !/^(?:half|some|most|none|all)\b/i.test(thing);
    return {
      point: closeWith(clean),
      step: one ? `Could you check ${thing} again?` : 'Could you check this again?',
      dropped,
    };
  }

  // Too expensive, over budget.
  if (
    /\b(?:twice|double|more than) what you quoted\b|\btoo expensive\b|\bover (?:the |our |your )?budget\b|\bbeyond (?:the |our |your )?budget\b|\btoo high\b/i.test(
      clean,
    )
  ) {
    const price = EN_PRICE.test(clean);
    if (/\btoo high\b/i.test(clean) && !price) return null;
    const step = price
      ? 'Could you walk me through how it was calculated?'
      : /\byour budget\b/i.test(clean)
        ? "I'm happy to put together a few options that fit your budget."
        : 'Shall we look at where the cost could come down?';
    if (price && /\b(?:fees|prices|rates|charges|invoices)\b/i.test(clean))
      return { point: closeWith(clean), step: 'Could you walk me through how they were calculated?', dropped };
    return { point: closeWith(clean), step, dropped };
  }

  // Too long, too small, too dark: a version that fits.
  const size =
    /^(?:It|It['’]s|They|They['’]re|The (?:copy|text|draft|report|summary|brochure|photos|pictures|images|presentation|slides|letter|email|article|document|video))\b[^,;]*\btoo (long|short|small|dark)\b/i.exec(
      clean,
    );
  if (size) {
    const plural = /^(?:They|The (?:photos|pictures|images|slides))/i.test(clean);
    const adjective = { long: 'shorter', short: 'fuller', small: 'larger', dark: 'brighter' }[
      (size[1] as string).toLowerCase()
    ] as string;
    // A text to shorten: the writer offers a version; a picture too dark or small: the reader is asked for one.
    const picture = /^(?:small|dark)$/i.test(size[1] as string);
    const version = plural ? `${adjective} versions` : `a ${adjective} version`;
    return {
      point: closeWith(clean),
      step: picture ? `Could you send ${version}?` : `Shall I suggest ${version}?`,
      dropped,
    };
  }

  // Late: what would help to be on time.
  if (
    /^(?:The|Your|It|They)\b[^,;]*\b(?:was|were|came|arrived) (?:in )?late\b|^(?:The|Your|It|They)\b[^,;]*\bafter the deadline\b/i.test(
      clean,
    )
  )
    return { point: closeWith(clean), step: 'What would help to have it on time next time?', dropped };
  return null;
}

/**
 * Whether the stock line may follow a point no shape fits: not after the writer's own decision or
 * act ("Wir haben uns für einen anderen Anbieter entschieden.", "I need more time"), which leaves
 * nothing to look at together; a view the writer hedges ("I don't think …") is still the reader's work.
 */
export function stockFits(point: string): boolean {
  // A point announced by the writer ("Ich muss dir sagen: …", "Ich habe den Eindruck, dass …") is still about the work.
  if (
    /^(?:Ich|Wir)\s+(?:muss|müssen)\s+(?:\p{L}+\s+){0,2}(?:sagen|ansprechen)\b|^(?:Ich|Wir)\s+(?:habe|haben)\s+den Eindruck\b|^I have to (?:say|mention)\b/u.test(
      point,
    )
  )
    return true;
  // What the writer cannot do with the work ("I can't use them as evidence because …") is about the work.
  if (
    /^(?:I|We)\s+(?:can['’]t|cannot|couldn['’]t)\b|^(?:Ich|Wir)\s+(?:kann|können|konnte|konnten)\b[^.]*\bnicht\b/u.test(
      point,
    )
  )
    return true;
  return !/^(?:Ich|Wir|I|We)\b(?!\s+(?:don['’]t think|do not think|finde|finden|glaube|glauben)\b)/u.test(point);
}

/** The point without its sharpeners, for the stock line where no shape fits. */
export function calmPoint(point: string, language: RewriteInput['language']): { point: string; dropped: string[] } {
  const dropped: string[] = [];
  const out = language === 'de' ? deSharpeners(point, dropped) : enSharpeners(point, dropped);
  return { point: closeWith(out), dropped };
}

/** Whether a text holds pressure or blame, so that no stock line fits after it. */
export const isMisfit = (text: string, language: RewriteInput['language']): boolean =>
  (language === 'de' ? DE_MISFIT : EN_MISFIT).test(text);

/** The point reworked with the next step that fits its shape; MISFIT for pressure or blame; null when no shape fits. */
export function nextStep(point: string, input: RewriteInput): Step | typeof MISFIT | null {
  return input.language === 'de' ? germanStep(point, input) : englishStep(point);
}
