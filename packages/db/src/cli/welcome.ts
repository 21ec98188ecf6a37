import type { DemoLogin } from '../seed/demo.ts';

const web = () => process.env.SITE_URL ?? `http://localhost:${process.env.WEB_PORT ?? 3000}`;
const admin = () => process.env.ADMIN_URL ?? `http://localhost:${process.env.ADMIN_PORT ?? 3001}`;

/** What a newcomer needs after `pnpm start`: where the two apps are and how to log in. */
export function printWelcome(logins: DemoLogin[] | undefined, title = 'Vestnik is running:'): void {
  const site = web().replace(/\/$/, '');
  // The Kazakh edition is a part of the same site: a newcomer should know it is there.
  const lines = [
    '',
    title,
    `  site   ${site}  (Kazakh edition: ${site}/kk)`,
    `  admin  ${admin()}`,
  ];
  if (logins?.length) {
    lines.push('', 'Demo logins (also kept in .data/demo-logins.json):');
    for (const login of logins) {
      lines.push(`  ${login.role.padEnd(7)} ${login.email.padEnd(24)} ${login.password}`);
    }
  }
  console.log(`${lines.join('\n')}\n`);
}

/** Prints the welcome once both apps answer HTTP (or after two minutes, whichever comes first). */
export async function announceWhenReady(logins: DemoLogin[] | undefined): Promise<void> {
  const answers = async (url: string) => {
    try {
      await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      return false;
    }
  };
  for (let waited = 0; waited < 120_000; waited += 1000) {
    if ((await answers(web())) && (await answers(`${admin()}/login`))) break;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  printWelcome(logins);
}
