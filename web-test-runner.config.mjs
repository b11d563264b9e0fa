// Browser tests: @open-wc/testing in the Chromium that scripts/chrome.mjs finds.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { CHROME_ARGS, ensureChrome } from './scripts/chrome.mjs';
import { testRoutes } from './test/server-routes.mjs';

export default {
  files: ['test/browser/**/*.test.ts', 'test/components/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  concurrency: 1,
  middleware: [testRoutes],
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' })],
  browsers: [chromeLauncher({
    launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS },
    // The test server marks every file cacheable for a year; with the browser's cache off, each
    // test file's page fetches what it imports, so a test that holds a chunk back
    // (test/server-routes.mjs, /__test__/gate) sees the request even when an earlier file loaded it.
    async createPage({ context }) {
      const page = await context.newPage();
      await page.setCacheEnabled(false);
      return page;
    },
  })],
};
