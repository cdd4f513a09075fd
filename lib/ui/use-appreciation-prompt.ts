// The appreciation question for the first recipient, in the UI language.
// The journal and the kind of each contact come with the contacts of issue 5;
// until then every recipient is a client Rapport knows nothing about yet.
import { useMemo } from 'preact/hooks';
import { normalizeEmail } from '../contacts/normalize';
import { choosePrompt, type Prompt, TENSE_DRAFT } from '../contacts/prompts';
import { getLanguage } from '../i18n';
import type { Recipient } from '../sites/types';

export function useAppreciationPrompt(
  recipient: Recipient | undefined,
  draftTension: number | undefined,
): Prompt | null {
  const key = recipient ? (normalizeEmail(recipient.email) ?? recipient.name) : '';
  const name = recipient?.name || recipient?.email || '';
  // Only a tense draft changes the question; small changes of the score do not.
  const tenseDraft = (draftTension ?? 0) >= TENSE_DRAFT;
  return useMemo(
    () =>
      key
        ? choosePrompt({
            contact: { key, name, kind: 'client', formality: 'unknown', tense: false, appreciations: 0 },
            draftTension: tenseDraft ? 100 : 0,
            recent: [],
            language: getLanguage(),
          })
        : null,
    [key, name, tenseDraft],
  );
}
