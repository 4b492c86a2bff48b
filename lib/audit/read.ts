import "server-only";
import { and, asc, desc, eq, gt, inArray, lt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { queryRows } from "@/db/rows";
import { auditLogs, users } from "@/db/schema";
import { maskPhone } from "@/lib/accounts/mask";
import { PAGE_SIZE } from "@/lib/paging";
import { assertCan, type Actor } from "@/lib/auth/policy";

export type AuditFilter = {
  actor: Actor | null;
  action?: string;
  actorId?: number;
  /** Entries older than this id (the next page), or newer than `after` (the previous one). */
  before?: number;
  after?: number;
};

/**
 * The audit log, newest first, read by cursor: the log only grows, so pages are found by id
 * rather than counted and skipped. It is only ever read here, never changed.
 */
export async function listAuditLogs({ actor, action, actorId, before, after }: AuditFilter) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const isGoingBack = after !== undefined;

  const rows = await db
    .select({
      id: auditLogs.id,
      action: auditLogs.action,
      targetType: auditLogs.targetType,
      targetId: auditLogs.targetId,
      detail: auditLogs.detail,
      createdAt: auditLogs.createdAt,
      actorId: auditLogs.actorId,
      actorName: users.realName,
      actorPhone: users.phone,
    })
    .from(auditLogs)
    .innerJoin(users, eq(users.id, auditLogs.actorId))
    .where(
      and(
        action ? eq(auditLogs.action, action) : undefined,
        actorId ? eq(auditLogs.actorId, actorId) : undefined,
        before !== undefined ? lt(auditLogs.id, before) : undefined,
        isGoingBack ? gt(auditLogs.id, after) : undefined,
      ),
    )
    .orderBy(isGoingBack ? asc(auditLogs.id) : desc(auditLogs.id))
    .limit(PAGE_SIZE + 1);
  const hasMore = rows.length > PAGE_SIZE;
  const page = rows.slice(0, PAGE_SIZE);
  if (isGoingBack) page.reverse();
  const items = page.map(({ actorPhone, ...row }) => ({
    ...row,
    actorPhoneMasked: maskPhone(actorPhone),
  }));
  const hasOlder = isGoingBack || hasMore;
  const hasNewer = isGoingBack ? hasMore : before !== undefined;

  return {
    items,
    olderThan: hasOlder ? (items.at(-1)?.id ?? null) : null,
    newerThan: hasNewer ? (items[0]?.id ?? null) : null,
  };
}

export type AuditListItem = Awaited<ReturnType<typeof listAuditLogs>>["items"][number];

/**
 * Every distinct value of an indexed column, found by jumping from one value to the next through
 * the index rather than reading the whole log (Postgres has no skip scan of its own).
 */
function distinctValues(column: "action" | "actor_id") {
  const name = sql.identifier(column);

  return sql`with recursive found(value) as (
      (select ${name} from ${auditLogs} order by ${name} limit 1)
      union all
      select (select ${name} from ${auditLogs} where ${name} > found.value
        order by ${name} limit 1)
      from found where found.value is not null
    )
    select value from found where value is not null`;
}

/** What the filters offer: the actions recorded so far and the people who acted. */
export async function listAuditFilterOptions({ actor }: { actor: Actor | null }) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const [actions, actorIds] = await Promise.all([
    queryRows<{ value: string }>(db, distinctValues("action")),
    queryRows<{ value: number | string }>(db, distinctValues("actor_id")),
  ]);
  const ids = actorIds.map((row) => Number(row.value));
  const actors =
    ids.length === 0
      ? []
      : await db
          .select({ id: users.id, realName: users.realName, phone: users.phone })
          .from(users)
          .where(inArray(users.id, ids))
          .orderBy(asc(users.realName));

  return {
    actions: actions.map((row) => row.value),
    actors: actors.map(({ phone, ...row }) => ({ ...row, phoneMasked: maskPhone(phone) })),
  };
}
