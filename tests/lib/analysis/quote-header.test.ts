import { describe, expect, it } from 'vitest';
import { quotedSender } from '../../../lib/analysis/quote-header';

describe('quotedSender', () => {
  it.each([
    [
      'Danke!\n\nAm Mo., 3. März 2025 um 09:14 Uhr schrieb Jonas Weber <jonas.weber@example.de>:\n> alt',
      'Jonas Weber',
      'jonas.weber@example.de',
    ],
    [
      'Thanks.\n\nOn Wednesday, August 23, 2023 at 12:29:47 PM GMT+3, Victor Example <Victor@Example.com> wrote:\nold',
      'Victor Example',
      'victor@example.com',
    ],
    [
      'Danke.\n________________________________\nVon: Dr. Anna Schmidt <anna.schmidt@example.de>\nGesendet: Montag',
      'Dr. Anna Schmidt',
      'anna.schmidt@example.de',
    ],
    ['Thanks.\nFrom: "Priya Nair" <priya@example.com>\nSent: Monday', 'Priya Nair', 'priya@example.com'],
    ['Danke.\nAm 03.03.2025 um 09:14 schrieb lena.weber@example.de:\n> alt', '', 'lena.weber@example.de'],
  ])('finds the sender in %j', (text, name, email) => {
    expect(quotedSender(text)).toEqual({ name, email });
  });

  it.each(['Hallo Frau Schmidt,\n\nvielen Dank.', 'Von: hier aus geht es weiter.', ''])('finds none in %j', (text) => {
    expect(quotedSender(text)).toBeNull();
  });
});
