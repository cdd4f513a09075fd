// Bounds shared by the page side and the background, so both refuse the same.

/** A send to more people than this is a mailing, not a conversation: nothing is learned from it. */
export const MAX_LEARNED_RECIPIENTS = 20;

/** Characters of a draft analysed at once: a longer draft is cut to its start on the page side and refused by the background. */
export const MAX_ANALYSED_CHARS = 30_000;
