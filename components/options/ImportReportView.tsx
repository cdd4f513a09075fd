import { t } from '../../lib/i18n';
import type { ImportReport } from '../../lib/storage/backup';
import { formatNumber } from './format';

export interface ImportReportViewProps {
  report: ImportReport;
}

/** What became of the backup's settings: taken over, the same as the user's, or all skipped. */
function settingsLine({ changed, skipped }: NonNullable<ImportReport['settings']>): string {
  if (changed.length > 0) return t('optionsImportSettings', formatNumber(changed.length));
  return skipped > 0 ? t('optionsImportSettingsSkipped') : t('optionsImportSettingsSame');
}

/** What an import added, merged and skipped, and why. */
export function ImportReportView({ report }: ImportReportViewProps) {
  return (
    <div class="rp-report" role="status" data-testid="import-report">
      <p>
        {t(
          'optionsImportReport',
          formatNumber(report.added),
          formatNumber(report.merged),
          formatNumber(report.compliments),
          formatNumber(report.meetings),
        )}
      </p>
      {report.settings && <p data-testid="import-settings">{settingsLine(report.settings)}</p>}
      {report.skipped.length > 0 && (
        <>
          <p>{t('optionsImportSkipped', formatNumber(report.skipped.length))}</p>
          <ul class="rp-report__skipped">
            {report.skipped.map((skip, index) => (
              <li key={index}>
                <strong>{skip.what}</strong>: {skip.why}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
