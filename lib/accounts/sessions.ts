import "server-only";
import { eq, sql } from "drizzle-orm";
import { getDb, type Executor } from "@/db/client";
import { users } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/policy";

/** Moves the account to a new session version: every token issued before it stops working. */
export async function bumpSessionVersion(db: Executor, userId: number) {
  await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(eq(users.id, userId));
}

/** 【安全退出系统】: ends every session of the acting user, on every device. */
export async function endAllSessions({ actor }: { actor: Actor }) {
  assertCan(actor, "profile:edit", { ownerId: actor.id });

  await bumpSessionVersion(await getDb(), actor.id);
}
