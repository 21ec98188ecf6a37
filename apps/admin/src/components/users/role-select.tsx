import type { UserRole } from '@vestnik/db/schema';

export const ROLE_NAMES: Record<UserRole, string> = {
  admin: 'администратор',
  editor: 'редактор',
  author: 'автор',
};

export function RoleSelect({ value, label }: { value?: UserRole; label?: string }) {
  return (
    <select name="role" defaultValue={value ?? 'author'} aria-label={label}>
      {Object.entries(ROLE_NAMES).map(([role, name]) => (
        <option key={role} value={role}>
          {name}
        </option>
      ))}
    </select>
  );
}
