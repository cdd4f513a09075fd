import { t } from '../../lib/i18n';
import type { Settings } from '../../lib/storage/settings';
import type { SaveStatus } from '../../lib/ui/use-settings';
import { LanguageSelect } from './LanguageSelect';

export interface SettingsFormProps {
  settings: Settings;
  status: SaveStatus;
  /** The language choice lives on the options page; the popup keeps to the essentials. */
  showLanguage: boolean;
  onChange: (patch: Partial<Settings>) => void;
}

export function SettingsForm({ settings, status, showLanguage, onChange }: SettingsFormProps) {
  return (
    <form class="rp-settings" onSubmit={(event) => event.preventDefault()}>
      <label class="rp-settings__row">
        <input
          type="checkbox"
          name="sidebarCollapsed"
          class="rp-focusable"
          checked={settings.sidebarCollapsed}
          onChange={(event) => onChange({ sidebarCollapsed: event.currentTarget.checked })}
        />
        <span>{t('settingsSidebarCollapsed')}</span>
      </label>
      {showLanguage && (
        <label class="rp-settings__row">
          <input
            type="checkbox"
            name="remindAfterCall"
            class="rp-focusable"
            checked={settings.remindAfterCall}
            onChange={(event) => onChange({ remindAfterCall: event.currentTarget.checked })}
          />
          <span>{t('settingsRemindAfterCall')}</span>
        </label>
      )}
      {showLanguage && (
        <LanguageSelect value={settings.uiLanguage} onChange={(uiLanguage) => onChange({ uiLanguage })} />
      )}
      <p class="rp-settings__status" role="status" data-testid="settings-status">
        {status.kind === 'saved' && t('settingsSaved')}
        {status.kind === 'error' && <span class="rp-settings__error">{t('settingsSaveFailed', status.message)}</span>}
      </p>
    </form>
  );
}
