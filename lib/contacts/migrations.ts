// Older stored shapes, lifted to the current one before validation. A record
// that is still unreadable afterwards goes to quarantine (lib/storage).
import { CONTACT_VERSION } from './model';

type Raw = Record<string, unknown>;

/**
 * Version 0 is the first contact model (no version field, the form of address
 * kept without its sends, no prompt memory).
 */
const STEPS: Record<number, (record: Raw) => Raw> = {
  0: (record) => ({
    ...record,
    v: 1,
    formalityByHand: false,
    sends: [],
    prompts: { recent: [], snoozedUntil: null },
  }),
  /** Version 2 adds the agreements noted after calls. */
  1: (record) => ({ ...record, v: 2, agreements: [] }),
};

/** The record in the current shape, or as it was when no step applies (then validation says why). */
export function migrateContact(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  let record = raw as Raw;
  let version: unknown = record.v === undefined ? 0 : record.v;
  while (typeof version === 'number' && version < CONTACT_VERSION && STEPS[version]) {
    record = (STEPS[version] as (r: Raw) => Raw)(record);
    version = record.v;
  }
  return record;
}

/** What Rapport 0.1 stored before contacts existed: the form of address per normalized email. */
export interface LegacyAddressForm {
  form: 'sie' | 'du';
  at: string;
}

export function isLegacyAddressForm(value: unknown): value is LegacyAddressForm {
  const v = value as LegacyAddressForm | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    (v.form === 'sie' || v.form === 'du') &&
    typeof v.at === 'string' &&
    !Number.isNaN(Date.parse(v.at))
  );
}
