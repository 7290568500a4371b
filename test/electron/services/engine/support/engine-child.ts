// A process that only runs the journey engine over a data folder until it is killed: the subject of
// the crash and lease tests. Its one argument is an EngineChildOptions as JSON. It writes one line
// per thing the parent waits on: "started", "leading" / "standing by", and with reportSends
// "sent <idempotency key>" after each message the outbox took.
import { startCore } from '../../../../../electron/services/app-services';
import type { MessageProvider } from '../../../../../electron/services/providers/provider';
import type { EngineChildOptions } from './engine-process';
import { createScaledClock } from './scaled-clock';

const options = JSON.parse(process.argv[2] ?? 'null') as EngineChildOptions | null;
if (!options?.dataDir) throw new Error('usage: engine-child OPTIONS_JSON');
const say = (line: string) => process.stdout.write(`${line}\n`);

function reporting(outbox: MessageProvider): MessageProvider {
  return {
    name: outbox.name,
    send: async (message, key) => {
      const result = await outbox.send(message, key);
      if (result.status === 'accepted') say(`sent ${key}`);
      return result;
    },
  };
}

const core = startCore({
  dataDir: options.dataDir,
  host: 'browser',
  appVersion: 'test',
  ...(options.time ? { clock: createScaledClock(options.time) } : {}),
  engine: {
    ...options.engine,
    onLeadership: (leading) => say(leading ? 'leading' : 'standing by'),
    ...(options.reportSends ? { provider: reporting } : {}),
  },
  onInternalError: (error, where) => process.stderr.write(`${where}: ${String(error)}\n`),
});
// Leadership lines come only on a change: a process that starts beside a leader says so itself.
if (!core.engine!.isLeader()) say('standing by');
say('started');
// The parent holds the other end of stdin: when it is gone (a test run interrupted), so is this process.
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
