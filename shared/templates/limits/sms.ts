import { countSms } from '../sms-counter';
import { compact, limitDiagnostic, readString, type LimitCheck } from './fields';

/** Long concatenated messages cost one SMS per segment and some networks drop them beyond this. */
export const SMS_SEGMENT_WARNING = 6;
/** An alphanumeric sender id has at most 11 characters (GSM 03.40 TP-OA). */
export const SMS_ALPHANUMERIC_SENDER_MAX = 11;
/** A numeric sender is an E.164 number: at most 15 digits. */
export const SMS_NUMERIC_SENDER_MAX = 15;

export const checkSmsLimits: LimitCheck = (output) => {
  const body = readString(output, 'body');
  const senderId = readString(output, 'senderId');
  const count = countSms(body);
  return compact([
    body.trim() === '' ? limitDiagnostic('error', 'body', 'The SMS body is empty.') : null,
    count.segments > SMS_SEGMENT_WARNING
      ? limitDiagnostic(
          'warning',
          'body',
          `The message is ${count.segments} segments (${count.units} ${count.encoding} units); more than ${SMS_SEGMENT_WARNING} is costly and some networks reject it.`,
        )
      : null,
    checkSenderId(senderId),
  ]);
};

function checkSenderId(senderId: string) {
  if (senderId === '') return null;
  if (/^\+?[0-9]+$/.test(senderId)) {
    const digits = senderId.replace('+', '').length;
    return digits > SMS_NUMERIC_SENDER_MAX
      ? limitDiagnostic(
          'error',
          'senderId',
          `The sender number has ${digits} digits; the limit is ${SMS_NUMERIC_SENDER_MAX}.`,
        )
      : null;
  }
  if (!/^[A-Za-z0-9 ]+$/.test(senderId)) {
    return limitDiagnostic(
      'error',
      'senderId',
      'An alphanumeric sender id may only contain letters A–Z, digits and spaces.',
    );
  }
  return senderId.length > SMS_ALPHANUMERIC_SENDER_MAX
    ? limitDiagnostic(
        'error',
        'senderId',
        `The sender id is ${senderId.length} characters; the limit is ${SMS_ALPHANUMERIC_SENDER_MAX}.`,
      )
    : null;
}
