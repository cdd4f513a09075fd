// @vitest-environment jsdom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DataPanel, type DataPanelProps, formatBytes } from '../../../components/options/DataPanel';
import { setLanguage } from '../../../lib/i18n';
import type { ImportReport } from '../../../lib/storage/backup';
import { click, mount } from '../render';

afterEach(() => setLanguage('en'));

function panel(overrides: Partial<DataPanelProps> = {}) {
  const props: DataPanelProps = {
    usage: { bytes: 12_595, contacts: 250, warning: null },
    quarantine: [],
    report: null,
    error: null,
    busy: false,
    onExport: vi.fn(),
    onImport: vi.fn(),
    onDeleteAll: vi.fn(),
    ...overrides,
  };
  return { props, el: mount(<DataPanel {...props} />) };
}

const byTestId = <T extends HTMLElement = HTMLElement>(el: HTMLElement, id: string) =>
  el.querySelector<T>(`[data-testid="${id}"]`);

describe('formatBytes', () => {
  it('writes kilobytes below a megabyte and megabytes above, in the UI language', () => {
    expect(formatBytes(1536, 'en')).toBe('1.5 kB');
    expect(formatBytes(3.5 * 1024 * 1024, 'en')).toBe('3.5 MB');
    expect(formatBytes(1536, 'de')).toBe('1,5 kB');
    expect(formatBytes(0, 'en')).toBe('0 kB');
  });
});

describe('DataPanel', () => {
  it('says how much is stored for how many contacts, in English and German', () => {
    expect(byTestId(panel().el, 'usage')?.textContent).toBe('Rapport stores 12.3 kB in this browser (250 contacts).');
    setLanguage('de');
    const one = panel({ usage: { bytes: 2_400_000, contacts: 1, warning: null } }).el;
    expect(byTestId(one, 'usage')?.textContent).toBe('Rapport speichert 2,3 MB in diesem Browser (1 Kontakt).');
  });

  it('warns when storage runs full, and waits while measuring', () => {
    const { el } = panel({ usage: { bytes: 9_000_000, contacts: 4000, warning: 'Storage is 90 % full.' } });
    expect(byTestId(el, 'usage-warning')?.getAttribute('role')).toBe('alert');
    expect(byTestId(el, 'usage-warning')?.textContent).toBe('Storage is 90 % full.');
    const measuring = panel({ usage: null }).el;
    expect(byTestId(measuring, 'usage')).toBeNull();
    expect(measuring.textContent).toContain('Measuring what is stored…');
  });

  it('exports on request', () => {
    const { el, props } = panel();
    const button = byTestId(el, 'export');
    expect(button?.textContent).toBe('Export all data (JSON)');
    click(button);
    expect(props.onExport).toHaveBeenCalledTimes(1);
  });

  it('imports the chosen file through a labelled JSON file field', () => {
    const { el, props } = panel();
    const input = byTestId<HTMLInputElement>(el, 'import') as HTMLInputElement;
    expect(input.type).toBe('file');
    expect(input.accept).toBe('application/json,.json');
    expect(input.closest('label')?.textContent).toBe('Import a backup');
    const file = new File(['{"format":"rapport-backup"}'], 'rapport.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    act(() => {
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(props.onImport).toHaveBeenCalledWith(file);
  });

  it('reports what an import added, merged and skipped, and why', () => {
    const { el } = panel({
      report: {
        added: 3,
        merged: 2,
        compliments: 5,
        meetings: 1,
        settings: { changed: ['uiLanguage', 'sensitivity'], skipped: 1 },
        skipped: [
          { what: 'contact 4 (anna@example.org)', why: 'emails: Invalid email' },
          { what: 'https://webmail.example.org/*', why: 'allow this webmail again under Sites (the browser asks you)' },
        ],
      },
    });
    const report = byTestId(el, 'import-report');
    expect([...(report?.querySelectorAll(':scope > p') ?? [])].map((p) => p.textContent)).toEqual([
      'Imported. New contacts: 3 · merged: 2 · compliments: 5 · meetings: 1',
      'Settings taken over (2 changed).',
      'Skipped: 2',
    ]);
    expect([...(report?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual([
      'contact 4 (anna@example.org): emails: Invalid email',
      'https://webmail.example.org/*: allow this webmail again under Sites (the browser asks you)',
    ]);
  });

  it('shows each record kept aside with its source, date, problems and value', () => {
    const { el } = panel({
      quarantine: [
        {
          source: 'contact:anna@example.org',
          value: { name: 'Anna', emails: 'not a list' },
          problems: ['emails: Invalid type', 'v: Invalid literal'],
          date: '2025-03-12T12:00:00.000Z',
        },
      ],
    });
    const section = byTestId(el, 'quarantine');
    expect(section?.textContent).toContain('1 record is kept aside so nothing is lost. Every export includes it.');
    const record = byTestId(el, 'quarantine-record');
    expect(record?.querySelector('.rp-quarantine__head')?.textContent).toBe('contact:anna@example.org · Mar 12, 2025');
    expect([...(record?.querySelectorAll('.rp-quarantine__problems li') ?? [])].map((li) => li.textContent)).toEqual([
      'emails: Invalid type',
      'v: Invalid literal',
    ]);
    expect(record?.querySelector('details summary')?.textContent).toBe('Stored value');
    expect(JSON.parse(record?.querySelector('details pre')?.textContent ?? '')).toEqual({
      name: 'Anna',
      emails: 'not a list',
    });
  });

  it('says when every record could be read, in German', () => {
    setLanguage('de');
    const { el } = panel();
    expect(byTestId(el, 'quarantine')?.textContent).toContain('Alle gespeicherten Einträge sind lesbar.');
    expect(byTestId(el, 'export')?.textContent).toBe('Alle Daten exportieren (JSON)');
  });

  it('deletes everything only after the user ticks that they mean it', () => {
    const { el, props } = panel();
    expect(byTestId(el, 'delete-all')).toBeNull();
    click(byTestId(el, 'delete-all-ask'));
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    const final = byTestId<HTMLButtonElement>(el, 'delete-all') as HTMLButtonElement;
    expect(final.textContent).toBe('Delete all');
    expect(final.disabled).toBe(true);
    click(final);
    expect(props.onDeleteAll).not.toHaveBeenCalled();
    const sure = el.querySelector('input[name="deleteAllSure"]') as HTMLInputElement;
    expect(sure.closest('label')?.textContent).toBe('I have a backup or really want to delete everything');
    expect(document.activeElement).toBe(sure);
    click(sure);
    expect(final.disabled).toBe(false);
    click(final);
    expect(props.onDeleteAll).toHaveBeenCalledTimes(1);
  });

  it('forgets the tick when the user cancels', () => {
    const { el, props } = panel();
    click(byTestId(el, 'delete-all-ask'));
    click(el.querySelector('input[name="deleteAllSure"]'));
    const cancel = [...el.querySelectorAll('[data-testid="delete-all-confirm"] button')].find(
      (b) => b.textContent === 'Cancel',
    );
    click(cancel ?? null);
    expect(byTestId(el, 'delete-all')).toBeNull();
    expect(document.activeElement).toBe(byTestId(el, 'delete-all-ask'));
    click(byTestId(el, 'delete-all-ask'));
    expect((el.querySelector('input[name="deleteAllSure"]') as HTMLInputElement).checked).toBe(false);
    expect(byTestId<HTMLButtonElement>(el, 'delete-all')?.disabled).toBe(true);
    expect(props.onDeleteAll).not.toHaveBeenCalled();
  });

  it('shows an error as an alert and waits while busy', () => {
    const { el } = panel({ error: 'This is not a Rapport backup (the "format" field is missing)', busy: true });
    expect(byTestId(el, 'data-error')?.getAttribute('role')).toBe('alert');
    expect(byTestId(el, 'data-error')?.textContent).toBe(
      'This is not a Rapport backup (the "format" field is missing)',
    );
    expect(byTestId<HTMLButtonElement>(el, 'export')?.disabled).toBe(true);
    expect(byTestId<HTMLInputElement>(el, 'import')?.disabled).toBe(true);
  });
});

describe('DataPanel during and after a big import', () => {
  const report = (settings: ImportReport['settings']): ImportReport => ({
    added: 0,
    merged: 0,
    compliments: 0,
    meetings: 0,
    settings,
    skipped: [],
  });
  const settingsLine = (el: HTMLElement) => byTestId(el, 'import-settings')?.textContent ?? null;

  it('shows how far the import is, in English and German', () => {
    const { el } = panel({ busy: true, progress: { done: 3_000, total: 15_000 } });
    const progress = byTestId(el, 'import-progress');
    expect(progress?.getAttribute('role')).toBe('status');
    expect(progress?.textContent).toBe('Importing: 3,000 of 15,000 records …');
    expect(progress?.querySelector('progress')?.getAttribute('value')).toBe('3000');
    expect(byTestId(panel({ busy: true, progress: { done: 0, total: 0 } }).el, 'import-progress')?.textContent).toBe(
      'Checking the backup …',
    );
    setLanguage('de');
    expect(
      byTestId(panel({ busy: true, progress: { done: 3_000, total: 15_000 } }).el, 'import-progress')?.textContent,
    ).toBe('Import läuft: 3.000 von 15.000 Einträgen …');
  });

  it('says what happened to the settings: none in the file, the same, all skipped, some changed', () => {
    expect(settingsLine(panel({ report: report(null) }).el)).toBeNull();
    expect(settingsLine(panel({ report: report({ changed: [], skipped: 0 }) }).el)).toBe(
      'The backup’s settings match yours: nothing changed.',
    );
    expect(settingsLine(panel({ report: report({ changed: [], skipped: 2 }) }).el)).toBe(
      'No settings taken over: they were skipped (see below).',
    );
    expect(settingsLine(panel({ report: report({ changed: ['uiLanguage'], skipped: 0 }) }).el)).toBe(
      'Settings taken over (1 changed).',
    );
  });
});
