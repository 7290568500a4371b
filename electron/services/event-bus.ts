import type { Contract, EventPayload } from '../../shared/contract/index';

type EventName = keyof Contract['events'] & string;
type Listener = (event: string, payload: unknown) => void;

/** Fan-out of contract events to every connected window or browser tab. */
export class EventBus {
  private readonly listeners = new Set<Listener>();

  emit<E extends EventName>(event: E, payload: EventPayload<Contract, E>): void {
    for (const listener of this.listeners) {
      try {
        listener(event, payload);
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
