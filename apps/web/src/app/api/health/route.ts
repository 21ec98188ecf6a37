import { connection } from 'next/server';

/**
 * Liveness for load balancers and the HTTP cache's probes: answers while the process serves
 * requests, whatever the database does (cached pages keep being served through an outage).
 */
export async function GET() {
  await connection();
  return Response.json(
    { ok: true, uptime: Math.round(process.uptime()) },
    { headers: { 'cache-control': 'private, no-store' } },
  );
}
