import { documentFromParagraphs } from '@vestnik/content/document';

/** A complete editor form for article actions, with the fields a test cares about overridden. */
export function articleForm(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Қазақстан өңірлерінде көктемгі егіс басталды',
    lead: 'Аграрии вышли в поле.',
    body: documentFromParagraphs(['Посевная стартовала.']),
    slug: '',
    slugManual: false,
    rubricId: null as number | null,
    heroMediaId: null,
    breaking: false,
    featured: false,
    publishAt: '',
    embargoUntil: '',
    tags: [],
    sources: [],
    relatedIds: [],
    ...overrides,
  };
}

/** The data of a successful action result; a refusal fails the test with its Russian message. */
export function ok<T>(result: { ok: true; data: T } | { ok: false; error: string }): T {
  if (!result.ok) throw new Error(`expected success, got: ${result.error}`);
  return result.data;
}
