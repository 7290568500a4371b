import {
  ApiError,
  type ActivationImpact,
  type ApiIssue,
  type RunMove,
  type StepImpact,
} from '../../../shared/contract/index';
import { canMoveTo, stepFates, type StepFate } from '../../../shared/journey/live-edit-impact';
import type { Journey } from '../../../shared/model/index';
import type { ServiceContext } from '../context';
import type { StepMove } from '../engine/move-runs';
import type { StoredJourney } from '../store/journeys-repository';

/** Frozen version documents by number, each read once per call. */
export function versionReader(ctx: ServiceContext, journeyId: string) {
  const read = new Map<number, Journey | undefined>();
  return (version: number): Journey | undefined => {
    if (!read.has(version)) read.set(version, ctx.store.versions.find(journeyId, version)?.journey);
    return read.get(version);
  };
}

/**
 * Who is waiting where, against the document about to become the new version: contacts in flight
 * per step of every version still running, and what that document does to each of those steps.
 */
export function activationImpact(ctx: ServiceContext, stored: StoredJourney): ActivationImpact {
  const draft = stored.journey;
  const journeyId = draft.id;
  const versionOf = versionReader(ctx, journeyId);
  const fates = new Map<number, Map<string, StepFate>>();
  const steps: StepImpact[] = [];
  for (const row of ctx.engineStore.inFlightBySteps(journeyId)) {
    const before = versionOf(row.version);
    const node = before?.nodes.find((candidate) => candidate.id === row.nodeId);
    if (before === undefined || node === undefined) continue;
    if (!fates.has(row.version)) fates.set(row.version, stepFates(before, draft));
    const fate = fates.get(row.version)!.get(row.nodeId)!;
    steps.push({
      version: row.version,
      nodeId: node.id,
      label: node.label,
      kind: node.kind,
      inFlight: row.count,
      ...fate,
    });
  }
  // Newest version first, then each version's steps in the order it lists them.
  const order = (step: StepImpact) => versionOf(step.version)!.nodes.findIndex((node) => node.id === step.nodeId);
  steps.sort((a, b) => b.version - a.version || order(a) - order(b));
  return {
    liveVersion: stored.liveVersion,
    newVersion: (ctx.store.versions.listings(journeyId)[0]?.version ?? 0) + 1,
    steps,
    targets: draft.nodes.filter(canMoveTo).map((node) => ({ nodeId: node.id, label: node.label, kind: node.kind })),
  };
}

/** The moves asked for, checked against the versions that run and the new document; BAD_INPUT naming each one at fault. */
export function checkedMoves(ctx: ServiceContext, draft: Journey, moves: readonly RunMove[]): StepMove[] {
  const versionOf = versionReader(ctx, draft.id);
  const targets = new Map(draft.nodes.map((node) => [node.id, node]));
  const issues: ApiIssue[] = [];
  const seen = new Set<string>();
  moves.forEach((move, index) => {
    const path = `moves[${index}]`;
    const before = versionOf(move.version);
    const key = `${move.version}\u0000${move.nodeId}`;
    if (before === undefined)
      issues.push({ path: `${path}.version`, message: `The journey has no version ${move.version}` });
    else if (!before.nodes.some((node) => node.id === move.nodeId))
      issues.push({ path: `${path}.nodeId`, message: `Version ${move.version} has no step "${move.nodeId}"` });
    else if (seen.has(key))
      issues.push({
        path: `${path}.nodeId`,
        message: `Step "${move.nodeId}" of version ${move.version} is moved twice`,
      });
    seen.add(key);
    const target = targets.get(move.to);
    if (target === undefined) issues.push({ path: `${path}.to`, message: `The new version has no step "${move.to}"` });
    else if (!canMoveTo(target))
      issues.push({
        path: `${path}.to`,
        message: `"${target.label}" is an entry: contacts in flight cannot be moved to one`,
      });
  });
  if (issues.length > 0) {
    throw new ApiError(
      'BAD_INPUT',
      `Contacts cannot be moved as asked: ${issues[0]!.path}: ${issues[0]!.message}.`,
      issues,
    );
  }
  return moves.map((move) => ({ fromVersion: move.version, fromNodeId: move.nodeId, toNodeId: move.to }));
}
