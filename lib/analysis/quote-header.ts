// Who wrote the mail being replied to, read from the quote header the webmail
// puts above the quoted original: "Am … schrieb Jonas Weber <j@…>:", "On …,
// Anna <a@…> wrote:", or Outlook's and GMX's "Von: Anna <a@…>" / "From: …" block.

export interface QuotedSender {
  name: string;
  email: string;
}

const HEADERS = [/^Am\s.{3,200}\sschrieb\s(.{0,200}):\s*$/i, /^On\s.{3,200}\swrote:\s*$/i, /^(?:Von|From):\s(.+)$/i];
const EMAIL = /[^\s<>"',;:]+@[^\s<>"',;:]+\.[a-z]{2,}/i;

/** "Name <address>", "\"Name\" <address>" or a bare address. */
function parseAddress(text: string): QuotedSender | null {
  const email = EMAIL.exec(text);
  if (!email) return null;
  const name = text.slice(0, email.index).replace(/[<"']/g, '').trim();
  return { name, email: email[0].toLowerCase() };
}

/** The first quote header's sender, or null when the draft quotes no one (by address). */
export function quotedSender(text: string): QuotedSender | null {
  for (const line of text.split('\n')) {
    const trimmed = line.trim();
    for (const header of HEADERS) {
      const match = header.exec(trimmed);
      if (!match) continue;
      // "On <date>, <name> <<address>> wrote:" keeps the sender after the date's last comma.
      const who = match[1] ?? trimmed.replace(/^On\s/i, '').replace(/\swrote:\s*$/i, '');
      const sender = parseAddress(!match[1] && who.includes(',') ? (who.split(',').pop() ?? who) : who);
      if (sender) return sender;
    }
  }
  return null;
}
