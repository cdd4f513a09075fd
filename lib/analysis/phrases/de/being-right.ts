import type { PhraseEntry } from '../types';

// Beweisen, dass man recht hatte (Prinzip 4: gemeinsame Basis statt Rechthaben).
export const beingRight: readonly PhraseEntry[] = [
  {
    id: 'wie-bereits-erwaehnt',
    pattern: 'wie (ich|wir) bereits|schon erwähnt|gesagt|geschrieben|mitgeteilt|angemerkt|ausgeführt|betont',
    suggestions: ['wie besprochen', 'zur Erinnerung'],
    hit: 'Wie bereits erwähnt, fehlt noch die Unterschrift.',
    miss: 'Wie besprochen fehlt noch die Unterschrift.',
  },
  {
    id: 'wie-schon-mehrfach',
    pattern: 'wie (ich|wir) schon|bereits mehrfach|mehrmals|öfter|x-mal|oft',
    hit: 'Wie ich schon mehrfach gesagt habe, geht das so nicht.',
    miss: 'Wie schon im Sommer vereinbart, starten wir im Herbst.',
  },
  {
    id: 'nicht-verstanden-offenbar',
    pattern: '=Sie haben ~2 offenbar|offensichtlich|anscheinend|wohl ~2 nicht verstanden|gelesen',
    hit: 'Sie haben offenbar nicht verstanden, worum es geht.',
    miss: 'Vielleicht habe ich mich nicht klar genug ausgedrückt.',
  },
  {
    id: 'ich-hatte-ja-gesagt',
    pattern: 'ich|wir hatte|hatten|habe|haben ja|doch ~2 gesagt|geschrieben|darauf+hingewiesen|gewarnt',
    hit: 'Ich hatte ja gesagt, dass das zu knapp wird.',
    miss: 'Ich hatte Ihnen gestern das Angebot geschickt.',
  },
  {
    id: 'siehe-meine-letzte-mail',
    pattern: 'siehe|vgl meine|unsere letzte|vorherige|vorige mail|e-mail|nachricht',
    suggestions: ['die Details stehen noch einmal hier'],
    hit: 'Siehe meine letzte Mail.',
    miss: 'Meine letzte Mail kam offenbar nicht an, deshalb hier noch einmal die Details.',
  },
];
