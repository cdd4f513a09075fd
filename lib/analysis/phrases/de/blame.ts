import type { PhraseEntry } from '../types';

// Die andere Person zur Schuldigen machen (Prinzip 1: Wertschätzung).
export const blame: readonly PhraseEntry[] = [
  {
    id: 'sie-haben-schon-wieder-vergessen',
    pattern: '=Sie haben ~4 schon|wieder|erneut ~3 vergessen|versäumt|übersehen|ignoriert|verpasst',
    hit: 'Sie haben die Unterlagen schon wieder vergessen.',
    miss: 'Ich habe die Unterlagen schon wieder vergessen.',
  },
  {
    id: 'sie-haben-nicht-geschickt',
    pattern:
      '=Sie haben ~4 nicht|kein|keine|keinen ~3 geschickt|gesendet|geliefert|bezahlt|überwiesen|unterschrieben|beantwortet|gemacht|erledigt',
    hit: 'Sie haben die Rechnung immer noch nicht bezahlt.',
    miss: 'Haben Sie die Rechnung schon bezahlt?',
  },
  {
    id: 'haben-sie-schon-wieder-vergessen',
    pattern: 'haben|hatten =Sie ~4 schon|wieder|erneut ~3 vergessen|versäumt|übersehen|ignoriert|verpasst',
    hit: 'Leider haben Sie den Termin schon wieder verpasst.',
    miss: 'Leider haben wir den Termin schon wieder verpasst.',
  },
  {
    id: 'haben-sie-nicht-geschickt',
    pattern:
      'haben|hatten =Sie ~4 nicht|kein|keine|keinen ~3 geschickt|gesendet|geliefert|bezahlt|überwiesen|unterschrieben|beantwortet|gemacht|erledigt',
    hit: 'Wie bereits erwähnt, haben Sie die Unterlagen schon wieder nicht geschickt.',
    miss: 'Wie besprochen haben wir die Unterlagen heute geschickt.',
  },
  {
    id: 'ihr-fehler',
    pattern: '=Ihr|=Ihre|=Ihren fehler|versäumnis|verschulden|schuld',
    hit: 'Das war Ihr Fehler, nicht unserer.',
    miss: 'Das war mein Fehler, ich kümmere mich darum.',
  },
  {
    id: 'sie-haben-es-versaeumt',
    pattern: '=Sie haben es versäumt|verpasst|unterlassen',
    hit: 'Sie haben es versäumt, uns rechtzeitig zu informieren.',
    miss: 'Wir haben es versäumt, Sie rechtzeitig zu informieren.',
  },
];
