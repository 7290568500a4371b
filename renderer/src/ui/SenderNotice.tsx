import { useEffect, useState } from 'react';
import type { SenderStatus } from '../../../shared/contract/index';
import { useClient } from '../api/client-context';

export const STANDBY_NOTICE =
  'Another Journey Studio on this data folder is sending; this one will take over if it stops.';

/**
 * Says so when this Journey Studio does not send because another one on the same data folder holds
 * the sending lease (the desktop app and `serve` never both send). Gone once this one takes over.
 */
export function SenderNotice() {
  const client = useClient();
  const [status, setStatus] = useState<SenderStatus | null>(null);

  useEffect(() => {
    let current = true;
    const stopListening = client.on('senderChanged', (next) => setStatus(next));
    client.sender.status().then(
      (next) => current && setStatus(next),
      // Without an answer the page shows nothing rather than a claim it cannot make.
      () => undefined,
    );
    return () => {
      current = false;
      stopListening();
    };
  }, [client]);

  if (status?.state !== 'standby') return null;
  return (
    <p role="status" className="sender-notice">
      {STANDBY_NOTICE}
    </p>
  );
}
