import { describe, expect, it } from 'vitest';
import { nodeKinds, type NodeKind } from '../../../../shared/model/index';
import type { KindUiRegistry } from '../../../../renderer/src/editor/kinds/kind-ui';
import { kindUis } from '../../../../renderer/src/editor/kinds/registry';
import { nodeTypes } from '../../../../renderer/src/editor/nodes/node-views';

describe('the editor registry of step kinds', () => {
  it('has a view, an icon and a form for exactly the kinds of the model', () => {
    expect(Object.keys(kindUis).sort()).toEqual(Object.keys(nodeKinds).sort());
    for (const [kind, ui] of Object.entries(kindUis)) {
      expect(ui.Icon.displayName, kind).toMatch(/^[A-Z]/);
      expect(typeof ui.Body, kind).toBe('function');
      expect(typeof ui.Form, kind).toBe('function');
    }
  });

  it('draws each kind with its own icon', () => {
    const icons = Object.values(kindUis).map((ui) => ui.Icon);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it('gives the canvas a node type per kind, and one for notes', () => {
    expect(Object.keys(nodeTypes).sort()).toEqual([...Object.keys(nodeKinds), 'stickyNote'].sort());
  });

  it('is refused by the compiler when a kind is missing', () => {
    const { exit: _exit, ...withoutExit } = kindUis;
    // @ts-expect-error -- every NodeKind needs an entry; `npm run typecheck` fails if this compiles.
    const incomplete: KindUiRegistry = withoutExit;
    const kinds: NodeKind[] = Object.keys(incomplete) as NodeKind[];
    expect(kinds).not.toContain('exit');
  });
});
