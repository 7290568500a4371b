import type { KindBody } from '../kind-ui';

function hostOf(url: string): string {
  try {
    return new URL(url).host || url;
  } catch {
    return url;
  }
}

export const WebhookBody: KindBody<'webhook'> = ({ node }) => (
  <div className="journey-node-summary">
    <span className="journey-node-method">{node.config.method}</span>{' '}
    {node.config.url ? hostOf(node.config.url) : <span className="journey-node-missing">No URL</span>}
  </div>
);
