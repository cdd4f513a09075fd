// The options page: sections of pure components fed by the settings and
// contacts hooks; the section shown follows the address (#contacts, #data …).
import { ComplimentsList } from '../../components/options/ComplimentsList';
import { ContactEditor } from '../../components/options/ContactEditor';
import { ContactsList } from '../../components/options/ContactsList';
import { DataPanel } from '../../components/options/DataPanel';
import { GeneralPanel } from '../../components/options/GeneralPanel';
import { OwnSites } from '../../components/options/OwnSites';
import { ResetListEditor } from '../../components/options/ResetListEditor';
import { RulesPanel } from '../../components/options/RulesPanel';
import { SitesPanel } from '../../components/options/SitesPanel';
import { OptionsPage } from '../../components/pages/OptionsPage';
import { t } from '../../lib/i18n';
import { BUILT_IN_SITES } from '../../lib/ui/built-in-sites';
import { defaultResetList } from '../../lib/ui/reset-defaults';
import { useContactsAdmin } from '../../lib/ui/use-contacts-admin';
import { useHashSection } from '../../lib/ui/use-hash-section';
import { useOwnSites } from '../../lib/ui/use-own-sites';
import { useSettings, withReminderPermission } from '../../lib/ui/use-settings';

const SECTIONS = {
  contacts: 'optionsNavContacts',
  compliments: 'optionsNavCompliments',
  reset: 'optionsNavReset',
  rules: 'optionsNavRules',
  sites: 'optionsNavSites',
  general: 'optionsNavGeneral',
  data: 'optionsNavData',
} as const;
type Section = keyof typeof SECTIONS;

const WARNINGS = { 'near-quota': 'storageNearQuota', 'low-disk': 'storageLowDisk' } as const;

export function OptionsApp() {
  const [state, { change, changeLists, saved }] = useSettings();
  const settings = state.phase === 'ready' ? state.settings : null;
  const own = useOwnSites(settings, saved);
  const ownCalls = useOwnSites(settings, saved, 'call');
  const admin = useContactsAdmin(() => change({}));
  const section = useHashSection(Object.keys(SECTIONS) as Section[], 'contacts');

  const changeGeneral = withReminderPermission(change);
  const nav = Object.entries(SECTIONS).map(([id, key]) => ({ id, label: t(key) }));
  const usage = admin.usage && {
    bytes: admin.usage.bytes,
    contacts: admin.usage.contacts,
    warning: admin.usage.warning ? t(WARNINGS[admin.usage.warning]) : null,
  };
  return (
    <OptionsPage nav={nav} current={section} onNavigate={(id) => (location.hash = id)}>
      {state.phase === 'failed' && (
        <p class="rp-page__error" role="alert">
          {t('settingsLoadFailed', state.error)}
        </p>
      )}
      {section === 'contacts' && admin.contacts && (
        <div class="rp-options__split">
          <ContactsList contacts={admin.contacts} selectedId={admin.selected?.id ?? null} onSelect={admin.select} />
          {admin.selected && (
            <ContactEditor
              contact={admin.selected}
              others={admin.contacts.filter((c) => c.id !== admin.selected?.id)}
              busy={admin.busy}
              error={admin.error}
              onSave={admin.save}
              onRemoveNote={admin.removeNote}
              onMerge={admin.merge}
              onDelete={admin.remove}
            />
          )}
        </div>
      )}
      {section === 'compliments' && (
        <ComplimentsList compliments={admin.compliments} onRemove={admin.removeCompliment} />
      )}
      {settings && section === 'reset' && (
        <ResetListEditor
          items={settings.resetList}
          defaults={defaultResetList()}
          onChange={(resetList) => (resetList ? changeLists({ resetList }) : change({ resetList: null }))}
        />
      )}
      {settings && section === 'rules' && (
        <RulesPanel settings={settings} onChange={change} onListChange={changeLists} />
      )}
      {settings && section === 'sites' && (
        <SitesPanel sites={BUILT_IN_SITES} disabledSites={settings.disabledSites} onChange={changeLists}>
          <OwnSites sites={own.sites} error={own.error} onAdd={own.add} onRemove={own.remove} />
          <OwnSites
            kind="call"
            sites={ownCalls.sites}
            error={ownCalls.error}
            onAdd={ownCalls.add}
            onRemove={ownCalls.remove}
          />
        </SitesPanel>
      )}
      {state.phase === 'ready' && section === 'general' && (
        <GeneralPanel settings={state.settings} status={state.status} onChange={changeGeneral} />
      )}
      {section === 'data' && (
        <DataPanel
          usage={usage}
          quarantine={admin.quarantine}
          report={admin.report}
          progress={admin.progress}
          error={admin.error}
          busy={admin.busy}
          onExport={admin.exportAll}
          onImport={admin.importFile}
          onDeleteAll={admin.deleteAll}
        />
      )}
    </OptionsPage>
  );
}
