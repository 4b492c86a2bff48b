import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it, vi } from "vitest";
import { passwordResetTokens } from "@/db/schema";
import { authenticate, MAX_ACCOUNT_FAILURES } from "@/lib/accounts/authenticate";
import {
  isResetTokenUsable,
  requestPasswordReset,
  resetPassword,
} from "@/lib/accounts/password-reset";
import { loadSessionUser } from "@/lib/auth/session";
import { resetEnvForTests } from "@/lib/env";
import { sendMail } from "@/lib/mail";
import { describeOnDatabases } from "../database";
import { resetLinkIn, startMailCatcher } from "../mail-catcher";
import {
  captchaRefused,
  createCommunity,
  createUser,
  solvedCaptcha,
  type TestUser,
  useTestSecret,
} from "./login-fixtures";

let catcher: Awaited<ReturnType<typeof startMailCatcher>>;

beforeAll(async () => {
  useTestSecret();
  catcher = await startMailCatcher();
  process.env.SMTP_URL = catcher.url;
  resetEnvForTests();
});

afterAll(async () => {
  await catcher.close();
  delete process.env.SMTP_URL;
  resetEnvForTests();
});

const invalidLink = { code: "VALIDATION", message: expect.stringContaining("链接无效") };

/** Asks for a reset link as the form does, sends the mail, and reads the token out of it. */
async function mailedToken(user: TestUser) {
  const mail = await requestPasswordReset({ email: user.email, ...(await solvedCaptcha()) });
  expect(mail).not.toBeNull();
  const before = catcher.mails.length;
  await sendMail(mail!);
  expect(catcher.mails.length).toBe(before + 1);
  const received = await catcher.waitForMail(user.email);
  expect(received.subject).toContain("找回登录密码");

  return resetLinkIn(received.text).searchParams.get("token") ?? "";
}

const signIn = async (identifier: string, password: string) =>
  authenticate({ identifier, password, address: "192.0.2.7", ...(await solvedCaptcha()) });

describeOnDatabases("password recovery", (database) => {
  let communityId: number;

  beforeAll(async () => {
    communityId = await createCommunity(database().db);
  });

  it("mails a link that sets a new password once and ends the old sessions", async () => {
    const user = await createUser(database().db, communityId);
    const { sessionVersion } = await signIn(user.phone, user.password);

    const token = await mailedToken(user);
    expect(await isResetTokenUsable(token)).toBe(true);
    await resetPassword({ token, password: "brand-new-789" });

    await expect(signIn(user.phone, user.password)).rejects.toMatchObject({
      code: "INVALID_CREDENTIALS",
    });
    expect((await signIn(user.email, "brand-new-789")).id).toBe(user.id);
    expect(await loadSessionUser(user.id, sessionVersion)).toBeNull();
    expect(await isResetTokenUsable(token)).toBe(false);
    await expect(resetPassword({ token, password: "another-456" })).rejects.toMatchObject(
      invalidLink,
    );
    expect((await signIn(user.phone, "brand-new-789")).id).toBe(user.id);
  });

  it("refuses an expired link and a link replaced by a newer one", async () => {
    const { db } = database();
    const user = await createUser(db, communityId);
    const replaced = await mailedToken(user);
    const expired = await mailedToken(user);

    await expect(resetPassword({ token: replaced, password: "new-pass-1" })).rejects.toMatchObject(
      invalidLink,
    );
    await db
      .update(passwordResetTokens)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(passwordResetTokens.userId, user.id));
    expect(await isResetTokenUsable(expired)).toBe(false);
    await expect(resetPassword({ token: expired, password: "new-pass-2" })).rejects.toMatchObject(
      invalidLink,
    );
    expect((await signIn(user.phone, user.password)).id).toBe(user.id);
  });

  it("sends nothing for an unknown or disabled address, and needs the captcha", async () => {
    const { db } = database();
    const disabled = await createUser(db, communityId, { status: "disabled" });
    const before = catcher.mails.length;

    for (const email of ["nobody@example.org", disabled.email]) {
      expect(await requestPasswordReset({ email, ...(await solvedCaptcha()) })).toBeNull();
    }
    const { captchaId } = await solvedCaptcha();
    await expect(
      requestPasswordReset({ email: disabled.email, captchaId, captcha: "WRONG" }),
    ).rejects.toMatchObject(captchaRefused);
    expect(catcher.mails.length).toBe(before);
  });

  it("lifts a lockout, since the owner has proved who they are", async () => {
    const user = await createUser(database().db, communityId);
    for (let count = 0; count < MAX_ACCOUNT_FAILURES; count++) {
      await expect(signIn(user.phone, "wrong")).rejects.toMatchObject({
        code: "INVALID_CREDENTIALS",
      });
    }
    await expect(signIn(user.phone, user.password)).rejects.toMatchObject({
      code: "ACCOUNT_LOCKED",
    });

    await resetPassword({ token: await mailedToken(user), password: "after-lock-1" });

    expect((await signIn(user.phone, "after-lock-1")).id).toBe(user.id);
  });

  it("logs the link, never the address, when no SMTP server is set in development", async () => {
    const user = await createUser(database().db, communityId);
    const mail = await requestPasswordReset({ email: user.email, ...(await solvedCaptcha()) });
    const written: string[] = [];
    const spy = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
    delete process.env.SMTP_URL;
    process.env.LOG_LEVEL = "info";
    resetEnvForTests();
    try {
      await sendMail(mail!);
    } finally {
      spy.mockRestore();
      process.env.SMTP_URL = catcher.url;
      process.env.LOG_LEVEL = "warn";
      resetEnvForTests();
    }

    const log = written.join("");
    expect(log).toContain(mail!.link);
    expect(log).not.toContain(user.email);
  });
});
