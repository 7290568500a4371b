import type { Clock, TimerHandle } from '../ports/clock';
import type { BackgroundWorker } from '../runtime/background';
import { cleanOldUploads } from './uploads';

/** How often a long-running host looks for uploads left over from imports. */
export const SWEEP_EVERY_MS = 6 * 3_600_000;

/**
 * Uploads are needed only while an import is set up and run; a day-old one was left behind.
 * Swept when the core starts and then every few hours, so an always-on server does not collect them.
 */
export function uploadsSweeper(dataDir: string, clock: Clock, everyMs = SWEEP_EVERY_MS): BackgroundWorker {
  return {
    name: 'uploads sweeper',
    start() {
      let timer: TimerHandle | null = null;
      const sweep = () => {
        cleanOldUploads(dataDir, new Date(clock.now()));
        timer = clock.setTimer({ delay: everyMs }, sweep);
      };
      sweep();
      return () => {
        if (timer) clock.clearTimer(timer);
      };
    },
  };
}
