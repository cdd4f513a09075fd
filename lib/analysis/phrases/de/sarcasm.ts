import type { PhraseEntry } from '../types';

// Spöttischer Dank und falsches Lob (Prinzip 5: der eigene Zustand zuerst).
export const sarcasm: readonly PhraseEntry[] = [
  // Gemessen an dem, was man von der Leserin gewohnt ist: "fast pünktlich für eure Verhältnisse".
  {
    id: 'fuer-ihre-verhaeltnisse',
    pattern:
      'pünktlich|schnell|früh|flott|zügig|fix|ordentlich|sauber|vollständig|zuverlässig|gründlich|gut|rasch|prompt für =Ihre|eure|deine verhältnisse',
    hit: 'Das ist ja fast pünktlich für eure Verhältnisse.',
    miss: 'Für Ihre Verhältnisse empfehlen wir das kleinere Modell.',
  },
  {
    id: 'danke-fuer-nichts',
    pattern: 'danke|vielen+dank|besten+dank|schönen+dank (auch) für nichts|gar+nichts|nix',
    hit: 'Vielen Dank auch für nichts.',
    miss: 'Vielen Dank für Ihre Geduld.',
  },
  {
    id: 'danke-auch',
    pattern: '^(na) (,) danke|vielen+dank|schönen+dank|besten+dank|danke+schön|danke+sehr auch $',
    hit: 'Na, vielen Dank auch!',
    miss: 'Vielen Dank, Ihnen auch ein schönes Wochenende!',
  },
  {
    id: 'na-super',
    pattern:
      '^na (,) super|toll|klasse|prima|wunderbar|großartig|grossartig|bravo|herrlich|spitze|fantastisch|perfekt|prächtig|bestens|wunderbar',
    hit: 'Na super, jetzt verschiebt sich alles.',
    miss: 'Super, dann machen wir es so.',
  },
  {
    id: 'herzlichen-glueckwunsch-ironisch',
    pattern:
      'herzlichen|na+herzlichen glückwunsch , jetzt|nun|damit|da|das ~5 kaputt|ruiniert|hinüber|futsch|im+eimer|geplatzt|lahmgelegt|abgestürzt|beschädigt|zerkratzt',
    hit: 'Herzlichen Glückwunsch, jetzt ist alles kaputt.',
    miss: 'Herzlichen Glückwunsch zur Eröffnung Ihres neuen Standorts!',
  },
  {
    id: 'na-herzlichen-glueckwunsch',
    pattern: '^na (dann) (,) herzlichen glückwunsch $',
    hit: 'Na, herzlichen Glückwunsch.',
    miss: 'Herzlichen Glückwunsch, das ist ein toller Erfolg für Ihr Team!',
  },
  {
    id: 'ironisches-lob-dann-schaden',
    pattern:
      'toll|super|prima|großartig|grossartig|klasse|bravo|perfekt|wunderbar|spitze|herrlich|gratuliere|gratulation|glänzend , jetzt|nun|damit|da|das ~5 kaputt|ruiniert|hinüber|futsch|im+eimer|geplatzt|lahmgelegt|abgestürzt|beschädigt|zerkratzt',
    hit: 'Toll, jetzt ist der Termin beim Notar geplatzt.',
    miss: 'Toll, jetzt ist der Termin beim Notar bestätigt.',
  },
  {
    id: 'schoen-dass-sie-sich-auch-mal',
    pattern: 'schön|nett ~1 dass =Sie sich ~2 auch mal|endlich',
    hit: 'Schön, dass Sie sich auch mal melden.',
    miss: 'Schön, dass Sie sich melden.',
  },
  {
    id: 'dass-sie-sich-auch-mal-melden',
    pattern:
      '=Sie sich ~2 auch+mal|auch+einmal|überhaupt+noch|endlich+mal|endlich+auch+mal ~1 melden|rühren|blicken+lassen|zurückmelden',
    hit: 'Danke, dass Sie sich überhaupt noch melden.',
    miss: 'Danke, dass Sie sich so schnell melden.',
  },
  {
    id: 'nett-dass-sie-auch-mal',
    pattern:
      'schön|nett|freundlich|toll|super ~1 dass =Sie ~3 auch+mal|auch+einmal|überhaupt+mal|endlich+mal|überhaupt+noch',
    hit: 'Nett, dass Sie uns auch mal Bescheid geben.',
    miss: 'Nett, dass Sie uns so schnell Bescheid geben.',
  },
  {
    id: 'sich-bequemen',
    pattern: '=Sie sich ~3 bequemt|bequemen|herablassen|herabgelassen',
    hit: 'Vielleicht könnten Sie sich bequemen, die Rechnung zu bezahlen.',
    miss: 'Vielleicht könnten Sie die Rechnung bis Freitag bezahlen.',
  },
  {
    id: 'dass-es-sie-noch-gibt',
    pattern: 'dass es =Sie|euch|dich (auch) (doch) noch gibt',
    hit: 'Schön zu sehen, dass es Sie noch gibt.',
    miss: 'Schön zu sehen, dass es Ihnen wieder gut geht.',
  },
  {
    id: 'endlich-ein-lebenszeichen',
    pattern: 'endlich (mal) (wieder) ein lebenszeichen',
    hit: 'Endlich mal ein Lebenszeichen von Ihnen!',
    miss: 'Schön, von Ihnen zu hören!',
  },
  {
    id: 'sie-leben-ja-noch',
    pattern: '=Sie leben|existieren ja|also (doch) noch $',
    hit: 'Sie leben ja noch!',
    miss: 'Sie leben ja jetzt in Hamburg, wie schön!',
  },
  {
    id: 'besser-spaet-als-nie',
    pattern: 'besser spät|spaet als nie',
    hit: 'Besser spät als nie, danke für die Unterlagen.',
    miss: 'Danke für die Unterlagen, jetzt kann es losgehen.',
  },
  {
    id: 'auch-schon-wach',
    pattern: 'auch schon wach|aufgewacht|ausgeschlafen',
    hit: 'Auch schon wach?',
    miss: 'Sind Sie morgen früh schon im Büro?',
  },
  {
    id: 'was-fuer-eine-ueberraschung',
    pattern: '^(na|oh) (,) was+für+eine|was+für+ne|welch+eine|welch|welche+eine überraschung $',
    hit: 'Na, was für eine Überraschung.',
    miss: 'Was für eine schöne Überraschung, vielen Dank!',
  },
  {
    id: 'wer-haette-das-gedacht',
    pattern: '^(na) (,) wer hätte das|es (nur) (wieder) gedacht|geahnt $',
    hit: 'Wer hätte das gedacht?',
    miss: 'Wer hätte gedacht, dass wir so schnell fertig werden!',
  },
  {
    id: 'sehr-witzig',
    pattern: '^sehr|wirklich|echt|äußerst|äusserst|ausgesprochen|ganz witzig|lustig|komisch $',
    hit: 'Sehr witzig.',
    miss: 'Die Feier war sehr lustig, danke für die Einladung.',
  },
  {
    id: 'danke-fuer-die-blumen',
    pattern: 'danke für die blumen',
    hit: 'Danke für die Blumen, aber so schlimm war es nicht.',
    miss: 'Danke für Ihr freundliches Feedback.',
  },
  {
    id: 'ja-toll-hinbekommen',
    pattern:
      'haben|hat =Sie|ihr ~2 ja (wirklich|echt|mal+wieder|wieder) (ganz) toll|super|prima|großartig|grossartig|klasse|hervorragend|fein|prächtig|wunderbar|glänzend hinbekommen|hingekriegt|hingebracht',
    hit: 'Das haben Sie ja toll hinbekommen.',
    miss: 'Das haben Sie toll gemacht, Kompliment!',
  },
  {
    id: 'genau-mein-humor',
    pattern: 'genau|ganz mein humor',
    hit: 'Genau mein Humor.',
    miss: 'Ihr Humor hat die Sitzung aufgelockert, danke.',
  },
  {
    id: 'sie-sind-ja-ein-witzbold',
    pattern:
      '=Sie sind ~2 ein|eine (echter|echte|richtiger|richtige|wahrer|wahre) witzbold|scherzkeks|spaßvogel|spassvogel|schlaumeier|schlauberger|klugscheißer|klugscheisser|besserwisser|besserwisserin|komiker|clown',
    hit: 'Sie sind ja ein Witzbold.',
    miss: 'Sie sind ein Schatz, vielen Dank!',
  },
  {
    id: 'als-ob',
    pattern: '^als ob|wenn',
    hit: 'Als ob wir zaubern könnten.',
    miss: 'Es sieht so aus, als ob das Wetter hält.',
  },
  {
    id: 'schon-klar',
    pattern: '^(ja) (,) schon klar $',
    hit: 'Schon klar.',
    miss: 'Das ist jetzt klar, danke für die Erklärung.',
  },
  {
    id: 'wers-glaubt',
    pattern: "wer's|wers|wer+es glaubt",
    hit: "Wer's glaubt, wird selig.",
    miss: 'Ich glaube, das klappt bis Freitag.',
  },
  {
    id: 'zu-guetig',
    pattern: 'wie|zu|sehr|überaus gnädig|gütig|gönnerhaft',
    hit: 'Zu gütig.',
    miss: 'Sehr freundlich, vielen Dank!',
  },
  {
    id: 'schoen-fuer-sie',
    pattern: '^(wie|na) schön|toll|nett|fein für =Sie $',
    hit: 'Schön für Sie.',
    miss: 'Das freut mich sehr für Sie.',
  },
  {
    id: 'sie-haben-ja-humor',
    pattern: '=Sie haben ja humor',
    hit: 'Sie haben ja Humor.',
    miss: 'Sie haben einen schönen Humor, das hat die Sitzung aufgelockert.',
  },
  {
    id: 'das-soll-ich-glauben',
    pattern: 'das soll|sollen ich|wir (=Ihnen) (jetzt) (also) (wirklich|ernsthaft) glauben',
    hit: 'Und das soll ich Ihnen glauben?',
    miss: 'Das glaube ich Ihnen gern.',
  },
  {
    id: 'ich-bin-ja-nur',
    pattern:
      'ich+bin|wir+sind ja nur (der|die|das) kunde|kundin|kunden|auftraggeber|auftraggeberin|bauherr|bauherrin|mandant|mandantin|zahlende|architekt|architektin',
    hit: 'Ich bin ja nur der Auftraggeber.',
    miss: 'Ich bin der Auftraggeber und freue mich auf den Start.',
  },
  {
    id: 'sie-wissen-ja-alles-besser',
    pattern: '=Sie wissen ~2 ja|eh|sowieso|natürlich|offenbar|wohl ~2 alles besser',
    hit: 'Sie wissen ja sowieso alles besser.',
    miss: 'Sie wissen in dieser Sache sicher mehr als ich.',
  },
  {
    id: 'netter-versuch',
    pattern: 'netter versuch',
    hit: 'Netter Versuch, aber die Frist ist abgelaufen.',
    miss: 'Wir starten einen neuen Versuch am Montag.',
  },
  {
    // „Die Frist war wohl eher als Anregung gedacht“: eine Vereinbarung, die die Leserin nicht hielt, als bloßer Vorschlag verspottet.
    id: 'eher-als-anregung',
    pattern:
      'eher|mehr als anregung|vorschlag|empfehlung|richtwert|kann-bestimmung gedacht|gemeint|verstanden|aufgefasst',
    hit: 'Der vereinbarte Abgabetermin war dann wohl eher als Anregung gedacht.',
    miss: 'Die Farbliste ist als Anregung gedacht, Sie können frei wählen.',
  },
];
