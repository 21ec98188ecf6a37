// TEST_DATABASE_URL's server when set (CI), else an embedded PostgreSQL for the run.
export { default } from '@vestnik/db/testing/global-setup';
