import { compact, limitDiagnostic, readString, tooLong, type LimitCheck } from './fields';

/** RFC 5322 caps a header line at 998 characters; the subject must fit on one. */
export const EMAIL_SUBJECT_MAX = 998;
/** Most inboxes show roughly this much of a subject in the message list. */
export const EMAIL_SUBJECT_VISIBLE = 78;
/** Beyond this the preview text is cut by every client, and the rest pads nothing useful. */
export const EMAIL_PREHEADER_VISIBLE = 150;

export const checkEmailLimits: LimitCheck = (output) => {
  const subject = readString(output, 'subject');
  const preheader = readString(output, 'preheader');
  return compact([
    // Liquid can pull a line break out of the data into a header: that would corrupt the message.
    /[\r\n]/.test(subject)
      ? limitDiagnostic('error', 'subject', 'The subject contains a line break; it must be a single line.')
      : null,
    tooLong('subject', 'The subject', subject, EMAIL_SUBJECT_MAX) ??
      tooLong(
        'subject',
        'The subject',
        subject,
        EMAIL_SUBJECT_VISIBLE,
        'warning',
        `above ${EMAIL_SUBJECT_VISIBLE} it may be truncated in inboxes`,
      ),
    tooLong(
      'preheader',
      'The preheader',
      preheader,
      EMAIL_PREHEADER_VISIBLE,
      'warning',
      `above ${EMAIL_PREHEADER_VISIBLE} inboxes cut it off`,
    ),
  ]);
};
