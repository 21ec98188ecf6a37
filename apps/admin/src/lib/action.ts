import type { CacheTag } from '@vestnik/cache/tags';
import { type WriteAuditParams, writeAudit } from '@vestnik/db/queries/audit';
import type { SessionUser } from '@vestnik/db/queries/users';
import { headers } from 'next/headers';
import type { z } from 'zod';
import { clientIp } from './client-ip';
import { db } from './db';
import { databaseUnavailable, foreignKeyViolation } from './db-errors';
import { can, type Permission } from './permissions';
import { requestRevalidation } from './revalidate';
import { currentUser } from './session';
import { findUnstorableText, INVALID_TEXT } from './text-input';

/**
 * Why an action refused, for the program (the sentence in `error` is for the person; callers
 * branch on the code, never on the wording). `rejected`: a rule of the domain said no, and the
 * sentence says which.
 */
export type ActionErrorCode =
  | 'unauthenticated'
  | 'forbidden'
  | 'must-change-password'
  | 'invalid'
  | 'not-found'
  | 'missing-reference'
  | 'stale'
  | 'rejected'
  /** The database did not answer: nothing was written; the same action may simply be repeated. */
  | 'unavailable';

export type ActionError = {
  ok: false;
  code: ActionErrorCode;
  error: string;
  fieldErrors?: Record<string, string>;
};

export type ActionResult<T = undefined> =
  /** `warning`: done, but something after the commit failed (e.g. a cache could not be purged). */
  { ok: true; data: T; warning?: string } | ActionError;

type Tx = Parameters<Parameters<ReturnType<typeof db>['transaction']>[0]>[0];

export type ActionContext<I> = { input: I; user: SessionUser; tx: Tx };

/** A refusal from `run` or `before`; without a code it is a domain rule's `rejected`. */
export type Refusal = Omit<ActionError, 'code'> & { code?: ActionErrorCode };

const refuse = (refusal: Refusal): ActionError => ({
  ok: false,
  code: refusal.code ?? 'rejected',
  error: refusal.error,
  ...(refusal.fieldErrors ? { fieldErrors: refusal.fieldErrors } : {}),
});

/** What `run` returns: the result plus what to audit and which site cache tags to expire. */
export type ActionOutcome<T> =
  | { ok: true; data: T; audit?: Omit<WriteAuditParams, 'userId' | 'ip'>; revalidate?: CacheTag[] }
  | Refusal;

export const MISSING_REFERENCE =
  'Связанная запись не найдена: возможно, её удалили. Обновите страницу и попробуйте снова.';
export const NOT_SIGNED_IN = 'Сессия истекла. Войдите снова.';
export const FORBIDDEN = 'Недостаточно прав для этого действия.';

/** Thrown inside the transaction to roll it back when `run` refuses. */
const refusal = new Error('action refused');
export const MUST_CHANGE_PASSWORD = 'Сначала смените временный пароль.';
export const DATABASE_UNAVAILABLE =
  'База данных сейчас недоступна: изменения не сохранены. Всё введённое осталось в форме — повторите через минуту.';

function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) out[issue.path.join('.') || '_'] ??= issue.message;
  return out;
}

/**
 * The one shape of every server action: parse input → authenticate → authorize from the
 * permission table → run in a transaction → audit in the same transaction → ask the site to
 * revalidate after commit. `authorize` may refine the check with the loaded data (e.g. "own
 * article") by returning an error from `run`.
 */
export function defineAction<S extends z.ZodType, T>(options: {
  schema: S;
  permission: Permission;
  /**
   * Optional check after authorization and validation, outside the transaction: for work whose
   * record must outlive a refusal (a refusal rolls the transaction back), i.e. the password-guess
   * limit of change-password. Returns a refusal, or undefined to go on to `run`.
   */
  before?: (ctx: {
    input: z.infer<S>;
    user: SessionUser;
    ip: string;
  }) => Promise<Refusal | undefined>;
  run: (ctx: ActionContext<z.infer<S>>) => Promise<ActionOutcome<T>>;
}) {
  const attempt = async (raw: unknown): Promise<ActionResult<T>> => {
    const user = await currentUser();
    if (!user) return { ok: false, code: 'unauthenticated', error: NOT_SIGNED_IN };
    if (!can(user.role, options.permission)) {
      return { ok: false, code: 'forbidden', error: FORBIDDEN };
    }
    // A one-time password opens only the page that replaces it: nothing else may be changed yet.
    if (user.mustChangePassword && options.permission !== 'account.changePassword') {
      return { ok: false, code: 'must-change-password', error: MUST_CHANGE_PASSWORD };
    }
    // Before the schema: a NUL in any field, however deep (tags, sources, the body document), is
    // a message for the user, never a database error.
    const unstorable = findUnstorableText(raw);
    if (unstorable) {
      const fields = { [unstorable]: INVALID_TEXT };
      return { ok: false, code: 'invalid', error: INVALID_TEXT, fieldErrors: fields };
    }
    const parsed = options.schema.safeParse(raw);
    if (!parsed.success) {
      const fields = fieldErrors(parsed.error);
      return { ok: false, code: 'invalid', error: 'Проверьте поля формы.', fieldErrors: fields };
    }
    const ip = clientIp(await headers());
    const stop = await options.before?.({ input: parsed.data, user, ip });
    if (stop) return refuse(stop);
    let tags: CacheTag[] = [];
    let refused: Extract<ActionOutcome<T>, { ok: false }> | undefined;
    let result: ActionOutcome<T>;
    try {
      result = await db().transaction(async (tx) => {
        const outcome = await options.run({ input: parsed.data, user, tx });
        if (!outcome.ok) {
          // A refusal undoes whatever `run` wrote before deciding to refuse (e.g. a tag created
          // for a save that then turned out to be stale).
          refused = outcome;
          throw refusal;
        }
        if (outcome.audit) await writeAudit(tx, { ...outcome.audit, userId: user.id, ip });
        tags = outcome.revalidate ?? [];
        return outcome;
      });
    } catch (error) {
      // A rubric, image, source or article chosen in the form and deleted meanwhile (or an id
      // that never existed): the database refuses the reference, the user gets a sentence.
      if (foreignKeyViolation(error)) {
        return { ok: false, code: 'missing-reference', error: MISSING_REFERENCE };
      }
      if (error !== refusal || !refused) throw error;
      result = refused;
    }
    if (!result.ok) return refuse(result);
    const warning = tags.length ? await requestRevalidation(tags) : undefined;
    return warning ? { ok: true, data: result.data, warning } : { ok: true, data: result.data };
  };
  // The database away (refused, timed out, restarting) is a sentence for the editor, whose text
  // stays in the form, not an error page: the transaction never committed.
  const action = async (raw: unknown): Promise<ActionResult<T>> => {
    try {
      return await attempt(raw);
    } catch (error) {
      if (!databaseUnavailable(error)) throw error;
      return { ok: false, code: 'unavailable', error: DATABASE_UNAVAILABLE };
    }
  };
  // The permission and the input schema travel with the action so the authorization matrix and
  // the input fuzz tests can walk every action without a hand-kept list.
  return Object.assign(action, { permission: options.permission, schema: options.schema });
}
