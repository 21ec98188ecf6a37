import { defineRoute, jsonResponse } from '@/lib/route';
import { forgetLoginAttempts, jsonObject, loginAttemptsOf, testDataRun } from '@/lib/test-data';

/** `?email=`: the login attempts recorded for that address (client address, success, time). */
export const GET = defineRoute({
  permission: 'testData.write',
  run: testDataRun(async ({ request }) =>
    jsonResponse(200, await loginAttemptsOf(new URL(request.url).searchParams.get('email'))),
  ),
});

/** `{ emails }`: forgets those addresses' attempts, so their failures stop counting anywhere. */
export const DELETE = defineRoute({
  permission: 'testData.write',
  run: testDataRun(async ({ request, user }) =>
    jsonResponse(200, { deleted: await forgetLoginAttempts(user.id, await jsonObject(request)) }),
  ),
});
