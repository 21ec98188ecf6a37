import { describeAuditSummary } from '@/lib/audit-summary';
import { formatDateTime } from '@/lib/format';

/** "поле: было → стало" for every field that changed, then any other recorded facts. */
export function AuditSummary({ summary, entityType }: { summary: unknown; entityType: string }) {
  const lines = describeAuditSummary(summary, { entityType, formatDate: formatDateTime });
  if (lines.length === 0) return null;
  return (
    <ul className="audit-changes">
      {lines.map((line) => (
        <li key={`${line.kind}:${line.field}`}>
          {line.label}:{' '}
          {line.kind === 'changed' ? (
            <>
              <del>{line.before}</del> → <ins>{line.after}</ins>
            </>
          ) : line.kind === 'removed' ? (
            <del>{line.value}</del>
          ) : (
            line.value
          )}
        </li>
      ))}
    </ul>
  );
}
