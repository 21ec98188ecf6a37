export const SITE = `http://localhost:${process.env.E2E_WEB_PORT ?? 3100}`;
export const ADMIN = `http://localhost:${process.env.E2E_ADMIN_PORT ?? 3101}`;
