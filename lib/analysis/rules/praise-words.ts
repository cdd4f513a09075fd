// Praise as clients write it, beyond "danke" and "great": the words a turn
// ("aber", "however") can take back. Both the same-sentence rule (through
// SIGNALS.praise) and the next-sentence rule read this list, so a word added
// here is praise everywhere. Words that also mean something else are left out
// or held by their context: "stark" (stark beschädigt), "geschätzt" (geschätzte
// Kosten), "ansteckend" and "infectious" (a doctor's mail), "sharp" (pain),
// "patient" (a noun at the doctor's), "aufmerksam" (aufmerksam machen).
// Each entry: a sentence it must find and one it must not
// (tests/lib/analysis/rules/frames.test.ts). Pattern syntax: ../pattern.ts.
import type { FrameBook } from './frames';

export const PRAISE_WORDS: FrameBook = {
  de: [
    {
      id: 'lob-adjektiv',
      pattern:
        'wunderbar*|wundervoll*|fantastisch*|phantastisch*|grandios*|genial*|brillant*|exzellent*|erstklassig*|souverän*|mitreißend*|begeistert|begeisternd*|überragend*|herausragend*|stimmig*|elegant*|originell*|präzise*|sorgfältig*|erfreulich*|angenehm*|charmant*|liebevoll*|bemerkenswert*|beachtlich*|vielversprechend*|stilvoll*|gekonnt*|meisterhaft*|lobenswert*|tadellos*|makellos*|bravourös*|großartig*|grossartig*|toll*|traumhaft*|fabelhaft*|klug*|umsichtig*|geduldig*|hilfsbereit*|fair|faire|fairen|flüssig|mutig*|couragiert*|beherzt*|diszipliniert*|fleissig*|stimmungsvoll*|geschmackvoll*|zauberhaft*|bezaubernd*|wunderschön*',
      hit: 'Die Entwürfe sind fantastisch geworden.',
      miss: 'Die Entwürfe sind heute angekommen.',
    },
    {
      id: 'lob-nomen',
      pattern: 'chapeau|hut+ab|kompliment*|respekt+für|respekt+vor|ein+traum|ein+genuss|eine+freude|lob+an|großes+lob',
      hit: 'Chapeau für die schnelle Umsetzung.',
      miss: 'Die Umsetzung beginnt im März.',
    },
    {
      id: 'lob-verb',
      pattern:
        'bewundere|bewundern|beeindruckt|überzeugt+mich|überzeugt+uns|hat+mich+überzeugt|hat+uns+überzeugt|freue+mich+über|freuen+uns+über|sehr+geschätzt|habe+ich+geschätzt|haben+wir+geschätzt|schätze+ich+sehr|schätzen+wir+sehr',
      hit: 'Ich bewundere Ihre Geduld mit dem Amt.',
      miss: 'Ich warte auf Nachricht vom Amt.',
    },
    {
      id: 'muehe-sichtbar',
      pattern:
        'man+merkt|man+sieht|sieht+man|merkt+man ~4 arbeit|mühe|herzblut|sorgfalt|engagement|liebe|geübt|trainiert',
      hit: 'Man sieht, wie viel Herzblut in dem Entwurf steckt.',
      miss: 'Man sieht, dass die Wand feucht ist.',
    },
    {
      id: 'muehe-gemacht',
      pattern: 'mühe gemacht|gegeben',
      hit: 'Sie haben sich viel Mühe gemacht.',
      miss: 'Sie haben die Mappe mitgebracht.',
    },
    {
      // Colloquial praise and praise as the writer's joy or relief.
      id: 'lob-umgangssprache',
      pattern: 'cool|top|große+hilfe|riesige+hilfe|echte+hilfe',
      hit: 'Die Vorbereitung war eine riesige Hilfe.',
      miss: 'Die Vorbereitung war eine riesige Aufgabe.',
    },
    {
      // „stark“ as praise only in its colloquial form, with a colloquial booster and ending the clause,
      // never „stark beschädigt“ or „stark verschmutzt“.
      id: 'lob-stark',
      pattern: 'richtig|echt|mega|total|voll|einfach stark ,|!|.|;',
      hit: 'Die neuen Entwürfe sind echt stark, weiter so.',
      miss: 'Die Fassade ist richtig stark verschmutzt.',
    },
    {
      id: 'lob-freude',
      pattern: 'hat|haben mich|uns (sehr|wirklich|total) gefreut',
      hit: 'Ihre offene Art hat mich sehr gefreut.',
      miss: 'Ihre Zusage hat mich nicht erreicht.',
    },
    {
      id: 'lob-gespuer',
      pattern: 'zeigt|zeigen|beweist|beweisen|hat|haben (viel|guten|gutes|ein) geschmack|gespür|stilgefühl|händchen',
      hit: 'Die Auswahl der Stoffe zeigt Geschmack.',
      miss: 'Die Auswahl der Stoffe zeigt Flecken.',
    },
    {
      // Acknowledgement as a turn of phrase: „alle Achtung“, „ich weiß zu schätzen, dass …“.
      id: 'lob-wendung',
      pattern: 'alle+achtung|viel+geschafft|weiss+zu+schätzen|wissen+zu+schätzen|gut+gemacht|stark+gemacht',
      hit: 'Ich weiß zu schätzen, dass Sie den Schlüssel hinterlegt haben.',
      miss: 'Ich weiß nicht, wo Sie den Schlüssel hinterlegt haben.',
    },
    {
      // The writer's joy at what the reader does („es freut mich, wie konsequent Sie …“).
      id: 'freut-mich-wie',
      pattern: 'freut|freue|freuen mich|uns (sehr|riesig|wirklich|total) , wie|dass',
      hit: 'Es freut mich sehr, wie konsequent Sie Ihre Übungen machen.',
      miss: 'Es freut mich sehr auf unser Treffen.',
    },
  ],
  en: [
    {
      id: 'praise-adjective',
      pattern:
        'amazing|gorgeous|terrific|tremendous|stellar|phenomenal|remarkable|exceptional|first-class|top-notch|delightful|charming|crisp|slick|neat|fab|fabulous|marvellous|marvelous|splendid|sterling|inspired|impressed|spot+on|beautifully|brilliantly|wonderfully|superbly|elegantly|meticulous|attentive|generous|thoughtful|considerate|responsive|reliable|excellently|flawless|seamless|brave|courageous|disciplined|tasteful',
      hit: 'The new renders are gorgeous.',
      miss: 'The new renders arrived today.',
    },
    {
      id: 'praise-phrase',
      pattern:
        'kudos|hats+off|top+job|well+played|well+put|nice+job|nice+work|good+job|great+job|great+work|good+work|good+effort|great+effort|nailed|admire|admired|loved|grateful|much+appreciated|a+joy|a+pleasure|cheers+for|glad+you',
      hit: 'Kudos on the quick turnaround.',
      miss: 'The turnaround is set for Friday.',
    },
    {
      id: 'effort-shows',
      pattern: 'put|poured|invested a+lot|so+much|real ~2 work|effort|care|thought',
      hit: "You've clearly put a lot of work into the proposal.",
      miss: 'You put the proposal in the wrong folder.',
    },
    {
      // Work the reader put in, seen: "You've clearly been practising", "you've obviously done your homework".
      id: 'practice-shows',
      pattern:
        'clearly|obviously|really|definitely been+practising|been+practicing|been+training|been+working+hard|done+your+homework|done+the+reading|put+in+the+work|put+in+the+hours|put+the+work+in|put+the+hours+in',
      hit: "You've clearly been practising the scales.",
      miss: "You've clearly been too busy to open the file.",
    },
    {
      id: 'reads-well',
      pattern:
        'reads|works|flows|came+out|turned+out|looks|sounds|did|played|performed|sang|coped well|great|brilliantly|beautifully|nicely|amazing',
      hit: 'The draft contract reads well.',
      miss: 'The draft contract reads like a template.',
    },
    {
      id: 'praise-manner',
      pattern:
        'engaging|detailed|well+researched|well+paced|well+thought+through|well+thought+out|huge+help|great+help|big+help|real+help|know+your+stuff|know+your+subject|know+your+field',
      hit: 'The workshop was engaging from start to finish.',
      miss: 'The workshop starts at nine.',
    },
    {
      // Praise of progress and of a well-made thing: "a big step up", "well structured", "good on you".
      id: 'praise-progress',
      pattern:
        "good+on+you|big+step+up|huge+step+up|real+step+up|big+improvement|huge+improvement|real+improvement|much+better|i'll+give+you+that|well+structured|well+prepared|well+presented|well+argued|well+planned|well+executed",
      hit: 'The new floor plan is a big step up.',
      miss: 'The new floor plan is a big step.',
    },
    {
      // Seeing the reader's progress: "great to see", "a real achievement".
      id: 'good-to-see',
      pattern:
        'good+to+see|great+to+see|lovely+to+see|nice+to+see|real+achievement|big+achievement|great+achievement|huge+achievement',
      hit: 'Good to see the new passwords rolled out.',
      miss: 'Good to know the new passwords are due.',
    },
  ],
};
