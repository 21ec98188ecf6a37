import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type RunningVarnish, startVarnish, VarnishError } from '../start-varnish.ts';
import { FakeSite } from './fake-site.ts';
import { candidatePorts } from './ports.ts';

export type TestProxy = {
  /** The first (often only) site instance. */
  site: FakeSite;
  sites: FakeSite[];
  varnish: RunningVarnish;
  url: string;
  stop: () => Promise<void>;
};

/** Fake site instances with their own Varnish in front, on free ports in the test range. */
export async function startTestProxy({ instances = 1 } = {}): Promise<TestProxy> {
  const sites: FakeSite[] = [];
  for (let i = 0; i < instances; i++) sites.push(await FakeSite.start());
  const stopSites = () => Promise.all(sites.map((site) => site.stop().catch(() => {})));
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vestnik-varnish-test-'));
  const taken = new Set(sites.map((site) => site.port));
  for (const port of candidatePorts()) {
    if (taken.has(port)) continue;
    try {
      const varnish = await startVarnish({
        port,
        backends: sites.map((site) => ({ host: '127.0.0.1', port: site.port })),
        workDir,
        storageMb: 32,
      });
      const stop = async () => {
        await varnish.stop();
        await stopSites();
        fs.rmSync(workDir, { recursive: true, force: true });
      };
      return { site: sites[0]!, sites, varnish, url: varnish.url, stop };
    } catch (error) {
      // Another test file may have taken the port between the probe and varnishd's bind.
      if (error instanceof VarnishError && error.code === 'port-taken') continue;
      await stopSites();
      fs.rmSync(workDir, { recursive: true, force: true });
      throw error;
    }
  }
  await stopSites();
  fs.rmSync(workDir, { recursive: true, force: true });
  throw new Error('No free port in 6100-6199 for Varnish.');
}
