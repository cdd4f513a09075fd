// Insisting tags: a short clause after a comma or dash that shuts the door on
// the demand before it ("…, keine Ausreden mehr", "…, no ifs or buts", "…, und
// zwar heute"). A coach underlines the demand together with its tag, so the
// finding reaches back over the clause before. Strong tags insist on their own;
// weak ones ("und zwar heute", "and I mean today", "egal wie") besides need no
// reason in the sentence. Both only after a demand by the writer or an
// obligation in that clause: "Ich rufe Sie an, und zwar heute noch" is a
// promise, "Alle sind willkommen, ohne Ausnahme" an invitation. rules/ultimatum.ts reads them;
// pattern syntax: ../pattern.ts.
import type { FrameBook, FrameEntry } from '../rules/frames';
import type { Language } from '../types';

export interface InsistData {
  /** Tags that insist even with a reason beside them. */
  tags: readonly FrameEntry[];
  /** Tags that a reason in the sentence turns into a plain deadline. */
  weakTags: readonly FrameEntry[];
  /** A demand or obligation in the clause before a tag. */
  demanders: readonly FrameEntry[];
  /** After the demand: a reason or purpose, so a weak tag marks a deadline, not insistence. */
  reasons: readonly FrameEntry[];
}

const DE: InsistData = {
  tags: [
    {
      id: 'keine-ausreden',
      pattern: 'keine|ohne ausreden|ausrede|ausnahme|ausnahmen|diskussion|diskussionen|widerrede|kompromisse',
      hit: 'Die Belege brauche ich bis Montag, keine Ausreden.',
      miss: 'Die Belege brauche ich bis Montag, keine Eile.',
    },
    {
      id: 'ohne-wenn-und-aber',
      pattern: 'ohne+wenn+und+aber|keinen+tag+später|keine+minute+später|keinen+tag+länger',
      hit: 'Das Geld ist am Ersten auf dem Konto, keinen Tag später.',
      miss: 'Das Geld ist am Ersten auf dem Konto, einen Tag später die Abrechnung.',
    },
  ],
  weakTags: [
    {
      id: 'und-zwar-heute',
      pattern:
        'und+zwar (noch|bis) heute|sofort|umgehend|unverzüglich|spätestens|bis|jetzt|diesmal|vollständig|pünktlich|morgen|zeitnah|schnell|endgültig',
      hit: 'Ich brauche die Zahlen, und zwar heute.',
      miss: 'Ich brauche die Zahlen, und zwar die vom letzten Jahr.',
    },
    {
      id: 'egal-wie',
      pattern: 'egal wie|was|warum|wodurch',
      hit: 'Ich brauche die Freigabe morgen, egal wie.',
      miss: 'Ich brauche die Freigabe morgen, am besten per Mail.',
    },
    {
      id: 'ohne-weitere-verschiebung',
      pattern:
        'ohne (jede|jegliche) (weitere|weiteren|erneute) verschiebung|verzögerung|verzug|aufschub|verspätung|vertröstung',
      hit: 'Ich erwarte die Texte am Freitag – ohne weitere Verschiebung.',
      miss: 'Ich erwarte die Texte am Freitag – mit den Bildern zusammen.',
    },
  ],
  demanders: [
    {
      id: 'ich-brauche',
      pattern: '<self> @brauchen|@zurückbrauchen|@benötigen|@erwarten|@wollen|@zurückwollen|@bestehen|@verlangen',
      hit: 'Wir brauchen die Pläne.',
      miss: 'Wir schicken die Pläne.',
    },
    {
      // „Die Maße brauche ich bis morgen“: the verb before the writer.
      id: 'brauche-ich',
      pattern: '@brauchen|@zurückbrauchen|@benötigen|@erwarten|@wollen|@zurückwollen|@verlangen <self>',
      hit: 'Die Maße brauche ich bis morgen.',
      miss: 'Die Maße schicke ich bis morgen.',
    },
    {
      id: 'sie-muessen',
      pattern: '<reader> @müssen|@haben+zu',
      hit: 'Ihr müsst euch entscheiden.',
      miss: 'Wir müssen uns entscheiden.',
    },
    {
      id: 'muessen-sie',
      pattern: '@müssen =Sie|du|ihr',
      hit: 'Bis Sonntag müsst ihr euch entscheiden.',
      miss: 'Bis Sonntag müssen wir uns entscheiden.',
    },
    {
      // „Die Anzahlung muss bis zum Ersten da sein“: the obligation without a person.
      id: 'muss-da-sein',
      pattern: 'muss|müssen|hat|haben ~6 sein|vorliegen|eingehen|eingegangen|erledigt|fertig|bezahlt|unterschrieben|da',
      hit: 'Die Anzahlung muss bis zum Ersten da sein.',
      miss: 'Die Anzahlung kann bis zum Ersten warten.',
    },
  ],
  reasons: [
    {
      id: 'damit',
      pattern: 'damit|sodass|so+dass|weil|denn',
      hit: 'Ich brauche es heute, damit die Bank zahlt.',
      miss: 'Ich brauche es heute, keine Ausreden.',
    },
  ],
};

const EN: InsistData = {
  tags: [
    {
      id: 'no-ifs-or-buts',
      pattern: 'no ifs|excuses|exceptions|arguments|discussion|debate|negotiation|buts|compromise',
      unlessAfter: ['needed', 'necessary', 'required', 'please'],
      hit: 'The deposit has to be in by Friday, no excuses.',
      miss: 'The deposit can come in next week, no rush.',
    },
    {
      id: 'not-a-day-later',
      pattern: 'not+a+day+later|not+one+day+later|not+a+minute+later|end+of+story|end+of+discussion|full+stop $',
      hit: 'The keys come back on Friday, not a day later.',
      miss: 'The keys come back on Friday, or a day later if that suits.',
    },
  ],
  weakTags: [
    {
      id: 'and-i-mean',
      pattern: 'and i mean|means today|now|it|this|that|tomorrow|tonight|monday|tuesday|wednesday|thursday|friday',
      hit: 'I need the signed form today, and I mean today.',
      miss: 'I need the signed form today, and I can collect it.',
    },
    {
      id: 'without-further-delay',
      pattern: 'without (any) (further|more) delay|excuse|excuses|fail|exception',
      hit: 'I expect the balance settled this week, without further delay.',
      miss: 'I expect the balance settled this week, without any fuss.',
    },
    {
      id: 'whatever-it-takes',
      pattern: 'whatever+it+takes|one+way+or+another|however+you+do+it',
      hit: 'We need the files tonight, whatever it takes.',
      miss: 'We need the files tonight, whenever you can.',
    },
  ],
  demanders: [
    {
      id: 'i-need',
      pattern: '<self> @need|@want|@expect|@require|@insist|must+have|@demand',
      hit: 'We need the plans.',
      miss: 'We sent the plans.',
    },
    {
      id: 'you-must',
      pattern: '<reader> @need+to|@have+to|must|got+to|have+got+to|are+to',
      hit: "You've got to send it before the call.",
      miss: "We've got to send it before the call.",
    },
    {
      // "The deposit has to be in by Friday": the obligation without a person.
      id: 'has-to-be',
      pattern: 'must|has+to|have+to|needs+to|need+to ~1 be|arrive|reach|come|go|clear',
      hit: 'The deposit has to be in by Friday.',
      miss: 'The deposit can wait until Friday.',
    },
  ],
  reasons: [
    {
      id: 'so-that',
      pattern: 'so+that|so+we|so+i|so+the|because|in+order+to|otherwise+the',
      hit: 'I need it today so that the bank can pay.',
      miss: 'I need it today, no excuses.',
    },
  ],
};

export const INSIST: Record<Language, InsistData> = { de: DE, en: EN };

export function insistBook(part: keyof InsistData): FrameBook {
  return { de: INSIST.de[part], en: INSIST.en[part] };
}
