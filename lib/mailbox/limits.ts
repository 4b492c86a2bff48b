import "server-only";
import { and, count, eq, gte } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { appointments, letters, users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { chinaDayStart } from "./dates";

/** How many of each a person may send per day (China time), to stop floods. */
export const DAILY_LIMITS = { letter: 10, appointment: 5 } as const;

const tables = { letter: letters, appointment: appointments };
const messages = {
  letter: `每人每天最多写 ${DAILY_LIMITS.letter} 封信，今天的次数已用完，请明天再写`,
  appointment: `每人每天最多提交 ${DAILY_LIMITS.appointment} 个预约，今天的次数已用完，请明天再约`,
};

/**
 * Counts today's items of the author in the database. The author's row is locked first, so two
 * submissions at the same moment are counted one after the other and never both slip through.
 */
export async function assertWithinDailyLimit(
  tx: Transaction,
  kind: keyof typeof DAILY_LIMITS,
  authorId: number,
) {
  await tx.select({ id: users.id }).from(users).where(eq(users.id, authorId)).for("no key update");
  const table = tables[kind];
  const [row] = await tx
    .select({ sent: count() })
    .from(table)
    .where(and(eq(table.authorId, authorId), gte(table.createdAt, chinaDayStart())));

  if ((row?.sent ?? 0) >= DAILY_LIMITS[kind]) throw new AppError("RATE_LIMITED", messages[kind]);
}
