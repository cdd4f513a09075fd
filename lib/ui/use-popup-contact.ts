// What the popup is about: the meeting of the call tab it was opened on, or
// the recipient of the compose open there (`popup.html?tab=<id>` names another
// tab), else whoever the user picks from their contacts.
import { useEffect, useState } from 'preact/hooks';
import { browser } from '../browser';
import type { ContactSummary } from '../contacts/summary';
import { send } from '../messaging/client';
import { askCallMeeting, askComposeRecipient, type CallTab } from '../messaging/page-requests';
import type { Recipient } from '../sites/types';

/** The tab the popup is about: the active one, or the one `?tab=<id>` names. */
export async function popupTabId(): Promise<number | null> {
  const named = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(named) && named > 0) return named;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export function usePopupContact() {
  const [recipient, setRecipient] = useState<Recipient | null>(null);
  const [contacts, setContacts] = useState<ContactSummary[]>([]);
  const [call, setCall] = useState<CallTab | null>(null);
  const [looked, setLooked] = useState(false);

  useEffect(() => {
    const look = async () => {
      const id = await popupTabId();
      if (id === null) return;
      const meeting = await askCallMeeting(id);
      if (meeting) setCall(meeting);
      else setRecipient(await askComposeRecipient(id));
    };
    look()
      .catch(() => undefined)
      .finally(() => setLooked(true));
    send({ type: 'contacts/list' }).then(setContacts, (error: unknown) =>
      console.warn('[Rapport] contacts unavailable', error),
    );
  }, []);

  return {
    call,
    recipient,
    contacts,
    /** False until the tab was asked, so the picker does not flash before the compose's recipient. */
    looked,
    pick: (c: ContactSummary) => setRecipient({ name: c.name, email: c.emails[0] ?? c.id }),
    clear: () => setRecipient(null),
  };
}
