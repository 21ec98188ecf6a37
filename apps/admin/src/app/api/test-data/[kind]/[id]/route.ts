import { defineRoute, jsonResponse } from '@/lib/route';
import {
  entityKind,
  jsonObject,
  readEntity,
  rowId,
  testDataRun,
  updateEntity,
} from '@/lib/test-data';

type Params = { kind: string; id: string };

/** One row as it is in the database now (an article with its authorIds). */
export const GET = defineRoute<Params>({
  permission: 'testData.write',
  run: testDataRun(async ({ params }) =>
    jsonResponse(200, await readEntity(entityKind(params.kind), { id: rowId(params.id) })),
  ),
});

/** Sets the given columns of one row and expires the pages of its old and new state. */
export const PATCH = defineRoute<Params>({
  permission: 'testData.write',
  run: testDataRun(async ({ request, user, params }) => {
    const kind = entityKind(params.kind);
    const id = rowId(params.id);
    return jsonResponse(200, await updateEntity(user.id, kind, id, await jsonObject(request)));
  }),
});
