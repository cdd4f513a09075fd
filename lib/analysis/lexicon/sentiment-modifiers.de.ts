// Die Wörter um ein deutsches Stimmungswort, die seinen Wert ändern: Verstärker,
// Abschwächer, Verneinung und Kontrast, gelesen wie VADER sie liest
// (../sentiment.ts). Von Hand geschrieben für dieses Projekt.
import { CLASSES } from '../phrases/classes';
import { BOOST, DAMPEN, type SentimentModifiers, stepsOf } from './types';

export const SENTIMENT_MODIFIERS_DE: SentimentModifiers = {
  boosters: {
    ...stepsOf(
      'sehr total extrem absolut völlig vollkommen komplett gänzlich äusserst unglaublich unheimlich wahnsinnig echt wirklich ziemlich besonders höchst hochgradig enorm ausserordentlich ausgesprochen überaus zutiefst derart dermassen so richtig voll überhaupt gar viel vielen tausend masslos grenzenlos ungemein unendlich unfassbar',
      BOOST,
    ),
    ...stepsOf(
      'etwas kaum leicht bisschen eher einigermassen halbwegs teilweise fast beinahe geringfügig relativ vergleichsweise tendenziell weniger',
      DAMPEN,
    ),
    'ein bisschen': DAMPEN,
    'ein wenig': DAMPEN,
    'ziemlich wenig': DAMPEN,
    'nicht ganz': DAMPEN,
  },
  // The engine's negation class, and words that deny a feeling without being one of its forms.
  negators: [...CLASSES.de.neg.words, 'ohne', 'keineswegs', 'keinesfalls'],
  // "nicht nur", "nicht zuletzt", "nichts als Ärger", "kein Wunder": nichts davon verneint.
  notNegating: ['nur', 'zuletzt', 'als', 'wunder'],
  // Das Verb steht vorn, die Verneinung am Ende des Satzes: "Das gefällt mir nicht".
  trailingNegators: ['nicht', 'nie', 'niemals', 'nichts'],
  clauseBreaks: [
    'dass',
    'weil',
    'wenn',
    'falls',
    'ob',
    'obwohl',
    'obgleich',
    'damit',
    'sodass',
    'sobald',
    'solange',
    'bevor',
    'nachdem',
    'während',
    'seit',
    'seitdem',
    'bis',
    'und',
    'oder',
    'sondern',
    'denn',
    // Not "aber", "doch", "jedoch": as conjunctions they follow a comma, which ends the clause already;
    // without one they are particles inside it ("Das gefällt mir jedoch nicht").
  ],
  contrasts: ['aber', 'jedoch', 'allerdings', 'dennoch', 'trotzdem'],
  // Nur am Satz- oder Teilsatzanfang ein Kontrast; sonst eine Partikel ("Das ist doch gut").
  clauseContrasts: ['doch'],
  concessives: ['obwohl', 'obgleich', 'wenngleich', 'zwar'],
  notContrasting: [],
  // Antworten und Höflichkeitsformeln tragen kein Gefühl ("ja", "okay", "bitte").
  // "möchte" ist der höfliche Wunsch, nicht "mögen" = gern haben; "lieber" meist
  // "eher" ("lieber morgen"), nicht "lieb". "nötig" heißt erforderlich ("die
  // nötigen Unterlagen"), fast nie "nötigen" (zwingen): das Verb steht darum
  // nicht im Lexikon, und der Lemmatisierer führte "nötig" darauf zurück.
  ignored: [
    'ja',
    'nein',
    'okay',
    'ok',
    'bitte',
    'möchte',
    'möchten',
    'möchtest',
    'möchtet',
    'lieber',
    'nötig',
    'nötige',
    'nötigen',
    'nötiger',
    'nötiges',
    'nötigem',
  ],
};
