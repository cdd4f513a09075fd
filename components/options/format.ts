// Small pieces of wording the options components share.
import type { Contact, ContactNote } from '../../lib/contacts/model';
import { getLanguage, type MessageKey, t } from '../../lib/i18n';

export const kindLabel = (kind: Contact['kind']) => t(`optionsKind_${kind}` satisfies MessageKey);
export const formalityLabel = (formality: Contact['formality']) =>
  t(`optionsFormality_${formality}` satisfies MessageKey);
export const languageLabel = (language: Contact['language']) => t(`optionsLanguage_${language}` satisfies MessageKey);
export const sourceLabel = (source: ContactNote['source']) => t(`optionsSource_${source}` satisfies MessageKey);
export const categoryLabel = (category: string) => t(`category_${category.replace(/-/g, '_')}` as MessageKey);

/** A date as the UI language writes it ("12. März 2025", "Mar 12, 2025"); the raw text if unreadable. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(getLanguage(), { dateStyle: 'medium' }).format(date);
}

export const formatNumber = (n: number) => n.toLocaleString(getLanguage());

/** Notes newest first (the stored order is oldest first); the list given is not changed. */
export const newestFirst = (notes: readonly ContactNote[]) =>
  [...notes].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0));
