import { sharedDatabase } from '@vestnik/db/client';
import { env } from '@/env';

export function db() {
  return sharedDatabase(env().DATABASE_URL, { applicationName: 'vestnik-admin' });
}
