import { MESSAGE_EVENTS } from '../../../shared/journey/message-events';

export { MESSAGE_EVENTS };

export type MessageEventKind = keyof typeof MESSAGE_EVENTS;

export function isMessageEventName(name: string): boolean {
  return Object.values(MESSAGE_EVENTS).includes(name as (typeof MESSAGE_EVENTS)[MessageEventKind]);
}
