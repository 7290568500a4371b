import { contract, createClient, type Contract, type ContractClient } from '../../../shared/contract/index';
import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import { pageHost } from './page-host';
import { takeTokenFromLocation } from './token';

export type AppClient = ContractClient<Contract>;

/** The rest of the renderer never learns which transport it got; it reads client.host where it matters. */
export function createAppClient(win: Window = window): AppClient {
  const host = pageHost(win);
  // An event the contract refuses is a bug on the other side: reported, never handed on.
  const options = { onRefusedEvent: (message: string) => console.error(`[journey-studio] ${message}`) };
  if (host.kind === 'electron') return createClient(contract, createIpcTransport(host.bridge), options);
  const token = takeTokenFromLocation(win.location, win.history, win.sessionStorage);
  return createClient(contract, createHttpTransport(new URL('./', win.location.href).href, token), options);
}
