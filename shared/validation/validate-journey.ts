import { stepKinds, type StepKindRegistry } from '../kinds/registry';
import type { Journey } from '../model/index';
import { checkCycles } from './check-cycles';
import { checkDocument } from './check-document';
import { CheckEnv } from './check-env';
import { checkEdges, checkFreeOutputs } from './check-connections';
import { checkReachability } from './check-reachability';
import { checkSteps } from './check-steps';
import { DiagnosticCollector } from './collector';
import type { Diagnostic, ValidationContext } from './diagnostic';
import { buildJourneyGraph } from './journey-graph';

function assertUsableContext(context: ValidationContext): void {
  if (context.now !== undefined && Number.isNaN(context.now.getTime())) {
    throw new RangeError('validateJourney was given an invalid date as context.now');
  }
  if (context.maxNodes !== undefined && !(context.maxNodes >= 0)) {
    throw new RangeError(
      `validateJourney was given context.maxNodes = ${context.maxNodes}; expected a number of steps, 0 or more`,
    );
  }
}

/**
 * Every problem of a journey, errors first, then warnings, each in document order (the name, then
 * the steps as a whole, each step, then each connection). Pure and synchronous, and linear in the
 * size of the journey: the graph is indexed once and every check reads the index. Expects a
 * document that parses with JourneySchema; it does not parse it again.
 *
 * Conventions the editor and the quick fixes rely on:
 * - `path` is the field to focus, written as formatIssuePath writes it ("nodes[3].config.url");
 *   a problem with one output of a step names it after the step: "nodes[3].outputs.no" (see
 *   output-path.ts). A connection's problems point at the connection: "edges[5]" with `edgeId`.
 * - Errors make a journey Broken; warnings are worth a look but never block. Warnings are the
 *   things that may be intended or that static reading cannot be sure of: free outputs, a repeated
 *   connection, no exit, plain http, a variable nothing provides, a channel without a provider.
 * - A loop is only an error when contacts can go round it without ever waiting; the check looks
 *   for such loops among the steps that do not wait, so a wait elsewhere in a tangle does not hide one.
 */
export function validateJourney(
  journey: Journey,
  context: ValidationContext = {},
  kinds: StepKindRegistry = stepKinds,
): Diagnostic[] {
  assertUsableContext(context);
  const out = new DiagnosticCollector(journey, kinds);
  const graph = buildJourneyGraph(journey, kinds);
  checkDocument(journey, graph, context, out);
  checkSteps(new CheckEnv(journey, graph, context, out), kinds);
  checkFreeOutputs(journey, graph, out);
  checkReachability(journey, graph, out);
  checkCycles(journey, graph, out, kinds);
  checkEdges(journey, graph, out);
  return out.result();
}
