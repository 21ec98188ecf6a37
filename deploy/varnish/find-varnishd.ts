import fs from 'node:fs';
import path from 'node:path';

/**
 * varnishd lives in /usr/sbin, which is not on every user's PATH (nor on PATH under some process
 * managers), so the usual sbin directories are searched after PATH.
 */
export function findVarnishd(): string | undefined {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/local/sbin'];
  for (const dir of dirs.filter(Boolean)) {
    const candidate = path.join(dir, 'varnishd');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // Not here; keep looking.
    }
  }
  return undefined;
}
