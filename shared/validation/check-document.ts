import type { Journey } from '../model/index';
import type { DiagnosticCollector } from './collector';
import { MAX_JOURNEY_NODES, type ValidationContext } from './diagnostic';
import type { JourneyGraph } from './journey-graph';

/** MISSING_NAME, NO_ENTRY, NO_EXIT and TOO_LARGE: facts about the journey as a whole. */
export function checkDocument(
  journey: Journey,
  graph: JourneyGraph,
  context: ValidationContext,
  out: DiagnosticCollector,
): void {
  if (journey.name.trim() === '') {
    out.onName('error', {
      code: 'MISSING_NAME',
      message: 'The journey has no name.',
      hint: 'Give the journey a name that says what it does, e.g. "Welcome series".',
    });
  }
  const stepCount = journey.nodes.length;
  if (graph.entryIndices.length === 0) {
    out.onNodes('error', {
      code: 'NO_ENTRY',
      message:
        stepCount === 0
          ? 'The journey is empty: it has no entry step.'
          : 'The journey has no entry step, so no contact can ever enter it.',
      hint: 'Add an Entry step from the palette and connect it to the first step.',
    });
  }
  if (stepCount > 0 && graph.exitCount === 0) {
    out.onNodes('warning', {
      code: 'NO_EXIT',
      message: 'The journey has no exit step, so it never ends anywhere on purpose.',
      hint: 'Connect the last step of each path to an Exit step.',
    });
  }
  const maxNodes = context.maxNodes ?? MAX_JOURNEY_NODES;
  if (stepCount > maxNodes) {
    out.onNodes('warning', {
      code: 'TOO_LARGE',
      message: `The journey has ${stepCount} steps, more than the ${maxNodes} that stay easy to review.`,
      hint: 'Split it into several smaller journeys.',
    });
  }
}
