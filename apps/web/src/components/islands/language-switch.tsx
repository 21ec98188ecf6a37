'use client';

import { useSelectedLayoutSegments } from 'next/navigation';
import type { Edition } from '@/lib/edition';
import { switchTarget } from '@/lib/language-switch';

type Props = { edition: Edition; to: Edition; label: string; hint: string; className?: string };

/**
 * The header's link to the other edition. It reads the route below the edition's layout (on the
 * server too, so the stored page carries the right address and works without JavaScript).
 */
export function LanguageSwitch({ edition, to, label, hint, className }: Props) {
  const segments = useSelectedLayoutSegments();
  return (
    <a
      href={switchTarget(segments, edition, to)}
      hrefLang={to}
      lang={to}
      title={hint}
      className={className}
      data-language-switch=""
    >
      {label}
    </a>
  );
}
