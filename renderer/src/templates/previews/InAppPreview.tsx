import { outputList, outputText, stringField } from './output-fields';
import type { PreviewProps } from './preview-props';

export function InAppPreview({ content, result }: PreviewProps<'inapp'>) {
  const title = outputText(result, 'title', content.title);
  const body = outputText(result, 'body', content.body);
  const image = outputText(result, 'imageUrl', content.imageUrl);
  const buttons = outputList(result, 'buttons', content.buttons);
  return (
    <div className="inapp-card">
      {image && (
        <div className="image-placeholder wide" title={image}>
          Image
        </div>
      )}
      <p className="inapp-title">{title || <span className="muted">No title</span>}</p>
      <p className="inapp-body">{body}</p>
      {buttons.length > 0 && (
        <div className="inapp-buttons">
          {buttons.map((button, index) => (
            <span key={index} className="inapp-button" title={stringField(button.action) || undefined}>
              {stringField(button.label) || `Button ${index + 1}`}
            </span>
          ))}
        </div>
      )}
    </div>
  );
}
