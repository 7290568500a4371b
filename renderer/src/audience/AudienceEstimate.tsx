import type { Contact } from '../../../shared/audience/index';
import { useAudienceEstimate, type AudienceEstimate as Estimate, type EstimateRequest } from './use-audience-estimate';

const SAMPLE_SIZE = 5;

function sampleName(contact: Contact): string {
  return contact.email ? `${contact.customerId} · ${contact.email}` : contact.customerId;
}

function EstimateFigures({ estimate }: { estimate: Estimate }) {
  if (estimate.method === 'none')
    return <p className="muted">{estimate.note ?? 'No estimate is possible for this audience.'}</p>;
  return (
    <>
      <p className="estimate-count">
        ≈ {estimate.count.toLocaleString()} {estimate.count === 1 ? 'contact' : 'contacts'}
        <span className="muted"> of {estimate.total.toLocaleString()}</span>
      </p>
      {estimate.sample.length > 0 && (
        <ul className="estimate-sample" aria-label="Sample of matching contacts">
          {estimate.sample.slice(0, SAMPLE_SIZE).map((contact) => (
            <li key={contact.customerId}>{sampleName(contact)}</li>
          ))}
        </ul>
      )}
    </>
  );
}

/** "≈ 1,234 contacts" and a few of them, kept up to date as the audience is edited. */
export function AudienceEstimate({ request }: { request: EstimateRequest | null }) {
  const result = useAudienceEstimate(request);
  return (
    <section
      className="audience-estimate"
      aria-label="Estimate"
      aria-live="polite"
      aria-busy={result.state === 'loading'}
    >
      {result.state === 'idle' && <p className="muted">Choose an audience to see how many contacts it holds.</p>}
      {result.state === 'loading' &&
        (result.previous ? <EstimateFigures estimate={result.previous} /> : <p className="muted">Counting…</p>)}
      {result.state === 'ready' && <EstimateFigures estimate={result.estimate} />}
      {result.state === 'error' && <p className="field-error">The audience could not be counted: {result.message}</p>}
    </section>
  );
}
