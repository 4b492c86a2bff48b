"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { notificationSchema } from "@/lib/notifications/schemas";
import { userAction } from "@/lib/actions";
import { markAllRead, markRead } from "@/lib/notifications/read";

// The header's unread count sits in the root layout, so the whole tree is refreshed.
function refreshCounts() {
  revalidatePath("/", "layout");
}

export const markReadAction = userAction(notificationSchema, async ({ notificationId }, user) => {
  await markRead({ actor: user, notificationId });
  refreshCounts();
});

export const markAllReadAction = userAction(z.object({}), async (_input, user) => {
  const count = await markAllRead({ actor: user });
  refreshCounts();

  return { count };
});
