import "server-only";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { notifications } from "@/db/schema";
import { pageOffset, PAGE_SIZE, toPage } from "@/lib/paging";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/policy";

function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");

  return actor;
}

/** The actor's own notifications, newest first. */
export async function listNotifications({
  actor,
  page = 1,
}: {
  actor: Actor | null;
  page?: number;
}) {
  const { id } = requireActor(actor);
  const db = await getDb();
  const mine = eq(notifications.userId, id);

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: notifications.id,
        title: notifications.title,
        body: notifications.body,
        link: notifications.link,
        readAt: notifications.readAt,
        createdAt: notifications.createdAt,
      })
      .from(notifications)
      .where(mine)
      .orderBy(desc(notifications.createdAt), desc(notifications.id))
      .limit(PAGE_SIZE)
      .offset(pageOffset(page)),
    db.select({ total: count() }).from(notifications).where(mine),
  ]);

  return toPage(rows, total?.total ?? 0, page);
}

export async function countUnread({ actor }: { actor: Actor | null }): Promise<number> {
  const { id } = requireActor(actor);
  const db = await getDb();
  const [row] = await db
    .select({ total: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, id), isNull(notifications.readAt)));

  return row?.total ?? 0;
}

/** Marks one of the actor's notifications read; someone else's is treated as missing. */
export async function markRead({
  actor,
  notificationId,
}: {
  actor: Actor | null;
  notificationId: number;
}) {
  const { id } = requireActor(actor);
  const db = await getDb();
  const [row] = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(
      and(
        eq(notifications.id, notificationId),
        eq(notifications.userId, id),
        isNull(notifications.readAt),
      ),
    )
    .returning({ id: notifications.id });
  if (row) return;

  const [own] = await db
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(eq(notifications.id, notificationId), eq(notifications.userId, id)));
  if (!own) throw new AppError("NOT_FOUND", "该通知不存在");
}

export async function markAllRead({ actor }: { actor: Actor | null }): Promise<number> {
  const { id } = requireActor(actor);
  const db = await getDb();
  const rows = await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, id), isNull(notifications.readAt)))
    .returning({ id: notifications.id });

  return rows.length;
}
