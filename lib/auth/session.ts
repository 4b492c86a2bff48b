import "server-only";
import { cache } from "react";
import { eq } from "drizzle-orm";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { authSecret } from "@/lib/secrets";
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

const sessionCookieNames = ["__Secure-authjs.session-token", "authjs.session-token"];

/**
 * The session token of this request, read through cookies() rather than Auth.js's auth(): after
 * a server action signs in (registration, a new password), Next renders the next page in the
 * same request with the cookies the action set, but with the request headers auth() reads.
 */
async function readSessionToken() {
  const jar = await cookies();
  for (const name of sessionCookieNames) {
    const value = jar.get(name)?.value;
    if (!value) continue;
    try {
      return await decode({ token: value, secret: authSecret(), salt: name });
    } catch {
      return null;
    }
  }

  return null;
}

/** The signed-in user of this request, or null; read once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const token = await readSessionToken();
  const userId = Number(token?.sub);
  const sessionVersion = Number(token?.sessionVersion);
  if (!Number.isInteger(userId) || !Number.isInteger(sessionVersion)) return null;

  return loadSessionUser(userId, sessionVersion);
});

export async function requireSessionUser(): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) throw new AppError("UNAUTHENTICATED");

  return user;
}
