import "server-only";
import { and, asc, count, desc, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { auditLogs, users } from "@/db/schema";
import { maskPhone } from "@/lib/accounts/mask";
import { pageOffset, PAGE_SIZE, toPage } from "@/lib/admin/paging";
import { assertCan, type Actor } from "@/lib/auth/policy";

export type AuditFilter = {
  actor: Actor | null;
  action?: string;
  actorId?: number;
  page?: number;
};

/** The audit log, newest first; it is only ever read here, never changed. */
export async function listAuditLogs({ actor, action, actorId, page = 1 }: AuditFilter) {
  assertCan(actor, "audit:read");
  const db = await getDb();
  const where = and(
    action ? eq(auditLogs.action, action) : undefined,
    actorId ? eq(auditLogs.actorId, actorId) : undefined,
  );

  const [rows, [total]] = await Promise.all([
    db
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
      .where(where)
      .orderBy(desc(auditLogs.createdAt), desc(auditLogs.id))
      .limit(PAGE_SIZE)
      .offset(pageOffset(page)),
    db.select({ total: count() }).from(auditLogs).where(where),
  ]);
  const items = rows.map(({ actorPhone, ...row }) => ({
    ...row,
    actorPhoneMasked: maskPhone(actorPhone),
  }));

  return toPage(items, total?.total ?? 0, page);
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
