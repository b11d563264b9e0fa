// Finding a Chromium for the browser tests and benchmarks: CHROME_PATH first, then the usual
// install locations. `ensureChrome` installs Debian's chromium when it can (root with apt-get),
// because npm tools cannot download a browser on this project's machines.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const KNOWN_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags for Chromium here (headless is set by whoever launches it): no sandbox as root, and no calls home on a closed network. */
export const CHROME_ARGS = [
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
];

export function findChrome() {
  if (process.env.CHROME_PATH) return existsSync(process.env.CHROME_PATH) ? process.env.CHROME_PATH : null;
  return KNOWN_PATHS.find((path) => existsSync(path)) ?? null;
}

const HOW_TO = 'No Chromium found: install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROME_PATH to a Chrome or Chromium binary.';

export function ensureChrome() {
  const found = findChrome();
  if (found) return found;
  if (process.env.CHROME_PATH) throw new Error(`CHROME_PATH is ${process.env.CHROME_PATH}, which does not exist: point it at a Chrome or Chromium binary.`);
  const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canApt) throw new Error(HOW_TO);
  console.log('No Chromium found; installing Debian\'s chromium package (about a minute)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env });
  const installed = findChrome();
  if (!installed) throw new Error(HOW_TO);
  return installed;
}

// Run as a script: make sure a browser is there, or say in one line how to get one.
if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(`Chromium: ${ensureChrome()}`);
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
