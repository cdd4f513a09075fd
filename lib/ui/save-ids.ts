// One idempotency key per save the user makes (lib/messaging/once.ts): trying
// the same note again after a failure sends the same key, so a save that did
// land the first time is not stored twice; once saved, the next note gets a new key.
export interface SaveIds {
  /** The key for saving `what` (the note, with whom or where it goes). */
  idFor: (what: string) => string;
  /** `what` was saved: the same text saved again later is a new note. */
  saved: (what: string) => void;
}

export function createSaveIds(newId: () => string = () => crypto.randomUUID()): SaveIds {
  let pending: { what: string; id: string } | null = null;
  return {
    idFor: (what) => {
      if (pending?.what !== what) pending = { what, id: newId() };
      return pending.id;
    },
    saved: (what) => {
      if (pending?.what === what) pending = null;
    },
  };
}
