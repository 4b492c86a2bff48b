import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import type { Actor } from "./policy";

export type SessionUser = Actor & {
  realName: string;
  status: "active" | "disabled";
  sessionVersion: number;
};

/** Loads the account behind a session token; a token of an older session version is void. */
export async function loadSessionUser(userId: number, sessionVersion: number) {
  const db = await getDb();
  const [row] = await db
    .select({
      id: users.id,
      realName: users.realName,
      role: users.role,
      type: users.type,
      status: users.status,
      communityId: users.communityId,
      registrationStep: users.registrationStep,
      sessionVersion: users.sessionVersion,
      verifiedAt: users.verifiedAt,
    })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || row.status !== "active" || row.sessionVersion !== sessionVersion) return null;
  const { verifiedAt, ...rest } = row;

  return { ...rest, isVerified: verifiedAt !== null } satisfies SessionUser;
}

/** The signed-in user of this request, or null; read once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const userId = Number(session?.user?.id);
  const sessionVersion = Number(session?.sessionVersion);
  if (!Number.isInteger(userId) || !Number.isInteger(sessionVersion)) return null;

  return loadSessionUser(userId, sessionVersion);
});

export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");

  return user;
}
