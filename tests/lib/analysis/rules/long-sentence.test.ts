import { describe } from 'vitest';
import { examples } from './examples';

const words = (n: number, word = 'Wort') => `${Array.from({ length: n }, () => word).join(' ')}.`;

describe('long-sentence', () => {
  examples('long-sentence', {
    flags: [
      // 45 words
      'Wie Sie wissen, haben wir in den letzten Wochen gemeinsam mit Ihrem Team und den Kolleginnen aus der Buchhaltung an der neuen Struktur gearbeitet, die wir Ihnen im Frühjahr vorgestellt hatten, und dabei festgestellt, dass einige Punkte noch offen sind, die wir gern bald klären würden.',
      'As we discussed on the phone last week, the team from the city office has asked us to send the revised drawings, the updated cost estimate and the signed forms to them before the end of the month so that they can start the review in time for the next meeting.',
    ],
    quiet: [
      'Vielen Dank für Ihre Nachricht, ich melde mich morgen mit den Details.',
      'Thank you for the quick reply and the updated drawings.',
      words(40),
      // 36 words of plain instruction.
      'Ring the surgery straight away, or the out-of-hours line after six, if the stitches open, the wound turns red and warm, or you notice a fever above thirty-eight degrees in the first week.',
    ],
  });
});
