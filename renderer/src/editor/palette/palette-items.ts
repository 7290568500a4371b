import { CHANNELS, nodeKinds, type NodeGroup } from '../../../../shared/model/index';
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

/** Built from the model's kind registry, so a new kind shows up here without touching this file. */
export function paletteGroups(): PaletteGroup[] {
  const flow = Object.values(nodeKinds).filter((definition) => definition.group === 'flow');
  const exits = Object.values(nodeKinds).filter((definition) => definition.group === 'exit');
  return [
    {
      id: 'entry',
      title: 'Entry',
      items: AUDIENCES.map(({ type, label }) => ({ kind: 'entry', audience: type, label })),
    },
    {
      id: 'message',
      title: 'Messages',
      items: CHANNELS.map(({ id, label }) => ({ kind: 'message', channel: id, label })),
    },
    {
      id: 'flow',
      title: 'Flow control',
      items: flow.map((definition) => ({ kind: definition.kind, label: definition.label })),
    },
    {
      id: 'exit',
      title: 'Exit',
      items: exits.map((definition) => ({ kind: definition.kind, label: definition.label })),
    },
  ];
}
