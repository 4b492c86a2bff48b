import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginFailures, users } from "@/db/schema";
import { decoyPasswordHash, verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { consumeCaptcha } from "./captcha";

export const LOCK_WINDOW_MINUTES = 15;
export const MAX_ACCOUNT_FAILURES = 5;
export const MAX_ADDRESS_FAILURES = 20;

type Credentials = {
  identifier: string;
  password: string;
  captchaId: string;
  captcha: string;
  address: string;
};

async function recentFailures(filter: ReturnType<typeof eq>) {
  const db = await getDb();
  const since = sql`now() - make_interval(mins => ${LOCK_WINDOW_MINUTES})`;
  const [row] = await db
    .select({ total: count() })
    .from(loginFailures)
    .where(and(filter, gt(loginFailures.createdAt, since)));

  return row?.total ?? 0;
}

/** The account signed in to by phone or by email (any case), if there is one. */
export async function findUserByIdentifier(identifier: string) {
  const db = await getDb();
  const value = identifier.trim();
  const [user] = await db
    .select()
    .from(users)
    .where(
      value.includes("@")
        ? eq(sql`lower(${users.email})`, value.toLowerCase())
        : eq(users.phone, value),
    );

  return user;
}

/**
 * Checks a sign-in by phone or email. A wrong account and a wrong password get the same
 * message. Five failures in 15 minutes lock the account; an address failing across many
 * accounts is refused too. The counts live in Postgres so every app instance sees them.
 */
export async function authenticate(credentials: Credentials) {
  await consumeCaptcha({ captchaId: credentials.captchaId, answer: credentials.captcha });
  if (
    (await recentFailures(eq(loginFailures.address, credentials.address))) >= MAX_ADDRESS_FAILURES
  ) {
    throw new AppError("RATE_LIMITED", "该网络地址登录失败次数过多，请 15 分钟后再试");
  }

  const db = await getDb();
  const user = await findUserByIdentifier(credentials.identifier);
  if (user && (await recentFailures(eq(loginFailures.userId, user.id))) >= MAX_ACCOUNT_FAILURES) {
    throw new AppError("ACCOUNT_LOCKED");
  }

  const isMatch = await verifyPassword(
    user?.passwordHash ?? (await decoyPasswordHash()),
    credentials.password,
  );
  if (!user || !isMatch) {
    await db
      .insert(loginFailures)
      .values({ userId: user?.id ?? null, address: credentials.address });
    throw new AppError("INVALID_CREDENTIALS");
  }
  if (user.status !== "active") throw new AppError("ACCOUNT_DISABLED");
  await db.delete(loginFailures).where(eq(loginFailures.userId, user.id));

  return user;
}
