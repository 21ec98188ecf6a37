import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../errors.ts';
import { lockFile } from './paths.ts';

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readPid(file: string): number | undefined {
  try {
    const pid = Number.parseInt(fs.readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
    return Number.isFinite(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One launcher per data directory. Two PostgreSQL servers on one data directory would corrupt it;
 * PostgreSQL refuses that itself, but we say so in plain words before it comes to that.
 */
export function acquireLauncherLock(): () => void {
  const file = lockFile();
  const holder = readPid(file);
  if (holder && holder !== process.pid && isProcessAlive(holder)) {
    throw new UserFacingError(
      `Vestnik is already running with this data directory (process ${holder}); stop it with Ctrl-C in its terminal (or kill ${holder}) before starting another.`,
    );
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (readPid(file) === process.pid) fs.rmSync(file, { force: true });
  };
}

/** The postmaster of an earlier launcher that died without stopping its server, if any. */
export function orphanPostmasterPid(pgDir: string): number | undefined {
  const pid = readPid(`${pgDir}/postmaster.pid`);
  return pid && isProcessAlive(pid) ? pid : undefined;
}

/**
 * Last resort when the launcher exits without its orderly shutdown (e.g. its parent was killed):
 * ask the postmaster for a fast shutdown so it does not outlive us holding the data directory.
 */
export function signalPostmaster(pgDir: string, signal: NodeJS.Signals = 'SIGINT'): void {
  const pid = orphanPostmasterPid(pgDir);
  if (pid) process.kill(pid, signal);
}
