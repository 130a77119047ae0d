// Headless Chromium for the report tests: Debian's /usr/bin/chromium driven by playwright-core.
// Suites call `chromiumPath()` and skip with a printed reason when it is missing. Playwright
// gives each launch its own throw-away profile.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function chromiumPath(): string | null {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  console.warn(`skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium)`);
  return null;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
}
