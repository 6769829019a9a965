/**
 * The electron-builder configuration is valid, offline: it goes through electron-builder's own loader and
 * schema validation (the step that rejects an unknown key before anything is downloaded or packed).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Configuration } from 'electron-builder';

const require = createRequire(import.meta.url);
// Not part of electron-builder's public exports: the functions its packager calls first.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(projectDir: string): Promise<Configuration>;
  validateConfiguration(config: Configuration, debugLogger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util/out/DebugLogger') as { DebugLogger: new (enabled: boolean) => unknown };

const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
const validate = (config: Configuration) => validateConfiguration(config, new DebugLogger(false));

describe('electron-builder configuration', () => {
  it('loads electron-builder.yml and passes electron-builder’s schema validation', async () => {
    const config = await getConfig(PROJECT);
    await expect(validate(config)).resolves.toBeUndefined();
    expect(config).toMatchObject({
      productName: 'Spasm Guide',
      appId: expect.stringMatching(/^[a-z]+(\.[a-z]+)+$/),
      directories: { buildResources: 'build' },
      afterPack: './build/after-pack.mjs',
    });
  });

  it('is rejected by the same validation when it holds an unknown key (so the check above means something)', async () => {
    const config = await getConfig(PROJECT);
    await expect(validate({ ...config, productname: 'typo' } as Configuration)).rejects.toThrow(/productname/);
    await expect(validate({ ...config, nsis: { ...config.nsis, oneclick: false } } as Configuration)).rejects.toThrow();
  });

  it('packs only the built output and package.json, and targets every installer', async () => {
    const config = await getConfig(PROJECT);
    const files = (config.files as { filter: string[] }[]).flatMap((set) => set.filter);
    expect(files.sort()).toEqual(['out/**', 'package.json']);
    const targets = (platform: 'win' | 'mac' | 'linux') =>
      ((config[platform] as { target: { target: string; arch: string[] }[] }).target ?? []).map(
        (t) => `${t.target}:${t.arch.join('+')}`,
      );
    expect(targets('win')).toEqual(['nsis:x64', 'portable:x64']);
    expect(targets('mac')).toEqual(['dmg:x64+arm64']);
    expect(targets('linux')).toEqual(['AppImage:x64', 'deb:x64']);
  });

  it('names the Linux desktop entry after desktopName, and builds the AppImage with the sandbox-aware launcher', async () => {
    const config = await getConfig(PROJECT);
    const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${PROJECT}`), 'utf8')) as {
      desktopName?: string;
    };
    const linux = config.linux as { executableName: string; syncDesktopName?: boolean };
    expect(pkg.desktopName).toBe(`${linux.executableName}.desktop`);
    expect(linux.syncDesktopName).toBe(true);
    // The legacy toolset ("0.0.0") writes --no-sandbox into the desktop entry for everyone; 1.0.3's launcher
    // adds it only where user namespaces are refused.
    expect(config.toolsets?.appimage).toBe('1.0.3');
  });
});
