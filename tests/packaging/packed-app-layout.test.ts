/**
 * Packaging layout, packed against a placeholder Electron runtime: electron-builder packs the built app
 * (out/) with the real configuration and afterPack hook, but copies a stand-in folder instead of the
 * downloaded Electron (its `electronDist` option), so this runs offline. The placeholder "binary" carries
 * only the fuse wire, which lets the test read back what the afterPack hook flipped.
 *
 * Needs the app built first (`npx electron-vite build`); `npm test` runs it right after the build step.
 */
import { extractAll, listPackage } from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { Arch, build, Platform } from 'electron-builder';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStore } from '../../src/main/content/load-store';

const PROJECT = fileURLToPath(new URL('../../', import.meta.url));
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_COUNT = 8;
/** How a fuse wire stores each fuse: the characters '0' and '1'. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;

/** A folder shaped like an unpacked Linux Electron: an `electron` file holding a fuse wire with every fuse on. */
function placeholderRuntime(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'spasm-guide-placeholder-electron-'));
  const wire = Buffer.from([1, FUSE_COUNT, ...Array<number>(FUSE_COUNT).fill(FuseState.ENABLE)]);
  const binary = Buffer.concat([Buffer.from('placeholder, not a real Electron\n'), Buffer.from(FUSE_SENTINEL), wire]);
  writeFileSync(path.join(dir, 'electron'), binary, { mode: 0o755 });
  mkdirSync(path.join(dir, 'resources'));
  return dir;
}

let appDir: string;
let entries: string[];

beforeAll(async () => {
  if (!existsSync(path.join(PROJECT, 'out/main/index.js'))) {
    throw new Error('The app is not built: run `npx electron-vite build` first.');
  }
  const output = mkdtempSync(path.join(tmpdir(), 'spasm-guide-packed-'));
  await build({
    projectDir: PROJECT,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    config: { electronDist: placeholderRuntime(), directories: { output } },
    publish: 'never',
  });
  appDir = path.join(output, 'linux-unpacked');
  entries = listPackage(path.join(appDir, 'resources', 'app.asar'), { isPack: false }).map((entry) =>
    entry.split(path.sep).join('/'),
  );
}, 180_000);

describe('packed app layout (placeholder Electron runtime)', () => {
  it('holds the built main, preload and renderer, and package.json with its entry point', () => {
    for (const file of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html']) {
      expect(entries, file).toContain(file);
    }
    expect(entries.some((entry) => /^\/out\/renderer\/assets\/.+\.js$/.test(entry))).toBe(true);
  });

  it('holds the content store where the main process resolves it, and the store loads from there', async () => {
    const extracted = mkdtempSync(path.join(tmpdir(), 'spasm-guide-asar-'));
    extractAll(path.join(appDir, 'resources', 'app.asar'), extracted);
    const { main } = JSON.parse(readFileSync(path.join(extracted, 'package.json'), 'utf8')) as { main: string };
    expect(main).toBe('out/main/index.js');
    // src/main/paths.ts: the store is '../content/' relative to the bundled main module.
    const storeDir = fileURLToPath(new URL('../content/', new URL(main, pathToFileURL(`${extracted}/`))));
    expect(path.relative(extracted, storeDir)).toBe(path.join('out', 'content'));
    const store = await loadStore(storeDir);
    expect(store.articles.size).toBeGreaterThan(0);
    expect(store.manifest.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('carries the production dependencies the main process imports, and nothing from the source tree', () => {
    for (const dependency of ['flexsearch', 'zod']) {
      expect(entries, dependency).toContain(`/node_modules/${dependency}`);
    }
    const unwanted =
      /^\/(src|tests|resources|scripts|build|dist|test-results)\/|^\/node_modules\/(electron|vitest|typescript|svelte|@playwright)\//;
    expect(entries.filter((entry) => unwanted.test(`${entry}/`))).toEqual([]);
  });

  it('flips the fuses in the packed binary (afterPack hook)', async () => {
    const wire = (await getCurrentFuseWire(path.join(appDir, 'spasm-guide'))) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Untouched fuses keep the runtime's value.
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
  });
});
