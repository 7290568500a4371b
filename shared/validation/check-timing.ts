import { formatDuration, type Duration } from '../model/duration';
import type { NodeOfKind } from '../model/index';
import type { CheckEnv } from './check-env';
import { delayDateInstant, isTimeOfDay } from './delay-time';

function isPositive(duration: Duration): boolean {
  return Number.isFinite(duration.amount) && duration.amount > 0;
}

function shown(duration: Duration): string {
  return Number.isFinite(duration.amount) ? formatDuration(duration) : `${String(duration.amount)} ${duration.unit}`;
}

/** INVALID_DELAY for a delay that would not wait for a real, future moment or a positive duration. */
export function checkDelay(env: CheckEnv, index: number, node: NodeOfKind<'delay'>): void {
  const { out, context } = env;
  const { config } = node;
  switch (config.mode) {
    case 'duration':
      if (!isPositive(config.duration)) {
        out.onNode(
          'error',
          index,
          {
            code: 'INVALID_DELAY',
            message: `${out.named(node)} waits for ${shown(config.duration)}; a delay must be longer than zero.`,
            hint: 'Enter a duration of at least 1 minute.',
          },
          ['config', 'duration', 'amount'],
        );
      }
      return;
    case 'timeOfDay':
      if (config.time === '' || !isTimeOfDay(config.time)) {
        out.onNode(
          'error',
          index,
          config.time === ''
            ? {
                code: 'INVALID_DELAY',
                message: `${out.named(node)} waits until a time of day, but no time is set.`,
                hint: 'Choose a time such as 09:00.',
              }
            : {
                code: 'INVALID_DELAY',
                message: `${out.named(node)} waits until "${config.time}", which is not a time of day.`,
                hint: 'Enter a 24-hour time as HH:MM, e.g. 09:00.',
              },
          ['config', 'time'],
        );
      }
      return;
    case 'date': {
      if (config.date === '') {
        out.onNode(
          'error',
          index,
          {
            code: 'INVALID_DELAY',
            message: `${out.named(node)} waits until a date, but no date is set.`,
            hint: 'Choose the date and time to wait until.',
          },
          ['config', 'date'],
        );
        return;
      }
      const instant = delayDateInstant(config.date);
      if (instant === null) {
        out.onNode(
          'error',
          index,
          {
            code: 'INVALID_DELAY',
            message: `${out.named(node)} waits until "${config.date}", which is not a valid date and time.`,
            hint: "Enter the date as YYYY-MM-DDTHH:MM, ending in Z for UTC or without it for the contact's time zone.",
          },
          ['config', 'date'],
        );
        return;
      }
      if (context.now !== undefined && instant < context.now.getTime()) {
        out.onNode(
          'error',
          index,
          {
            code: 'INVALID_DELAY',
            message: `${out.named(node)} waits until ${config.date.replace('T', ' ')}, which is already in the past.`,
            hint: 'Choose a later date, or wait for a duration instead.',
          },
          ['config', 'date'],
        );
      }
      return;
    }
  }
}

/**
 * WAIT_WITHOUT_TIMEOUT for a timeout that is not positive (the free "timeout" output is found with
 * the other outputs); MISSING_EVENT_NAME for a custom event without a name. An error rather than a
 * warning: a contact stuck in a wait never finishes the journey and is held by it for good, which is
 * not a draft's rough edge but a journey that cannot work, and the quick fix is one click.
 */
export function checkWaitForEvent(env: CheckEnv, index: number, node: NodeOfKind<'waitForEvent'>): void {
  const { out } = env;
  const { config } = node;
  if (config.event === 'custom' && config.customEventName.trim() === '') {
    out.onNode(
      'error',
      index,
      {
        code: 'MISSING_EVENT_NAME',
        message: `${out.named(node)} waits for a custom event, but the event has no name.`,
        hint: 'Enter the name of the event to wait for, e.g. "order_paid".',
      },
      ['config', 'customEventName'],
    );
  }
  if (!isPositive(config.timeout)) {
    out.onNode(
      'error',
      index,
      {
        code: 'WAIT_WITHOUT_TIMEOUT',
        message: `${out.named(node)} has a timeout of ${shown(config.timeout)}, so it never times out and contacts who never do the event wait forever.`,
        hint: 'Set a timeout of at least 1 minute, e.g. 3 days.',
      },
      ['config', 'timeout', 'amount'],
    );
  }
}

export function checkRetarget(env: CheckEnv, index: number, node: NodeOfKind<'retarget'>): void {
  const { out } = env;
  const { config } = node;
  if (config.conversionEvent.trim() === '') {
    out.onNode(
      'error',
      index,
      {
        code: 'RETARGET_WITHOUT_EVENT',
        message: `${out.named(node)} has no conversion event, so it cannot tell who converted.`,
        hint: 'Enter the event that counts as converting, e.g. "purchase".',
      },
      ['config', 'conversionEvent'],
    );
  }
  if (!isPositive(config.window)) {
    out.onNode(
      'error',
      index,
      {
        code: 'INVALID_DELAY',
        message: `${out.named(node)} waits ${shown(config.window)} for a conversion; the window must be longer than zero.`,
        hint: 'Enter a conversion window of at least 1 minute, e.g. 3 days.',
      },
      ['config', 'window', 'amount'],
    );
  }
}
