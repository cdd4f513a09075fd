import { render } from 'preact';
import { OwnSites } from '../../components/options/OwnSites';
import { SettingsPage } from '../../components/pages/SettingsPage';
import '../../components/pages/page.css';
import { useOwnSites } from '../../lib/ui/use-own-sites';
import { useSettings } from '../../lib/ui/use-settings';

function Options() {
  const [state, change, saved] = useSettings();
  const own = useOwnSites(state.phase === 'ready' ? state.settings : null, saved);
  return (
    <SettingsPage
      variant="options"
      state={state}
      onChange={change}
      ownSites={<OwnSites sites={own.sites} error={own.error} onAdd={own.add} onRemove={own.remove} />}
    />
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
