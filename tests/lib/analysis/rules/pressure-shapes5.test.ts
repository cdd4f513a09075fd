// Pressure shapes added for the press5 batches: threats, guilt and artificial
// urgency in forms the first data did not know, each next to the near misses
// that share its words (an offer, a reassurance, a third party's deadline, "no rush").
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../lib/analysis';
import type { Language } from '../../../../lib/analysis/types';

const MUST: Record<Language, readonly string[]> = {
  de: [
    'Ich setze voraus, dass wir das mit den Abgabeterminen nicht noch einmal besprechen müssen.',
    'Wir vertrauen darauf, dass sich so etwas nicht wiederholt.',
    'Ich hoffe, dir ist klar, was das für unser kleines Büro bedeutet.',
    'Die Nachzahlung tragen Sie selbst, darüber sollten Sie sich im Klaren sein.',
    'Weitere Schritte behalten wir uns ausdrücklich vor.',
    'Wenn ich die Pläne bis Montag nicht habe, kläre ich das mit Ihrem Geschäftsführer.',
    'Wenn sich daran nichts ändert, müssen wir überlegen, ob wir überhaupt weitermachen.',
    'Das ist deine letzte Gelegenheit, die Fotos auszuwählen, bevor wir die Auswahl als freigegeben betrachten.',
    'Noch eine Absage, und ich nehme dich aus dem Kurs.',
    'Wenn du nicht mitziehst, weiß ich nicht, wozu wir das überhaupt machen.',
    'Für die Folgen kann ich sonst nicht einstehen.',
    'Ich werde mich sonst an die Kammer wenden.',
    'Die Schlüssel gebe ich erst frei, wenn die Restzahlung eingegangen ist.',
    'Keine Anzahlung bis Freitag, kein Baubeginn am Montag.',
    'Ich verlasse mich darauf, dass Sie künftig rechtzeitig absagen.',
    'Die Geduld unserer Mandantin ist nun erschöpft.',
    'So kann es mit den Terminen nicht weitergehen.',
    'Den Platz kann ich Ihnen nur noch bis Mittwoch freihalten.',
    'Nach allem, was wir in den letzten Jahren für Sie getan haben, hätte ich mehr Rücksicht erwartet.',
    'Ich habe extra meinen Urlaub verschoben, da darf ich wohl etwas Pünktlichkeit erwarten.',
    'Wir haben Ihnen schon zweimal Aufschub gewährt, ein drittes Mal wird es nicht geben.',
    'Ich zähle darauf, dass das bis Freitag erledigt ist.',
    'Die Belege sind ab jetzt Ihre Sache, nicht unsere.',
  ],
  en: [
    'I trust this will not be repeated.',
    "I trust we won't be getting another call like that at midnight.",
    'I hope you realise what this costs us.',
    "I'm sure you'll understand that we cannot keep working without a deposit.",
    "That's the final set of changes I'm making on this.",
    "We won't resume work on the loft until the last invoice is settled.",
    "If it isn't fixed by noon, I'll be taking this up with your CTO.",
    'Failure to return the forms within seven days will leave us no alternative but to close the file.',
    'Another late cancellation will mean a £40 fee.',
    "I need an answer by Thursday – after that, I can't promise anything.",
    'No deposit by Friday, no keys on Saturday.',
    "Anything that isn't signed by Friday won't go into this month's payroll.",
    "I'd hate for you to lose the booking over a signature.",
    'Unpaid bookings are automatically cancelled after seven days.',
    "We covered the missed session this time, but that can't keep happening.",
    "I trust we won't have to chase this again.",
    'Kindly ensure the invoice is settled by Friday.',
    "The board's patience has now run out.",
    "We've already given you three extensions; there won't be a fourth.",
    "I'm counting on you to have the signed lease back by Friday.",
    'Any late filing penalty is your responsibility, not ours.',
  ],
};

const MUST_NOT: Record<Language, readonly string[]> = {
  de: [
    'Danke für Ihre Geduld, die Wartezeit ist bald vorbei.',
    'Wir gehen davon aus, dass die Lieferung nicht wieder verspätet kommt, der Spediteur hat zugesagt.',
    'Wir gehen davon aus, dass Sie künftig auch die Online-Terminvergabe nutzen können, sie ist freigeschaltet.',
    'Wir helfen gern weiter, egal wie klein die Frage ist.',
    'Danach kümmere ich mich sofort um die Heizung.',
    'Sonst alles gut bei euch? Wie sonst auch treffen wir uns am Montag.',
    'Keine Eile bis Freitag, kein Problem mit dem Termin.',
    'Wenn wir im Herbst weiter zusammenarbeiten wollen, melde ich mich rechtzeitig mit einem Angebot.',
    'Ich erwarte es bis Ende März vom Bauamt, dann schicke ich es Ihnen weiter.',
    'Die Pläne gebe ich erst frei, wenn die Statikerin zugestimmt hat.',
    'Den Raum kann ich Ihnen gern bis Freitag freihalten.',
    'Das muss jetzt nur noch unterschrieben werden, dann sind wir fertig.',
    'Ich kann Ihnen leider nicht garantieren, dass der Maler vor Ostern kommt.',
    'Wir setzen voraus, dass der Fehler nach dem Tausch nicht wieder auftritt.',
    'Wenn Sie die Pläne bis Freitag nicht haben, besprechen Sie das gern mit Ihrer Kollegin.',
    'Darf ich Sie am Montag im Büro erwarten?',
    'Einen weiteren Termin gibt es im Mai, falls Sie möchten.',
  ],
  en: [
    "We won't be able to start until the permit comes through, which should be next week.",
    "I trust you'll enjoy the new kitchen, and we'd love to see you next time.",
    "I'd hate for you to miss the open day, it's going to be fun.",
    "Anything that isn't urgent can wait until after the holidays.",
    'No worries about Friday, no rush at all.',
    "We're happy to hold the slot until you're back.",
    "After that, we'll have lunch and walk the site together.",
    'Any further questions will be answered by my colleague Jo.',
    'I expect the council will reply by March, and I will forward it straight away.',
    'Kindly tell us whether the colours work for you.',
    "I hope we won't have to reschedule again, the forecast looks good.",
    'Unpaid invoices are shown in red on your dashboard so you can spot them easily.',
    'I expect the fault will not come back now that the part is replaced.',
    'We need a new contract if we are going to keep working together next year.',
    'I will pass your question on to our legal team, who will reply on Friday.',
    "There won't be a second coat needed, the first one covered well.",
    'You can count on us to have the forms back by Friday.',
  ],
};

const pressure = (text: string, language: Language) =>
  analyze(text, { language }).findings.filter((f) => f.category === 'pressure');

describe.each(['de', 'en'] as const)('pressure shapes of press5 (%s)', (language) => {
  it('has at least 15 examples each way', () => {
    expect(MUST[language].length).toBeGreaterThanOrEqual(15);
    expect(MUST_NOT[language].length).toBeGreaterThanOrEqual(15);
  });

  it.each(MUST[language].map((t) => [t]))('flags %j', (text) => {
    expect(pressure(text, language).length, text).toBeGreaterThan(0);
  });

  it.each(MUST_NOT[language].map((t) => [t]))('leaves %j alone', (text) => {
    expect(
      pressure(text, language).map((f) => text.slice(f.start, f.end)),
      text,
    ).toEqual([]);
  });
});
