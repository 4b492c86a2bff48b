import "server-only";
import { redirect } from "next/navigation";
import { registrationResumePath } from "@/lib/accounts/login";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";

const pagePaths = { 2: "/register/type", 3: "/register/profile", 4: "/register/volunteer" };

/**
 * The signed-in user on the page of registration step `step`. A visitor goes to login (which
 * brings them back to their step); a user at another step goes to theirs. The type page stays
 * open until step 3 is submitted, for 【返回】.
 */
export async function requireRegistrationStep(step: 2 | 3 | 4): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(pagePaths[step])}`);

  const isHere = user.registrationStep === step || (step === 2 && user.registrationStep === 3);
  if (!isHere) redirect(registrationResumePath(user.registrationStep) ?? "/user");

  return user;
}
