import "server-only";
import { and, asc, desc, eq, gt, inArray, lt } from "drizzle-orm";
import { getDb } from "@/db/client";
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

/** What the filters offer: the actions recorded so far and the people who acted. */
export async function listAuditFilterOptions({ actor }: { actor: Actor | null }) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const actions = await db
    .selectDistinct({ action: auditLogs.action })
    .from(auditLogs)
    .orderBy(asc(auditLogs.action));
  const actorIds = db.selectDistinct({ id: auditLogs.actorId }).from(auditLogs);
  const actors = await db
    .select({ id: users.id, realName: users.realName, phone: users.phone })
    .from(users)
    .where(inArray(users.id, actorIds))
    .orderBy(asc(users.realName));

  return {
    actions: actions.map((row) => row.action),
    actors: actors.map(({ phone, ...row }) => ({ ...row, phoneMasked: maskPhone(phone) })),
  };
}
