import { defineBackground } from 'wxt/utils/define-background';
import { browser } from '../lib/browser';
import { handlers } from '../lib/messaging/handlers';
import { createRouter } from '../lib/messaging/router';

export default defineBackground(() => {
  const route = createRouter(handlers);
  browser.runtime.onMessage.addListener((envelope) => route(envelope));
});
