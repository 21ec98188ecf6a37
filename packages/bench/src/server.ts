import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const webDir = fileURLToPath(new URL('../../../apps/web', import.meta.url));

/** Starts the production build of the site (`next start`) and waits until it answers. */
export async function startSite(
  port: number,
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; stop: () => void }> {
  const distDir = env.NEXT_DIST_DIR ?? '.next';
  if (!fs.existsSync(path.join(webDir, distDir, 'BUILD_ID'))) {
    throw new Error(`No production build in apps/web/${distDir}: run \`pnpm build\` first.`);
  }
  const child: ChildProcess = spawn('npx', ['next', 'start', '-p', String(port)], {
    cwd: webDir,
    env: { ...env, SITE_URL: `http://localhost:${port}` },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const url = `http://localhost:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  return { url, stop: () => process.kill(-child.pid!, 'SIGTERM') };
}
