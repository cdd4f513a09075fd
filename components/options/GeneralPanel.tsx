import { t } from '../../lib/i18n';
import { SettingsForm, type SettingsFormProps } from '../settings/SettingsForm';

/** The options page's general settings under their own heading, like every other section. */
export function GeneralPanel(props: Omit<SettingsFormProps, 'showLanguage'>) {
  return (
    <section aria-labelledby="rp-general-heading" data-testid="general">
      <h2 id="rp-general-heading" class="rp-page__subtitle">
        {t('optionsNavGeneral')}
      </h2>
      <SettingsForm {...props} showLanguage />
    </section>
  );
}
