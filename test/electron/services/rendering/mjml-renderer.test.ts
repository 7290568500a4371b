import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { createMjmlRenderer, type MjmlRenderer } from '../../../../electron/services/rendering/mjml-renderer';
import { MISBEHAVING_WORKER_PATH, MJML_WORKER_PATH, simpleMjml } from './support/workers';

const renderers: MjmlRenderer[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(renderers.splice(0).map((renderer) => renderer.close()));
});

function renderer(workerPath = MJML_WORKER_PATH, timeoutMs?: number) {
  const created = createMjmlRenderer({ workerPath, ...(timeoutMs === undefined ? {} : { timeoutMs }) });
  renderers.push(created);
  return created;
}

/**
 * One renderer on the app's worker for the tests that leave it healthy: a fresh worker spends about
 * a second loading mjml, and keeping one worker through them all is part of what they check.
 */
const healthy = createMjmlRenderer({ workerPath: MJML_WORKER_PATH });
afterAll(() => healthy.close());

const htmlOf = (outcome: Awaited<ReturnType<MjmlRenderer['render']>>) =>
  outcome.kind === 'rendered' ? outcome.html : `(${outcome.kind})`;

describe('MJML renderer (worker thread)', () => {
  it('starts its worker on the first render, not before, and answers HTML with a text part', async () => {
    const mjml = healthy;
    expect(mjml.workersStarted).toBe(0);
    const outcome = await mjml.render(simpleMjml('Your parcel is on its way'));
    expect(mjml.workersStarted).toBe(1);
    expect(outcome).toMatchObject({ kind: 'rendered', issues: [] });
    expect(htmlOf(outcome)).toContain('Your parcel is on its way');
    expect(outcome.kind === 'rendered' && outcome.text).toBe('Your parcel is on its way');
  });

  it('answers in the order asked, each with its own document', async () => {
    const mjml = healthy;
    const outcomes = await Promise.all(['first', 'second', 'third'].map((word) => mjml.render(simpleMjml(word))));
    expect(outcomes.map((outcome) => /first|second|third/.exec(htmlOf(outcome))?.[0])).toEqual([
      'first',
      'second',
      'third',
    ]);
  });

  it('replaces a queued render of the same document with the newer one', async () => {
    const mjml = healthy;
    const running = mjml.render(simpleMjml('v1'), { key: 'template-1' });
    const queued = mjml.render(simpleMjml('v2'), { key: 'template-1' });
    const other = mjml.render(simpleMjml('other document'), { key: 'template-2' });
    const newest = mjml.render(simpleMjml('v3'), { key: 'template-1' });
    expect((await queued).kind).toBe('superseded');
    expect(htmlOf(await running)).toContain('v1');
    expect(htmlOf(await other)).toContain('other document');
    expect(htmlOf(await newest)).toContain('v3');
    expect(mjml.workersStarted).toBe(1);
  });

  it('reports a document MJML cannot parse as a failure of that document, keeping the worker', async () => {
    const mjml = healthy;
    expect(await mjml.render('<div>not mjml</div>')).toMatchObject({
      kind: 'failed',
      transient: false,
      message: expect.stringMatching(/Malformed MJML/),
    });
    expect(htmlOf(await mjml.render(simpleMjml('still fine')))).toContain('still fine');
    expect(mjml.workersStarted).toBe(1);
  });

  it.each([
    ['exits', '<!-- test:exit -->', /stopped unexpectedly \(exit code 3\)/],
    ['throws', '<!-- test:throw -->', /crashed \(thrown by the test worker\)/],
  ])('restarts a worker that %s, failing only the render that was running', async (_label, trigger, message) => {
    const mjml = renderer(MISBEHAVING_WORKER_PATH);
    const crashing = mjml.render(simpleMjml('boom', trigger));
    const next = mjml.render(simpleMjml('after the crash'));
    expect(await crashing).toMatchObject({ kind: 'failed', transient: true, message: expect.stringMatching(message) });
    expect(htmlOf(await next)).toContain('after the crash');
    expect(mjml.workersStarted).toBe(2);
  });

  it('stops a hung worker after the timeout and carries on with a fresh one', async () => {
    // The renderer's clock is virtual: the test moves it to the timeout, to the millisecond.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const mjml = renderer(MISBEHAVING_WORKER_PATH, 4_000);
    let settled = false;
    const hung = mjml.render(simpleMjml('forever', '<!-- test:hang -->'));
    void hung.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(3_999);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await hung).toMatchObject({
      kind: 'failed',
      transient: true,
      message: expect.stringMatching(/longer than 4 s/),
    });
    // The hung thread is really gone: the next render gets a fresh worker and an answer.
    expect(htmlOf(await mjml.render(simpleMjml('responsive again')))).toContain('responsive again');
    expect(mjml.workersStarted).toBe(2);
  });

  it('fails queued renders when closed instead of leaving them hanging', async () => {
    const mjml = renderer();
    const pending = [mjml.render(simpleMjml('a')), mjml.render(simpleMjml('b'))];
    await mjml.close();
    for (const outcome of await Promise.all(pending))
      expect(outcome).toMatchObject({ kind: 'failed', transient: true });
    expect(await mjml.render(simpleMjml('c'))).toMatchObject({
      kind: 'failed',
      message: expect.stringMatching(/shut down/),
    });
  });
});
