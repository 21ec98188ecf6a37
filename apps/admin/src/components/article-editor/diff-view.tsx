import type { DiffPart } from '@/lib/word-diff';
import styles from './editor.module.css';

const TAGS = { same: 'span', added: 'ins', removed: 'del' } as const;

/** Word diff: insertions and deletions marked with <ins>/<del> (announced by screen readers). */
export function DiffView({ parts }: { parts: DiffPart[] }) {
  return (
    <p className={styles.diff}>
      {parts.map((part, i) => {
        const Tag = TAGS[part.kind];
        // biome-ignore lint/suspicious/noArrayIndexKey: a diff is rendered once and never reordered
        return <Tag key={i}>{part.text}</Tag>;
      })}
    </p>
  );
}
