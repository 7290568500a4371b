import { useMemo } from 'react';
import { outputList, outputText, stringField } from './output-fields';
import type { PreviewProps } from './preview-props';
import { parseTelegramText } from './telegram-format';
import { TelegramText } from './TelegramText';

export function TelegramPreview({ content, result }: PreviewProps<'telegram'>) {
  const text = outputText(result, 'text', content.text);
  const buttons = outputList(result, 'buttons', content.buttons);
  const parsed = useMemo(() => parseTelegramText(text, content.parseMode), [text, content.parseMode]);
  // The render pipeline's own check of the markup wins; this parse only speaks when it is silent.
  const pipelineChecked = result?.diagnostics.some((d) => d.field === 'text') ?? false;
  return (
    <div className="chat telegram-chat">
      <div className="chat-bubble">
        <div className="chat-body">
          {text ? <TelegramText nodes={parsed.nodes} /> : <span className="muted">An empty message.</span>}
        </div>
      </div>
      {buttons.length > 0 && (
        <ul className="chat-buttons" aria-label="Buttons">
          {buttons.map((button, index) => (
            <li key={index} title={stringField(button.url) || undefined}>
              {stringField(button.text) || `Button ${index + 1}`}
            </li>
          ))}
        </ul>
      )}
      {!pipelineChecked && parsed.problems.length > 0 && (
        <ul className="preview-warnings">
          {parsed.problems.map((problem) => (
            <li key={problem} className="field-warning">
              {problem}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
