import "server-only";
import { createHmac, hkdfSync, timingSafeEqual } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { authSecret } from "@/lib/secrets";

/**
 * Signs a user in right after the server itself proved who they are (a finished registration
 * step 1, a password change), where the login form's captcha cannot be asked again.
 *
 * The action creates a token and hands it straight to Auth.js's "sign-in-token" provider within
 * the same request; it never reaches the browser. The token is signed with a key derived from
 * AUTH_SECRET, lives for a minute, and is bound to the account's session version: redeeming it
 * moves the version on by a conditional update, so a token works once, and also ends any
 * session that was open before.
 */

export type SignInPurpose = "registration" | "password-change";

type Payload = { sub: number; ver: number; purpose: SignInPurpose; exp: number };

export const SIGN_IN_TOKEN_SECONDS = 60;

function signingKey(): Buffer {
  return Buffer.from(hkdfSync("sha256", authSecret(), Buffer.alloc(0), "sign-in-token", 32));
}

function sign(encodedPayload: string): string {
  return createHmac("sha256", signingKey()).update(encodedPayload).digest("base64url");
}

export function createSignInToken(options: {
  userId: number;
  sessionVersion: number;
  purpose: SignInPurpose;
  now?: Date;
}): string {
  const now = options.now ?? new Date();
  const payload: Payload = {
    sub: options.userId,
    ver: options.sessionVersion,
    purpose: options.purpose,
    exp: Math.floor(now.getTime() / 1000) + SIGN_IN_TOKEN_SECONDS,
  };
  const encoded = Buffer.from(JSON.stringify(payload)).toString("base64url");

  return `${encoded}.${sign(encoded)}`;
}

function readPayload(token: string, now: Date): Payload | null {
  const [encoded, signature, extra] = token.split(".");
  if (!encoded || !signature || extra !== undefined) return null;

  const expected = Buffer.from(sign(encoded));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;

  const payload = JSON.parse(Buffer.from(encoded, "base64url").toString("utf8")) as Payload;
  if (!Number.isInteger(payload.sub) || !Number.isInteger(payload.ver)) return null;
  if (payload.exp < Math.floor(now.getTime() / 1000)) return null;

  return payload;
}

/** The account to sign in, or null for a forged, expired or already used token. */
export async function redeemSignInToken(token: string, now: Date = new Date()) {
  const payload = readPayload(token, now);
  if (!payload) return null;

  const db = await getDb();
  const [user] = await db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(
      and(
        eq(users.id, payload.sub),
        eq(users.sessionVersion, payload.ver),
        eq(users.status, "active"),
      ),
    )
    .returning({ id: users.id, realName: users.realName, sessionVersion: users.sessionVersion });

  return user ?? null;
}
