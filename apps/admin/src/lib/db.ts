import { sharedDatabase } from '@vestnik/db/client';
import { databaseUrl } from '@/env';

export function db() {
  return sharedDatabase(databaseUrl(), { applicationName: 'vestnik-admin' });
}
