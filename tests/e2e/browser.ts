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

/**
 * Flags that keep Chromium quiet and offline when it runs headless in CI. The renderer tests add
 * net-log.ts's switches (no host name resolves; every request logged) per worker, see renderer/fixtures.ts.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // Stock Chromium asks Google's autofill server about every form (the checklist's included); Electron has
  // no autofill server. Chromium reads only the last --disable-features, so this list also carries the
  // features Playwright itself disables (its list, as of Playwright 1.65, is replaced by this one).
  `--disable-features=${[
    'AutofillServerCommunication',
    'AvoidUnnecessaryBeforeUnloadCheckSync',
    'DestroyProfileOnBrowserClose',
    'HttpsUpgrades',
    'HttpsFirstBalancedModeAutoEnable',
    'LensOverlay',
    'MediaRouter',
    'PaintHolding',
    'ThirdPartyStoragePartitioning',
    'AvoidCorsURLLoaderRestartOnRedirect',
    'OptimizationHints',
    'NetworkTimeServiceQuerying',
    'AimEnabled',
    'PreconnectToSearch',
  ].join(',')}`,
];
