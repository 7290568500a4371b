import {
  getNodeKind,
  outputsOf,
  stepDisplayName,
  type Journey,
  type JourneyEdge,
  type JourneyNode,
} from '../model/index';

/** What the canvas asks for when the user drags from an output handle onto a step. */
export interface Connection {
  readonly source: string;
  readonly sourceHandle: string;
  readonly target: string;
}

/** Which rule refused a connection, so the UI can react (offer to replace) without matching sentences. */
export type ConnectionRule =
  | 'missing-source'
  | 'missing-target'
  | 'no-outputs'
  | 'unknown-output'
  | 'into-entry'
  | 'self-loop'
  | 'duplicate'
  | 'output-in-use';

export type ConnectionCheck = { ok: true } | { ok: false; rule: ConnectionRule; reason: string };

const ALLOWED: ConnectionCheck = Object.freeze({ ok: true });

function refuse(rule: ConnectionRule, reason: string): ConnectionCheck {
  return { ok: false, rule, reason };
}

/** How a step is named in messages: its kind's display rule (see stepDisplayName). */
export function stepName(node: JourneyNode): string {
  return stepDisplayName(node);
}

/**
 * The facts the connection rules need, indexed once. Bulk edits (reconnecting after a delete,
 * pasting, generating) check many connections against one index, keeping them O(n) overall;
 * `addEdge` records each accepted edge so later checks see its output as taken.
 */
export class ConnectionRules {
  private readonly nodesById: ReadonlyMap<string, JourneyNode>;
  // source id → output handle id → the edge leaving that output.
  private readonly edgeByOutput = new Map<string, Map<string, JourneyEdge>>();

  constructor(nodes: readonly JourneyNode[], edges: readonly JourneyEdge[]) {
    this.nodesById = new Map(nodes.map((node) => [node.id, node]));
    for (const edge of edges) this.addEdge(edge);
  }

  static of(journey: Pick<Journey, 'nodes' | 'edges'>): ConnectionRules {
    return new ConnectionRules(journey.nodes, journey.edges);
  }

  node(id: string): JourneyNode | undefined {
    return this.nodesById.get(id);
  }

  edgeOn(source: string, sourceHandle: string): JourneyEdge | undefined {
    return this.edgeByOutput.get(source)?.get(sourceHandle);
  }

  addEdge(edge: JourneyEdge): void {
    let outputs = this.edgeByOutput.get(edge.source);
    if (outputs === undefined) {
      outputs = new Map();
      this.edgeByOutput.set(edge.source, outputs);
    }
    // A broken document may hold two edges on one output; the first one is the one that counts.
    if (!outputs.has(edge.sourceHandle)) outputs.set(edge.sourceHandle, edge);
  }

  check({ source, sourceHandle, target }: Connection): ConnectionCheck {
    const from = this.nodesById.get(source);
    if (from === undefined) return refuse('missing-source', 'The step this connection starts from no longer exists.');
    const to = this.nodesById.get(target);
    if (to === undefined) return refuse('missing-target', 'The step this connection leads to no longer exists.');

    const outputs = outputsOf(from);
    if (outputs.length === 0) {
      return refuse('no-outputs', `"${stepName(from)}" ends the journey, so nothing can follow it.`);
    }
    const output = outputs.find((candidate) => candidate.id === sourceHandle);
    if (output === undefined) {
      return refuse('unknown-output', `"${stepName(from)}" has no output called "${sourceHandle}".`);
    }
    if (getNodeKind(to.kind).group === 'entry') {
      return refuse('into-entry', 'Entry steps start a journey; nothing can lead into them.');
    }
    if (source === target) return refuse('self-loop', `"${stepName(from)}" cannot lead into itself.`);

    const existing = this.edgeOn(source, sourceHandle);
    if (existing?.target === target) {
      return refuse(
        'duplicate',
        `The "${output.label}" output of "${stepName(from)}" already leads to "${stepName(to)}".`,
      );
    }
    if (existing !== undefined) {
      return refuse(
        'output-in-use',
        `The "${output.label}" output of "${stepName(from)}" is already connected. ` +
          'Delete that connection first or drop the new one on it to replace it.',
      );
    }
    return ALLOWED;
  }
}

/** Whether the journey's rules allow `connection`; a refusal carries a sentence to show the user. */
export function checkConnection(journey: Journey, connection: Connection): ConnectionCheck {
  return ConnectionRules.of(journey).check(connection);
}
