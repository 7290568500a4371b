import { contract, parseEvent, type Contract, type ContractSpec, type EventPayload } from '../../shared/contract/index';

type EventName = keyof Contract['events'] & string;
type Listener = (event: string, payload: unknown) => void;

/** An event the contract does not allow: a bug on this side, refused before any window sees it. */
export class EventPayloadError extends Error {
  override readonly name = 'EventPayloadError';
}

/** Fan-out of contract events to every connected window or browser tab. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  constructor(private readonly spec: ContractSpec = contract) {}

  /** Parses the payload against the event's schema first; a bad one throws and reaches no one. */
  emit<E extends EventName>(event: E, payload: EventPayload<Contract, E>): void {
    const parsed = parseEvent(this.spec, event, payload);
    if (!parsed.ok) throw new EventPayloadError(parsed.message);
    for (const listener of this.listeners) {
      try {
        listener(event, parsed.payload);
      } catch {
        // One broken subscriber (a closed window, a dropped connection) must not stop the others.
      }
    }
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
