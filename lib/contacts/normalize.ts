// Contacts are keyed by a normalized email address, so that the same person
// written three ways is one contact: case, "+tags" where the provider ignores
// them, googlemail.com = gmail.com, and Gmail's ignored dots.

/** Providers that deliver "name+anything@" to "name@". */
const PLUS_TAGS = new Set([
  'gmail.com',
  'googlemail.com',
  'outlook.com',
  'hotmail.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'fastmail.com',
  'yahoo.com',
  'gmx.de',
  'gmx.net',
  'web.de',
  'posteo.de',
  'mailbox.org',
]);

const ADDRESS = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]{2,}$/;

/** The key of an address, or null when it is not an address. */
export function normalizeEmail(input: string): string | null {
  const address = input
    .trim()
    .replace(/^mailto:/i, '')
    .replace(/^.*<([^>]+)>\s*$/, '$1')
    .trim()
    .toLowerCase();
  if (!ADDRESS.test(address)) return null;
  const at = address.lastIndexOf('@');
  let local = address.slice(0, at);
  let domain = address.slice(at + 1).replace(/\.$/, '');
  if (domain === 'googlemail.com') domain = 'gmail.com';
  // Yahoo uses "-" for its disposable aliases; the others use "+".
  if (PLUS_TAGS.has(domain)) local = local.split(domain.startsWith('yahoo') ? '-' : '+')[0] as string;
  if (domain === 'gmail.com') local = local.replace(/\./g, '');
  return local ? `${local}@${domain}` : null;
}

/** Lower case without accents, for names: "Müller" and "muller" meet; ß becomes ss. */
export function fold(text: string): string {
  return text.toLowerCase().replace(/ß/g, 'ss').normalize('NFD').replace(/\p{M}/gu, '');
}
