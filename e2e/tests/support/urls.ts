export const SITE = `http://localhost:${process.env.E2E_WEB_PORT ?? 3100}`;
export const ADMIN = `http://localhost:${process.env.E2E_ADMIN_PORT ?? 3101}`;

/** Varnish in front of SITE when the suite started one (scripts/run-e2e.ts), else undefined. */
export const PROXY = process.env.E2E_PROXY_URL;
