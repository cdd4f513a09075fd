// An open options tab follows contacts and compliments saved elsewhere (a
// sidebar, the popup, a call card): it hears that the stored records changed
// and asks the background again, as for everything else it shows.
import { browser } from '../browser';
import { GENERAL_COMPLIMENTS } from '../storage/compliments';
import { CONTACT_PREFIX } from '../storage/contacts';

const isContactKey = (key: string) => key.startsWith(CONTACT_PREFIX) || key === GENERAL_COMPLIMENTS;
/** One reload for a burst of writes (an import writes many records). */
const QUIET_MS = 250;

/** Calls `onChange` once a burst of changes to stored contacts or compliments has settled; returns the stop. */
export function onStoredContactsChange(onChange: () => void, quiet = QUIET_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local' || !Object.keys(changes).some(isContactKey)) return;
    clearTimeout(timer);
    timer = setTimeout(onChange, quiet);
  };
  browser.storage.onChanged.addListener(listener);
  return () => {
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(listener);
  };
}
