/**
 * Which Chromium the renderer tests drive: $SPASM_CHROMIUM if set, else the system Chromium (Debian's
 * `chromium` package), else Playwright's own browser if it has been installed.
 */
import { existsSync } from 'node:fs';

const SYSTEM_CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function chromiumExecutable(): string | undefined {
  const fromEnv = process.env.SPASM_CHROMIUM;
  if (fromEnv) return fromEnv;
  return SYSTEM_CHROMIUM.find((path) => existsSync(path));
}

/** Flags that keep Chromium quiet and offline when it runs headless in CI. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
