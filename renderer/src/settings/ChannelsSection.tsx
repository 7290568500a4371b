import { useId } from 'react';
import { hrefFor } from '../app/route';

/**
 * Settings → Channels. No delivery provider can be set up yet, so every channel's messages go to
 * the local Outbox; this says so where a user looks for providers, and leads to the Outbox.
 */
export function ChannelsSection() {
  const headingId = useId();
  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Channels</h2>
      <p>
        Every channel delivers into the <a href={hrefFor({ page: 'outbox' })}>Outbox</a> until a provider is configured:
        messages are kept there, shown as the recipient would see them, and reach no one.
      </p>
    </section>
  );
}
