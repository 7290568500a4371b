import {
  CHANNELS,
  NODE_GROUPS,
  NODE_KIND_DEFINITIONS,
  type AnyNodeKindDefinition,
  type NodeGroup,
  type NodeKind,
} from '../../../../shared/model/index';
import type { PaletteItem } from '../canvas/drag-data';

export interface PaletteGroup {
  id: NodeGroup;
  title: string;
  items: PaletteItem[];
}

const AUDIENCES: { type: NonNullable<PaletteItem['audience']>; label: string }[] = [
  { type: 'all', label: 'All contacts' },
  { type: 'list', label: 'Contact list' },
  { type: 'filter', label: 'Filtered contacts' },
  { type: 'customEvent', label: 'Custom event' },
  { type: 'orderEvent', label: 'Order event' },
];

const GROUP_TITLES: Readonly<Record<NodeGroup, string>> = {
  entry: 'Entry',
  message: 'Messages',
  flow: 'Flow control',
  exit: 'Exit',
};

/** What the palette offers of a kind: an entry once per audience, a message once per channel, any other kind once. */
function itemsOf(definition: AnyNodeKindDefinition): PaletteItem[] {
  // The palette only ever hands an item back to the model, which knows every kind it was built from.
  const kind = definition.kind as NodeKind;
  if (kind === 'entry') return AUDIENCES.map(({ type, label }) => ({ kind, audience: type, label }));
  if (kind === 'message') return CHANNELS.map(({ id, label }) => ({ kind, channel: id, label }));
  return [{ kind, label: definition.label }];
}

/**
 * Built from the model's kind registry, in its order within each group, so a new kind of any group
 * shows up here without touching this file. `definitions` is for tests.
 */
export function paletteGroups(definitions: readonly AnyNodeKindDefinition[] = NODE_KIND_DEFINITIONS): PaletteGroup[] {
  return NODE_GROUPS.map((group) => ({
    id: group,
    title: GROUP_TITLES[group],
    items: definitions.filter((definition) => definition.group === group).flatMap(itemsOf),
  }));
}
