import { render } from 'preact';
import { SettingsPage } from '../../components/pages/SettingsPage';
import '../../components/pages/page.css';
import { browser } from '../../lib/browser';
import { useSettings } from '../../lib/ui/use-settings';

function Popup() {
  const [state, change] = useSettings();
  return (
    <SettingsPage
      variant="popup"
      state={state}
      onChange={change}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
    />
  );
}

render(<Popup />, document.getElementById('app') as HTMLElement);
