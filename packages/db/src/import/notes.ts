/** What an import dropped or approximated, counted by kind («<iframe> заменён ссылкой»: 2). */
export type Notes = Map<string, number>;

export function note(notes: Notes, what: string, count = 1) {
  notes.set(what, (notes.get(what) ?? 0) + count);
}
