// An extension page's or frame's `lang` follows Rapport's UI language, so a
// screen reader speaks German UI as German inside an English page and back.
import { getLanguage, onLanguage } from '../i18n';

/** For the mains of extension documents only: a content script shares the page's document. */
export function langFollowsUi(doc: Document): void {
  doc.documentElement.lang = getLanguage();
  onLanguage((language) => {
    doc.documentElement.lang = language;
  });
}
