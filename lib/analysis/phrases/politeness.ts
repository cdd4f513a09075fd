// The politeness strategies of Danescu-Niculescu-Mizil et al. (2013, "A
// computational approach to politeness", Table 3), read in German and English.
// They are signals (signals.ts), walked with everything else in one pass, and
// feed the gauges' cues of the same name (../gauges/cues.ts).
//
// Each entry is a pattern (syntax: ../pattern.ts) with sentences that must
// and must not carry the kind (tests/lib/analysis/politeness.test.ts runs them
// through the engine). The near misses record decisions: "thank God" thanks
// nobody, "Liebe Grüße" closes rather than greets, a capital "Bitte" mid-sentence
// is the noun, not the word "please".
import type { Cue } from '../gauges/cues';
import type { Language } from '../types';

export const POLITENESS_KINDS = [
  'gratitude',
  'deference',
  'greet',
  'apology',
  'please',
  'pleaseStart',
  'indirect',
  'hedge',
  'counterfactual',
  'indicative',
  'directStart',
  'secondStart',
  'firstStart',
  'directQuestion',
  'firstPlural',
  'factuality',
] as const;
export type PolitenessKind = (typeof POLITENESS_KINDS)[number];

/** The cue each kind feeds. */
export const POLITENESS_CUES = {
  gratitude: 'gratitude',
  deference: 'deference',
  greet: 'greet',
  apology: 'apology',
  please: 'please',
  pleaseStart: 'please-start',
  indirect: 'indirect',
  hedge: 'hedge',
  counterfactual: 'counterfactual',
  indicative: 'indicative',
  directStart: 'direct-start',
  secondStart: 'second-start',
  firstStart: 'first-start',
  directQuestion: 'direct-question',
  firstPlural: 'first-plural',
  factuality: 'factuality',
} as const satisfies Record<PolitenessKind, Cue>;

/**
 * Two kinds are defined by more than their words, so the sentence view checks where
 * they stand: "please" counts only after the sentence's first word (at the
 * start it is please-start), and a direct question only in a sentence that
 * ends in "?" (no bounded gap reaches the end of a long question).
 */
export const MID_SENTENCE_ONLY: ReadonlySet<PolitenessKind> = new Set(['please']);
export const QUESTION_ONLY: ReadonlySet<PolitenessKind> = new Set(['directQuestion']);

export interface PolitenessEntry {
  pattern: string;
  /** Words that cancel the match when they follow it right away ("thanks to the rain" thanks nobody). */
  unlessAfter?: readonly string[];
  /** Sentences in which the kind must be found. */
  must: readonly string[];
  /** Near misses in which it must not. */
  mustNot: readonly string[];
}

export type PolitenessBook = Record<PolitenessKind, readonly PolitenessEntry[]>;

/** Subject pronouns after a wh-word: "Wie Sie wissen", "When you have a moment" open a clause, not a question. */
const CLAUSE_AFTER_WH = {
  de: ['sie', 'ich', 'wir', 'du', 'ihr', 'er', 'es', 'man'],
  en: ['i', 'you', 'we', 'they', 'he', 'she', 'it'],
};

const DE: PolitenessBook = {
  gratitude: [
    {
      pattern: 'danke|dankeschön|danken|dankt|dankte|dankten|bedanke|bedanken|bedankt|bedankte|merci',
      must: [
        'Danke, dass Sie so kurzfristig für den Ortstermin eingesprungen sind.',
        'Ich bedanke mich herzlich für Ihre Geduld mit dem Bauamt.',
      ],
      // "verdanken" is owing, not thanking.
      mustNot: ['Die Verzögerung haben wir allein dem Lieferanten zu verdanken.'],
    },
    {
      pattern:
        'vielen|herzlichen|besten|großen|recht|tausend|lieben|schönen|aufrichtigen|verbindlichsten|mein|unser dank',
      must: ['Vielen Dank, die Freigabe der Pläne kam genau rechtzeitig.'],
      // "Gott sei Dank" and the preposition "dank" thank nobody.
      mustNot: [
        'Gott sei Dank hat der Regen vor dem Betonieren aufgehört.',
        'Dank der neuen Dämmung sinken die Heizkosten deutlich.',
      ],
    },
    {
      pattern: 'dank für|an',
      must: ['Dank an Ihr ganzes Team für den reibungslosen Umzug.'],
      mustNot: [],
    },
    {
      pattern: 'dankbar|dankbarkeit',
      must: ['Für Ihre offene Rückmeldung sind wir Ihnen sehr dankbar.'],
      mustNot: [],
    },
    {
      pattern: 'weiß|wissen ~6 zu schätzen',
      must: ['Wir wissen Ihre Flexibilität beim Umzugstermin sehr zu schätzen.'],
      mustNot: [],
    },
    {
      // "Ich schätze, es dauert" estimates; "Schätzen Sie den Aufwand" asks for an estimate.
      pattern: 'schätze|schätzen|wertschätze|wertschätzen =Ihre|=Ihren|=Ihr|=Ihrer|deine|deinen|dein|eure|euren',
      must: ['Ich schätze Ihre klare Art, Probleme anzusprechen.'],
      mustNot: ['Ich schätze, die Prüfung dauert noch zwei Wochen.', 'Schätzen Sie bitte den Aufwand für die Fassade.'],
    },
    {
      pattern: 'schätze|schätzen ~6 sehr $',
      must: ['Wir schätzen die Zusammenarbeit mit Ihrem Büro sehr.'],
      mustNot: [],
    },
  ],
  deference: [
    {
      pattern:
        '^(wirklich|echt|sehr|richtig|ganz) tolle|toller|tolles|gute|guter|gutes|starke|starker|starkes|super|klasse|prima|schöne|schöner|schönes|großartige|großartiger|großartiges|hervorragende|hervorragender|hervorragendes|ausgezeichnete|ausgezeichneter|saubere|sauberer|beeindruckende|beeindruckender|exzellente|spannende|interessante|berechtigte arbeit|frage|leistung|idee|punkt|hinweis|einwand|fund|job|entwurf|vorschlag|zusammenfassung|präsentation|überlegung|einfall|beobachtung|lösung|recherche|ergebnis|ergebnisse',
      must: [
        'Tolle Arbeit an den Visualisierungen!',
        'Gute Frage, das kläre ich mit dem Statiker.',
        'Starke Leistung, dass der Bauantrag schon genehmigt ist.',
        'Wirklich gute Idee mit der zusätzlichen Dachgaube.',
      ],
      // A greeting, a bare "Super," and praise later in the sentence are not deference.
      mustNot: [
        'Guten Morgen, Frau Brandt.',
        'Super, dann sehen wir uns am Dienstag.',
        'Gute Besserung und bis bald!',
        'Die Arbeit am Dach war gut.',
      ],
    },
    {
      pattern:
        '^gut|super|toll|klasse|prima|stark|sauber|hervorragend gemacht|gelöst|erkannt|beobachtet|aufgepasst|recherchiert',
      must: ['Gut erkannt, in der Rechnung fehlt die Position 4.'],
      mustNot: [],
    },
    {
      pattern: '^respekt|chapeau|kompliment|bravo|glückwunsch|hut+ab',
      unlessAfter: ['vor'],
      must: ['Kompliment an Ihr Team für die saubere Baustelle.'],
      mustNot: ['Respekt vor dem Bestand ist uns bei jeder Sanierung wichtig.'],
    },
  ],
  greet: [
    {
      pattern: '^hallo|hi|hey|moin|moinsen|servus|grüezi|hallöchen|huhu|salut',
      must: ['Hallo Frau Roth, anbei das Protokoll.', 'Moin zusammen,', 'Servus Thomas,'],
      mustNot: [],
    },
    {
      pattern: '^grüß gott|dich|euch',
      must: ['Grüß Gott, Frau Huber,'],
      // The imperative passes greetings on; it does not greet.
      mustNot: ['Grüßen Sie bitte Ihr Team von uns.'],
    },
    {
      pattern: '^sehr geehrte|geehrter|geehrtes|geehrten',
      must: ['Sehr geehrter Herr Dr. Adler,'],
      mustNot: [],
    },
    {
      pattern: '^guten tag|morgen|abend',
      must: ['Guten Tag Herr Yilmaz,'],
      mustNot: ['Morgen kommt der Gutachter um neun.', 'Guten Appetit beim Richtfest!'],
    },
    {
      // "Liebe Grüße" closes a mail; "Lieber wäre mir …" means "rather".
      pattern: '^liebe|lieber|liebes',
      unlessAfter: [
        'grüße',
        'gruß',
        'zum',
        'zur',
        'ist',
        'und',
        'nicht',
        'gleich',
        'spät',
        'später',
        'früh',
        'früher',
        'heute',
        'morgen',
        'noch',
        'erst',
        'wäre',
        'sind',
        'hätte',
        'würde',
        'würden',
        'als',
        'ein',
        'eine',
        'einen',
        'mal',
        'so',
        'etwas',
        'zu',
        'schon',
        'direkt',
        'sofort',
        'jetzt',
        'kein',
        'keine',
        'vorher',
        'gar',
        'doch',
      ],
      must: ['Liebe Petra,', 'Lieber Herr Kaminski,'],
      mustNot: ['Liebe Grüße aus dem Büro', 'Lieber wäre mir ein Termin am Freitag.'],
    },
  ],
  apology: [
    {
      pattern: '^entschuldigung',
      must: ['Entschuldigung für die späte Rückmeldung.'],
      mustNot: [],
    },
    {
      // Asking for an apology is not giving one.
      pattern: 'um|meine|unsere|aufrichtige entschuldigung',
      must: ['Für das Versehen bitte ich vielmals um Entschuldigung.'],
      mustNot: ['Wir erwarten eine Entschuldigung des Subunternehmers.'],
    },
    {
      // "Das entschuldigt nicht …" excuses nothing.
      pattern: 'entschuldigen|entschuldige =Sie|mich|uns|bitte|vielmals',
      must: ['Entschuldigen Sie bitte die späte Antwort.'],
      mustNot: ['Das entschuldigt nicht drei Wochen Verzug.'],
    },
    {
      pattern: 'mich|uns ~2 entschuldigen',
      must: ['Ich möchte mich dafür entschuldigen, dass die Pläne so spät kamen.'],
      mustNot: [],
    },
    {
      pattern: 'tut|tat|tun mir|uns (sehr|aufrichtig|ehrlich|furchtbar|wahnsinnig) leid',
      must: ['Es tut mir leid, dass die Unterlagen erst jetzt kommen.'],
      mustNot: ['Das tut der Fassade gut.'],
    },
    {
      // "Sie werden es bedauern" threatens.
      pattern: 'ich|wir bedaure|bedauere|bedauern|bedauerte|bedauerten',
      must: ['Wir bedauern die Verzögerung sehr.'],
      mustNot: ['Sie werden es bedauern, wenn die Dämmung fehlt.'],
    },
    {
      pattern: '^bedauerlicherweise',
      must: ['Bedauerlicherweise konnten wir den Termin nicht halten.'],
      mustNot: [],
    },
    {
      pattern: 'zu meinem|unserem bedauern',
      must: ['Zu unserem Bedauern hat sich die Lieferung verschoben.'],
      mustNot: [],
    },
    {
      pattern: 'verzeihen|verzeih|verzeiht =Sie|mir|uns|bitte',
      must: ['Verzeihen Sie, ich habe den falschen Anhang geschickt.'],
      mustNot: [],
    },
    {
      pattern: 'verzeihung|sorry|pardon',
      must: ['Sorry für das Durcheinander mit den Terminen.', 'Pardon, da hat sich ein Tippfehler eingeschlichen.'],
      // "Leider" regrets a fact; it does not apologise.
      mustNot: ['Leider hat das Amt den Antrag abgelehnt.'],
    },
    {
      pattern: 'mein|unser fehler|versäumnis|versehen',
      must: ['Das war mein Fehler, ich korrigiere die Rechnung.'],
      mustNot: [],
    },
  ],
  please: [
    {
      // Lower case only: mid-sentence, a capital "Bitte" is the noun ("Ihre Bitte um …").
      pattern: '=bitte',
      must: [
        'Senden Sie mir bitte die Pläne bis Freitag.',
        'Könnten Sie bitte kurz zurückrufen?',
        'Geben Sie uns bitte bis Freitag Bescheid.',
        'Die Schlüssel bitte beim Hausmeister abgeben.',
      ],
      mustNot: [
        'Bitte reichen Sie die Grundrisse bis Freitag nach.',
        'Ihre Bitte um Aufschub haben wir weitergeleitet.',
        'Wir bitten um Verständnis für die Sperrung.',
        'Die Nachricht vom Bauamt ist bitter.',
      ],
    },
    {
      // After a colon the word is capitalised but still "please".
      pattern: ':|; =Bitte',
      must: ['Ein Hinweis vorab: Bitte parken Sie vor dem Tor.'],
      mustNot: [],
    },
  ],
  pleaseStart: [
    {
      // "Bitte um Rückruf" at the start is a please-start too.
      pattern: '^bitte',
      must: [
        'Bitte reichen Sie die Grundrisse bis Freitag nach.',
        'Bitte um Rückruf.',
        'Bitte beachten Sie die geänderte Zufahrt.',
        'bitte geben Sie kurz Bescheid, ob der Termin passt.',
      ],
      mustNot: [
        'Senden Sie mir bitte die Pläne bis Freitag.',
        'Bitten möchte ich Sie noch um die Schlüssel.',
        'Ihre Bitte um Aufschub haben wir weitergeleitet.',
        'Könnten Sie bitte kurz zurückrufen?',
      ],
    },
  ],
  indirect: [
    {
      pattern: 'übrigens|apropos|btw',
      must: [
        'Übrigens hat der Nachbar der Grenzbebauung zugestimmt.',
        'Apropos Fenster, der Liefertermin steht jetzt fest.',
      ],
      mustNot: ['Die übrigen Unterlagen folgen am Montag.', 'Außerdem fehlt noch die Statik.'],
    },
    {
      // "Er arbeitet nebenbei als Gutachter": on the side, not by the way.
      pattern: 'nebenbei bemerkt|gesagt|erwähnt',
      must: ['Nebenbei bemerkt lassen sich die alten Dielen retten.'],
      mustNot: ['Er arbeitet nebenbei als Gutachter.'],
    },
    {
      pattern: '^(nur|ganz) nebenbei ,|:',
      must: ['Nur nebenbei, das Gerüst bleibt bis Mai stehen.'],
      mustNot: [],
    },
    {
      pattern: 'am rande bemerkt|erwähnt|gesagt',
      must: ['Die Statik ist am Rande bemerkt schon freigegeben.'],
      mustNot: ['Das Grundstück liegt am Rande des Ortes.'],
    },
  ],
  hedge: [
    {
      pattern:
        'vielleicht|eventuell|evtl|möglicherweise|womöglich|wahrscheinlich|vermutlich|scheinbar|anscheinend|gegebenenfalls|ggf|ggfs|irgendwie|dürfte|dürften',
      must: [
        'Vielleicht können wir den Termin auf Donnerstag legen.',
        'Die Lieferung verzögert sich wahrscheinlich bis Mai.',
        'Gegebenenfalls müssen wir die Statik anpassen.',
        'Eventuell reicht auch ein einfacher Lageplan.',
      ],
      mustNot: [],
    },
    {
      // "Ich glaube an …", "Ich denke an Sie", "denken wir darüber nach" believe and consider; they do not hedge.
      pattern: 'ich|wir glaube|glauben|denke|denken|vermute|vermuten',
      unlessAfter: ['an', 'daran', 'dran', 'über', 'darüber', 'nach', 'ihnen', 'dir', 'euch'],
      must: ['Ich glaube, der Estrich braucht noch eine Woche.'],
      mustNot: ['Ich denke an Sie und wünsche gute Besserung.', 'Ich glaube an klare Verträge.'],
    },
    {
      pattern: 'glaube|denke|vermute ich',
      unlessAfter: ['an', 'daran', 'dran', 'über', 'darüber', 'nach'],
      must: ['Das Material kommt, denke ich, erst nach Ostern.'],
      mustNot: ['Morgen denke ich darüber nach.'],
    },
    {
      // "Ich schätze Ihre Offenheit" thanks; "ich meine die Rechnung" points.
      pattern: 'ich|wir schätze|schätzen|meine|meinen ,|dass|mal|grob|eher',
      must: ['Ich schätze, die Prüfung dauert noch zwei Wochen.'],
      mustNot: ['Ich schätze Ihre Offenheit.', 'Ich meine die Rechnung vom März.'],
    },
    {
      pattern: 'ich|wir nehme|nehmen an ,|dass',
      must: ['Ich nehme an, dass der Gutachter den Keller sehen will.'],
      mustNot: ['Ich nehme an der Sitzung des Bauausschusses teil.'],
    },
    {
      // "Die Sonne scheint" shines.
      pattern: 'scheint|scheinen|schien|schienen ~5 zu',
      must: ['Das Angebot scheint vollständig zu sein.'],
      mustNot: ['Die Sonne scheint über der Baustelle.'],
    },
    {
      pattern: 'scheint|scheinen|schien|schienen mir|uns|,|als|so',
      must: ['Es scheint, als hätte der Lieferant die Maße vertauscht.'],
      mustNot: [],
    },
    {
      // "wohl" as a particle after the verb; not "sich wohl fühlen", "sehr wohl", "Leben Sie wohl".
      pattern:
        'ist|sind|war|waren|wird|werden|würde|hat|haben|hatte|hatten|muss|müssen|kann|können|geht|gibt|liegt|kommt|habe|bin (=Sie|wir|ich|er|es|das|man|sich|die|der|da|dann|jetzt|noch) wohl',
      unlessAfter: ['gefühlt', 'fühlen', 'fühlt', 'bewusst', 'bekannt'],
      must: ['Das Amt hat wohl noch nicht entschieden.'],
      mustNot: ['Ich fühle mich in dem neuen Büro sehr wohl.', 'Das ist mir sehr wohl bewusst.'],
    },
    {
      pattern: 'unter umständen',
      must: ['Unter Umständen brauchen wir eine zweite Bohrung.'],
      mustNot: [],
    },
    {
      pattern: 'ich|wir bin|sind nicht sicher',
      must: ['Ich bin nicht sicher, ob der Keller trocken bleibt.'],
      mustNot: [],
    },
    {
      pattern: 'mir|uns nicht sicher',
      must: ['Ich bin mir nicht sicher, ob die Frist schon läuft.'],
      mustNot: ['Das Gerüst ist an der Ecke nicht sicher.'],
    },
    {
      pattern: 'meines|unseres erachtens',
      must: ['Meines Erachtens reicht eine einfache Baugenehmigung.'],
      mustNot: [],
    },
    {
      pattern: 'meiner|unserer meinung|ansicht nach',
      must: ['Meiner Meinung nach sollten wir den Vertrag nachverhandeln.'],
      mustNot: [],
    },
  ],
  counterfactual: [
    {
      // Lower-case "sie" is "they": "Würden sie kommen" asks nothing of the reader.
      pattern: 'könnten|würden|könntest|würdest|könntet|würdet =Sie|du|ihr',
      must: [
        'Könnten Sie uns die Grundrisse bis Freitag schicken?',
        'Würden Sie bitte den Zählerstand notieren?',
        'Könntest du mir kurz die Nummer des Statikers schicken?',
      ],
      mustNot: [
        'Sie könnten auch einen anderen Boden wählen.',
        'Die Kosten würden sich dadurch verdoppeln.',
        'Können Sie uns die Grundrisse schicken?',
        'Ob sie das könnten, wissen wir nicht.',
      ],
    },
    {
      // "Wären Sie pünktlich gewesen, …" reproaches.
      pattern: 'wären|wärst|wärest|wärt =Sie|du|ihr (damit|vielleicht|eventuell) so|bereit|einverstanden|interessiert',
      must: ['Wären Sie so freundlich, die Vollmacht zu unterschreiben?'],
      mustNot: ['Wären Sie pünktlich gewesen, hätten wir das geschafft.'],
    },
    {
      pattern: 'wäre es möglich|denkbar|machbar|okay|ok',
      must: ['Wäre es möglich, die Übergabe auf Mai zu verschieben?'],
      mustNot: [],
    },
    {
      pattern: 'ginge es|das',
      must: ['Ginge es auch am Donnerstagvormittag?'],
      mustNot: [],
    },
    {
      pattern: 'hätten|hättest =Sie|du ~3 zeit|lust|interesse|gelegenheit',
      must: ['Hätten Sie am Dienstag Zeit für einen Ortstermin?'],
      mustNot: [],
    },
  ],
  indicative: [
    {
      pattern: 'können|werden|kannst|wirst|könnt|werdet =Sie|du|ihr',
      must: [
        'Können Sie mir die Rechnung noch einmal schicken?',
        'Kannst du morgen beim Notar vorbeigehen?',
        'Werden Sie bei der Abnahme dabei sein?',
        'Bis wann können Sie das Gutachten liefern?',
        'Könnt ihr den Schlüssel beim Nachbarn lassen?',
      ],
      mustNot: [
        'Sie können die Schlüssel im Büro abholen.',
        'Könnten Sie die Rechnung prüfen?',
        'Die Handwerker werden sie morgen einbauen.',
        'Wir können gern telefonieren.',
      ],
    },
  ],
  directStart: [
    {
      pattern: '^also|dann|und|nun',
      must: [
        'Also, die Pläne liegen jetzt beim Amt.',
        'Dann bestellen wir die Fenster.',
        'Und die Rechnung ist auch schon raus.',
        'Nun zum Angebot für die Fassade.',
      ],
      mustNot: ['Wir prüfen das und melden uns dann.', 'Undichte Fenster sind das Hauptproblem.'],
    },
    {
      // "Aber gerne" agrees; it does not object.
      pattern: '^aber',
      unlessAfter: ['gern', 'gerne', 'natürlich', 'sicher', 'klar', 'selbstverständlich'],
      must: ['Aber die Nachbarn haben noch Einwände.'],
      mustNot: ['Aber gerne übernehmen wir das.', 'Außerdem fehlt noch die Statik.'],
    },
    {
      // German "So" opens a sentence mostly as an adverb ("So machen wir es", "So
      // schnell wie möglich"): only "So," and "So, dann …" open it directly.
      pattern: '^so ,|:|!|dann|jetzt|nun|und|also',
      must: ['So, jetzt zu den offenen Punkten.', 'So dann, die Fenster sind bestellt.'],
      mustNot: [
        'So schnell wie möglich schicken wir die Pläne.',
        'So machen wir es.',
        'Sobald die Statik da ist, geht es los.',
      ],
    },
  ],
  secondStart: [
    {
      // A capital "Sie" at the start may be "they" ("Sie kommen laut Bauleiter …"):
      // without the sentence before there is no telling, so it counts. A
      // lower-case "sie" at the start (after "Hallo Jan,") is "they" or "she".
      pattern:
        '^=Sie|=Ihnen|=Ihre|=Ihren|=Ihrem|=Ihrer|=Ihres|ihr|du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer',
      must: [
        'Sie erhalten die Pläne bis Freitag.',
        'Ihre Unterlagen sind vollständig.',
        'Du hast recht mit der Entwässerung.',
        'Ihr habt das Richtfest wunderbar organisiert.',
        'Ihnen gebührt der Dank für die schnelle Freigabe.',
        'Sie kommen laut Bauleiter erst am Montag.',
      ],
      mustNot: [
        'Die Handwerker sagen, sie kommen am Montag.',
        'Dürfen wir Sie am Montag anrufen?',
        'Sieben Fenster fehlen noch.',
        'Duschen und Bäder sind fertig.',
        'sie kommen laut Bauleiter erst am Montag.',
      ],
    },
  ],
  firstStart: [
    {
      pattern: '^ich|mein|meine|meinen|meinem|meiner|meines|mir|mich',
      must: [
        'Ich rufe Sie nach dem Termin an.',
        'Meine Notizen vom Ortstermin hänge ich an.',
        'Mir ist aufgefallen, dass die Rechnung doppelt kam.',
        'Mein Kollege meldet sich morgen.',
      ],
      mustNot: [
        'Meinetwegen können wir verschieben.',
        'Michael hat die Pläne schon.',
        'Wir danken Ihnen, ich melde mich.',
        'Mittwoch passt mir gut.',
      ],
    },
  ],
  directQuestion: [
    {
      pattern:
        '^warum|wieso|weshalb|weswegen|was|wer|wem|wen|wessen|wie|wo|wann|woher|wohin|womit|wozu|wofür|worum|welche|welcher|welches|welchen|welchem',
      unlessAfter: CLAUSE_AFTER_WH.de,
      must: [
        'Warum wurde der Termin schon wieder verschoben?',
        'Wann können wir mit der Schlussrechnung rechnen?',
        'Was halten Sie von der zweiten Variante?',
        'Wer unterschreibt bei Ihnen das Übergabeprotokoll?',
        'Wie geht es mit dem Bauantrag weiter?',
      ],
      mustNot: [
        'Wie besprochen liegt das Protokoll im Anhang.',
        'Was für ein schöner Garten!',
        'Wenn Sie Zeit haben, könnten Sie die Rechnung prüfen?',
        'Wie Sie wissen, beginnt die Prüfung im März, oder?',
        'Ich frage mich, warum der Kran schon weg ist.',
      ],
    },
  ],
  firstPlural: [
    {
      pattern: 'wir|uns|unser|unsere|unseren|unserem|unserer|unseres|unsre|unsren|unsrem|unsrer',
      must: [
        'Wir schicken Ihnen die Pläne am Montag.',
        'Unser Büro ist zwischen den Jahren geschlossen.',
        'Lassen Sie uns kurz telefonieren.',
        'Die Entscheidung treffen Sie mit unserer Unterstützung.',
      ],
      mustNot: [
        'Das Büro meldet sich am Montag.',
        'Winterliche Temperaturen verzögern den Rohbau.',
        'Unsicher ist nur der Liefertermin.',
        'Wirklich schön geworden!',
      ],
    },
  ],
  factuality: [
    {
      // The adjective ("die tatsächlichen Kosten") states no fact against the reader.
      pattern: 'tatsächlich|faktisch',
      must: ['Tatsächlich ist der Antrag schon genehmigt.', 'Faktisch hat sich am Zeitplan nichts geändert.'],
      mustNot: ['Die tatsächlichen Kosten liegen unter dem Angebot.', 'Wirklich gute Arbeit am Dach!'],
    },
    {
      pattern: 'in der tat',
      must: ['Die Frist ist in der Tat abgelaufen.'],
      mustNot: [],
    },
    {
      pattern: 'fakt|tatsache ist',
      must: ['Fakt ist, dass der Mietvertrag im Juni endet.'],
      mustNot: ['Die Fakten finden Sie im Anhang.'],
    },
    {
      pattern: 'die wahrheit ist',
      must: ['Die Wahrheit ist, dass das Budget von Anfang an knapp war.'],
      mustNot: ['Das ist die Wahrheit.'],
    },
    {
      // "Offensichtlich" condescends (rules/), it is not a claim of fact here.
      pattern: 'in wirklichkeit',
      must: ['In Wirklichkeit hat die Sanierung zwei Wochen länger gedauert.'],
      mustNot: ['Offensichtlich fehlt die Statik.'],
    },
    {
      pattern: 'de facto',
      must: ['Der Vertrag ist de facto schon verlängert.'],
      mustNot: [],
    },
  ],
};

const EN: PolitenessBook = {
  gratitude: [
    {
      pattern: 'thank you|u|ya|everyone|all|both|again',
      must: ['Thank you, the revised floor plans came just in time.'],
      // Thanks to God is not thanks to the reader.
      mustNot: ['Thank God the scaffolding came down before the storm.'],
    },
    {
      pattern: 'thank ~3 for',
      must: ['I want to thank Maria and Jon for the careful survey.'],
      mustNot: [],
    },
    {
      // "Thanks to the new insulation" gives a cause; "thanks to you" still thanks.
      pattern: 'thanks|thx|thanx',
      unlessAfter: ['to'],
      must: ['Many thanks, the signed contract arrived this morning.'],
      mustNot: ['Thanks to the new insulation, the heating bill dropped by a third.'],
    },
    {
      pattern: 'many|big|special|warm|sincere|heartfelt|huge thanks',
      must: ['Many thanks to Julia for the drawings.'],
      mustNot: [],
    },
    {
      pattern: 'thanks to you|your|everyone|everybody|all',
      must: ['Thanks to your quick reply, we could file before the deadline.'],
      mustNot: [],
    },
    {
      // "Thankfully" is relief, not thanks to anyone.
      pattern: 'grateful|thankful|gratitude|thank-you|thankyou',
      must: ["I'm grateful for your advice on the lease terms.", 'A big thank-you to your whole site team.'],
      mustNot: ['Thankfully the tiles arrived undamaged.'],
    },
    {
      // Property that appreciates gains value.
      pattern:
        "i|we|i'd|we'd|i'll|we'll|would|do|truly|greatly|much|deeply|very|sincerely|is|are|was|were|be|been|it's|always|genuinely appreciate|appreciated|appreciating",
      must: [
        'We really appreciate how patiently you handled the planning office.',
        'Your help with the audit is much appreciated.',
      ],
      mustNot: ['Flats in this street tend to appreciate faster than elsewhere.'],
    },
    {
      pattern: '^appreciate|appreciated it|that|your|the|you',
      must: ['Appreciate your patience while we sort out the permit.'],
      mustNot: [],
    },
    {
      pattern: 'in|with|my|our appreciation',
      must: ['A small gift is on its way in appreciation of your help.'],
      mustNot: ['The share price showed strong appreciation last year.'],
    },
  ],
  deference: [
    {
      pattern:
        '^(really|very|such|truly|what+a|such+a) great|good|nice|excellent|awesome|fantastic|brilliant|wonderful|superb|impressive|terrific|outstanding|lovely|solid|interesting|cool|neat|smart|clever job|work|question|point|catch|idea|thinking|find|spot|call|effort|progress|summary|draft|proposal|plan|suggestion|presentation|answer|write-up|research|result|results',
      must: [
        'Great work on the façade drawings, the client loved them.',
        'Good question about the service charge.',
        'Nice catch on the duplicate invoice.',
        'Really impressive progress on the planning application.',
      ],
      mustNot: [
        'Good morning, Ms Hale.',
        'Great, the permit arrived on Friday.',
        'The work on the façade was great.',
        'Nice weather for the site visit tomorrow.',
      ],
    },
    {
      pattern: '^well done|played|spotted|said|put',
      must: ['Well spotted, the clause was missing from the draft.'],
      mustNot: ['Well, the survey took longer than planned.'],
    },
    {
      pattern: '^kudos|bravo|congratulations|congrats|hats+off',
      must: ['Congratulations on winning the competition for the library.'],
      mustNot: [],
    },
  ],
  greet: [
    {
      pattern: '^hi|hello|hey|hiya|dear|dearest|greetings|howdy',
      must: [
        'Hi Jonas, the quote is attached.',
        'Hello everyone,',
        'Dear Ms Okafor,',
        'Hey team, quick update on the fit-out.',
      ],
      // Passing on a hello does not greet the reader.
      mustNot: [
        'Please say hello to Priya from all of us.',
        'The tiles were dear, but worth every penny.',
        'High winds delayed the roofers.',
      ],
    },
    {
      pattern: '^good morning|afternoon|evening',
      must: ['Good morning Dr Lee, here are the minutes.'],
      mustNot: ['This morning the crane arrived on site.'],
    },
    {
      pattern: '^morning|afternoon|evening ,|all|everyone|team|folks',
      must: ['Morning all, the skip arrives at ten.'],
      mustNot: ['Morning deliveries start at seven.'],
    },
  ],
  apology: [
    {
      // "in a sorry state" describes; it does not apologise.
      pattern: 'sorry',
      unlessAfter: ['state', 'sight', 'affair', 'excuse', 'lot', 'tale'],
      must: ['Sorry for the late reply, the site visit ran long.'],
      mustNot: ['The old barn was in a sorry state when we bought it.'],
    },
    {
      pattern: 'apologise|apologize|apologised|apologized|apologising|apologizing|apologies',
      must: ['We apologise for the confusion over the invoice.', 'Apologies, I attached the wrong version.'],
      mustNot: [],
    },
    {
      pattern: 'my|our|an apology',
      must: ['We owe you an apology for the noise on Saturday.'],
      mustNot: [],
    },
    {
      // "no excuse for" blames.
      pattern: 'excuse|pardon|forgive me|us|the|my|our',
      must: ['Excuse me for chasing you again.', 'Pardon the delay.'],
      mustNot: ['That is no excuse for missing the deadline.'],
    },
    {
      pattern: 'my|our bad',
      must: ['My bad, the date in the draft was wrong.'],
      mustNot: [],
    },
    {
      // "You will regret this" threatens.
      pattern: 'i|we|deeply|sincerely|greatly|truly regret',
      must: ['We sincerely regret the inconvenience.'],
      mustNot: ['You will regret cutting the insulation budget.', 'Unfortunately the permit was refused.'],
    },
    {
      pattern: '^regrettably|regretfully',
      must: ['Regrettably, the supplier missed the delivery slot.'],
      mustNot: [],
    },
  ],
  please: [
    {
      pattern: 'please|pls|plz',
      must: [
        'Could you please sign both copies?',
        'Send the keys to reception, please.',
        'Hi Anna, please find the minutes attached.',
        'If possible, please call me after three.',
      ],
      mustNot: [
        'Please find the signed lease attached.',
        'We were pleased with the survey results.',
        'It was a pleasure to meet your team.',
        'The pleasant view sold the flat in a week.',
      ],
    },
  ],
  pleaseStart: [
    {
      pattern: '^please|pls|plz',
      must: [
        'Please find the signed lease attached.',
        'Please call me before you order the tiles.',
        'Please, let us know if anything is unclear.',
        'Pls confirm the delivery slot.',
      ],
      mustNot: [
        'Could you please sign both copies?',
        'Pleased to hear the move went well.',
        'Hi Anna, please find the minutes attached.',
        'Pleasure working with you on this.',
      ],
    },
  ],
  indirect: [
    {
      pattern: 'by the way',
      must: ['By the way, the parking permit is in the blue folder.'],
      mustNot: ['The path by the gate leads to the garden.', 'We found a way to save the oak tree.'],
    },
    {
      pattern: 'btw|incidentally',
      must: ['The invoice, btw, went out on Monday.', 'Incidentally, the neighbours have agreed to the fence.'],
      mustNot: ['Anyway, the permit is still pending.'],
    },
    {
      pattern: 'as an aside',
      must: ['As an aside, the old radiators could be reused.'],
      mustNot: [],
    },
    {
      pattern: 'on a side note',
      must: ['On a side note, the gallery has asked about a tour.'],
      mustNot: ['The side entrance stays open during the works.'],
    },
  ],
  hedge: [
    {
      // "I believe in", "we thought about" hold and consider; they do not hedge.
      pattern: "i|we|i'd|we'd think|thought|believe|suppose|guess|suspect|assume|reckon",
      unlessAfter: ['in', 'of', 'about'],
      must: ['I think the budget will hold.', 'I guess the council will want revised plans.'],
      mustNot: [
        'I believe in clear contracts.',
        'We thought about adding a skylight.',
        'Think of the annex as a second phase.',
      ],
    },
    {
      pattern: "i|we don't|didn't|do|did think|believe|suppose|guess",
      must: ["I don't think the council will object."],
      mustNot: [],
    },
    {
      // Lower-case "may" only: "May" is the month.
      pattern:
        'perhaps|maybe|possibly|probably|presumably|apparently|seemingly|arguably|conceivably|likely|unlikely|=may|might',
      must: [
        'Perhaps we could move the meeting to Thursday.',
        'We might need another week for the permit.',
        'The contractor is probably on holiday.',
      ],
      mustNot: ['The handover is in May.'],
    },
    {
      pattern: 'seem|seems|seemed',
      must: ['It seems the supplier has mixed up the orders.'],
      mustNot: [],
    },
    {
      pattern: 'appear|appears|appeared to|that',
      must: ['The tenant appears to have left early.'],
      mustNot: ['The drawings appear in the shared folder.'],
    },
    {
      // "Your suggestion" names a proposal; "suggests" hedges it.
      pattern: 'suggest|suggests|suggested|suggesting',
      must: ['The survey suggests some damp in the cellar.'],
      mustNot: ['Your suggestion saved us a week.'],
    },
    {
      pattern: 'not sure|certain',
      must: ["I'm not sure the lease allows subletting."],
      mustNot: [],
    },
    {
      pattern: 'in my|our view|opinion',
      must: ['In our view, the extension needs a new survey.'],
      mustNot: [],
    },
  ],
  counterfactual: [
    {
      pattern: 'could|would you|u|your',
      unlessAfter: ['believe', 'imagine'],
      must: [
        'Could you send the signed plans by Friday?',
        'Would you mind checking the meter reading?',
        'Could your office confirm the filing date?',
      ],
      mustNot: [
        'We could send the plans on Friday.',
        'If you could call me back, that helps a lot.',
        'Would you believe the crane broke down again?',
        'Can you confirm the filing date?',
      ],
    },
    {
      pattern: 'would|could it be possible|okay|ok|alright|feasible',
      must: ['Would it be possible to move the handover to May?'],
      mustNot: ['The builders would start in June.'],
    },
  ],
  indicative: [
    {
      // "Can you believe it" exclaims; it asks nothing.
      pattern: 'can|will you|u|your',
      unlessAfter: ['believe', 'imagine'],
      must: [
        'Can you send the meter readings by Monday?',
        'Will you be at the handover on Friday?',
        'Can your assistant book the meeting room?',
        'When can you start on the kitchen?',
      ],
      mustNot: [
        'You can collect the keys at reception.',
        'Can you believe the crane broke down again?',
        'We will send you the revised plans.',
        'Could you check the meter?',
      ],
    },
  ],
  directStart: [
    {
      pattern: '^then|and|but|now|or',
      must: [
        'And the invoice has gone out.',
        'But the neighbours still object to the extension.',
        'Then we can order the windows.',
        'Now, about the service charge.',
      ],
      mustNot: [
        'Nowhere does the lease mention pets.',
        'We checked, and then we ordered.',
        'Butler Street is closed on Monday.',
      ],
    },
    {
      // "So many", "so far", "so glad": the adverb, not the opener.
      pattern: '^so',
      unlessAfter: [
        'much',
        'many',
        'far',
        'long',
        'glad',
        'sorry',
        'happy',
        'pleased',
        'good',
        'great',
        'nice',
        'kind',
        'excited',
        'little',
        'few',
        'very',
        'too',
      ],
      must: ['So, the permit finally came through.', 'So we should meet before the hearing.'],
      mustNot: ['So many details came together at the end.', 'So far the budget holds.', 'Sorry for the delay.'],
    },
  ],
  secondStart: [
    {
      pattern: "^you|your|you're|you've|you'd|you'll|yourself|yourselves",
      must: [
        'You will find the revised schedule attached.',
        'Your drawings look great.',
        "You're right about the drainage.",
        "You've been very patient with the planning office.",
      ],
      mustNot: [
        'Young families like the ground floor.',
        'Thank you for the plans.',
        'If you agree, we start on Monday.',
      ],
    },
    {
      // "Yours sincerely" closes a letter.
      pattern: '^yours',
      unlessAfter: ['sincerely', 'faithfully', 'truly', 'ever'],
      must: ['Yours is the only quote that includes scaffolding.'],
      mustNot: ['Yours sincerely, Jan Weber'],
    },
  ],
  firstStart: [
    {
      pattern: "^i|i'm|i've|i'd|i'll|my|mine|myself",
      must: [
        'I will call you after the hearing.',
        'My notes from the site visit are attached.',
        "I'm sending the draft lease today.",
        "I've checked the figures twice.",
      ],
      mustNot: [
        'In my view, the wall must go.',
        'Imagine the terrace in summer.',
        'We checked my notes again.',
        'Mystery solved: the invoice was in spam.',
      ],
    },
  ],
  directQuestion: [
    {
      pattern: "^why|what|who|whom|whose|how|where|when|which|what's|how's|where's|who's|when's|why's",
      unlessAfter: CLAUSE_AFTER_WH.en,
      must: [
        'Why did the delivery slip again?',
        'What is the status of the planning application?',
        'When can we expect the final invoice?',
        'Who signs the handover protocol on your side?',
        "What's the latest on the boundary dispute?",
      ],
      mustNot: [
        'What a relief that the permit came through!',
        'When you have a moment, could you look at the invoice?',
        'We wondered why the crane left early.',
        'How lovely to hear from you!',
      ],
    },
  ],
  firstPlural: [
    {
      // "US" is the country.
      pattern: "we|=us|=Us|our|ours|ourselves|let's|we're|we've|we'd|we'll",
      must: [
        'We will send the revised plans on Monday.',
        'Our team has checked the figures.',
        "Let's meet on site next week.",
        'Please send the keys to us.',
      ],
      mustNot: [
        'The US office will send the forms.',
        'Western suppliers are slower this year.',
        'Let the paint dry for a day.',
        'Your team has checked the figures.',
      ],
    },
  ],
  factuality: [
    {
      pattern: 'in fact|actuality|reality',
      must: ['In fact, the permit was granted last week.', 'In reality the works took two extra weeks.'],
      mustNot: ['In factory conditions the panels are cut precisely.'],
    },
    {
      // "really" intensifies and "obviously" condescends (rules/): neither claims a fact here.
      pattern: 'actually',
      must: ['We actually sent the invoice in March.'],
      mustNot: ['This is a really good layout.', 'Obviously the roof needs work.'],
    },
    {
      pattern: 'the fact|truth|reality|point is',
      must: ['The truth is that the budget was always tight.', 'The fact is, the lease expires in June.'],
      mustNot: ['The facts of the case are in the attached memo.'],
    },
    {
      pattern: '^fact is',
      must: ['Fact is, nobody measured the stairwell.'],
      mustNot: ['Fact sheets for both flats are attached.'],
    },
    {
      pattern: 'as a matter of fact',
      must: ['As a matter of fact, the survey found no damp.'],
      mustNot: [],
    },
  ],
};

export const POLITENESS: Record<Language, PolitenessBook> = { de: DE, en: EN };
