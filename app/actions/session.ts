"use server";

import { signOut } from "@/auth";
import { endAllSessions } from "@/lib/accounts/sessions";
import { getSessionUser } from "@/lib/auth/session";

/** 【退出】 in the header: ends this browser's session. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/" });
}

/**
 * 【安全退出系统】: ends every session of the account, on every device, then this one's cookie.
 * A visitor whose session is already gone is simply sent to the login page.
 */
export async function signOutEverywhereAction(): Promise<void> {
  const user = await getSessionUser();
  if (user) await endAllSessions({ actor: user });

  await signOut({ redirectTo: "/login" });
}
