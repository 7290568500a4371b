import { addNode } from '../graph/add-node';
import { connectNodes } from '../graph/connect';
import { GraphRuleError } from '../graph/graph-rule-error';
import { DEFAULT_NODE_SIZE } from '../graph/layout';
import type { NewId } from '../graph/new-id';
import { createNode, outputsOf, type Journey, type JourneyNode } from '../model/index';
import type { Diagnostic } from './diagnostic';
import { normalisePercentages } from './normalise-percentages';
import { handleOfOutputPath } from './output-path';

/** Room between a step and the exit a fix adds beside it, as the canvas would lay them out. */
const GAP_X = 80;
const GAP_Y = 64;

/**
 * Ids for what a fix adds when the caller gives no NewId: derived from the step they hang off
 * ("wait-1-exit", "wait-1-exit-2", …), so the same fix on the same journey gives the same result.
 */
function derivedIds(journey: Journey, base: string): NewId {
  const taken = new Set<string>([...journey.nodes.map((node) => node.id), ...journey.edges.map((edge) => edge.id)]);
  return (kind) => {
    const stem = `${base}-${kind === 'node' ? 'exit' : 'exit-edge'}`;
    let id = stem;
    for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
    taken.add(id);
    return id;
  };
}

function nodeOf(journey: Journey, diagnostic: Diagnostic): JourneyNode | undefined {
  return diagnostic.nodeId === undefined ? undefined : journey.nodes.find((node) => node.id === diagnostic.nodeId);
}

/** A new exit step beside `node`, level with the output it hangs off, connected to that output. */
function withExitOn(
  journey: Journey,
  node: JourneyNode,
  handle: string,
  label: string | undefined,
  newId: NewId | undefined,
): Journey | null {
  const outputIndex = outputsOf(node).findIndex((output) => output.id === handle);
  if (outputIndex === -1) return null;
  if (journey.edges.some((edge) => edge.source === node.id && edge.sourceHandle === handle)) return null;
  const ids = newId ?? derivedIds(journey, `${node.id}-${handle}`);
  const exit = createNode('exit', {
    id: ids('node'),
    position: {
      x: node.position.x + DEFAULT_NODE_SIZE.width + GAP_X,
      y: node.position.y + outputIndex * (DEFAULT_NODE_SIZE.height + GAP_Y),
    },
    ...(label === undefined ? {} : { label }),
  });
  try {
    return connectNodes(
      addNode(journey, exit),
      { source: node.id, sourceHandle: handle, target: exit.id },
      ids('edge'),
    );
  } catch (error) {
    // The rules refused after all (the journey changed since it was checked): the fix no longer applies.
    if (error instanceof GraphRuleError) return null;
    throw error;
  }
}

function normaliseSplit(journey: Journey, diagnostic: Diagnostic): Journey | null {
  const node = nodeOf(journey, diagnostic);
  if (node?.kind !== 'randomSplit' || node.config.branches.length < 2) return null;
  const { branches } = node.config;
  const percents = normalisePercentages(branches.map((branch) => branch.percent));
  if (percents.every((percent, index) => percent === branches[index]!.percent)) return null;
  const updated: JourneyNode = {
    ...node,
    config: {
      ...node.config,
      branches: branches.map((branch, index) => ({ ...branch, percent: percents[index] ?? 0 })),
    },
  };
  return { ...journey, nodes: journey.nodes.map((candidate) => (candidate === node ? updated : candidate)) };
}

function removeEdge(journey: Journey, diagnostic: Diagnostic): Journey | null {
  const { edgeId } = diagnostic;
  if (edgeId === undefined || !journey.edges.some((edge) => edge.id === edgeId)) return null;
  return { ...journey, edges: journey.edges.filter((edge) => edge.id !== edgeId) };
}

/**
 * The journey with a diagnostic's quick fix applied, or null when it has none that can be applied
 * here: "createTemplate" needs the template service, "openField" the inspector (it opens the
 * field the diagnostic's path names, for a value only the user can give) and "openChannelSettings"
 * the settings page (the channel's provider), so the caller does them; and a fix whose step,
 * output or edge is gone, or that is already done, no longer applies. Pure: the input is left
 * untouched. `newId` names any step and connection a fix adds; by default they get ids derived
 * from the step they hang off.
 */
export function applyQuickFix(journey: Journey, diagnostic: Diagnostic, newId?: NewId): Journey | null {
  switch (diagnostic.fix?.kind) {
    case 'normalisePercentages':
      return normaliseSplit(journey, diagnostic);
    case 'addTimeoutExit': {
      const node = nodeOf(journey, diagnostic);
      return node?.kind === 'waitForEvent' ? withExitOn(journey, node, 'timeout', 'Timed out', newId) : null;
    }
    case 'addExit': {
      const node = nodeOf(journey, diagnostic);
      const handle = handleOfOutputPath(diagnostic.path);
      return node === undefined || handle === null ? null : withExitOn(journey, node, handle, undefined, newId);
    }
    case 'removeEdge':
      return removeEdge(journey, diagnostic);
    case 'createTemplate':
    case 'openField':
    case 'openChannelSettings':
    case undefined:
      return null;
  }
}
