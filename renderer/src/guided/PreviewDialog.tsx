import { useEffect, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { SamplePayload } from '../../../shared/guided/package-schema';
import type { RenderResult } from '../../../shared/templates/index';
import { useClient } from '../api/client-context';
import { messageOf } from '../store/message-of';
import { renderCardTemplate, renderedLines } from './render-card';
import { DialogCloseFooter } from '../ui/DialogCloseFooter';

interface PreviewDialogProps {
  templateId: string;
  templateName: string;
  eventLabel: string;
  samplePayload: SamplePayload;
  onClose(): void;
}

/** A card's template rendered with its event's sample payload, as the recipient would read it. */
export function PreviewDialog({ templateId, templateName, eventLabel, samplePayload, onClose }: PreviewDialogProps) {
  const client = useClient();
  const [result, setResult] = useState<RenderResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let mounted = true;
    renderCardTemplate(client, templateId, samplePayload).then(
      (rendered) => mounted && setResult(rendered),
      (failure: unknown) => mounted && setError(messageOf(failure)),
    );
    return () => {
      mounted = false;
    };
  }, [client, templateId, samplePayload]);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">
            {templateName} · {eventLabel}
          </Dialog.Title>
          {error && (
            <p role="alert" className="field-error">
              {error}
            </p>
          )}
          {result === null && error === null && <p role="status">Rendering…</p>}
          {result && (
            <div className="card-preview" aria-label="Rendered message">
              {renderedLines(result).map((line, index) => (
                <p key={index}>{line}</p>
              ))}
              {result.diagnostics.map((diagnostic, index) => (
                <p key={`d${index}`} className={diagnostic.severity === 'error' ? 'field-error' : 'muted'}>
                  {diagnostic.field}: {diagnostic.message}
                </p>
              ))}
            </div>
          )}
          <p className="muted">Rendered with the event&apos;s sample data.</p>
          <DialogCloseFooter className="form-actions" />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
