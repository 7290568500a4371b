import type { Audience, Channel, NodeKind } from '../../../../shared/model/index';

/** What a palette item carries while it is dragged onto the canvas. */
export interface PaletteItem {
  kind: NodeKind;
  label: string;
  channel?: Channel;
  audience?: Audience['type'];
}

export const PALETTE_MIME = 'application/x-journey-studio-step';

export function readPaletteItem(dataTransfer: DataTransfer): PaletteItem | null {
  const text = dataTransfer.getData(PALETTE_MIME);
  if (!text) return null;
  try {
    return JSON.parse(text) as PaletteItem;
  } catch {
    return null;
  }
}

/** The edge under a screen point, found through the wide invisible path React Flow draws for hits. */
export function edgeIdAtPoint(x: number, y: number, root: Document = document): string | null {
  for (const element of root.elementsFromPoint(x, y)) {
    const edge = element.closest('.react-flow__edge');
    const id = edge?.getAttribute('data-id');
    if (id) return id;
  }
  return null;
}
