// Types for what tests import from after-pack.mjs.
import type { FuseV1Config } from '@electron/fuses';

export interface AfterPackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName: string };
}
export function fuseConfig(platform: string): FuseV1Config;
export function electronBinaryPath(context: AfterPackContext): string;
export default function afterPack(context: AfterPackContext): Promise<void>;
