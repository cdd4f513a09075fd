import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import { examples } from './examples';

const ramble = (lang: 'de' | 'en') =>
  lang === 'de'
    ? 'Hallo Herr Weber,\n\nwir haben uns die Pläne angesehen. Die Räume im Erdgeschoss wirken hell und großzügig. Die Treppe liegt an einer guten Stelle. Im Obergeschoss sind die Bäder etwas knapp geraten. Die Fassade gefällt uns in der zweiten Variante besser als in der ersten. Das Dach entspricht den Vorgaben des Bebauungsplans. Die Kosten liegen im Rahmen dessen, was wir im Frühjahr besprochen hatten. Die Garage ist in beiden Varianten gleich groß. Der Garten wird durch die neue Terrasse kleiner, bleibt aber gut nutzbar.\n\nViele Grüße\nAnna Schmidt'
    : 'Hi Priya,\n\nwe looked at the plans. The rooms on the ground floor feel bright and generous. The staircase sits in a good place. Upstairs the bathrooms are a little tight. We prefer the facade in the second version over the first one. The roof meets the rules of the local plan. The costs are within what we discussed in spring. The garage is the same size in both versions. The garden gets smaller because of the new terrace but stays useful.\n\nBest regards\nSam';

/** A sentence that says something is pending on the reader's side, without asking for it. */
const PENDING = {
  de: 'Die Wahl der Fenster ist noch offen.',
  en: 'The choice of windows is still open.',
} as const;

/** The rambling mail with more sentences at the end of its body, before the closing. */
const withLast = (lang: 'de' | 'en', ...sentences: string[]) =>
  ramble(lang).replace(/\n\n(Viele Grüße|Best regards)/, ` ${sentences.join(' ')}\n\n$1`);

const noDate = (text: string) =>
  analyze(text).findings.filter((f) => f.category === 'unclear-ask' && /Termin|date/.test(f.message));

describe('unclear-ask', () => {
  examples('unclear-ask', {
    flags: [
      withLast('de', PENDING.de),
      withLast('en', PENDING.en),
      'Das eilt etwas.',
      'Die Frist läuft bald ab. Bitte reichen Sie uns die Belege ein.',
      'The deadline is close. Please send us the documents.',
    ],
    quiet: [
      // A status note needs no ask, however long.
      ramble('de'),
      ramble('en'),
      `${withLast('de', PENDING.de)}\n\nPasst Ihnen ein Gespräch am Dienstag um 10 Uhr?`,
      `${ramble('en')}\n\nCould you tell me by Friday which version you prefer?`,
      'Die Frist läuft am 30.11. ab. Bitte reichen Sie uns die Belege bis Montag ein.',
      'Danke für die Unterlagen, alles ist angekommen.',
      'Mit der Antwort eilt es nicht, die Pläne liegen erst im März beim Amt.',
    ],
  });

  it('points at the sentence that says something is pending, and offers no rewrite', () => {
    const text = withLast('en', PENDING.en);
    const finding = analyze(text).findings.find((f) => f.category === 'unclear-ask');
    expect(text.slice(finding?.start, finding?.end)).toBe(PENDING.en);
    expect(finding?.suggestions).toEqual([]);
  });

  // Issue 11: a request made by construction, conditionally or indirectly, is a request.
  it.each([
    ['de', 'Es wäre schön, wenn Sie sich bis Donnerstag für eine Variante entscheiden.'],
    ['de', 'Ich erwarte Ihre Entscheidung bis Ende der Woche.'],
    ['de', 'Über eine kurze Nachricht bis Mittwoch würde ich mich freuen.'],
    ['de', 'Über eine kurze Rückmeldung bis Mittwoch würde ich mich freuen.'],
    ['de', 'Wenn Sie mir die Maße bis Freitag schicken könnten, wäre das eine große Hilfe.'],
    ['de', 'Ich wäre Ihnen dankbar, wenn die Zahlung bis zum 15. eingeht.'],
    ['de', 'Sagen Sie mir bis Freitag, welche Variante Ihnen lieber ist.'],
    ['de', 'Gib mir einfach bis Sonntag Bescheid, welche Variante dir gefällt.'],
    ['en', 'If you could send the measurements by Friday, that would help a lot.'],
    ['en', "I'd be grateful for your decision by Thursday."],
    ['en', 'I would be grateful if the payment arrived by the 15th.'],
    ['en', 'Let me know which of the versions you like best, ideally by Thursday.'],
    ['en', 'Please find the three versions attached and confirm your choice.'],
    ['en', 'It would be great if you could pick one by Thursday.'],
    ['en', 'I expect your decision by the end of the week.'],
    ['en', 'Send me your pick by Thursday.'],
  ] as const)('hears the request in %s: %j', (lang, sentence) => {
    const text = withLast(lang, PENDING[lang], sentence);
    expect(analyze(text).findings.filter((f) => f.category === 'unclear-ask')).toEqual([]);
  });

  it.each([
    ['de', 'Es wäre schön gewesen, wenn das früher geklappt hätte.'],
    ['de', 'Wir hatten erwartet, dass die Treppe mehr Platz braucht.'],
    ['en', 'It would have been great if the survey had been ready.'],
    ['en', 'If you could see the site now, you would hardly know it.'],
  ] as const)('still misses an ask where a frame is no request (%s): %j', (lang, sentence) => {
    const text = withLast(lang, PENDING[lang], sentence);
    expect(analyze(text).findings.filter((f) => f.category === 'unclear-ask')).not.toEqual([]);
  });

  // Issue 11: dates as people write them.
  it.each([
    'Die Frist läuft bald ab. Bitte reichen Sie die Quittungen bis zum 5. des Monats ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis Ende nächster Woche ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis Monatsende ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege in zwei Wochen ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege innerhalb von zehn Werktagen ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege spätestens Freitag ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis zum 3. März ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis 14:30 ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis Anfang Dezember ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis KW 12 ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege bis zum 03.04.2026 ein.',
    'The deadline is close. Please return the signed forms by end of next week.',
    'The deadline is close. Please return the signed forms by the 5th.',
    'The deadline is close. Please return the signed forms within 14 days.',
    'The deadline is close. Please return the signed forms in two weeks.',
    'The deadline is close. Please return the signed forms by March 3.',
    'The deadline is close. Please return the signed forms by 3 March.',
    'The deadline is close. Please return the signed forms by 2026-04-03.',
    'The deadline is close. Please return the signed forms by 4/3.',
    'The deadline is close. Please return the signed forms by noon tomorrow.',
    'The deadline is close. Please return the signed forms by the end of the quarter.',
  ])('sees the date in %j', (text) => {
    expect(noDate(text)).toEqual([]);
  });

  it.each([
    'The deadline is close. Please return the signed forms ASAP.',
    'The deadline is close. Please return the signed forms as soon as possible.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege so schnell wie möglich ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege schnellstmöglich ein.',
    'Die Frist läuft bald ab. Bitte reichen Sie die Belege in den nächsten Tagen ein.',
  ])('knows that %j names no date', (text) => {
    expect(noDate(text)).not.toEqual([]);
  });

  it('reads "due" in "due to" and "all due respect" as no deadline', () => {
    for (const text of [
      'With all due respect, could you check the wiring once more?',
      'Due to the rain, could you move the visit to another day?',
    ]) {
      expect(noDate(text), text).toEqual([]);
    }
  });

  const unclear = (text: string) => analyze(text).findings.filter((f) => f.category === 'unclear-ask');

  it.each([
    // A choice left with the reader, a persisting problem, a price, a blocked step: short mails too.
    'Hallo Frau Kern,\n\ndie Entscheidung über die Dachfarbe liegt jetzt bei Ihnen.\n\nViele Grüße',
    'Hallo Tom,\n\nder Boden im Flur ist immer noch feucht.\n\nGruß, Ben',
    'Hi Dana,\n\nfor the damp wall there are several options.\n\nBest, Jo',
    "Hi Sam,\n\nwe can't fit the worktop until the sink is delivered.\n\nCheers, Al",
    // Was read as an ask ("does … work" like "Does Tuesday work?").
    'Hi Sam,\n\nthe lock on the shed still does not work.\n\nCheers, Al',
  ])('flags a mail that leaves the next move open: %j', (text) => {
    expect(unclear(text).length).toBe(1);
  });

  it.each([
    ['Hallo Herr Lutz,\n\nkönnten wir irgendwann noch mal über die Rechnung reden?\n\nGrüße', 'vage'],
    ['Hi Mel,\n\nperhaps the garden plan could get a look sometime?\n\nBest, Kim', 'vague'],
  ])('flags a mail whose only ask is vague: %j', (text, word) => {
    const [finding] = unclear(text);
    expect(finding?.message).toContain(word);
  });

  it.each([
    'Hallo Frau Kern,\n\ndie Entscheidung über die Dachfarbe liegt bei Ihnen. Ich melde mich am Montag mit Mustern.\n\nViele Grüße',
    'Hallo Herr Lutz,\n\nkönnen wir irgendwann am Dienstag, 14. Mai, über die Rechnung reden?\n\nGrüße',
    "Hi Dana,\n\nfor the damp wall there are several options. I'll send you the options on Friday.\n\nBest, Jo",
    'Hi Mel,\n\nwe will gladly talk about the garden plan whenever you are ready.\n\nBest, Kim',
    'Hallo Tom,\n\nder Boden im Flur ist trocken, ihr könnt einziehen.\n\nGruß, Ben',
    'Hallo Frau Kern,\n\nfür die Erklärung fehlen uns noch die Belege. Kommen sie bis Ende Mai, reichen wir pünktlich ein.\n\nViele Grüße',
  ])('leaves a mail with a next step, a date or nothing pending alone: %j', (text) => {
    expect(unclear(text)).toEqual([]);
  });

  it('reads "may" as a verb, not as the month', () => {
    const text = 'The filing deadline is close, and we may need more time. Please send the last receipts.';
    expect(noDate(text).length).toBe(1);
    expect(noDate('The filing deadline is close. Please send the last receipts by 3 May.')).toEqual([]);
  });

  it('asks no date of a deadline the writer takes care of', () => {
    const has = (text: string) => analyze(text).findings.some((f) => f.category === 'unclear-ask');
    expect(
      has(
        'Hallo Frau Brandt,\n\ndie Wartung der Heizung ist in zwei Jahren fällig, wir erinnern Sie rechtzeitig.\n\nGrüße',
      ),
    ).toBe(false);
    expect(has("Hi Tom,\n\nthe boiler service is due in two years and we'll remind you nearer the time.\n\nBest")).toBe(
      false,
    );
    expect(has('Hi Tom,\n\nthe boiler service is due soon. Could you book it?\n\nBest')).toBe(true);
  });
});
