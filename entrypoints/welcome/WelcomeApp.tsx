// The page opened on install (lib/onboarding/after-install.ts), and after a
// minor update with `?from=<version>#whats-new`: settings through the
// background as on the options page, the previews on sample data.
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { browser } from '../../lib/browser';
import { getLanguage, t } from '../../lib/i18n';
import { changesSince } from '../../lib/onboarding/changelog';
import { BUILT_IN_SITES } from '../../lib/ui/built-in-sites';
import { useSettings } from '../../lib/ui/use-settings';

function whatsNew() {
  const from = new URLSearchParams(location.search).get('from');
  if (!from || location.hash !== '#whats-new') return null;
  return { from, entries: changesSince(from, browser.runtime.getManifest().version) };
}

export function WelcomeApp() {
  const [state, { change, changeLists }] = useSettings();
  document.title = t('welcomeTitle');
  return (
    <WelcomePage
      language={getLanguage()}
      settings={state.phase === 'ready' ? state.settings : null}
      status={state.phase === 'ready' ? state.status : { kind: 'idle' }}
      error={state.phase === 'failed' ? state.error : null}
      sites={BUILT_IN_SITES}
      whatsNew={whatsNew()}
      onChange={change}
      onListChange={changeLists}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}
