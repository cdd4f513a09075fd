import { describe, expect, it } from 'vitest';
import { addressName, nameKey, obliqueName, splitName } from '../../../lib/contacts/names';

describe('splitName', () => {
  it.each([
    ['Herr Dr. Jonas Weber', { salutation: 'Herr', titles: 'Dr.', name: 'Jonas Weber' }],
    ['Frau Prof. Dr. Anna Schmidt', { salutation: 'Frau', titles: 'Prof. Dr.', name: 'Anna Schmidt' }],
    ['Dipl.-Ing. Lena Vogt', { salutation: '', titles: 'Dipl.-Ing.', name: 'Lena Vogt' }],
    ['Mag. Petra Hain', { salutation: '', titles: 'Mag.', name: 'Petra Hain' }],
    ['Dr. med. Ole Brandt', { salutation: '', titles: 'Dr. med.', name: 'Ole Brandt' }],
    ['Dr.h.c. Ole Brandt', { salutation: '', titles: 'Dr.h.c.', name: 'Ole Brandt' }],
    ['Ms Priya Nair', { salutation: 'Ms', titles: '', name: 'Priya Nair' }],
    ['Mrs. Priya Nair', { salutation: 'Mrs.', titles: '', name: 'Priya Nair' }],
    ['Anna Schmidt', { salutation: '', titles: '', name: 'Anna Schmidt' }],
  ])('%s', (full, parts) => {
    expect(splitName(full)).toEqual(parts);
  });

  it('keeps a name that is only a title word, and first names that look like none', () => {
    expect(splitName('Frau').name).toBe('Frau');
    expect(splitName('Herrmann Dr').name).toBe('Herrmann Dr');
    expect(splitName('Drew Carter').name).toBe('Drew Carter');
    expect(splitName('C. Weber').name).toBe('C. Weber');
  });
});

describe('nameKey', () => {
  it('matches a name with titles and salutations to the bare name, across case, accents and spaces', () => {
    const bare = nameKey('Anna Schmidt');
    for (const full of ['Dr. Anna Schmidt', 'Frau Dr. Anna Schmidt', 'Prof. Dr.  anna SCHMIDT', 'Mrs Anna Schmidt'])
      expect(nameKey(full)).toBe(bare);
    expect(nameKey('Jürgen Möller')).toBe(nameKey('Herr Dipl.-Ing. Jurgen Moller'));
  });

  it('keeps different people apart', () => {
    expect(nameKey('Dr. Anna Schmidt')).not.toBe(nameKey('Dr. Hanna Schmidt'));
  });
});

describe('addressName', () => {
  it('says salutation, titles and surname where a salutation is given', () => {
    expect(addressName('Herr Dr. Jonas Weber')).toBe('Herr Dr. Weber');
    expect(addressName('Frau Anna Schmidt')).toBe('Frau Schmidt');
    expect(addressName('Frau Schmidt')).toBe('Frau Schmidt');
  });

  it('keeps a name without salutation as written', () => {
    expect(addressName('Dr. Anna Schmidt')).toBe('Dr. Anna Schmidt');
    expect(addressName(' Anna ')).toBe('Anna');
  });
});

describe('obliqueName', () => {
  it('inflects "Herr" to "Herrn" and leaves "Frau", titles and names alone', () => {
    expect(obliqueName('Herr Jonas Weber')).toBe('Herrn Jonas Weber');
    expect(obliqueName('Herr Dr. Weber')).toBe('Herrn Dr. Weber');
    expect(obliqueName('Frau Dr. Anna Schmidt')).toBe('Frau Dr. Anna Schmidt');
    expect(obliqueName('Herrmann Vogt')).toBe('Herrmann Vogt');
    expect(obliqueName('Herrn Weber')).toBe('Herrn Weber');
    expect(obliqueName('Anna Herr')).toBe('Anna Herr');
  });

  it('inflects each person of a list, and the short form', () => {
    expect(obliqueName('Herr Weber, Frau Schmidt und Herr Vogt')).toBe('Herrn Weber, Frau Schmidt und Herrn Vogt');
    expect(obliqueName('Hr. Weber')).toBe('Hrn. Weber');
  });
});
