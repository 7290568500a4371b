import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../../../shared/model/index';
import type { NodeView } from './define-node-view';
import { conditionView } from './kinds/condition';
import { delayView } from './kinds/delay';
import { entryView } from './kinds/entry';
import { exitView } from './kinds/exit';
import { messageView } from './kinds/message';
import { randomSplitView } from './kinds/randomSplit';
import { retargetView } from './kinds/retarget';
import { updateProfileView } from './kinds/updateProfile';
import { waitForEventView } from './kinds/waitForEvent';
import { webhookView } from './kinds/webhook';
import { StickyNoteView } from './StickyNoteView';

/** Every kind needs a view: the Record type makes a new kind without one a compile error. */
export const nodeViews: { [K in NodeKind]: NodeView<K> & { Component: NodeTypes[string] } } = {
  entry: entryView,
  message: messageView,
  condition: conditionView,
  waitForEvent: waitForEventView,
  randomSplit: randomSplitView,
  retarget: retargetView,
  delay: delayView,
  webhook: webhookView,
  updateProfile: updateProfileView,
  exit: exitView,
};

/** Module-level so React Flow never sees a new object (which would remount every node). */
export const nodeTypes: NodeTypes = {
  ...Object.fromEntries(Object.entries(nodeViews).map(([kind, view]) => [kind, view.Component])),
  stickyNote: StickyNoteView,
};
