// The toolbar popup: the appreciation question about the person in the open
// compose (or one the user picks), answered with Enter into their journal.
import { PopupPage } from '../../components/pages/PopupPage';
import { ContactPicker } from '../../components/popup/ContactPicker';
import { AppreciationPrompt } from '../../components/sidebar/AppreciationPrompt';
import { browser } from '../../lib/browser';
import { t } from '../../lib/i18n';
import { useContactBrief } from '../../lib/ui/use-contact-brief';
import { usePopupContact } from '../../lib/ui/use-popup-contact';
import { useSettings } from '../../lib/ui/use-settings';

export function PopupApp() {
  const [state, change] = useSettings();
  const who = usePopupContact();
  // The brief waits for the settings, so the question comes in the user's language.
  const contact = useContactBrief(
    state.phase === 'ready' ? (who.recipient ?? undefined) : undefined,
    undefined,
    true,
    'popup',
  );
  const name = who.recipient?.name || who.recipient?.email || '';
  return (
    <PopupPage state={state} onChange={change} onOpenOptions={() => void browser.runtime.openOptionsPage()}>
      <section class="rp-popup__appreciate" aria-label={t('appreciateTitle')}>
        {who.recipient ? (
          <>
            <p class="rp-popup__who" data-testid="popup-contact">
              {t('popupAbout', name)}{' '}
              <button type="button" class="rp-button rp-button--quiet" onClick={who.clear}>
                {t('popupOther')}
              </button>
            </p>
            {contact.brief && (
              <AppreciationPrompt
                key={`${name}|${contact.brief.prompt?.id}`}
                question={contact.brief.prompt?.text ?? null}
                name={name}
                lastNote={contact.brief.lastNotes[0] ?? null}
                status={contact.status}
                error={contact.error}
                onSave={contact.save}
                onDismiss={who.clear}
                onSnooze={contact.snooze}
              />
            )}
          </>
        ) : (
          who.looked && <ContactPicker contacts={who.contacts} onPick={who.pick} />
        )}
      </section>
    </PopupPage>
  );
}
