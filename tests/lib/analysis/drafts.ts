// Varied drafts, German and English, that between them set off every rule:
// the checks that hold for all findings (quotes, messages, suggestions) run
// over these. Written for these tests; none is taken from the eval data.

/** The quote the sidebar shows for a finding (lib/ui/review.ts findingView trims it this way). */
export function uiQuote(text: string, finding: { start: number; end: number }): string {
  return text
    .slice(finding.start, finding.end)
    .trim()
    .replace(/^[,;:.!?\s]+/, '');
}

const LONG_DE =
  'Wir haben in den vergangenen Wochen zusammen mit dem Statiker und der Bauleitung jede einzelne Position der Kostenschätzung noch einmal durchgesehen und dabei gemerkt, dass einige Annahmen zum Dach und zum Keller nicht mehr zum aktuellen Stand der Planung passen.';
const LONG_EN =
  'Over the last few weeks we have gone through every single line of the cost estimate together with the engineer and the site manager and noticed that several assumptions about the roof and the basement no longer match the current state of the plans that the site manager sent us last Friday afternoon.';

export const DRAFTS: readonly string[] = [
  'Das ist nicht okay!!!',
  'That is not okay!!!',
  'Wir warten seit drei Wochen auf die Skizzen, das ist nicht okay!!!',
  'We have waited three weeks for the sketches, this is not okay!!!',
  'Das war NICHT so abgesprochen!!!',
  'PLEASE CALL ME BACK TODAY!!!',
  'DAS IST NICHT OKAY!!!',
  'Ich brauche die Zahlen HEUTE noch.',
  'We need the figures NOW.',
  'Wo bleibt die Schlussrechnung???',
  'Where is the final invoice?!',
  'Wie bereits erwähnt, fehlt noch die Unterschrift auf Seite zwei.',
  'As I already said, the signature on page two is missing.',
  'Sie haben schon wieder vergessen, die Fotos vom Bad zu schicken.',
  'You never reply to my calls about the garden.',
  'Sie müssen unbedingt bis Freitag den Vertrag unterschreiben.',
  'You have to sign the lease today.',
  'Eigentlich wollte ich nur mal fragen, wie weit die Fliesen sind.',
  'I just wanted to check if you saw my quote for the fence.',
  'Das ist offensichtlich ein Missverständnis mit der Lieferung.',
  'This is obviously a mix-up with the delivery.',
  'Danke für die Pläne, allerdings fehlt die Statik.',
  'Thanks for the plans, however the roof detail is missing.',
  'Danke für die Skizze, aber die Küche ist zu klein.',
  'Hallo Frau Berg, danke für Ihre Nachricht. Kannst du mir die Skizze schicken?',
  'Lieber Tom, danke dir für die Skizzen. Könnten Sie mir noch die Maße schicken?',
  'Hallo Herr Brandt,\n\nwie bereits erwähnt, haben Sie die Fotos schon wieder nicht geschickt. Das ist inakzeptabel.',
  'Hi Sam,\n\nas I already said, you never send the photos on time. This is unacceptable.',
  `„${LONG_DE} Der Rest folgt morgen.“ So schrieb es der Statiker.`,
  `“${LONG_EN} The rest follows tomorrow.” That is what the engineer wrote.`,
  `${LONG_DE}\n\nViele Grüße\nMara`,
  `${LONG_EN}\n\nBest regards\nSam`,
  'Er sagte (ganz ruhig: Das ist NICHT okay!!!) und ging.',
  'Die Frist läuft bald ab. Bitte reichen Sie die Belege so schnell wie möglich ein.',
  'The deadline is close. Please send the signed forms ASAP.',
  'Bei allem Respekt, Ihr Zeitplan für den Umbau ist unrealistisch.',
  'With all due respect, the timeline for the remodel does not work.',
];
