import { type DestinationStream, type Logger, pino } from 'pino';
import type { LogLevel } from '../env.ts';

export type { Logger } from 'pino';

/**
 * One JSON object per line on stdout (or `destination`), for whatever collects the process's
 * output: ISO times and level names rather than pino's epoch and numbers, so a person can read
 * a line as it is and a collector needs no mapping. Written synchronously: a line is not lost
 * when the process dies right after it.
 */
export function createLogger(
  app: 'web' | 'admin',
  level: LogLevel,
  destination?: DestinationStream,
): Logger {
  const options = {
    level,
    base: { app },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  return destination ? pino(options, destination) : pino(options);
}
