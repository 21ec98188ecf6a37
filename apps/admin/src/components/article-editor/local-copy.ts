import type { FormState } from './types';

/**
 * Text typed but not saved, kept in the browser. `base` is the saved version the text was
 * typed on (`version`): restoring the copy over a newer version merges against it, so the other
 * editor's changes are kept (copies from before bases were kept have none).
 */
export type LocalCopy = { state: FormState; base?: FormState; version: number; at: string };

export const localCopyKey = (id: number | null) => `vestnik:article:${id ?? 'new'}`;

export function readLocalCopy(key: string): LocalCopy | null {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as LocalCopy) : null;
  } catch {
    // A damaged copy is not worth an error.
    return null;
  }
}

export function writeLocalCopy(key: string, copy: LocalCopy) {
  try {
    localStorage.setItem(key, JSON.stringify(copy));
  } catch {
    // Storage full or disabled: the form still holds the text.
  }
}
