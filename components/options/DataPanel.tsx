import { getLanguage, plural, t } from '../../lib/i18n';
import type { ImportReport } from '../../lib/storage/backup';
import type { QuarantinedRecord } from '../../lib/storage/quarantine';
import { DeleteAllData } from './DeleteAllData';
import { formatDate, formatNumber } from './format';
import { ImportReportView } from './ImportReportView';

export interface StorageUsage {
  bytes: number;
  contacts: number;
  /** Said plainly when storage runs full. */
  warning: string | null;
}

export interface DataPanelProps {
  /** null while it is measured. */
  usage: StorageUsage | null;
  quarantine: QuarantinedRecord[];
  /** The result of the last import, if any. */
  report: ImportReport | null;
  /** Records of the running import sent so far (total 0: the file is being checked); null when none runs. */
  progress?: { done: number; total: number } | null;
  error: string | null;
  busy: boolean;
  onExport: () => void;
  onImport: (file: File) => void;
  onDeleteAll: () => void;
}

/** "12.3 kB", "1.4 MB" in the UI language. */
export function formatBytes(bytes: number, language = getLanguage()): string {
  const mb = bytes >= 1024 * 1024;
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit: mb ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  }).format(bytes / (mb ? 1024 * 1024 : 1024));
}

function asJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Everything Rapport stores: how much, a backup out and in, what it could not read, and deleting it all. */
export function DataPanel({
  usage,
  quarantine,
  report,
  progress = null,
  error,
  busy,
  onExport,
  onImport,
  onDeleteAll,
}: DataPanelProps) {
  return (
    <section class="rp-data" aria-labelledby="rp-data-heading" data-testid="data">
      <h2 id="rp-data-heading" class="rp-page__subtitle">
        {t('optionsDataTitle')}
      </h2>
      {usage === null ? (
        <p class="rp-muted" aria-busy="true">
          {t('optionsDataMeasuring')}
        </p>
      ) : (
        <p data-testid="usage">
          {t('optionsDataUsage', formatBytes(usage.bytes), plural('optionsDataContacts', usage.contacts))}
        </p>
      )}
      {usage?.warning && (
        <p class="rp-page__error" role="alert" data-testid="usage-warning">
          {usage.warning}
        </p>
      )}
      {error && (
        <p class="rp-page__error" role="alert" data-testid="data-error">
          {error}
        </p>
      )}

      <section aria-labelledby="rp-backup-heading">
        <h3 id="rp-backup-heading" class="rp-options__h3">
          {t('optionsBackupTitle')}
        </h3>
        <p class="rp-muted">{t('optionsExportHint')}</p>
        <button type="button" class="rp-button" data-testid="export" disabled={busy} onClick={onExport}>
          {t('optionsExport')}
        </button>
        <label class="rp-settings__row rp-settings__row--stacked rp-data__import">
          <span>{t('optionsImport')}</span>
          <input
            type="file"
            name="import"
            accept="application/json,.json"
            class="rp-focusable"
            data-testid="import"
            aria-describedby="rp-import-hint"
            disabled={busy}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Cleared, so that choosing the same file again imports it again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
        <p id="rp-import-hint" class="rp-muted">
          {t('optionsImportHint')}
        </p>
        {progress && (
          <p class="rp-data__progress" role="status" data-testid="import-progress">
            {progress.total === 0 ? (
              <>
                <progress class="rp-data__bar" aria-hidden="true" />
                {t('optionsImportChecking')}
              </>
            ) : (
              <>
                <progress class="rp-data__bar" value={progress.done} max={progress.total} aria-hidden="true" />
                {t('optionsImportProgress', formatNumber(progress.done), formatNumber(progress.total))}
              </>
            )}
          </p>
        )}
        {report && <ImportReportView report={report} />}
      </section>

      <section aria-labelledby="rp-quarantine-heading" data-testid="quarantine">
        <h3 id="rp-quarantine-heading" class="rp-options__h3">
          {t('optionsQuarantineTitle')}
        </h3>
        {quarantine.length === 0 ? (
          <p class="rp-muted">{t('optionsQuarantineNone')}</p>
        ) : (
          <>
            <p>{plural('optionsQuarantineCount', quarantine.length)}</p>
            <ul class="rp-quarantine">
              {quarantine.map((record, index) => (
                // Records carry no id; the list only grows at the end.
                <li key={index} class="rp-quarantine__item" data-testid="quarantine-record">
                  <p class="rp-quarantine__head">
                    <code>{record.source}</code> · <time dateTime={record.date}>{formatDate(record.date)}</time>
                  </p>
                  <ul class="rp-quarantine__problems">
                    {record.problems.map((problem) => (
                      <li key={problem}>{problem}</li>
                    ))}
                  </ul>
                  <details>
                    <summary class="rp-focusable">{t('optionsQuarantineValue')}</summary>
                    <pre class="rp-quarantine__value">{asJson(record.value)}</pre>
                  </details>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <DeleteAllData busy={busy} onDeleteAll={onDeleteAll} />
    </section>
  );
}
