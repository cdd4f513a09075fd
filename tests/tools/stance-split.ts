// Which written mails fit the stance-words model (lib/analysis/gauges/
// stance-words.ts) and which the gauges' weights (train.ts): half each, by a
// hash of the mail's id, so the gauges never learn how much to trust the
// model from mails it was fitted on.
export function fitsStanceWords(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) & 1) === 0;
}
