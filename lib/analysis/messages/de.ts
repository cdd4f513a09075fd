import type { EngineMessages } from './types';

export const de: EngineMessages = {
  categories: {
    blame: {
      message: '„{match}“ macht die andere Person zur Schuldigen.',
      explanation:
        'Schuldzuweisung verletzt das Bedürfnis nach Wertschätzung; beschreiben Sie, was passiert ist und was Sie jetzt brauchen.',
    },
    absolute: {
      message: '„{match}“ macht aus einem Fall eine Regel über die Person.',
      explanation: 'Immer und nie stimmen selten und fordern Verteidigung heraus; nennen Sie den konkreten Anlass.',
    },
    'being-right': {
      message: '„{match}“ beweist, dass Sie recht hatten.',
      explanation:
        'Rechthaben kostet Gemeinsamkeit; würdigen Sie die andere Sicht und sagen Sie den Punkt schlicht noch einmal.',
    },
    pressure: {
      message: '„{match}“ lässt keinen Spielraum.',
      explanation:
        'Menschen tragen mit, was sie selbst entscheiden; bieten Sie Optionen an und lassen Sie die Entscheidung bei ihnen.',
    },
    hedging: {
      message: '„{match}“ verwischt, was Sie meinen.',
      explanation: 'Klarheit vor Harmonie: Eine klare Bitte oder ein klares Nein gibt Sicherheit.',
    },
    dismissive: {
      message: '„{match}“ kann herablassend wirken.',
      explanation: 'Was Ihnen klar ist, ist es für andere nicht unbedingt; erklären ohne Urteil wahrt den Respekt.',
    },
    harsh: {
      message: '„{match}“ ist ein Urteil, keine Information.',
      explanation: 'Sagen Sie, was Sie sehen und was Sie brauchen; ohne Urteil bleibt Ihr Gegenüber im Gespräch.',
    },
    shouting: {
      message: '„{match}“ wirkt wie Schreien.',
      explanation: 'Ärger zeigt sich in Großbuchstaben und gehäuften Zeichen; lassen Sie den Entwurf kurz liegen.',
    },
    sarcasm: {
      message: '„{match}“ kann sarkastisch ankommen.',
      explanation: 'Spöttischer Dank trifft mehr als offene Worte; sagen Sie direkt, was Sie stört.',
    },
    'but-after-praise': {
      message: '„{match}“ nimmt das Lob zurück.',
      explanation:
        'Ein Einwand gleich nach dem Lob lässt nur die Kritik hängen; lassen Sie die Anerkennung stehen und sagen Sie den Punkt in einem eigenen Satz.',
    },
    'long-sentence': {
      message: 'Dieser Satz ist lang.',
      explanation: 'Kurze Sätze lassen sich leichter umsetzen; teilen Sie ihn dort, wo ein neuer Gedanke beginnt.',
    },
    'unclear-ask': {
      message: 'Was soll als Nächstes passieren?',
      explanation:
        'Zu wissen, wie es weitergeht, gibt Sicherheit: Nennen Sie Ihre Bitte oder den nächsten Schritt, mit Termin.',
    },
    'formality-mix': {
      message: 'Dieser Entwurf mischt Du und Sie.',
      explanation: 'Eine Anrede durchgehend zeigt, dass Sie wissen, wo Sie miteinander stehen.',
    },
    'missing-appreciation': {
      message: 'Der Entwurf ist angespannt, und nirgends steht ein Wort des Danks oder der Wertschätzung.',
      explanation:
        'Finden Sie eine Sache, die Sie an der Person wirklich schätzen, und sagen Sie sie; sie trägt den schwierigen Teil.',
    },
  },
  longSentence: (words, limit) => `Dieser Satz hat ${words} Wörter (mehr als ${limit}).`,
  unclearAskNoRequest: 'Die Mail bittet um nichts und nennt keinen nächsten Schritt.',
  unclearAskNoDate: 'Die Mail spricht von einer Frist, aber Ihre Bitte hat keinen Termin.',
  unclearAskChoice: 'Die Mail legt Möglichkeiten dar, sagt aber nicht, wer bis wann entscheidet.',
  unclearAskVague: 'Die Bitte bleibt vage: Was genau, wer und bis wann?',
  formalityMix: (minority) =>
    minority === 'du' ? '„{match}“ duzt, der übrige Entwurf siezt.' : '„{match}“ siezt, der übrige Entwurf duzt.',
  formalityContact: (used) =>
    used === 'du' ? '„{match}“ duzt; diese Person siezen Sie sonst.' : '„{match}“ siezt; diese Person duzen Sie sonst.',
  shoutingCaps: '„{match}“ in Großbuchstaben wirkt wie Schreien.',
  shoutingMarks: '„{match}“ wirkt wie eine erhobene Stimme.',
  shoutingBoth: '„{match}“ wirkt wie Schreien: Großbuchstaben und gehäufte Zeichen.',
  butAfterPraise: (connector) => `„${connector}“ nimmt das Lob davor zurück.`,
  butAfterPraiseWhy: (connector) =>
    `Nach „${connector}“ bleibt nur die Kritik hängen; lassen Sie den Dank stehen und beginnen Sie einen neuen Satz.`,
  butAfterPraiseNextWhy: (connector) =>
    `„${connector}“ macht aus dem Dank davor ein Vorspiel zur Kritik; lassen Sie ihn stehen und sagen Sie den Punkt ohne Gegensatzwort.`,
  sarcasmSituationWhy: (situation) =>
    `Dank oder Lob neben „${situation}“ liest sich als Spott; sagen Sie direkt, was Sie stört und was Sie jetzt brauchen.`,
  sarcasmQuotes: (word) => `Anführungszeichen um „${word}“ können spöttisch wirken.`,
  sarcasmQuotesWhy: (word) =>
    `In Anführungszeichen klingt „${word}“ wie ein Zitat, das Sie nicht ernst nehmen; nennen Sie die Sache ohne Zeichen und sagen Sie, was nicht passt.`,
  ultimatum: '„{match}“ macht die Bitte zum Ultimatum: Die Drohung nimmt ihnen die Entscheidung ab.',
  ultimatumWhy:
    'Unter Druck gibt man nach, trägt aber nicht mit. Nennen Sie die Folge als Information, bieten Sie eine Wahl an (Termin, Raten, Rückruf) und lassen Sie die Entscheidung bei ihnen.',
};
