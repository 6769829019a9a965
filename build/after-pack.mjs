/**
 * electron-builder afterPack hook: flips Electron's fuses in the packed app. It runs after the asar and its
 * integrity hash are written and before the app is signed, so the signature covers the flipped fuses.
 *
 * For an end-to-end test build of the packed app, set SPASM_E2E_BUILD=1 while packaging: Playwright drives
 * Electron through the Node inspector (--inspect) and Chromium's remote debugging port, so that build keeps
 * the inspect arguments and nothing else. (The end-to-end tests in this repository launch the unpacked app
 * with the stock runtime from node_modules, whose fuses are never flipped.)
 */
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const ARM64 = 3; // electron-builder's Arch.arm64

/** The fuse settings for a release build, or for an end-to-end test build when `forEndToEndTests`. */
export function fuseConfig({ resetAdHocDarwinSignature = false, forEndToEndTests = false } = {}) {
  return {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: forEndToEndTests,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // Checked against the hash electron-builder embeds (Info.plist on macOS, an exe resource on Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // The renderer is served from app://, never file://.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

export async function afterPack(context) {
  const config = fuseConfig({
    // Flipping fuses breaks the ad-hoc signature Apple silicon requires; re-sign ad hoc (a real
    // signature, when configured, is applied after this hook).
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === ARM64,
    forEndToEndTests: process.env.SPASM_E2E_BUILD === '1',
  });
  await context.packager.addElectronFuses(context, config);
}
