import { useMemo, useState } from 'react';
import { Dialog } from 'radix-ui';
import type { SimulatedStep } from '../../../../shared/contract/index';
import { channelLabel, type Channel } from '../../../../shared/model/index';
import { RenderResultSchema } from '../../../../shared/templates/index';
import { linksIn } from '../../outbox/message-content';
import { MessageLinks } from '../../outbox/MessageLinks';
import { OutboxPreview } from '../../outbox/OutboxPreview';
import '../../outbox/outbox.css';
import { DialogCloseFooter } from '../../ui/DialogCloseFooter';

/**
 * A message the simulation rendered, shown as an outbox entry shows one: how it looks, with its
 * recipient, step and idempotency key. Links are listed, never followed; a click is tried by
 * scripting `message.clicked`.
 */
export function SimulatedMessageDialog({
  step,
  customerId,
  onClose,
}: {
  step: SimulatedStep;
  customerId: string;
  onClose(): void;
}) {
  const [note, setNote] = useState<string | null>(null);
  const message = step.message!;
  // The simulation leaves out the render's timing; the preview's schema wants it.
  const rendered = useMemo(
    () => RenderResultSchema.safeParse({ cached: false, renderMs: 0, ...(message.rendered as object) }),
    [message.rendered],
  );
  const links = rendered.success ? linksIn(rendered.data.output) : [];
  const channel = message.channel as Channel;
  const onLinkClick = (url: string) =>
    setNote(`Not followed: ${url}. To try a click, add "message.clicked" to the script.`);

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose()}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog try-it-message-dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">
            {channelLabel(channel)} at {step.label} (simulated)
          </Dialog.Title>
          <article className="outbox-message" aria-label="Simulated message">
            <dl className="outbox-facts">
              <dt>To</dt>
              <dd>
                {message.recipient} ({channelLabel(channel)})
              </dd>
              <dt>Contact</dt>
              <dd>{customerId}</dd>
              <dt>Step</dt>
              <dd>
                {step.label} ({step.nodeId})
              </dd>
              <dt>Sent</dt>
              <dd>{step.localTime}</dd>
              <dt>Idempotency key</dt>
              <dd>
                <code>{message.idempotencyKey}</code>
              </dd>
            </dl>
            {note && (
              <p role="status" className="outbox-recorded">
                {note}
              </p>
            )}
            {rendered.success ? (
              <OutboxPreview message={{ channel, rendered: rendered.data }} onLinkClick={onLinkClick} />
            ) : (
              <p role="alert">The rendered message cannot be shown: {rendered.error.issues[0]?.message}</p>
            )}
            <MessageLinks links={links} onClick={onLinkClick} title="Links are not followed in a simulation" />
          </article>
          <DialogCloseFooter />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
