import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { loginFailures, passwordResetTokens, users } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import type { MailMessage } from "@/lib/mail";
import { findUserByIdentifier } from "./authenticate";
import { consumeCaptcha } from "./captcha";

export const RESET_TOKEN_MINUTES = 30;

/** The token is random and long, so a plain hash is enough to keep the stored one unusable. */
function tokenHash(token: string) {
  return createHash("sha256").update(token).digest("base64url");
}

const isUsable = (token: string) =>
  and(
    eq(passwordResetTokens.tokenHash, tokenHash(token)),
    isNull(passwordResetTokens.usedAt),
    gt(passwordResetTokens.expiresAt, sql`now()`),
  );

function resetMail(to: string, realName: string, link: string): MailMessage {
  const text = [
    `${realName}，您好：`,
    "",
    `我们收到了找回您在中国社区网的登录密码的请求。请在 ${RESET_TOKEN_MINUTES} 分钟内打开下面的链接，` +
      "设置新的登录密码（链接只能使用一次）：",
    "",
    link,
    "",
    "如果这不是您本人的操作，请忽略本邮件，您的密码不会改变。",
  ].join("\n");

  return { to, subject: "中国社区网：找回登录密码", text, link };
}

/**
 * 找回登录密码. When an active account has this email, replaces its earlier links with a new
 * one and returns the mail to send; otherwise returns null. Callers must answer the person the
 * same way in both cases, so that the form does not reveal which addresses have accounts.
 */
export async function requestPasswordReset({
  email,
  captchaId,
  captcha,
}: {
  email: string;
  captchaId: string;
  captcha: string;
}): Promise<MailMessage | null> {
  await consumeCaptcha({ captchaId, answer: captcha });
  if (!email.includes("@")) return null;
  const user = await findUserByIdentifier(email);
  if (!user?.email || user.status !== "active") return null;

  const token = randomBytes(32).toString("base64url");
  const db = await getDb();
  await db.transaction(async (tx) => {
    await tx
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, user.id), isNull(passwordResetTokens.usedAt)));
    await tx.insert(passwordResetTokens).values({
      tokenHash: tokenHash(token),
      userId: user.id,
      expiresAt: sql`now() + make_interval(mins => ${RESET_TOKEN_MINUTES})`,
    });
  });
  const link = new URL(`/reset-password?token=${token}`, env().APP_URL).toString();

  return resetMail(user.email, user.realName, link);
}

/** Whether the link can still set a password (for the page; `resetPassword` checks again). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  const db = await getDb();
  const [row] = await db
    .select({ userId: passwordResetTokens.userId })
    .from(passwordResetTokens)
    .where(isUsable(token));

  return row !== undefined;
}

/**
 * Sets the new password through a reset link, once. Ends every session of the account (the
 * session version moves on) and lifts a lockout, since the owner has just proved who they are.
 */
export async function resetPassword({ token, password }: { token: string; password: string }) {
  const passwordHash = await hashPassword(password);
  const db = await getDb();

  await db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(passwordResetTokens)
      .set({ usedAt: sql`now()` })
      .where(isUsable(token))
      .returning({ userId: passwordResetTokens.userId });
    const [changed] = claimed
      ? await tx
          .update(users)
          .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
          .where(and(eq(users.id, claimed.userId), eq(users.status, "active")))
          .returning({ id: users.id })
      : [];
    if (!changed) {
      throw new AppError("VALIDATION", "该链接无效、已使用或已过期，请重新找回登录密码");
    }

    await tx
      .delete(passwordResetTokens)
      .where(and(eq(passwordResetTokens.userId, changed.id), isNull(passwordResetTokens.usedAt)));
    await tx.delete(loginFailures).where(eq(loginFailures.userId, changed.id));
  });
}
