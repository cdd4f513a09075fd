import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../lib/browser';
import { onComplimentMenu, refreshComplimentMenu } from '../lib/messaging/compliment-menu';
import { createHandlers } from '../lib/messaging/handlers';
import { createRouter } from '../lib/messaging/router';
import { onShortcut } from '../lib/messaging/shortcuts';
import { createSurfaces, type SurfacePort } from '../lib/messaging/surfaces';
import { openPageAfterInstall } from '../lib/onboarding/after-install';
import { type ScriptingApi, syncOwnScripts } from '../lib/sites/own-registration';
import { restrictToTrustedContexts } from '../lib/storage/access-level';
import { readSettings } from '../lib/storage/settings';

export default defineBackground(() => {
  openPageAfterInstall();
  // Content scripts reach storage only through the messages below.
  void restrictToTrustedContexts(browser.storage.local);
  const self = { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
  const surfaces = createSurfaces((tabId, frameId, message) => browser.tabs.sendMessage(tabId, message, { frameId }));
  const route = createRouter(createHandlers(surfaces), self, surfaces.granted);
  browser.runtime.onMessage.addListener((envelope, sender) => route(envelope, sender));
  // Mail sidebar frames ask for their grant and get their drafts over a port.
  browser.runtime.onConnect.addListener((port) => surfaces.connect(port as unknown as SurfacePort, self));
  const tell = (id: number, message: unknown) => browser.tabs.sendMessage(id, message);
  browser.commands.onCommand.addListener((name, tab) => void onShortcut(name, tab, { tell, toggle: surfaces.toggle }));
  browser.contextMenus.onClicked.addListener((info, tab) => void onComplimentMenu(info, tab));
  refreshComplimentMenu().catch((error: unknown) => console.warn('[Rapport] no compliment menu', error));
  // Keep the own-webmail content script in step with the settings (e.g. after an update).
  readSettings()
    .then(async (settings) => {
      const scripting = browser.scripting as unknown as ScriptingApi;
      await syncOwnScripts(scripting, 'mail', settings.ownMailSites);
      await syncOwnScripts(scripting, 'call', settings.ownCallSites);
    })
    .catch((error: unknown) => console.warn('[Rapport] own webmail not registered', error));
});
