// Where Chromium lives and how it must start here: Debian's build, headless, as root, on a closed network.
import { existsSync } from 'node:fs';

const candidates = [
  process.env.CHROME_PATH,
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
].filter(Boolean);

export const chromiumPath = candidates.find((path) => existsSync(path));

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function requireChromium() {
  if (!chromiumPath) {
    throw new Error('No Chromium found. Install it (apt-get install -y chromium) or set CHROME_PATH.');
  }
  return chromiumPath;
}
