import { randomUUID } from 'node:crypto';
import { contract, createDispatcher, type Contract, type ContractImpl, type Dispatcher } from '../../shared/contract/index';
import { CURRENT_SCHEMA_VERSION } from '../../shared/model/index';
import type { ServiceContext } from './context';
import { EventBus } from './event-bus';
import type { NativeDialogs } from './ports/native-dialogs';
import { createJourneysService } from './journeys-service';
import { openStore } from './store/store';
import { createTemplatesService } from './templates-service';

export function createServices(ctx: ServiceContext): ContractImpl<Contract> {
  return {
    app: {
      info: () => ({
        name: 'Journey Studio',
        version: ctx.appVersion,
        host: ctx.host,
        dataDir: ctx.dataDir,
        journeySchemaVersion: CURRENT_SCHEMA_VERSION,
        databaseVersion: ctx.store.version(),
        nativeDialogs: ctx.dialogs !== null,
      }),
    },
    journeys: createJourneysService(ctx),
    templates: createTemplatesService(ctx),
    settings: {
      getAll: () => ctx.store.settings.all(),
      set: ({ key, value }) => {
        ctx.store.settings.set(key, value);
        return { ok: true as const };
      },
    },
  };
}

export interface AppCore {
  context: ServiceContext;
  dispatcher: Dispatcher;
  events: EventBus;
  close(): void;
}

export interface StartCoreOptions {
  dataDir: string;
  host: ServiceContext['host'];
  appVersion: string;
  dialogs?: NativeDialogs;
  onInternalError?: (error: unknown, where: string) => void;
}

/** Opens the store and wires every service behind one dispatcher: what both hosts start with. */
export function startCore(options: StartCoreOptions): AppCore {
  const events = new EventBus();
  const store = openStore(options.dataDir);
  const context: ServiceContext = {
    store,
    events,
    now: () => new Date(),
    newId: randomUUID,
    host: options.host,
    dataDir: options.dataDir,
    appVersion: options.appVersion,
    dialogs: options.dialogs ?? null,
  };
  const dispatcher = createDispatcher(contract, createServices(context), { onInternalError: options.onInternalError });
  return { context, dispatcher, events, close: () => store.close() };
}
