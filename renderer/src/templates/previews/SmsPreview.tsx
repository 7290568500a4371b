import { outputText } from './output-fields';
import type { PreviewProps } from './preview-props';

export function SmsPreview({ content, result }: PreviewProps<'sms'>) {
  const body = outputText(result, 'body', content.body);
  const sender = outputText(result, 'senderId', content.senderId);
  return (
    <div className="phone">
      <div className="phone-header">{sender || 'Sender'}</div>
      <div className="phone-thread">
        {body ? <p className="bubble incoming">{body}</p> : <p className="placeholder">An empty message.</p>}
      </div>
    </div>
  );
}
