import path from 'node:path';
import { fileURLToPath } from 'node:url';

const vclDir = path.dirname(fileURLToPath(import.meta.url));

export type VarnishdArgs = { port: number; workDir: string; storageMb: number };

/** The instance directory (-n) inside workDir: shared memory log, compiled VCL. */
export const instanceDir = (workDir: string) => path.join(workDir, 'varnishd');

export function varnishdArgs({ port, workDir, storageMb }: VarnishdArgs): string[] {
  return [
    '-F',
    '-n',
    instanceDir(workDir),
    '-a',
    `127.0.0.1:${port}`,
    '-f',
    path.join(vclDir, 'vestnik.vcl'),
    // `include "backends.vcl"` and `"purgers.vcl"` are found in workDir (generated), the rest
    // next to vestnik.vcl.
    '-p',
    `vcl_path=${workDir}:${vclDir}`,
    '-s',
    `malloc,${storageMb}m`,
    // No management port: nothing here needs varnishadm, and an open CLI port is one more thing
    // to guard. varnishlog and varnishstat still work with -n.
    '-T',
    'none',
    // Sized for a 2-core machine: one pool per core, few idle threads, a ceiling well below the
    // default 5000 (each thread reserves its stack and workspaces).
    '-p',
    'thread_pools=2',
    '-p',
    'thread_pool_min=20',
    '-p',
    'thread_pool_max=500',
    // The shared memory log is a ring buffer in the instance directory; 80 MB by default is a
    // lot for a development or test instance, several of which may run at once.
    '-p',
    'vsl_space=32M',
    // A page's xkey lists every article on it: an archive day of a national daily (up to 500
    // articles) plus its blocks passes the default 8 KB per header, and Varnish then answers 503
    // instead of the page (measured: 1,000 tags, 15 KB). Room for 4,000 tags.
    '-p',
    'http_resp_hdr_len=64k',
    '-p',
    'http_resp_size=128k',
    '-p',
    'workspace_backend=256k',
  ];
}
