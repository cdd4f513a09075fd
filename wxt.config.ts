import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { DEMO_MATCHES, DEMO_ORIGIN } from './lib/sites/registry';
import { startDemoServer } from './tests/fixtures/demo-server';

/**
 * Phrase, frame and construction entries carry an example and a near miss for
 * the data tests; the extension does not need them, so the build drops them
 * (tests keep them: vitest runs without this plugin).
 */
function stripPhraseExamples() {
  const example = /\b(?:hit|miss):\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),?/g;
  // Lists of them: hit: ['…', '…'] (sarcasm-contrast's examples).
  const exampleLists = /\b(?:hit|miss):\s*\[(?:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"),?)*\s*\],?/g;
  // The politeness cues keep lists of examples: must: ['…', '…'], mustNot: [ … ].
  const examples = /\b(?:must|mustNot):\s*\[(?:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`[^`]*`),?)*\s*\],?/g;
  return {
    name: 'rapport:strip-phrase-examples',
    transform(code: string, id: string) {
      if (
        !/lib[\\/]analysis[\\/](?:phrases[\\/](?:de|en)[\\/][^\\/]+|phrases[\\/]classes|phrases[\\/](?:politeness|tone)|constructions[\\/][^\\/]+|rules[\\/][^\\/]+)\.ts$/.test(
          id,
        )
      )
        return null;
      return { code: code.replace(exampleLists, '').replace(example, '').replace(examples, ''), map: null };
    },
  };
}

/**
 * The UI strings (assets/public/_locales/<lang>/messages.json) carry a note for
 * translators per message and an example per placeholder; the browser reads the
 * files as they are, but the scripts that import them only need the messages,
 * so the notes and examples stay out of every bundle.
 */
function stripMessageDescriptions() {
  return {
    name: 'rapport:strip-message-descriptions',
    enforce: 'pre' as const,
    transform(code: string, id: string) {
      if (!/_locales[\\/][a-z_]+[\\/]messages\.json$/i.test(id)) return null;
      const messages = JSON.parse(code) as Record<
        string,
        { description?: string; placeholders?: Record<string, { example?: string }> }
      >;
      for (const message of Object.values(messages)) {
        delete message.description;
        for (const placeholder of Object.values(message.placeholders ?? {})) delete placeholder.example;
      }
      return { code: JSON.stringify(messages), map: null };
    },
  };
}

/**
 * WXT's content-script entry creates its ContentScriptContext, which posts the
 * extension id to the page and can be ended by a page event; ours
 * (lib/dom/content-context.ts) cannot. Only the entry's import is redirected,
 * so our class can still extend WXT's.
 */
function quietContentScriptContext() {
  const ours = resolve('lib/dom/content-context.ts');
  return {
    name: 'rapport:quiet-content-script-context',
    enforce: 'pre' as const,
    resolveId(source: string, importer: string | undefined) {
      if (
        source === 'wxt/utils/content-script-context' &&
        importer?.includes('content-script-isolated-world-entrypoint')
      )
        return ours;
      return null;
    },
  };
}

/**
 * Preact's diff sets `innerHTML` for `dangerouslySetInnerHTML`, which Rapport never
 * uses (tests/conventions.test.ts); addons-linter flags that assignment
 * (UNSAFE_VAR_ASSIGNMENT). The bundle gets a Preact that throws instead, so no
 * string can ever become markup; the build fails if Preact's code changes shape.
 */
export function preactWithoutInnerHtml() {
  const assignment = /\([A-Za-z_$][\w$]*\.innerHTML=[A-Za-z_$][\w$]*\.__html\)/g;
  return {
    name: 'rapport:preact-without-inner-html',
    transform(code: string, id: string) {
      if (!/[\\/]node_modules[\\/]preact[\\/]dist[\\/]preact\.mjs$/.test(id.split('?')[0] as string)) return null;
      const throwing = '(()=>{throw new Error("Rapport: dangerouslySetInnerHTML is disabled")})()';
      const safe = code.replace(assignment, throwing);
      if (safe === code) throw new Error(`${id}: Preact's innerHTML assignment not found; update this plugin`);
      return { code: safe, map: null };
    },
  };
}

/** The own-webmail host of the e2e test (tests/e2e/own-webmail.e2e.ts). */
export const E2E_OWN_WEBMAIL = 'https://webmail.example.org/*';

const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// Without a display (CI, SSH) dev mode builds and serves but opens no browser.
const canOpenBrowser = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);

// Rapport never talks to a server: the manifest asks only for storage and the
// sites its content scripts match (declared per entrypoint from lib/sites).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  publicDir: 'assets/public',
  // Explicit imports everywhere: what a file uses is visible in the file.
  imports: false,
  vite: () => ({
    plugins: [
      preact(),
      quietContentScriptContext(),
      preactWithoutInnerHtml(),
      ...(process.env.VITEST ? [] : [stripPhraseExamples(), stripMessageDescriptions()]),
    ],
  }),
  manifest: ({ manifestVersion, mode }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting: the user's own webmail gets the mail content script at run time,
    // only for the hosts they grant one by one (optional host permissions).
    // unlimitedStorage: 5,000 contacts with their journals need about the 10 MB storage.local allows.
    // contextMenus: "Save as compliment" on selected text in a mail.
    permissions: ['storage', 'unlimitedStorage', 'scripting', 'contextMenus'],
    // notifications: only if the user turns on the reminder after a call.
    ...(manifestVersion === 3
      ? { optional_host_permissions: ['https://*/*', 'http://localhost/*'], optional_permissions: ['notifications'] }
      : { optional_permissions: ['https://*/*', 'http://localhost/*', 'notifications'] }),
    // Test-only path (`wxt build --mode e2e` → .output/chrome-mv3-e2e): the e2e's own-webmail host is
    // granted up front, because a headless browser cannot answer the permission prompt.
    ...(mode === 'e2e' ? { host_permissions: [E2E_OWN_WEBMAIL] } : {}),
    action: { default_title: '__MSG_extName__' },
    // Changeable at chrome://extensions/shortcuts (about:addons in Firefox); Gmail's own shortcuts use no Alt+Shift.
    commands: {
      'focus-sidebar': { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandFocusSidebar__' },
      'toggle-sidebar': { suggested_key: { default: 'Alt+Shift+S' }, description: '__MSG_commandToggleSidebar__' },
      [manifestVersion === 3 ? '_execute_action' : '_execute_browser_action']: {
        suggested_key: { default: 'Alt+Shift+Y' },
        description: '__MSG_commandOpenBrief__',
      },
    },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    browser_specific_settings: {
      gecko: {
        // The add-on's id on addons.mozilla.org, in the UUID form AMO suggests; it never changes.
        id: '{dc1b39cc-f9cc-4b54-8186-74dde3294e4e}',
        strict_min_version: '142.0',
        // Firefox's built-in consent: Rapport collects and transmits nothing.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  hooks: {
    'server:started': async (wxt) => {
      try {
        await startDemoServer(Number(new URL(DEMO_ORIGIN).port), 'tests/fixtures');
        wxt.logger.info(`Rapport demo pages: ${DEMO_ORIGIN}/demo/`);
      } catch (error) {
        // Most often the port is taken by another `npm run dev`: the extension still builds.
        wxt.logger.warn(`Demo pages not served (${(error as Error).message}); is another dev server running?`);
      }
      if (!canOpenBrowser) {
        wxt.logger.info(
          'No display found, so no browser was opened. On a machine with a screen: open chrome://extensions, ' +
            `turn on developer mode, "Load unpacked" → ${wxt.config.outDir}, then visit ${DEMO_ORIGIN}/demo/`,
        );
      }
    },
    // The local demo pages are matched only while developing (`npm run dev`);
    // release builds know nothing of localhost.
    // The mail sidebar, underline and call frames must load on the user's own webmail
    // and Jitsi too, whose hosts are not known at build time: the frame's one-time token is the
    // guard (docs/extension-frames.md); use_dynamic_url keeps other sites from probing for Rapport.
    'build:manifestGenerated': (_wxt, manifest) => {
      const frames = ['mail-sidebar.html', 'mail-underlines.html', 'call-card.html', 'call-sidebar.html'];
      const resources = manifest.web_accessible_resources ?? [];
      if (manifest.manifest_version === 3)
        (resources as object[]).push({ resources: frames, matches: ['<all_urls>'], use_dynamic_url: true });
      else (resources as string[]).push(...frames);
      manifest.web_accessible_resources = resources as typeof manifest.web_accessible_resources;
    },
    'entrypoints:resolved': (wxt, entrypoints) => {
      if (wxt.config.command !== 'serve') return;
      // The top-frame scripts only: the all-frames twins run the same code, and both would mount on a demo page.
      for (const entry of entrypoints) {
        if (entry.type === 'content-script' && !entry.options.allFrames)
          entry.options.matches = [...(entry.options.matches ?? []), ...DEMO_MATCHES];
      }
    },
  },
  webExt: {
    disabled: !canOpenBrowser,
    binaries: { chrome: chromePath },
    chromiumArgs: [
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
    startUrls: [`${DEMO_ORIGIN}/demo/mail`],
  },
});
