// Pure graph edits on a Journey: (journey, args) → journey, never mutating the input and returning
// the same object when nothing changes. Store actions call these; the canvas only renders.

export { GraphRuleError } from './graph-rule-error';
export type { NewId } from './new-id';
export type { ById } from './id-lookup';
export { indexById, edgesTouching, edgesWithin } from './selection';
export {
  checkConnection,
  ConnectionRules,
  stepName,
  type Connection,
  type ConnectionCheck,
  type ConnectionRule,
} from './connection-rules';
export { connectNodes, replaceConnection } from './connect';
export { addNode, insertNodeOnEdge, type InsertNodeOnEdgeArgs } from './add-node';
export { deleteElements, reconnectsByDefault, type DeleteElementsArgs, type DeleteSelection } from './delete-elements';
export {
  ClipboardPayloadSchema,
  CLIPBOARD_FORMAT,
  CLIPBOARD_VERSION,
  DEFAULT_PASTE_OFFSET,
  copySelection,
  parseClipboardText,
  pasteClipboard,
  duplicateElements,
  type ClipboardPayload,
  type ClipboardSelection,
  type PasteOptions,
  type PastePlacement,
  type PasteResult,
} from './clipboard';
export { addNote, updateNote, type NotePatch } from './notes';
export { updateNode } from './update-node';
export { moveNodes, moveNotes, snapToGrid, type PositionsById } from './move';
export {
  autoLayout,
  DEFAULT_NODE_SIZE,
  type AutoLayoutOptions,
  type LayoutDirection,
  type LayoutSpacing,
} from './layout';
