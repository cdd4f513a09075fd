import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEMO_MATCHES } from './lib/sites/registry';

// Rapport never talks to a server: the manifest asks only for storage and the
// sites its content scripts match (declared per entrypoint from lib/sites).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  // Explicit imports everywhere: what a file uses is visible in the file.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage'],
    action: { default_title: '__MSG_extName__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    browser_specific_settings: {
      gecko: {
        id: 'rapport@rapport.invalid',
        strict_min_version: '142.0',
        // Firefox's built-in consent: Rapport collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
  hooks: {
    // The local demo page is matched only while developing (`npm run dev`);
    // release builds know nothing of localhost.
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.command !== 'serve') return;
      for (const script of manifest.content_scripts ?? []) {
        script.matches = [...(script.matches ?? []), ...DEMO_MATCHES];
      }
    },
  },
  webExt: {
    binaries: { chrome: process.env.CHROME_PATH ?? '/usr/bin/chromium' },
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
    startUrls: ['http://localhost:5174/demo/mail'],
  },
});
