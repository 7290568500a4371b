import type { Channel } from '../../model/channel';
import type { JourneyEdge } from '../../model/journey-edge';
import type { JourneyNode } from '../../model/journey-node';
import type { JourneySettings } from '../../model/journey-settings';

/** A template a preset copies into the library; `key` is how the preset's steps name it. */
export interface PresetTemplate {
  key: string;
  channel: Channel;
  name: string;
  language: string;
  content: Record<string, unknown>;
}

export interface PresetCardLink {
  channel: Channel;
  /** The key of one of the preset's templates. */
  template: string;
}

export interface PresetCard {
  packageId: string;
  eventKey: string;
  primary: PresetCardLink;
  fallbacks: PresetCardLink[];
}

interface PresetBase {
  id: string;
  name: string;
  description: string;
  /** Every channel its messages use, primary channels first. */
  channels: Channel[];
  templates: PresetTemplate[];
}

/** An order-lifecycle journey of event cards: it opens in the wizard's configure step. */
export interface CardPreset extends PresetBase {
  kind: 'cards';
  primaryChannel: Channel;
  persona: JourneySettings['persona'];
  movementType: JourneySettings['movementType'];
  cards: PresetCard[];
}

/** A free-form journey: it opens on the canvas. `graph` names templates by key. */
export interface CanvasPreset extends PresetBase {
  kind: 'canvas';
  settings?: Partial<JourneySettings>;
  graph(templateId: (key: string) => string): { nodes: JourneyNode[]; edges: JourneyEdge[] };
}

export type QuickPreset = CardPreset | CanvasPreset;
