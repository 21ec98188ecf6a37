/** An error whose message is one sentence meant for the person running the command. */
export class UserFacingError extends Error {
  override name = 'UserFacingError';
}

type PgLikeError = { code?: string; errno?: string; message?: string; hostname?: string };

function describeTarget(url: string): string {
  try {
    const parsed = new URL(url);
    const database = parsed.pathname.replace(/^\//, '') || '(default)';
    return `${parsed.hostname}:${parsed.port || '5432'}, database "${database}"`;
  } catch {
    return 'the address in DATABASE_URL';
  }
}

/** Turns a driver error on first connect into one sentence that names the problem and the fix. */
export function describeConnectionError(error: unknown, url: string): string {
  const e = (error ?? {}) as PgLikeError;
  const target = describeTarget(url);
  const hint = 'Fix DATABASE_URL, or unset it to use the embedded database.';
  switch (e.code ?? e.errno) {
    case 'ECONNREFUSED':
      return `Cannot connect to PostgreSQL at ${target}: connection refused (is the server running?). ${hint}`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `Cannot connect to PostgreSQL: the host in DATABASE_URL (${e.hostname ?? target}) does not resolve. ${hint}`;
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
      return `Cannot connect to PostgreSQL at ${target}: no answer within 10 seconds. ${hint}`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${target} refused the user name or password in DATABASE_URL. ${hint}`;
    case '3D000':
      return `PostgreSQL at ${target} has no such database; create it (createdb) or fix DATABASE_URL.`;
    case 'ERR_INVALID_URL':
      return `DATABASE_URL is not a valid postgres:// URL. ${hint}`;
    default:
      return `Cannot use PostgreSQL at ${target}: ${e.message ?? String(error)}. ${hint}`;
  }
}
