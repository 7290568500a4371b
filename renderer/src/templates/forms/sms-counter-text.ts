import type { SmsCount } from '../../../../shared/templates/index';
import { plural } from '../../ui/plural';

/** "42 characters · GSM-7 · 1 segment (118 left)": what the network will bill, on the rendered text. */
export function smsCounterLine(sms: SmsCount): string {
  return [
    plural(sms.characters, 'character', 'characters'),
    sms.encoding,
    `${plural(sms.segments, 'segment', 'segments')} (${sms.remainingInSegment} left)`,
  ].join(' · ');
}

/** Why a message went UCS-2, naming the character, so it can be replaced: "UCS-2 because of “😀”". */
export function ucs2Reason(sms: SmsCount): string | null {
  return sms.encoding === 'UCS-2' && sms.firstUcs2Character !== null
    ? `UCS-2 because of “${sms.firstUcs2Character}”`
    : null;
}

/** How many units a segment holds for this encoding, single and concatenated, for the hint. */
export function segmentSizes(sms: SmsCount): string {
  return sms.encoding === 'GSM-7' ? '160 per single message, 153 per part' : '70 per single message, 67 per part';
}
