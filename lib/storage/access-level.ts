// Rapport's stored data is for its own pages and service worker only. Chrome
// lets an extension close storage.local to content scripts (the choice is kept
// in the browser's preferences); Firefox offers this for storage.session only
// (bug 1724754), so there a content script's world can still reach it.

interface AccessLevelArea {
  setAccessLevel?: (options: { accessLevel: 'TRUSTED_CONTEXTS' }) => Promise<void>;
}

/** Answers whether the browser closed storage.local to content scripts. */
export async function restrictToTrustedContexts(area: unknown): Promise<boolean> {
  const setAccessLevel = (area as AccessLevelArea | undefined)?.setAccessLevel;
  if (typeof setAccessLevel !== 'function') return false;
  try {
    await setAccessLevel.call(area, { accessLevel: 'TRUSTED_CONTEXTS' });
    return true;
  } catch (error) {
    console.warn('[Rapport] storage stays open to content scripts in this browser', error);
    return false;
  }
}
