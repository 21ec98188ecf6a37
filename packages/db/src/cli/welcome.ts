import type { DemoLogin } from '../seed/demo.ts';

/** What a newcomer needs after `pnpm start`: where the two apps are and how to log in. */
export function printWelcome(logins: DemoLogin[] | undefined): void {
  const web = process.env.SITE_URL ?? `http://localhost:${process.env.WEB_PORT ?? 3000}`;
  const admin = process.env.ADMIN_URL ?? `http://localhost:${process.env.ADMIN_PORT ?? 3001}`;
  const lines = ['', 'Vestnik is starting:', `  site   ${web}`, `  admin  ${admin}`];
  if (logins?.length) {
    lines.push('', 'Demo logins (also kept in .data/demo-logins.json):');
    for (const login of logins) {
      lines.push(`  ${login.role.padEnd(7)} ${login.email.padEnd(24)} ${login.password}`);
    }
  }
  console.log(`${lines.join('\n')}\n`);
}
