import type { NodeOfKind } from '../model/index';
import { delayNodeKind } from '../model/nodes/delay';
import type { CheckEnv } from '../validation/check-env';
import { delayDateInstant, isTimeOfDay } from '../validation/delay-time';
import { isPositive, shown } from '../validation/durations';
import { NO_DIGEST, NO_FIELDS, defineStepKind, holdsNoSecrets, sendsNoTemplates } from './step-kind';

/** INVALID_DELAY for a delay that would not wait for a real, future moment or a positive duration. */
function checkDelay(env: CheckEnv, index: number, node: NodeOfKind<'delay'>): void {
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

export const delayStepKind = defineStepKind(delayNodeKind, {
  waits: 'time',
  check: checkDelay,
  ...sendsNoTemplates,
  ...holdsNoSecrets,
  fieldsRead: () => NO_FIELDS,
  digest: () => NO_DIGEST,
});
