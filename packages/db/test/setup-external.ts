// The server in TEST_DATABASE_URL (vitest.config.ts adds this engine only when it is set).
export { default } from '../src/testing/global-setup.ts';
