// Capitals and stacked marks: irritation leaking into the draft.
import { type Doc, inQuotes } from '../document';
import type { Token } from '../tokenize';
import type { RawFinding, Rule } from './types';

/** Common all-caps abbreviations in client mail: not shouting. */
const ACRONYMS = new Set(
  'GMBH AG KG OHG UG EU USA UK PDF CSV XLS DOC ZIP URL HTML API CEO CFO CTO COO HR IT KPI ROI CRM ERP SAP FAQ AGB DSGVO GDPR HOAI BGB HGB UST MWST IBAN BIC SEPA NDA SLA MVP PR QA UX UI SEO SEA CMS PPT OKR ASAP FYI TBD TBA ETA EOD COB OK VAT LLC LTD INC CV PS PPS NB IHK DIN ISO TÜV ADAC ARD ZDF DHL UPS DPD WLAN USB PC AI KI EDV BWL VWL PHP CSS JSON XML SQL'.split(
    ' ',
  ),
);

/** Capitalised words that are safe to lower-case in place (no German nouns among them). */
const LOWER_SAFE_DE = new Set(
  'BITTE DRINGEND SOFORT NICHT NIE IMMER ALLE ALLES JETZT HEUTE ENDLICH WIRKLICH KEIN KEINE KEINEN NOCH MUSS MÜSSEN SOLLTE SOLLTEN SOLLEN MAL SCHON WIEDER GAR NUR UNBEDINGT EXTREM SEHR ABSOLUT KOMPLETT VÖLLIG TOTAL GANZ HIER NEIN JA WICHTIG'.split(
    ' ',
  ),
);

const LETTERS = /\p{L}/u;

function isShouted(token: Token, source: string): boolean {
  // Fast exit for the usual case: a lower-case letter among the first two.
  const a = source.charAt(token.start);
  const b = source.charAt(token.start + 1);
  if (a !== a.toUpperCase() || b !== b.toUpperCase()) return false;
  const letters = token.text.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || !LETTERS.test(letters)) return false;
  if (letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
  if (ACRONYMS.has(token.text.toUpperCase())) return false;
  // Short all-caps words are usually abbreviations, unless they are known shout words.
  return letters.length >= 5 || LOWER_SAFE_DE.has(token.text) || /^(NO|NOT|NOW|NEVER|STOP|MUST)$/.test(token.text);
}

export const shouting: Rule = {
  id: 'shouting',
  phase: 'sentence',
  run(doc: Doc) {
    const findings: RawFinding[] = [];
    for (const sentence of doc.sentences) {
      const firstWord = sentence.tokens.find((t) => t.word);
      for (const token of sentence.tokens) {
        if (!token.word) {
          if (token.end - token.start < 2 || !/[!?]{2,}|!.*\?|\?.*!/.test(token.text) || inQuotes(doc, token.start))
            continue;
          const mark = token.text.includes('?') ? '?' : '!';
          findings.push({
            ruleId: 'shouting',
            category: 'shouting',
            start: token.start,
            end: token.end,
            suggestions: mark === '!' ? ['!', '.'] : ['?'],
            message: (m) => m.shoutingMarks,
          });
          continue;
        }
        // A single capitalised word in an otherwise empty line is a heading, not a shout.
        if (!isShouted(token, doc.text) || sentence.words === 1 || inQuotes(doc, token.start)) continue;
        const atStart = firstWord === token;
        const lower = token.text.toLowerCase();
        const safe = sentence.language === 'en' ? token.text !== 'I' : LOWER_SAFE_DE.has(token.text);
        const suggestion = atStart ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
        findings.push({
          ruleId: 'shouting',
          category: 'shouting',
          start: token.start,
          end: token.end,
          suggestions: safe ? [suggestion] : [],
          message: (m) => m.shoutingCaps,
        });
      }
    }
    return findings;
  },
};
