import { defineRoute, jsonResponse } from '@/lib/route';
import { expireTags, jsonObject, testDataRun } from '@/lib/test-data';

/** `{ tags }`: expires those cache tags on the site and its HTTP caches, as a publish does. */
export const POST = defineRoute({
  permission: 'testData.write',
  run: testDataRun(async ({ request, user }) =>
    jsonResponse(200, { expired: await expireTags(user.id, await jsonObject(request)) }),
  ),
});
