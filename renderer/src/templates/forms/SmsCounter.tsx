import type { SmsCount } from '../../../../shared/templates/index';
import { segmentSizes, smsCounterLine, ucs2Reason } from './sms-counter-text';

/** Counted on the rendered text (Liquid filled in with the sample profile), as the network will see it. */
export function SmsCounter({ sms }: { sms: SmsCount | undefined }) {
  if (!sms) return <span className="sms-counter muted">Counting…</span>;
  const reason = ucs2Reason(sms);
  return (
    <span className="sms-counter" title={segmentSizes(sms)}>
      <span>{smsCounterLine(sms)}</span>
      {reason && <span className="field-warning"> {reason}</span>}
    </span>
  );
}
