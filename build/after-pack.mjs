// electron-builder's afterPack hook: sets the Electron fuses of the packaged binary before it is
// signed, so the shipped app cannot be turned into a general-purpose Node runtime or debugger.
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

/**
 * Every fuse is set explicitly (strictlyRequireAllFuses), so an Electron upgrade that adds one
 * fails the packaging until someone decides what it should be.
 */
export function fuseConfig(platform) {
  return {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Flipping fuses breaks the ad-hoc signature of an Apple Silicon binary; it is redone here
    // and replaced by the real signature when one is configured.
    resetAdHocDarwinSignature: platform === 'darwin',
    // ELECTRON_RUN_AS_NODE would make the signed app a node binary that runs any script.
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableCookieEncryption]: true,
    // NODE_OPTIONS (--require) and --inspect would let anyone who can start the app inject code.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // The app code is read only from app.asar, whose hash is checked against the one embedded
    // at packaging (macOS and Windows; Linux has no integrity check to turn on).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
    // The interface is served from app://, so file:// pages need none of their old privileges.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    [FuseV1Options.WasmTrapHandlers]: true,
  };
}

/** The file holding the fuse wire: the .app bundle on macOS, the executable elsewhere. */
export function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const productFilename = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas')
    return path.join(appOutDir, `${productFilename}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${productFilename}.exe`);
  return path.join(appOutDir, packager.executableName);
}

export default async function afterPack(context) {
  await flipFuses(electronBinaryPath(context), fuseConfig(context.electronPlatformName));
}
