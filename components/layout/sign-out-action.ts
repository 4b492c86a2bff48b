"use server";

import { redirect } from "next/navigation";

/**
 * 【退出】 in the header. Accounts will end the session here; until then it only returns home,
 * since no one can be signed in yet.
 */
export async function signOutAction(): Promise<void> {
  redirect("/");
}
