import "server-only";
import type { Executor } from "@/db/client";
import { notifications } from "@/db/schema";

type NewNotification = { userId: number; title: string; body: string; link?: string };

/** Tells a user the outcome of something they wait on; written in the deciding transaction. */
export async function notify(db: Executor, notification: NewNotification) {
  await db.insert(notifications).values(notification);
}
