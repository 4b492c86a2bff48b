import "server-only";
import { asc, desc, type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import { maskPhone } from "@/lib/accounts/mask";

/**
 * Keyset pagination over (created_at, id), newest first: a page starts right after the last row
 * shown, so the database reads only one page from the index however long the list is.
 * A cursor is the row's created_at in microseconds since 1970 and its id, e.g. 1767225600123456-42.
 */

export const PAGE_SIZE = 20;

export type PageRequest = { after?: string | null; before?: string | null; limit?: number };
export type Page<T> = {
  items: T[];
  /** Cursor of the next (older) page, when there is one. */
  nextCursor: string | null;
  /** Cursor of the previous (newer) page, when there is one. */
  previousCursor: string | null;
};

type Key = { createdAt: string; id: number };
type KeyColumns = { createdAt: PgColumn; id: PgColumn };

/** The cursor value of a row, selected beside it (JavaScript dates hold only milliseconds). */
export function cursorColumn(columns: KeyColumns) {
  return sql<string>`(extract(epoch from ${columns.createdAt}) * 1000000)::bigint::text
    || '-' || ${columns.id}`;
}

function decodeCursor(cursor: string | null | undefined): Key | null {
  const match = cursor ? /^(\d{1,17})-(\d{1,10})$/.exec(cursor) : null;
  if (!match) return null;
  const micros = BigInt(match[1] as string);
  const iso = new Date(Number(micros / 1000n)).toISOString();
  const fraction = String(micros % 1000000n).padStart(6, "0");

  return { createdAt: iso.replace(/\.\d{3}Z$/, `.${fraction}Z`), id: Number(match[2]) };
}

/** The condition and order of one page; `isBackward` pages read towards newer rows. */
export function keysetQuery(columns: KeyColumns, request: PageRequest) {
  const before = decodeCursor(request.before);
  const after = before ? null : decodeCursor(request.after);
  const key = before ?? after;
  const limit = Math.min(Math.max(request.limit ?? PAGE_SIZE, 1), 100);
  const isBackward = before !== null;
  let where: SQL | undefined;
  if (key) {
    const row = sql`(${columns.createdAt}, ${columns.id})`;
    const bound = sql`(${key.createdAt}::timestamptz, ${key.id}::integer)`;
    where = isBackward ? sql`${row} > ${bound}` : sql`${row} < ${bound}`;
  }
  const orderBy = isBackward
    ? [asc(columns.createdAt), asc(columns.id)]
    : [desc(columns.createdAt), desc(columns.id)];

  return { where, orderBy, limit: limit + 1, pageSize: limit, isBackward, hasCursor: key !== null };
}

export type KeysetQuery = ReturnType<typeof keysetQuery>;

/** Trims the extra row read to learn whether more follow, and names the neighbouring pages. */
export function toPage<T extends { cursor: string }>(rows: T[], query: KeysetQuery): Page<T> {
  const hasMore = rows.length > query.pageSize;
  const pageRows = rows.slice(0, query.pageSize);
  if (query.isBackward) pageRows.reverse();
  const first = pageRows[0];
  const last = pageRows[pageRows.length - 1];
  const hasNewer = query.isBackward ? hasMore : query.hasCursor;
  const hasOlder = query.isBackward ? true : hasMore;

  return {
    items: pageRows,
    nextCursor: hasOlder && last ? last.cursor : null,
    previousCursor: hasNewer && first ? first.cursor : null,
  };
}

/** Other people's phone numbers leave the domain masked. */
export function maskSenders<T extends { senderPhone: string }>(page: Page<T>): Page<T> {
  return {
    ...page,
    items: page.items.map((item) => ({ ...item, senderPhone: maskPhone(item.senderPhone) })),
  };
}
