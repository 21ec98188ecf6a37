'use client';

import { useState } from 'react';
import type { LocalCopy } from './local-copy';
import { type CopyMerge, mergeLocalCopy } from './merge-copy';
import type { FormState } from './types';

/**
 * Bringing a kept copy back into the form. A copy of the version in the form is applied as it
 * is; a copy of an older version is merged with this one (merge-copy.ts), and if both sides
 * changed the same thing the form waits for the person's choices.
 */
export function useCopyRestore(options: {
  state: FormState;
  version: number;
  apply: (state: FormState) => void;
}) {
  const [pending, setPending] = useState<CopyMerge | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const restore = (copy: LocalCopy) => {
    const merge = mergeLocalCopy(copy, options.state);
    if (copy.version === options.version) {
      // Nobody saved since the copy was started: it is simply the newer text.
      options.apply({ ...copy.state, authors: copy.state.authors ?? options.state.authors });
      setNotice('Копия восстановлена. Сохраните материал, чтобы она не пропала.');
    } else if (merge.conflicts.length === 0) {
      options.apply(merge.apply({}));
      setNotice(
        `Копия объединена с версией ${options.version}: ваши изменения и изменения другого редактора сохранены в форме. Проверьте и сохраните.`,
      );
    } else setPending(merge);
  };
  const decide = (choices: Parameters<CopyMerge['apply']>[0]) => {
    if (!pending) return;
    options.apply(pending.apply(choices));
    setPending(null);
    setNotice('Копия объединена по вашему выбору. Проверьте и сохраните.');
  };
  return { pending, notice, restore, decide, cancel: () => setPending(null) };
}
