import { defineRoute, jsonResponse } from '@/lib/route';
import { insertLinkRows, jsonObject, testDataRun } from '@/lib/test-data';

/** `{ table, rows }`: adds an article's tags, sources, related articles, old slugs, views… */
export const POST = defineRoute({
  permission: 'testData.write',
  run: testDataRun(async ({ request, user }) =>
    jsonResponse(201, await insertLinkRows(user.id, await jsonObject(request))),
  ),
});
