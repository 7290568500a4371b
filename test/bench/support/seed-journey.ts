import fs from 'node:fs';
import { generateJourney } from '../../support/generate-journey';

/** Creates a journey through the HTTP API and fills it with a generated graph; returns its id. */
export async function seedGeneratedJourney(
  baseUrl: string,
  token: string,
  name: string,
  size: { nodes: number; edges: number; seed: number },
): Promise<string> {
  const call = async (method: string, input: unknown) => {
    const response = await fetch(`${baseUrl}api/call/journeys/${method}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify(input),
    });
    const envelope = (await response.json()) as {
      ok: boolean;
      value: { journey: { id: string }; revision: number };
      error?: { message: string };
    };
    if (!envelope.ok) throw new Error(`${method} failed: ${envelope.error?.message}`);
    return envelope.value;
  };
  const created = await call('create', { name });
  const generated = generateJourney(size);
  const { journey } = created as unknown as { journey: Record<string, unknown> & { id: string } };
  await call('save', {
    journey: { ...journey, nodes: generated.nodes, edges: generated.edges },
    expectedRevision: created.revision,
  });
  return created.journey.id;
}

/**
 * Writes the answer the app's server gives for a journey (`journeys.get`, the JSON the editor
 * fetches on opening) to `file`, so the baseline page can fetch the very same bytes.
 */
export async function saveServedJourney(baseUrl: string, token: string, id: string, file: string): Promise<void> {
  const response = await fetch(`${baseUrl}api/call/journeys/get`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ id }),
  });
  const envelope = (await response.json()) as { ok: boolean; value: unknown; error?: { message: string } };
  if (!envelope.ok) throw new Error(`get failed: ${envelope.error?.message}`);
  fs.writeFileSync(file, JSON.stringify(envelope.value));
}
