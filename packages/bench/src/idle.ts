import fs from 'node:fs';

/** Linux counts CPU time in ticks of 1/100 s (USER_HZ). */
const TICKS_PER_SECOND = 100;

function processStat(pid: string): string[] | undefined {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name may contain spaces; the fields after it start at state (field 3).
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  } catch {
    return undefined;
  }
}

/** The processes of a process group (the site: pnpm and the node server it started). */
export function groupMembers(pgid: number): string[] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  return fs
    .readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && Number(processStat(d)?.[2]) === pgid);
}

/** Processes whose command line contains `text` (varnishd's: its work directory). */
export function processesWith(text: string): string[] {
  if (!fs.existsSync('/proc/self/stat')) return [];
  return fs.readdirSync('/proc').filter((d) => {
    try {
      return /^\d+$/.test(d) && fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').includes(text);
    } catch {
      return false;
    }
  });
}

/** CPU time used so far by these processes, in ms (0 where /proc is missing). */
export function cpuMs(pids: string[]): number {
  return (cpuTicks(pids) * 1000) / TICKS_PER_SECOND;
}

function cpuTicks(pids: string[]): number {
  return pids.reduce((sum, pid) => {
    const fields = processStat(pid);
    return sum + (fields ? Number(fields[11]) + Number(fields[12]) : 0);
  }, 0);
}

/**
 * Waits until a process group is idle: under a tenth of a core over half a second, and `busy`
 * (the database still running its statements) false. wrk stops after its duration, the server
 * does not: renders already started (50 cold articles take many seconds) would otherwise run
 * into the next measurement. Without /proc it only asks `busy`, at least 2 s.
 */
export async function waitIdle(
  pgid: number,
  busy: () => Promise<boolean> = async () => false,
  maxMs = 300_000,
): Promise<number> {
  const started = Date.now();
  const proc = fs.existsSync('/proc/self/stat');
  const pids = groupMembers(pgid);
  let before = cpuTicks(pids);
  while (Date.now() - started < maxMs) {
    await new Promise((r) => setTimeout(r, 500));
    const now = cpuTicks(pids);
    const quiet = proc ? now - before < 0.1 * 0.5 * TICKS_PER_SECOND : Date.now() - started >= 2000;
    before = now;
    if (quiet && !(await busy())) break;
  }
  return Date.now() - started;
}
