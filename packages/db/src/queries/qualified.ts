import { type Column, getTableName, type SQL, sql } from 'drizzle-orm';

/**
 * A column written as "table"."column". Drizzle leaves names unqualified when a query reads one
 * table, so inside a correlated subquery `${articles.id}` becomes a bare "id" — which PostgreSQL
 * resolves to the subquery's own table (users.id) when it has one. Use this for every outer
 * column referenced from inside a subquery.
 */
export function qualified(column: Column): SQL {
  return sql`${sql.identifier(getTableName(column.table))}.${sql.identifier(column.name)}`;
}
