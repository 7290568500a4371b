import { closestPathIndex, markedPathOf, NODE_ID_ATTRIBUTE, PATH_ATTRIBUTE, PATH_ROOT_ATTRIBUTE } from './field-paths';
import { parseJsonPath } from './json-path';

const CONTROLS = 'input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled])';
const BUTTONS = 'button:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])';

export type FieldScope = { kind: 'node'; nodeId: string } | { kind: 'journey' };

function rootsFor(scope: FieldScope, document: Document): Element[] {
  if (scope.kind === 'journey') return [...document.querySelectorAll(`[${PATH_ROOT_ATTRIBUTE}="journey"]`)];
  return [...document.querySelectorAll(`[${PATH_ROOT_ATTRIBUTE}="node"]`)].filter(
    (root) => root.getAttribute(NODE_ID_ATTRIBUTE) === scope.nodeId,
  );
}

function focusableIn(element: Element): HTMLElement | null {
  if (element.matches(CONTROLS) || element.matches(BUTTONS)) return element as HTMLElement;
  return element.querySelector<HTMLElement>(CONTROLS) ?? element.querySelector<HTMLElement>(BUTTONS);
}

/**
 * Finds the control for a field path (relative to its step, or to the journey) among the marked
 * inspector fields and focuses it. Returns whether something was focused: false while the form
 * is not on screen yet, or when the path names nothing the form shows.
 */
export function focusField(scope: FieldScope, field: string, document: Document = globalThis.document): boolean {
  const target = parseJsonPath(field);
  if (!target || target.length === 0) return false;
  for (const root of rootsFor(scope, document)) {
    const marked = [
      ...(root.matches(`[${PATH_ATTRIBUTE}]`) ? [root] : []),
      ...root.querySelectorAll(`[${PATH_ATTRIBUTE}]`),
    ];
    const index = closestPathIndex(
      marked.map((element) => markedPathOf(element, root)),
      target,
    );
    const control = index === -1 ? null : focusableIn(marked[index]!);
    if (!control) continue;
    control.scrollIntoView({ block: 'nearest' });
    control.focus();
    return true;
  }
  return false;
}

/** Whether the scope's form is rendered: a step's inspector appears a render after it is selected. */
export function fieldScopeReady(scope: FieldScope, document: Document = globalThis.document): boolean {
  return rootsFor(scope, document).length > 0;
}

/**
 * Focuses the field once its form is on screen, trying for a few frames. Returns a cancel
 * function for when another problem is picked meanwhile.
 */
export function focusFieldWhenReady(scope: FieldScope, field: string, frames = 30): () => void {
  let handle = 0;
  let left = frames;
  const attempt = () => {
    if (fieldScopeReady(scope)) {
      focusField(scope, field);
      return;
    }
    left -= 1;
    if (left > 0) handle = requestAnimationFrame(attempt);
  };
  handle = requestAnimationFrame(attempt);
  return () => cancelAnimationFrame(handle);
}
