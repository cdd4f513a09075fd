// The privacy statement inside the extension: PRIVACY.md itself, bundled at
// build time, in the section of the UI language, so the two cannot drift apart.
import { useEffect } from 'preact/hooks';
import { MarkdownView } from '../../components/shared/MarkdownView';
import { getLanguage, t, type UiLanguage } from '../../lib/i18n';
import { applyLanguage } from '../../lib/ui/language';
import { type Block, parseMarkdown, section } from '../../lib/ui/markdown';
import { useSettings } from '../../lib/ui/use-settings';
import privacy from '../../PRIVACY.md?raw';

/** PRIVACY.md's level-2 heading of each language. */
export const PRIVACY_SECTIONS: Record<UiLanguage, string> = { de: 'Datenschutz', en: 'Privacy' };

/** The section's own heading becomes the page's h1. */
export function privacyBlocks(language: UiLanguage): Block[] {
  return parseMarkdown(section(privacy, PRIVACY_SECTIONS[language])).map((block) =>
    block.kind === 'heading' ? { ...block, level: Math.max(1, block.level - 1) as 1 | 2 | 3 } : block,
  );
}

export function PrivacyApp() {
  const [state] = useSettings();
  // Without the settings (the background did not answer), the browser's language.
  const language = state.phase === 'ready' ? getLanguage() : state.phase === 'failed' ? applyLanguage('auto') : null;
  useEffect(() => {
    if (!language) return;
    document.documentElement.lang = language;
    document.title = t('privacyTitle');
  }, [language]);
  if (!language) return null;
  return (
    <main class="rp-page rp-privacy" data-testid="privacy-page">
      <MarkdownView blocks={privacyBlocks(language)} />
    </main>
  );
}
