import "server-only";
import { getSessionUser } from "@/lib/auth/session";

/** What the header shows of the signed-in user. */
export type HeaderUser = { name: string; isVerifiedSecretary: boolean };

/** The signed-in user for the header, or null for a visitor (or a session that has ended). */
export async function getHeaderUser(): Promise<HeaderUser | null> {
  const user = await getSessionUser();
  if (!user) return null;

  return { name: user.realName, isVerifiedSecretary: user.type === "secretary" && user.isVerified };
}
