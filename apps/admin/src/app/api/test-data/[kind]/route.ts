import { defineRoute, jsonResponse } from '@/lib/route';
import { createEntity, entityKind, jsonObject, testDataRun } from '@/lib/test-data';

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
