import { LinkedText } from './LinkedText';
import { outputText } from './output-fields';
import type { PreviewProps } from './preview-props';

export function SmsPreview({
  content,
  result,
  onLinkClick,
}: PreviewProps<'sms'> & { onLinkClick?: (url: string) => void }) {
  const body = outputText(result, 'body', content.body);
  const sender = outputText(result, 'senderId', content.senderId);
  return (
    <div className="phone">
      <div className="phone-header">{sender || 'Sender'}</div>
      <div className="phone-thread">
        {body ? (
          <p className="bubble incoming">
            <LinkedText text={body} onLinkClick={onLinkClick} />
          </p>
        ) : (
          <p className="placeholder">An empty message.</p>
        )}
      </div>
    </div>
  );
}
