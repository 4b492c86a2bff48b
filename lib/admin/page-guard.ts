import "server-only";
import { forbidden, redirect } from "next/navigation";
import { can } from "@/lib/auth/policy";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

/**
 * The admin console's gate for layouts and pages: a visitor is sent to sign in, anyone else who
 * is not an admin gets 403. The layout cannot know the address, so a visitor comes back to the
 * dashboard; a page passes its own. Each page calls it again (a layout is not re-run on every
 * navigation) and every query behind the page checks the permission once more.
 */
export async function requireAdminPage(path = "/admin"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  if (!can(user, "admin:access")) forbidden();

  return user;
}
