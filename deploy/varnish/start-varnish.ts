import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { findVarnishd } from './find-varnishd.ts';
import { renderBackends, renderPurgeAcl, type SiteBackend } from './generate-vcl.ts';
import { NOT_INSTALLED, VarnishError } from './varnish-error.ts';
import { instanceDir, varnishdArgs } from './varnishd-args.ts';
import { OutputTail, waitUntilAnswering } from './wait-ready.ts';
import { startWatchdog } from './watchdog.ts';

export type { SiteBackend } from './generate-vcl.ts';
export { VarnishError } from './varnish-error.ts';

export type VarnishOptions = {
  /** Listens on 127.0.0.1:port. */
  port: number;
  backends: SiteBackend[];
  /** Generated VCL and the varnishd instance directory; created if missing. */
  workDir: string;
  /** Addresses or networks allowed to PURGE, in addition to 127.0.0.1 and ::1. */
  purgeAcl?: string[];
  /** Cache size (malloc storage), default 256 MB. */
  storageMb?: number;
  /** Receives varnishd's output lines; by default they are only kept for error messages. */
  log?: (line: string) => void;
  /** Path of varnishd; by default found on PATH or in /usr/sbin. */
  varnishd?: string;
};

export type RunningVarnish = { url: string; stop: () => Promise<void> };

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

const portTaken = (port: number) =>
  new VarnishError(
    'port-taken',
    `Port ${port} on 127.0.0.1 is already in use; choose another port for Varnish.`,
  );

function explainExit(output: string, port: number): VarnishError {
  if (/Could not (find|open|load) VMOD/i.test(output)) {
    return new VarnishError('not-installed', NOT_INSTALLED, output);
  }
  if (/address already in use|could not get socket/i.test(output)) return portTaken(port);
  const compiler = /Message from VCC-compiler:\n([\s\S]*?)\nRunning VCC-compiler failed/.exec(
    output,
  );
  if (compiler) {
    return new VarnishError('start-failed', `The VCL did not compile:\n${compiler[1]}`, output);
  }
  const last = output.trim().split('\n').at(-1) ?? 'no output';
  return new VarnishError('start-failed', `Varnish did not start: ${last}`, output);
}

function writeConfig(options: VarnishOptions): void {
  const backends = renderBackends(options.backends);
  const purgers = renderPurgeAcl(options.purgeAcl);
  fs.mkdirSync(options.workDir, { recursive: true });
  // As root, varnishd compiles the VCL and runs the cache as its own users (varnish, vcache):
  // they must be able to read the generated files and enter the instance directory.
  fs.chmodSync(options.workDir, 0o755);
  fs.writeFileSync(path.join(options.workDir, 'backends.vcl'), backends, { mode: 0o644 });
  fs.writeFileSync(path.join(options.workDir, 'purgers.vcl'), purgers, { mode: 0o644 });
}

function stopChild(child: ChildProcess, exited: Promise<unknown>): Promise<void> {
  const running = child.pid !== undefined && child.exitCode === null && child.signalCode === null;
  if (!running) return Promise.resolve();
  // SIGTERM lets varnishd stop its cache process; SIGKILL only if that hangs.
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  return exited.then(() => clearTimeout(timer));
}

/**
 * Starts varnishd in the foreground (-F) as a child of this process with vestnik.vcl in front
 * of the given site instances, and resolves once it answers HTTP on 127.0.0.1:port.
 */
export async function startVarnish(options: VarnishOptions): Promise<RunningVarnish> {
  const { port, workDir, storageMb = 256 } = options;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new VarnishError('invalid-config', `Port ${port} is not a port number (1-65535).`);
  }
  const varnishd = options.varnishd ?? findVarnishd();
  if (!varnishd || !fs.existsSync(varnishd)) throw new VarnishError('not-installed', NOT_INSTALLED);
  if (!(await portIsFree(port))) throw portTaken(port);
  writeConfig(options);
  fs.mkdirSync(instanceDir(workDir), { recursive: true });

  const child = spawn(varnishd, varnishdArgs({ port, workDir, storageMb }), {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const tail = new OutputTail(options.log);
  child.stdout?.on('data', (chunk: Buffer) => tail.push(chunk));
  child.stderr?.on('data', (chunk: Buffer) => tail.push(chunk));
  const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
  const spawnError = new Promise<Error>((resolve) => child.once('error', resolve));

  const watchdog = child.pid ? startWatchdog(child.pid) : undefined;
  // An orderly exit of this process (process.exit, end of the event loop) stops varnishd too.
  const onExit = () => child.kill('SIGTERM');
  process.on('exit', onExit);
  const stop = async () => {
    process.off('exit', onExit);
    await stopChild(child, exited);
    watchdog?.cancel();
  };

  const outcome = await Promise.race([
    waitUntilAnswering(port, exited).then((ready) => (ready ? 'ready' : 'timeout')),
    exited.then(() => 'exited' as const),
    spawnError,
  ]);
  if (outcome === 'ready') return { url: `http://127.0.0.1:${port}`, stop };
  await stop();
  if (outcome instanceof Error) {
    const code = (outcome as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new VarnishError('not-installed', NOT_INSTALLED);
    throw new VarnishError('start-failed', `Varnish did not start: ${outcome.message}`);
  }
  if (outcome === 'timeout') {
    throw new VarnishError(
      'start-failed',
      'Varnish did not answer within 60 seconds of starting.',
      tail.text(),
    );
  }
  throw explainExit(tail.text(), port);
}
