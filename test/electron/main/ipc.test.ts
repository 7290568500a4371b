import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL, IPC_PREFIX } from '../../../shared/contract/bridge';
import { method } from '../../../shared/contract/define';
import { createDispatcher, type Dispatcher } from '../../../shared/contract/dispatch';
import { EventBus } from '../../../electron/services/event-bus';
import { forwardEvents, isTrustedSender, registerIpc } from '../../../electron/main/ipc';
import {
  createFakeElectron,
  FakeFrame,
  FakeSession,
  FakeWebContents,
  type FakeElectron,
} from '../../__mocks__/electron';

vi.mock('electron', () => import('../../__mocks__/electron'));

const testContract = {
  services: {
    math: {
      add: method('Adds two numbers.', z.object({ a: z.number(), b: z.number() }).strict(), z.number()),
    },
  },
  events: {},
};

function trustedEvent(url = 'app://journey-studio/index.html') {
  const sender = new FakeWebContents(new FakeSession(), url);
  return { sender, senderFrame: sender.mainFrame };
}

describe('registerIpc', () => {
  let electron: FakeElectron;
  let dispatcher: Dispatcher;
  let dispatch: ReturnType<typeof vi.spyOn>;

  const call = (event: unknown, ...args: unknown[]) => electron.ipcMain.call(IPC_INVOKE_CHANNEL, event, ...args);

  beforeEach(() => {
    electron = createFakeElectron();
    dispatcher = createDispatcher(testContract, { math: { add: ({ a, b }) => a + b } });
    dispatch = vi.spyOn(dispatcher, 'dispatch');
    registerIpc(electron.ipcMain, dispatcher);
  });

  it('registers exactly one handler, on the prefixed invoke channel', () => {
    expect([...electron.ipcMain.handlers.keys()]).toEqual([IPC_INVOKE_CHANNEL]);
    expect(IPC_INVOKE_CHANNEL.startsWith(IPC_PREFIX)).toBe(true);
  });

  it("answers a trusted call with the dispatcher's envelope", async () => {
    await expect(call(trustedEvent(), 'math', 'add', { a: 2, b: 3 })).resolves.toEqual({ ok: true, value: 5 });
    expect(dispatch).toHaveBeenCalledWith('math', 'add', { a: 2, b: 3 });
  });

  it('returns validation failures as BAD_INPUT envelopes naming the field', async () => {
    const answer = (await call(trustedEvent(), 'math', 'add', { a: 'two', b: 3 })) as {
      ok: false;
      error: { code: string; issues: { path: string }[] };
    };
    expect(answer.ok).toBe(false);
    expect(answer.error.code).toBe('BAD_INPUT');
    expect(answer.error.issues.map((issue) => issue.path)).toEqual(['a']);
  });

  it('returns unknown methods as UNKNOWN_METHOD envelopes', async () => {
    await expect(call(trustedEvent(), 'math', 'constructor', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNKNOWN_METHOD' },
    });
  });

  it('refuses a call from a subframe of the app page', async () => {
    const event = trustedEvent();
    const child = new FakeFrame('app://journey-studio/index.html', event.sender.mainFrame, 1, 99);
    await expect(
      call({ sender: event.sender, senderFrame: child }, 'math', 'add', { a: 1, b: 1 }),
    ).resolves.toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a top-level frame that is not the sender’s live main frame', async () => {
    const event = trustedEvent();
    const other = new FakeFrame('app://journey-studio/index.html', null, 7, 7);
    await expect(
      call({ sender: event.sender, senderFrame: other }, 'math', 'add', { a: 1, b: 1 }),
    ).resolves.toMatchObject({ error: { code: 'FORBIDDEN' } });
    const detached = trustedEvent();
    detached.senderFrame.detached = true;
    await expect(call(detached, 'math', 'add', { a: 1, b: 1 })).resolves.toMatchObject({
      error: { code: 'FORBIDDEN' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('refuses a call without a sender frame (already gone)', async () => {
    const event = trustedEvent();
    await expect(
      call({ sender: event.sender, senderFrame: null }, 'math', 'add', { a: 1, b: 1 }),
    ).resolves.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it.each([
    'https://evil.example/',
    'file:///home/user/index.html',
    'app://journey-studio@evil.example/',
    'about:blank',
    'http://127.0.0.1:5173/',
  ])('refuses a main frame showing %s', async (url) => {
    await expect(call(trustedEvent(url), 'math', 'add', { a: 1, b: 1 })).resolves.toEqual({
      ok: false,
      error: { code: 'FORBIDDEN', message: expect.any(String) },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('treats a frame that throws on access (disposed) as untrusted', async () => {
    const event = trustedEvent();
    const disposed = {
      get url(): string {
        throw new Error('Render frame was disposed before WebFrameMain could be accessed');
      },
      parent: null,
      processId: event.sender.mainFrame.processId,
      routingId: event.sender.mainFrame.routingId,
    };
    await expect(
      call({ sender: event.sender, senderFrame: disposed }, 'math', 'add', { a: 1, b: 1 }),
    ).resolves.toMatchObject({ error: { code: 'FORBIDDEN' } });
  });

  it.each([
    [42, 'add'],
    ['math', { toString: (): string => 'add' }],
    [undefined, undefined],
  ])('refuses non-string service/method names (%s, %s) as BAD_INPUT', async (service, methodName) => {
    await expect(call(trustedEvent(), service, methodName, { a: 1, b: 1 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'BAD_INPUT' },
    });
    expect(dispatch).not.toHaveBeenCalled();
  });

  it('turns a throwing dispatcher into an INTERNAL envelope instead of a rejected invoke', async () => {
    dispatch.mockRejectedValueOnce(new Error('secret stack detail'));
    const answer = await call(trustedEvent(), 'math', 'add', { a: 1, b: 1 });
    expect(answer).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(answer)).not.toContain('secret stack detail');
  });

  it('uses the given sender check and can be unregistered', async () => {
    const other = createFakeElectron();
    const check = vi.fn(() => false);
    const unregister = registerIpc(other.ipcMain, dispatcher, check);
    await expect(
      other.ipcMain.call(IPC_INVOKE_CHANNEL, trustedEvent(), 'math', 'add', { a: 1, b: 1 }),
    ).resolves.toMatchObject({ error: { code: 'FORBIDDEN' } });
    expect(check).toHaveBeenCalledTimes(1);
    unregister();
    expect(other.ipcMain.handlers.size).toBe(0);
  });
});

describe('isTrustedSender', () => {
  it('trusts only the live main frame on the app origin', () => {
    expect(isTrustedSender(trustedEvent() as never)).toBe(true);
    expect(isTrustedSender(trustedEvent('https://evil.example/') as never)).toBe(false);
  });
});

describe('forwardEvents', () => {
  const payload = { id: 'j1', change: 'created' as const, revision: 1 };

  it('sends every core event to the window on the event channel', () => {
    const bus = new EventBus();
    const contents = new FakeWebContents(new FakeSession());
    forwardEvents(bus, contents);
    bus.emit('journeyChanged', payload);
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT_CHANNEL, 'journeyChanged', payload);
  });

  it('skips a destroyed webContents and stops listening once it is gone', () => {
    const bus = new EventBus();
    const contents = new FakeWebContents(new FakeSession());
    const subscribe = vi.spyOn(bus, 'subscribe');
    forwardEvents(bus, contents);
    contents.destroyed = true;
    bus.emit('journeyChanged', payload);
    expect(contents.send).not.toHaveBeenCalled();

    const unsubscribe = subscribe.mock.results[0]!.value as () => boolean;
    contents.destroy();
    // Unsubscribing again reports false when the destroyed event already removed the listener.
    expect(unsubscribe()).toBe(false);
  });

  it('keeps serving live windows when another one is destroyed', () => {
    const bus = new EventBus();
    const gone = new FakeWebContents(new FakeSession());
    const live = new FakeWebContents(new FakeSession());
    forwardEvents(bus, gone);
    forwardEvents(bus, live);
    gone.destroyed = true;
    bus.emit('templateChanged', { id: 't1', change: 'updated' });
    expect(gone.send).not.toHaveBeenCalled();
    expect(live.send).toHaveBeenCalledTimes(1);
  });

  it('returns an unsubscribe that stops forwarding', () => {
    const bus = new EventBus();
    const contents = new FakeWebContents(new FakeSession());
    const stop = forwardEvents(bus, contents);
    stop();
    bus.emit('journeyChanged', payload);
    expect(contents.send).not.toHaveBeenCalled();
  });
});
