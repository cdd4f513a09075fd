import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

const ramble = (lang: 'de' | 'en') =>
  lang === 'de'
    ? 'Hallo Herr Weber,\n\nwir haben uns die Pläne angesehen. Die Räume im Erdgeschoss wirken hell und großzügig. Die Treppe liegt an einer guten Stelle. Im Obergeschoss sind die Bäder etwas knapp geraten. Die Fassade gefällt uns in der zweiten Variante besser als in der ersten. Das Dach entspricht den Vorgaben des Bebauungsplans. Die Kosten liegen im Rahmen dessen, was wir im Frühjahr besprochen hatten. Die Garage ist in beiden Varianten gleich groß. Der Garten wird durch die neue Terrasse kleiner, bleibt aber gut nutzbar.\n\nViele Grüße\nAnna Schmidt'
    : 'Hi Priya,\n\nwe looked at the plans. The rooms on the ground floor feel bright and generous. The staircase sits in a good place. Upstairs the bathrooms are a little tight. We prefer the facade in the second version over the first one. The roof meets the rules of the local plan. The costs are within what we discussed in spring. The garage is the same size in both versions. The garden gets smaller because of the new terrace but stays useful.\n\nBest regards\nSam';

describe('unclear-ask', () => {
  examples('unclear-ask', {
    flags: [
      ramble('de'),
      ramble('en'),
      'Die Frist läuft bald ab. Bitte reichen Sie uns die Belege ein.',
      'The deadline is close. Please send us the documents.',
    ],
    quiet: [
      `${ramble('de')}\n\nPasst Ihnen ein Gespräch am Dienstag um 10 Uhr?`,
      `${ramble('en')}\n\nCould you tell me by Friday which version you prefer?`,
      'Die Frist läuft am 30.11. ab. Bitte reichen Sie uns die Belege bis Montag ein.',
      'Danke für die Unterlagen, alles ist angekommen.',
    ],
  });

  it('points at the last sentence of the body, not the closing, and offers no rewrite', () => {
    const text = ramble('en');
    const finding = analyze(text).findings.find((f) => f.category === 'unclear-ask');
    expect(text.slice(finding?.start, finding?.end)).toMatch(/^The garden gets smaller/);
    expect(finding?.suggestions).toEqual([]);
  });
});
