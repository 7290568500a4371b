import { runCli } from './main';

runCli(process.argv.slice(2)).then(
  (code) => {
    if (code !== null) process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`journey-studio: ${(error as Error)?.message ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
