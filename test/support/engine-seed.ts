import { blankContact } from '../../shared/audience/index';
import { createNode, type JourneyNode } from '../../shared/model/index';
import type { Store } from '../../electron/services/store/store';

/** A step of `kind` with its defaults, the given settings laid over them, placed at the origin. */
export function seededStep(id: string, kind: JourneyNode['kind'], config: Record<string, unknown> = {}): JourneyNode {
  const made = createNode(kind, { id, position: { x: 0, y: 0 } });
  return { ...made, config: { ...made.config, ...config } } as JourneyNode;
}

/** The connection from `source`'s output `sourceHandle` to `target`, with an id naming that output. */
export function seededLink(source: string, sourceHandle: string, target: string) {
  return { id: `${source}-${sourceHandle}`, source, sourceHandle, target };
}

/**
 * `count` contacts reachable by SMS only, in one transaction: ids `c` + the index padded to
 * `digits`, phones in a Spanish range, and what `extra` adds per index (a language, say).
 */
export function putSmsContacts(
  store: Store,
  count: number,
  digits: number,
  extra: (index: number) => { language?: string | null } = () => ({}),
): void {
  store.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      store.contacts.put({
        ...blankContact('2026-01-01T00:00:00.000Z'),
        customerId: `c${String(i).padStart(digits, '0')}`,
        phone: `+3460${String(i).padStart(7, '0')}`,
        ...extra(i),
      });
    }
  });
}
