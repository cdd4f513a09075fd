import type { PhraseEntry } from '../types';

// Lob, das im selben Atemzug zurückgenommen wird (Prinzip 3: Wertschätzung stehen lassen).
export const butAfterPraise: readonly PhraseEntry[] = [
  {
    id: 'grundsaetzlich-ja-aber',
    pattern: 'grundsätzlich|prinzipiell|im+prinzip ~6 , aber',
    hit: 'Grundsätzlich gefällt mir der Entwurf, aber die Farben passen nicht.',
    miss: 'Grundsätzlich gefällt mir der Entwurf sehr.',
  },
  {
    id: 'grundsaetzlich-ja-allerdings',
    pattern: 'grundsätzlich|prinzipiell|im+prinzip ~6 , allerdings|jedoch',
    hit: 'Im Prinzip ist der Plan gut, allerdings fehlt der Keller.',
    miss: 'Im Prinzip ist der Plan fertig, und der Keller folgt nächste Woche.',
  },
  {
    id: 'nichts-gegen-sie-aber',
    pattern: 'nichts gegen =Sie|=Ihre|=Ihren|=Ihr|=Ihres|dich|euch ~3 , aber|doch|allerdings|jedoch',
    hit: 'Nichts gegen Sie persönlich, aber das war schwach.',
    miss: 'Wir haben nichts gegen eine Verschiebung.',
  },
  {
    id: 'bei-allem-respekt',
    pattern: 'bei|mit allem|aller respekt|wertschätzung|achtung|hochachtung|liebe|freundschaft|sympathie|wohlwollen',
    note: {
      de: '„Bei allem Respekt“ kündigt Kritik an und nimmt den Respekt gleich wieder zurück. Sagen Sie direkt, worum es geht.',
      en: '"With all due respect" announces criticism and takes the respect back. Say directly what the issue is.',
    },
    hit: 'Bei allem Respekt, Ihr Zeitplan ist unrealistisch.',
    miss: 'Ich habe großen Respekt vor Ihrer Arbeit.',
  },
  {
    id: 'bei-allem-verstaendnis',
    pattern: 'bei|mit allem|aller verständnis',
    note: {
      de: '„Bei allem Verständnis“ kündigt ein Aber an. Sagen Sie, was Sie verstehen – und dann, was nicht geht.',
      en: '"With all understanding" announces a "but". Say what you understand, then what does not work.',
    },
    hit: 'Bei allem Verständnis, so kurzfristig geht das nicht.',
    miss: 'Ich habe volles Verständnis für Ihre Lage.',
  },

  {
    id: 'an-sich-gut-aber',
    pattern:
      'an+sich|an+und+für+sich|eigentlich ~6 gut|schön|toll|richtig|ok|okay|in+ordnung|gelungen|überzeugend|sinnvoll|ordentlich ~3 , aber|allerdings|jedoch|nur|doch',
    hit: 'Der Entwurf ist an sich gut, aber die Küche ist zu klein.',
    miss: 'Der Entwurf ist gut, und die Küche vergrößern wir noch.',
  },
  {
    id: 'ja-aber',
    pattern: '^ja (,) aber',
    unlessAfter: ['gern', 'gerne', 'natürlich', 'sicher', 'klar', 'selbstverständlich', 'sehr'],
    hit: 'Ja, aber das steht so nicht im Vertrag.',
    miss: 'Ja, aber gern doch, wir kümmern uns darum.',
  },
  {
    id: 'ich-verstehe-aber',
    pattern: 'ich|wir verstehe|verstehen ~4 , aber|allerdings|jedoch|doch',
    hit: 'Ich verstehe Ihren Ärger, aber wir haben alles nach Plan gemacht.',
    miss: 'Ich verstehe Ihren Ärger und kümmere mich heute darum.',
  },
  {
    id: 'nachvollziehbar-aber',
    pattern:
      'nachvollziehen|nachvollziehbar|verständlich|berechtigt|legitim|nachzuvollziehen ~3 , aber|allerdings|jedoch|doch',
    hit: 'Ihr Einwand ist nachvollziehbar, aber wir bleiben bei dem Preis.',
    miss: 'Ihr Einwand ist nachvollziehbar, deshalb passen wir den Preis an.',
  },
  {
    id: 'sie-haben-recht-aber',
    pattern:
      '=Sie haben ~2 (ja|schon|natürlich|sicher|durchaus|völlig|vollkommen|absolut|im+grunde) recht ~3 , aber|allerdings|jedoch|doch',
    hit: 'Sie haben ja recht, aber so schnell geht es nun einmal nicht.',
    miss: 'Sie haben völlig recht, in der Rechnung steckt ein Zahlendreher.',
  },
  {
    id: 'haben-sie-recht-aber',
    pattern: 'haben =Sie ~2 recht ~3 , aber|allerdings|jedoch|doch',
    hit: 'Da haben Sie recht, aber das hilft uns jetzt nicht weiter.',
    miss: 'Da haben Sie recht, das ändern wir sofort.',
  },
  {
    id: 'das-mag-sein-aber',
    pattern:
      'mag|mögen (ja) (alles) (so) (durchaus) sein|stimmen|zutreffen|richtig+sein (,) aber|allerdings|jedoch|doch',
    hit: 'Das mag sein, aber der Vertrag sagt etwas anderes.',
    miss: 'Das mag Ihnen seltsam vorkommen, ist aber üblich.',
  },
  {
    id: 'schoen-und-gut',
    pattern: 'schön|schoen und gut , aber|doch|nur|allerdings|jedoch',
    hit: 'Das ist ja alles schön und gut, aber wer bezahlt das?',
    miss: 'Die Fliesen sind schön und gut verarbeitet.',
  },
  {
    id: 'schoen-und-gut-am-satzende',
    pattern: 'ist|sind|wäre|klingt ~2 schön|schoen und gut $',
    hit: 'Das ist ja alles schön und gut.',
    miss: 'Die Fliesen sind schön und gut verarbeitet.',
  },
  {
    id: 'das-muss-man-ihnen-lassen',
    pattern:
      'muss|müssen|lasse|lassen man|ich|wir =Ihnen|dir|euch|ihm|ihr ~1 lassen|zugestehen (,) aber|allerdings|jedoch|doch',
    hit: 'Mutig ist der Entwurf, das muss man Ihnen lassen, aber er sprengt das Budget.',
    miss: 'Das muss man Ihnen lassen: Der Entwurf ist mutig und passt ins Budget.',
  },
  {
    id: 'gut-gemeint-aber',
    pattern: 'gut|nett|lieb gemeint ~3 , aber|allerdings|jedoch|doch',
    hit: 'Ihr Vorschlag ist gut gemeint, aber er löst das Problem nicht.',
    miss: 'Ihr Vorschlag ist gut, wir setzen ihn um.',
  },
  {
    id: 'in-allen-ehren',
    pattern: 'in allen ehren',
    hit: 'Ihr Engagement in allen Ehren, aber der Termin war verbindlich.',
    miss: 'Wir schätzen Ihr Engagement sehr.',
  },
  {
    id: 'ohne-ihnen-zu-nahe-zu-treten',
    pattern: 'ohne =Ihnen|dir|euch ~2 zu nahe (zu) treten',
    hit: 'Ohne Ihnen zu nahe treten zu wollen, die Pläne sind veraltet.',
    miss: 'Die Pläne sind leider veraltet, ich schicke Ihnen die neuen.',
  },
  {
    id: 'ihnen-nicht-zu-nahe-treten',
    pattern: 'ich|wir will|möchte|wollen|möchten =Ihnen|dir|euch ~2 nicht zu nahe treten',
    hit: 'Ich möchte Ihnen nicht zu nahe treten, aber das Angebot ist zu teuer.',
    miss: 'Ich möchte Ihnen ein neues Angebot machen.',
  },
  {
    id: 'verstehen-sie-mich-nicht-falsch',
    pattern: 'verstehen =Sie mich|uns|das (bitte) (jetzt) nicht falsch',
    hit: 'Verstehen Sie mich nicht falsch, aber die Qualität lässt nach.',
    miss: 'Verstehen Sie mich gern als Ansprechpartnerin für alle Fragen.',
  },
  {
    id: 'nicht-falsch-verstehen',
    pattern: 'nicht falsch verstehen',
    hit: 'Bitte nicht falsch verstehen, aber das war zu spät.',
    miss: 'Damit nichts verloren geht, schicke ich es schriftlich.',
  },
  {
    id: 'nicht-persoenlich-gemeint',
    pattern:
      'nicht böse|persönlich|negativ|abwertend|despektierlich|als+kritik gemeint ~2 , aber|allerdings|jedoch|doch',
    hit: 'Das ist nicht persönlich gemeint, aber Ihre Mails sind zu lang.',
    miss: 'Das ist herzlich gemeint, vielen Dank für Ihre Hilfe.',
  },
  {
    id: 'seien-sie-mir-nicht-boese',
    pattern: 'seien =Sie (mir|uns) (bitte) nicht böse (,) aber|allerdings|jedoch|doch',
    hit: 'Seien Sie mir nicht böse, aber das passt so nicht.',
    miss: 'Seien Sie herzlich willkommen in unserem Büro.',
  },
  {
    id: 'nehmen-sie-es-nicht-uebel',
    pattern: 'nehmen =Sie ~3 nicht übel ~2 , aber|allerdings|jedoch|doch',
    hit: 'Nehmen Sie es mir bitte nicht übel, aber der Entwurf überzeugt nicht.',
    miss: 'Nehmen Sie sich für die Entscheidung ruhig Zeit.',
  },
  {
    id: 'ich-will-ja-nichts-sagen',
    pattern: 'ich|wir will|möchte|wollen|möchten ja nichts sagen',
    hit: 'Ich will ja nichts sagen, aber das war schon wieder zu spät.',
    miss: 'Ich möchte Ihnen nur sagen, wie sehr wir uns freuen.',
  },
  {
    id: 'will-nicht-meckern-aber',
    pattern:
      'will|möchte|wollen|möchten ~2 (ja) nicht meckern|kritisieren|nörgeln|jammern|undankbar+sein|pingelig+sein|kleinlich+sein|kleinlich+erscheinen',
    hit: 'Ich will ja nicht meckern, aber die Fliesen sind schief.',
    miss: 'Ich will Ihnen nicht zu viel versprechen, aber Montag klappt wohl.',
  },
  {
    id: 'nichts-fuer-ungut',
    pattern: 'nichts für ungut',
    hit: 'Nichts für ungut, aber so geht das nicht.',
    miss: 'Nichts ist für uns wichtiger als Ihre Zufriedenheit.',
  },
  {
    id: 'das-stimmt-schon-aber',
    pattern: 'stimmt|richtig|korrekt|zutreffend|wahr (ja) schon|zwar ~4 , aber|allerdings|jedoch|doch',
    hit: 'Das stimmt schon, aber die Frist war trotzdem verbindlich.',
    miss: 'Das stimmt, und deshalb verlängern wir die Frist.',
  },
  {
    id: 'zwar-gut-aber',
    pattern:
      'zwar (sehr|ganz|durchaus|wirklich) richtig|korrekt|wahr|gut|schön|nett|toll|gelungen|verständlich|nachvollziehbar|berechtigt|interessant ~4 , aber|allerdings|jedoch|doch',
    hit: 'Der Entwurf ist zwar schön, aber leider viel zu teuer.',
    miss: 'Der Entwurf ist schön, und den Preis besprechen wir am Montag.',
  },
  {
    id: 'gute-idee-aber',
    pattern:
      'gute|schöne|interessante|nette|spannende idee|ansatz|vorschlag|gedanke|überlegung ~3 , aber|allerdings|jedoch|nur|doch',
    hit: 'Gute Idee, aber dafür fehlt uns das Budget.',
    miss: 'Gute Idee, das machen wir so.',
  },
  {
    id: 'interessant-aber',
    pattern: '^(ganz|sehr|durchaus) interessant ~3 , aber|allerdings|jedoch|nur|doch',
    hit: 'Interessant, aber das hatten wir nicht vereinbart.',
    miss: 'Interessant, dass die Förderung jetzt früher kommt.',
  },
  {
    id: 'glueckwunsch-aber',
    pattern:
      'glückwunsch|glueckwunsch|gratulation|herzlichen+glückwunsch zu|zum|zur ~1-6 , aber|allerdings|jedoch|doch|nur',
    unlessAfter: ['bitte', 'könnten', 'könntest', 'dürfen'],
    hit: 'Glückwunsch zur neuen Filiale, aber die Mietverträge fehlen immer noch.',
    miss: 'Glückwunsch zur neuen Filiale, aber bitte schicken Sie uns noch die neue Adresse.',
  },
];
