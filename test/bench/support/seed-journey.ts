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
