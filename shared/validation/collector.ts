import { formatIssuePath } from '../model/format-zod-issues';
import type { Journey, NodeOutput } from '../model/index';
import type { StepKindRegistry } from '../kinds/registry';
import type { AnyStep } from '../kinds/step-kind';
import type { Diagnostic, DiagnosticCode, QuickFix, Severity } from './diagnostic';

/** A path below one node, e.g. ['config', 'branches', 1, 'percent']. */
export type NodeFieldPath = readonly (string | number)[];

export interface Finding {
  code: DiagnosticCode;
  message: string;
  hint: string;
  fix?: QuickFix;
}

interface Entry {
  /** Position in the document: the name, then the nodes array itself, then each node, then each edge. */
  order: number;
  diagnostic: Diagnostic;
}

const NAME_ORDER = 0;
const NODES_ORDER = 1;
const FIRST_NODE_ORDER = 2;

/**
 * Gathers diagnostics from the checks, which run in several passes (per node, per edge, over the
 * graph), and hands them back errors first, each group in document order. Paths and step names
 * are built only here, when something is reported, so a clean step costs nothing.
 */
export class DiagnosticCollector {
  private readonly errors: Entry[] = [];
  private readonly warnings: Entry[] = [];

  constructor(
    private readonly journey: Journey,
    private readonly kinds: StepKindRegistry,
  ) {}

  /** The step as messages name it, quoted: its kind's display rule (its label, or the kind's label while it has none). */
  named(node: AnyStep): string {
    return `"${this.kinds.of(node).displayName(node)}"`;
  }

  /** The outputs of a step, from its kind. */
  outputsOf(node: AnyStep): readonly NodeOutput[] {
    return this.kinds.of(node).outputs(node.config);
  }

  onName(severity: Severity, finding: Finding): void {
    this.add(severity, NAME_ORDER, finding, { path: 'name' });
  }

  onNodes(severity: Severity, finding: Finding): void {
    this.add(severity, NODES_ORDER, finding, { path: 'nodes' });
  }

  onNode(severity: Severity, index: number, finding: Finding, field: NodeFieldPath = []): void {
    const node = this.journey.nodes[index];
    if (node === undefined) return;
    this.add(severity, FIRST_NODE_ORDER + index, finding, {
      nodeId: node.id,
      path: formatIssuePath(['nodes', index, ...field]),
    });
  }

  onEdge(severity: Severity, index: number, finding: Finding): void {
    const edge = this.journey.edges[index];
    if (edge === undefined) return;
    this.add(severity, FIRST_NODE_ORDER + this.journey.nodes.length + index, finding, {
      edgeId: edge.id,
      path: formatIssuePath(['edges', index]),
    });
  }

  /** Errors first, then warnings; each group by position in the document, then in the order reported. */
  result(): Diagnostic[] {
    // Array.prototype.sort is stable, so findings on the same element keep the order they were reported in.
    const byOrder = (a: Entry, b: Entry) => a.order - b.order;
    return [...this.errors.sort(byOrder), ...this.warnings.sort(byOrder)].map((entry) => entry.diagnostic);
  }

  private add(
    severity: Severity,
    order: number,
    { code, message, hint, fix }: Finding,
    where: { nodeId?: string; edgeId?: string; path: string },
  ): void {
    const diagnostic: Diagnostic = { severity, code, message, hint, ...where };
    if (fix !== undefined) diagnostic.fix = fix;
    (severity === 'error' ? this.errors : this.warnings).push({ order, diagnostic });
  }
}
