import { outputList, outputRecord, outputText, stringField } from './output-fields';
import type { PreviewProps } from './preview-props';
import { fillWhatsAppParameters } from './whatsapp-fill';

export function WhatsAppPreview({ content, result }: PreviewProps<'whatsapp'>) {
  const header = outputText(result, 'headerText', content.headerText);
  const body = fillWhatsAppParameters(outputText(result, 'body', content.body), outputRecord(result, 'parameters', {}));
  const footer = outputText(result, 'footer', content.footer);
  const buttons = outputList(result, 'buttons', content.buttons);
  return (
    <div className="chat whatsapp-chat">
      <div className="chat-bubble">
        {header && <p className="chat-header">{header}</p>}
        <p className="chat-body">{body || <span className="muted">An empty body.</span>}</p>
        {footer && <p className="chat-footer">{footer}</p>}
      </div>
      {buttons.length > 0 && (
        <ul className="chat-buttons" aria-label="Buttons">
          {buttons.map((button, index) => (
            <li key={index} title={stringField(button.url) || stringField(button.phone) || undefined}>
              <span aria-hidden="true">{button.type === 'url' ? '↗ ' : button.type === 'phone' ? '✆ ' : '↩ '}</span>
              {stringField(button.text) || <span className="muted">Button {index + 1}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
