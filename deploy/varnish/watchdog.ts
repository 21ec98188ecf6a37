import { spawn } from 'node:child_process';
import type net from 'node:net';

/**
 * Stops varnishd if this process dies without stopping it (crash, SIGKILL, a killed test worker),
 * which no 'exit' handler can catch. A small shell in its own process group waits on a pipe from
 * us; the kernel closes the pipe however we die, and the shell then sends varnishd SIGTERM.
 */
export function startWatchdog(pid: number): { cancel: () => void } {
  const shell = spawn('sh', ['-c', 'read -r _; kill -TERM "$0" 2>/dev/null', String(pid)], {
    stdio: ['pipe', 'ignore', 'ignore'],
    detached: true,
  });
  shell.on('error', () => {});
  // The watchdog must not keep this process alive on its own.
  shell.unref();
  (shell.stdin as net.Socket | null)?.unref();
  // cancel() kills the shell outright (no EOF, so no kill): varnishd is already stopped then, and
  // its pid may soon belong to another process.
  return { cancel: () => shell.kill('SIGKILL') };
}
