import "server-only";
import { redirect } from "next/navigation";
import { registrationResumePath } from "@/lib/accounts/login";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

/**
 * The signed-in user of a 用户中心 page. Checked by every page, not only by the layout, since
 * a layout is not rendered again when the user moves between its pages.
 */
export async function requireUserCenterUser(path = "/user"): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(path)}`);
  const resume = registrationResumePath(user.registrationStep);
  if (resume) redirect(resume);

  return user;
}
