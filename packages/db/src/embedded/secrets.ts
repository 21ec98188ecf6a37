import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { secretsFile } from './paths.ts';

const GENERATED = ['AUTH_SECRET', 'REVALIDATE_SECRET', 'PREVIEW_SECRET'] as const;

/**
 * Secrets for a local install that did not provide them: generated once, kept in .data/ (outside
 * git, mode 600) so sessions and preview links survive restarts. Real deployments set them in env.
 */
export function loadLocalSecrets(): Record<string, string> {
  const file = secretsFile();
  let stored: Record<string, string> = {};
  if (fs.existsSync(file)) stored = JSON.parse(fs.readFileSync(file, 'utf8'));
  let changed = false;
  for (const name of GENERATED) {
    if (process.env[name] || stored[name]) continue;
    stored[name] = randomBytes(32).toString('base64url');
    changed = true;
  }
  if (changed) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(stored, null, 2)}\n`, { mode: 0o600 });
  }
  return Object.fromEntries(GENERATED.filter((n) => !process.env[n]).map((n) => [n, stored[n]!]));
}
