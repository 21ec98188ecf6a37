// The integration tests' PostgreSQL: TEST_DATABASE_URL's server when set (CI), else an embedded
// one started for the run (see @vestnik/db/testing/global-setup).
export { default } from '@vestnik/db/testing/global-setup';
