import {
  contract,
  createClient,
  type Contract,
  type ContractClient,
  type Transport,
} from '../../../shared/contract/index';
import { createAppTransport } from './app-transport';

export type AppClient = ContractClient<Contract>;

/** The rest of the renderer never learns which transport it got; it reads client.host where it matters. */
export function createAppClient(win: Window = window, transport: Transport = createAppTransport(win)): AppClient {
  // An event the contract refuses is a bug on the other side: reported, never handed on.
  const options = { onRefusedEvent: (message: string) => console.error(`[journey-studio] ${message}`) };
  return createClient(contract, transport, options);
}
