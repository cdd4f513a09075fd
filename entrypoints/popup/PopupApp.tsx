// The toolbar popup: after a call, what was agreed; on a call tab, the brief
// for that meeting; elsewhere the appreciation question about the person in
// the open compose, or anyone the user picks ("prepare a conversation").
import { Checklist } from '../../components/call/Checklist';
import { PopupPage } from '../../components/pages/PopupPage';
import { AfterCall } from '../../components/popup/AfterCall';
import { CallBriefPanel } from '../../components/popup/CallBriefPanel';
import { ContactPicker } from '../../components/popup/ContactPicker';
import { SiteControl } from '../../components/popup/SiteControl';
import { AppreciationPrompt } from '../../components/sidebar/AppreciationPrompt';
import { browser } from '../../lib/browser';
import { t } from '../../lib/i18n';
import { resetItem } from '../../lib/ui/reset-item';
import { useAfterCall } from '../../lib/ui/use-after-call';
import { useCallBrief } from '../../lib/ui/use-call-brief';
import { useContactBrief } from '../../lib/ui/use-contact-brief';
import { usePopupContact } from '../../lib/ui/use-popup-contact';
import { usePopupSite } from '../../lib/ui/use-popup-site';
import { useSettings } from '../../lib/ui/use-settings';

export function PopupApp() {
  const [state, { change, saved }] = useSettings();
  const who = usePopupContact();
  const ready = state.phase === 'ready';
  const site = usePopupSite(ready ? state.settings : null, saved);
  const call = useCallBrief(ready && who.call ? who.call : null);
  const after = useAfterCall(who.call?.key ?? null);
  // The brief waits for the settings, so the question comes in the user's language.
  const contact = useContactBrief(
    ready && !who.call ? (who.recipient ?? undefined) : undefined,
    undefined,
    true,
    'popup',
  );
  const name = who.recipient?.name || who.recipient?.email || '';
  const afterCall = after.pending && (
    <AfterCall
      meeting={after.pending}
      status={after.status}
      saved={after.saved}
      onSave={after.save}
      onSkip={after.skip}
    />
  );
  return (
    <PopupPage
      state={state}
      onChange={change}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      site={
        site && (
          <SiteControl
            name={site.name}
            state={site.state}
            error={site.error}
            onTurnOff={site.turnOff}
            onPause={site.pause}
            onTurnOn={site.turnOn}
          />
        )
      }
    >
      {/* On a call tab its brief comes first; the question about an earlier call waits below it. */}
      {!who.call && afterCall}
      {who.call ? (
        <CallBriefPanel
          title={who.call.title}
          meeting={call.brief?.meeting ?? null}
          people={call.brief?.people ?? []}
          status={call.status}
          error={call.error}
          resetItem={ready ? resetItem(state.settings) : null}
          onAppreciate={call.appreciate}
          onDismiss={call.dismiss}
          onSnooze={call.snooze}
          onConfirm={call.confirm}
          onUpdate={call.update}
        />
      ) : (
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
              <Checklist short />
            </>
          ) : (
            who.looked && <ContactPicker contacts={who.contacts} onPick={who.pick} />
          )}
        </section>
      )}
      {who.call && afterCall}
    </PopupPage>
  );
}
