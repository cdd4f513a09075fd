// Warm wishes and closings: appreciation as much as thanks ("Gute Besserung!",
// "Alles Gute für den Umzug", "Enjoy your holiday"). Thanks and acknowledgement
// themselves are signals (../phrases/signals.ts). Each entry: a sentence it
// must find and one it must not (tests/lib/analysis/rules/frames.test.ts).
// Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

const OCCASIONS_DE =
  'wochenende|urlaub|feierabend|abend|tag|start|sonntag|feiertag|feiertage|ostern|ostertage|pfingsten|weihnachten|weihnachtsfest|fest|jahr|neues+jahr|jahreswechsel|geburtstag|reise|auszeit|erholung|sommer|winter|woche|restwoche|wochenstart|urlaubstage|familienfest';
const OCCASIONS_EN =
  'weekend|holiday|holidays|vacation|break|trip|day|evening|week|time|christmas|easter|birthday|summer|new+year|move|rest+of+your+day|rest+of+the+week|rest+of+your+week';

export const WARM_WISHES: FrameBook = {
  de: [
    {
      id: 'gute-besserung',
      pattern: 'gute besserung|genesung',
      hit: 'Gute Besserung, und ruhen Sie sich aus!',
      miss: 'Die Besserung der Lage merken wir alle.',
    },
    {
      id: 'alles-gute',
      pattern: 'alles gute|liebe $',
      hit: 'Alles Gute!',
      miss: 'Das sind alles gute Gründe für eine Pause.',
    },
    {
      id: 'alles-gute-fuer',
      pattern: 'alles gute|liebe für|zum|zur|weiterhin|und|dir|euch|=Ihnen',
      hit: 'Alles Gute für den Umzug!',
      miss: 'Alles gute Ideen, nur leider zu teuer.',
    },
    {
      id: 'viel-erfolg',
      pattern:
        '^(und) (weiterhin) viel|viele erfolg|glück|spaß|freude|kraft|energie bei|beim|mit|für|im|in|auf|am|morgen|heute|damit|dabei|und|euch|dir|=Ihnen',
      hit: 'Viel Erfolg morgen bei der Präsentation!',
      miss: 'Viel Erfolg hatten wir mit dem alten Plan nicht.',
    },
    {
      id: 'viel-erfolg-allein',
      pattern: '^(und) (weiterhin) viel|viele erfolg|glück|spaß|freude|kraft|energie $',
      hit: 'Und weiterhin viel Erfolg!',
      miss: 'Viel Erfolg hatten wir damit nicht.',
    },
    {
      id: 'schoenes-wochenende',
      pattern: `^(ein|einen) schönes|schönen|erholsames|erholsamen|gutes|guten|sonniges|sonnigen|entspanntes|entspannten|frohes|frohe|frohen|angenehmes|angenehmen|ruhiges|ruhigen ${OCCASIONS_DE}`,
      hit: 'Schönes Wochenende!',
      miss: 'Schöne Wochen liegen hinter uns, das Projekt ist fertig.',
    },
    {
      id: 'ich-wuensche',
      pattern:
        'wünsche|wünschen =Ihnen|dir|euch|allen ~3 schön*|gut*|erholsam*|viel|alles|frohe*|angenehm*|entspannt*|sonnig*',
      hit: 'Ich wünsche Ihnen trotzdem einen guten Start in die Woche.',
      miss: 'Wir wünschen uns eine Antwort bis Freitag.',
    },
    {
      id: 'erholen-sie-sich',
      pattern: 'erholen+=Sie+sich|erhol+dich|erholt+euch',
      hit: 'Erholen Sie sich gut im Urlaub.',
      miss: 'Die Preise erholen sich langsam.',
    },
    {
      id: 'geniessen-sie',
      pattern: '^genießen|genieß|genieße|genießt (=Sie|euch)',
      hit: 'Genießen Sie die freien Tage!',
      miss: 'Wir genießen den Ausblick vom neuen Büro.',
    },
    {
      id: 'glueckwunsch',
      pattern: 'glückwunsch|glückwünsche|gratuliere|gratulieren|gratulation',
      hit: 'Herzlichen Glückwunsch zur neuen Praxis!',
      miss: 'Die Karte liegt noch im Flur.',
    },
    {
      id: 'gute-reise',
      pattern: '^gute reise|fahrt|heimreise|erholung|nacht',
      hit: 'Gute Reise nach Lissabon!',
      miss: 'Gute Reisekosten-Abrechnungen sind selten.',
    },
  ],
  en: [
    {
      id: 'best-of-luck',
      pattern: 'best+of+luck|good+luck|best+wishes|warm+wishes|kind+wishes',
      hit: 'Best of luck with the move!',
      miss: 'The best of the tiles are already luckily laid.',
    },
    {
      id: 'all-the-best',
      pattern: 'all the best for|with|to|and|in|on|from',
      hit: 'All the best for the new job!',
      miss: 'All the best parts of the old plan are gone.',
    },
    {
      id: 'all-the-best-alone',
      pattern: 'all the best $',
      hit: 'Thanks again, and all the best!',
      miss: 'We chose the best of all the tiles.',
    },
    {
      id: 'enjoy',
      pattern: '^enjoy',
      hit: 'Enjoy your holiday!',
      miss: 'We did not enjoy the delays.',
    },
    {
      id: 'have-a-great',
      pattern: `have a|an (really) great|good|nice|lovely|wonderful|fantastic|relaxing|restful|safe|happy|brilliant|fun ${OCCASIONS_EN}`,
      hit: 'Have a lovely weekend.',
      miss: 'We have a good reason to wait.',
    },
    {
      id: 'hope-you-enjoy',
      pattern: 'hope (that) you|you+all enjoy|enjoyed|feel|had|have|got|get|were|are',
      hit: 'I hope you enjoy the new kitchen.',
      miss: 'We hope the delivery arrives on time.',
    },
    {
      id: 'hope-all-is-well',
      pattern: "hope you're|you+are|all+is|everything+is|all's|this+finds+you well|good|great|fine",
      hit: 'I hope all is well with the family.',
      miss: 'We hope all is ready by noon.',
    },
    {
      id: 'get-well',
      pattern: 'get+well|feel+better|better+soon',
      hit: 'Get well soon.',
      miss: 'The roof will get better insulation.',
    },
    {
      id: 'congratulations',
      pattern: 'congratulations|congrats|congratulate',
      hit: 'Congratulations on the new office, by the way.',
      miss: 'The new office is on the second floor.',
    },
    {
      id: 'take-care',
      pattern: '^take care',
      hit: 'Take care, and see you on Monday.',
      miss: 'We take care of the permit ourselves.',
    },
    {
      id: 'happy-holidays',
      pattern: 'happy|merry|safe holidays|birthday|easter|new+year|christmas|travels',
      hit: 'Safe travels to Lisbon!',
      miss: 'We are happy with the holidays schedule.',
    },
  ],
};
