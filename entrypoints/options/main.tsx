import { render } from 'preact';
import { SettingsPage } from '../../components/pages/SettingsPage';
import '../../components/pages/page.css';
import { useSettings } from '../../lib/ui/use-settings';

function Options() {
  const [state, change] = useSettings();
  return <SettingsPage variant="options" state={state} onChange={change} />;
}

render(<Options />, document.getElementById('app') as HTMLElement);
