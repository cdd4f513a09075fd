// The two halves of the written mails that npm run train fits a stance-words
// model on (tests/tools/stance-words-fit.ts), by a hash of the mail's id: each
// mail's stance-words cue is read with the model of the other half, so the
// gauges learn how far to trust the cue on mail the model never read.
export function fitsStanceWords(id: string): boolean {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) h = Math.imul(h ^ id.charCodeAt(i), 0x01000193);
  return ((h >>> 0) & 1) === 0;
}
