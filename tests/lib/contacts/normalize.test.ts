import { describe, expect, it } from 'vitest';
import { normalizeEmail } from '../../../lib/contacts/normalize';

describe('normalizeEmail', () => {
  it.each([
    ['Anna.Schmidt@Example.COM', 'anna.schmidt@example.com'],
    ['  anna.schmidt@example.com  ', 'anna.schmidt@example.com'],
    ['Dr. Anna Schmidt <Anna.Schmidt@example.com>', 'anna.schmidt@example.com'],
    ['mailto:anna@example.de', 'anna@example.de'],
    ['anna.schmidt+rechnungen@gmail.com', 'annaschmidt@gmail.com'],
    ['Anna.Schmidt@googlemail.com', 'annaschmidt@gmail.com'],
    ['jonas+projekt@gmx.de', 'jonas@gmx.de'],
    ['sam-newsletter@yahoo.com', 'sam@yahoo.com'],
    // Unknown providers may treat "+" and dots as part of the address: keep them.
    ['anna+team@schmidt-architekten.de', 'anna+team@schmidt-architekten.de'],
    ['a.b@firma.de', 'a.b@firma.de'],
  ])('%s → %s', (input, key) => {
    expect(normalizeEmail(input)).toBe(key);
  });

  it.each([
    '',
    'anna',
    'anna@',
    '@example.com',
    'anna@example',
    'an na@example.com',
    '<script>@x.de',
    '+tag@gmail.com',
  ])('rejects %j', (input) => {
    expect(normalizeEmail(input)).toBeNull();
  });

  it('gives the same key to the same person written three ways', () => {
    const keys = ['Anna.Schmidt+x@gmail.com', 'annaschmidt@googlemail.com', 'ANNA.SCHMIDT@GMAIL.COM'].map(
      normalizeEmail,
    );
    expect(new Set(keys).size).toBe(1);
  });
});
