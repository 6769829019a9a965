/**
 * Finds the Electron runtime without triggering its lazy download (requiring the `electron` package
 * downloads the runtime when it is missing, which can hang where the network is closed).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Runtime = { available: true; executablePath: string } | { available: false; reason: string };

export function electronRuntime(): Runtime {
  const packageDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const pathFile = join(packageDir, 'path.txt');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const executablePath = override
    ? join(override, relative ?? 'electron')
    : relative
      ? join(packageDir, 'dist', relative)
      : null;
  if (!executablePath || !existsSync(executablePath)) {
    return {
      available: false,
      reason:
        'the Electron runtime is not installed on this machine (it is downloaded on first launch, and could not be ' +
        'here); run `node node_modules/electron/install.js` where the network allows it',
    };
  }
  return { available: true, executablePath };
}
