// The journey document model: the public surface other folders import. Internals (helpers,
// individual schemas) are reachable through their own files when a feature truly needs them.

export { CURRENT_SCHEMA_VERSION } from './schema-version';

export { JourneySchema, SavableJourneySchema, type Journey } from './journey';
export {
  JOURNEY_LIMITS,
  JourneyNameSchema,
  JourneyDescriptionSchema,
  NodeLabelSchema,
  NoteTextSchema,
} from './journey-limits';
export { normaliseDisplayText } from './display-text';
export { JourneyStatusSchema, JOURNEY_STATUSES, type JourneyStatus } from './journey-status';
export { MANUAL_TRANSITIONS, canTransition, canActivate, isLive, transitionLabel } from './lifecycle';
export {
  JourneySettingsSchema,
  defaultJourneySettings,
  PERSONAS,
  MOVEMENT_TYPES,
  RE_ENTRY_MODES,
  type JourneySettings,
} from './journey-settings';
export { JourneyEdgeSchema, type JourneyEdge } from './journey-edge';
export { StickyNoteSchema, NOTE_COLORS, type StickyNote } from './sticky-note';
export { PositionSchema, SizeSchema, type Position, type Size } from './geometry';
export { ChannelSchema, CHANNELS, CHANNEL_IDS, channelLabel, type Channel, type ChannelInfo } from './channel';
export { DurationSchema, DURATION_UNITS, formatDuration, type Duration } from './duration';
export {
  FilterSchema,
  FilterRuleSchema,
  FilterGroupSchema,
  FILTER_OPERATORS,
  describeOperator,
  operatorLabel,
  emptyFilter,
  type Filter,
  type FilterRule,
  type FilterGroup,
  type FilterOperator,
  type FilterValue,
  type FilterCombinator,
} from './filter';

export {
  JourneyNodeSchema,
  outputsOf,
  summaryOf,
  stepDisplayName,
  type JourneyNode,
  type NodeOfKind,
  type NodeConfig,
} from './journey-node';
export {
  nodeKinds,
  getNodeKind,
  isNodeKind,
  NODE_KIND_DEFINITIONS,
  type NodeKind,
  type NodeKindRegistry,
} from './nodes/registry';
export {
  NODE_GROUPS,
  type NodeGroup,
  type NodeOutput,
  type NodeKindDefinition,
  type AnyNodeKindDefinition,
} from './nodes/define-node-kind';
export { createNode, type NewNodeInit } from './create-node';
export { createEmptyJourney, type NewJourneyInit } from './create-journey';

export { migrateJourneyDocument } from './migrate-journey-document';
export { JourneyDocumentError } from './journey-document-error';
export { formatZodIssues, formatIssuePath, type FormattedIssue } from './format-zod-issues';
export { journeyJsonSchema, JOURNEY_JSON_SCHEMA_ID } from './journey-json-schema';

export type { Audience, EntryConfig } from './nodes/entry';
export type { MessageConfig, MessageFallback } from './nodes/message';
export type { ConditionConfig } from './nodes/condition';
export type { WaitForEventConfig } from './nodes/waitForEvent';
export type { RandomSplitConfig, SplitBranch } from './nodes/randomSplit';
export type { RetargetConfig } from './nodes/retarget';
export type { DelayConfig } from './nodes/delay';
export type { WebhookConfig, WebhookHeader } from './nodes/webhook';
export type { UpdateProfileConfig, ProfileUpdate } from './nodes/updateProfile';
export type { ExitConfig } from './nodes/exit';
