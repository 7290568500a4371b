import {
  BRIDGE_GLOBAL,
  contract,
  createClient,
  type Contract,
  type ContractClient,
  type PreloadBridge,
} from '../../../shared/contract/index';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { takeTokenFromLocation } from './token';

export type AppClient = ContractClient<Contract>;

/** The rest of the renderer never learns which transport it got. */
export function createAppClient(win: Window = window): AppClient {
  const bridge = (win as unknown as Record<string, PreloadBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return createClient(contract, createIpcTransport(bridge));
  const token = takeTokenFromLocation(win.location, win.history, win.sessionStorage);
  return createClient(contract, createHttpTransport(new URL('./', win.location.href).href, token));
}
