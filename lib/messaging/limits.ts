// Bounds shared by the page side and the background, so both refuse the same.

/** A send to more people than this is a mailing, not a conversation: nothing is learned from it. */
export const MAX_LEARNED_RECIPIENTS = 20;
