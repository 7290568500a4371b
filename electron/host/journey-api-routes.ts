import { JOURNEY_API_OPERATIONS, type JourneyApiOperation } from '../../shared/api-v1/journeys';
import { Problem } from './events-api';

interface CompiledRoute {
  pattern: RegExp;
  names: string[];
  operations: JourneyApiOperation[];
}

/** Each path of the contract once, as a pattern whose groups are its {parameters}. */
const ROUTES: CompiledRoute[] = [];
for (const operation of JOURNEY_API_OPERATIONS) {
  let route = ROUTES.find((candidate) => candidate.operations[0]!.path === operation.path);
  if (route === undefined) {
    const names = [...operation.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    const source = operation.path.replace(/\{\w+\}/g, '([^/]+)');
    route = { pattern: new RegExp(`^${source}$`), names, operations: [] };
    ROUTES.push(route);
  }
  route.operations.push(operation);
}

export interface RouteMatch {
  operation: JourneyApiOperation;
  params: Record<string, string>;
}

/**
 * The contract's operation for a request, from the same list the OpenAPI document is made of: 404
 * for a path the API does not have, 405 (with Allow) for a method it does not take there. A path
 * both a literal and a parameter match (sends/list, sends/{sendId}) is the literal's when the
 * literal takes the method.
 */
export function matchRoute(method: string, path: string): RouteMatch {
  const wanted = method.toLowerCase();
  const allowed = new Set<string>();
  for (const route of ROUTES) {
    const match = route.pattern.exec(path);
    if (match === null) continue;
    const operation = route.operations.find((candidate) => candidate.method === wanted);
    if (operation === undefined) {
      for (const candidate of route.operations) allowed.add(candidate.method.toUpperCase());
      continue;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(route.names.map((name, index) => [name, decodeURIComponent(match[index + 1]!)]));
    } catch {
      throw new Problem(404, 'not-found', 'No such endpoint', `The path ${path.slice(0, 200)} is not well encoded.`);
    }
    return { operation, params };
  }
  if (allowed.size === 0)
    throw new Problem(404, 'not-found', 'No such endpoint', `There is no endpoint at ${path.slice(0, 200)}.`);
  const allow = [...allowed].join(', ');
  throw new Problem(405, 'method-not-allowed', `Use ${allow}`, `${path.slice(0, 200)} accepts ${allow} only.`, [], {
    Allow: allow,
  });
}
