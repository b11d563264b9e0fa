// Browser tests: @open-wc/testing in the Chromium that scripts/chrome.mjs finds.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/chrome.mjs';
import { testRoutes } from './test/server-routes.mjs';
import { tabsPlugin } from './test/tabs-plugin.mjs';

/**
 * `executeServerCommand('disable-browser-cache')`: the test server marks every file cacheable for
 * a year, so a page would take a module an earlier test file loaded from the cache. A test that
 * holds a chunk back (test/server-routes.mjs, /__test__/gate) turns the cache off for its page
 * first, so the request reaches the server.
 */
const disableBrowserCache = {
  name: 'disable-browser-cache',
  async executeCommand({ command, session }) {
    if (command !== 'disable-browser-cache') return undefined;
    await session.browser.getPage(session.id).setCacheEnabled(false);
    return true;
  },
};

/**
 * Each test file's page starts with empty storage: the player saves progress by default, and a
 * quiz left in localStorage by an earlier file (same origin) would be offered for Resume.
 */
const testRunnerHtml = (testFramework) => `<!doctype html>
<html><body>
<script type="module">localStorage.clear(); sessionStorage.clear();</script>
<script type="module" src="${testFramework}"></script>
</body></html>`;

export default {
  files: ['test/browser/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  middleware: [testRoutes],
  testFramework: { config: { timeout: 10000 } },
  testRunnerHtml,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), disableBrowserCache, tabsPlugin()],
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS } })],
};
