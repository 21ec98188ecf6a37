import { defineRoute, jsonResponse } from '@/lib/route';
import {
  createEntity,
  entityKind,
  jsonObject,
  readEntity,
  slugParam,
  testDataRun,
} from '@/lib/test-data';

/** One row by its address, `?slug=`: how a test finds a row it did not make (the demo's). */
export const GET = defineRoute<{ kind: string }>({
  permission: 'testData.write',
  run: testDataRun(async ({ request, params }) =>
    jsonResponse(200, await readEntity(entityKind(params.kind), slugParam(request))),
  ),
});

/** Makes an article, rubric, user or source (lib/test-data.ts); answers the whole row. */
export const POST = defineRoute<{ kind: string }>({
  permission: 'testData.write',
  run: testDataRun(async ({ request, user, params }) =>
    jsonResponse(
      201,
      await createEntity(user.id, entityKind(params.kind), await jsonObject(request)),
    ),
  ),
});
