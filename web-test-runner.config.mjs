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
  browsers: [chromeLauncher({ launchOptions: { executablePath: ensureChrome(), headless: true, args: CHROME_ARGS } })],
};
