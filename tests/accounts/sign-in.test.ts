import { eq, sql } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { loginFailures, users } from "@/db/schema";
import {
  authenticate,
  MAX_ACCOUNT_FAILURES,
  MAX_ADDRESS_FAILURES,
} from "@/lib/accounts/authenticate";
import { signInRefusal } from "@/lib/accounts/login";
import { endAllSessions } from "@/lib/accounts/sessions";
import { loadSessionUser } from "@/lib/auth/session";
import { failure } from "@/lib/accounts/testing";
import { describeOnDatabases } from "../database";
import {
  captchaRefused,
  createCommunity,
  createUser,
  solvedCaptcha,
  useTestSecret,
} from "./login-fixtures";

beforeAll(useTestSecret);

let addressSerial = 0;
/** Each test signs in from an address of its own, so address counts do not mix. */
const newAddress = () => `198.51.100.${++addressSerial}`;

async function signIn(identifier: string, password: string, address: string) {
  return authenticate({ identifier, password, address, ...(await solvedCaptcha()) });
}

describeOnDatabases("sign-in", (database) => {
  let communityId: number;

  beforeAll(async () => {
    communityId = await createCommunity(database().db);
  });

  it("accepts the phone number or the email in any case", async () => {
    const user = await createUser(database().db, communityId);
    const address = newAddress();

    expect((await signIn(user.phone, user.password, address)).id).toBe(user.id);
    expect((await signIn(` ${user.email.toUpperCase()} `, user.password, address)).id).toBe(
      user.id,
    );
  });

  it("answers a wrong password exactly as an unknown account", async () => {
    const user = await createUser(database().db, communityId);
    const address = newAddress();

    const wrongPassword = await failure(signIn(user.phone, "not-the-password", address));
    const unknownPhone = await failure(signIn("13900000000", user.password, address));
    const unknownEmail = await failure(signIn("nobody@example.org", user.password, address));

    expect(wrongPassword.code).toBe("INVALID_CREDENTIALS");
    for (const refusal of [unknownPhone, unknownEmail]) {
      expect(refusal.code).toBe(wrongPassword.code);
      expect(signInRefusal(refusal.code).message).toBe(signInRefusal(wrongPassword.code).message);
    }
    expect(signInRefusal(wrongPassword.code).message).toBe("登录账号或密码错误");
  });

  it("locks the account after five failures, even against the right password", async () => {
    const { db } = database();
    const user = await createUser(db, communityId);
    const neighbour = await createUser(db, communityId);
    const address = newAddress();

    for (let count = 0; count < MAX_ACCOUNT_FAILURES; count++) {
      expect((await failure(signIn(user.email, "wrong-guess", address))).code).toBe(
        "INVALID_CREDENTIALS",
      );
    }
    const locked = await failure(signIn(user.phone, user.password, newAddress()));

    expect(locked.code).toBe("ACCOUNT_LOCKED");
    expect(signInRefusal(locked.code).message).toContain("15 分钟");
    expect((await signIn(neighbour.phone, neighbour.password, address)).id).toBe(neighbour.id);

    await db
      .update(loginFailures)
      .set({ createdAt: sql`now() - interval '16 minutes'` })
      .where(eq(loginFailures.userId, user.id));
    expect((await signIn(user.phone, user.password, address)).id).toBe(user.id);
  });

  it("refuses an address that fails across many accounts, but not other addresses", async () => {
    const user = await createUser(database().db, communityId);
    const address = newAddress();

    for (let count = 0; count < MAX_ADDRESS_FAILURES; count++) {
      await failure(signIn(`1390000${String(count).padStart(4, "0")}`, "guess", address));
    }
    const throttled = await failure(signIn(user.phone, user.password, address));

    expect(throttled.code).toBe("RATE_LIMITED");
    expect((await signIn(user.phone, user.password, newAddress())).id).toBe(user.id);
  });

  it("needs the captcha before it looks at the password", async () => {
    const { db } = database();
    const user = await createUser(db, communityId);
    const address = newAddress();
    const attempt = (captchaId: string, captcha: string) =>
      authenticate({ identifier: user.phone, password: "wrong", address, captchaId, captcha });
    const { captchaId } = await solvedCaptcha();

    await expect(attempt("", "")).rejects.toMatchObject(captchaRefused);
    await expect(attempt(captchaId, "")).rejects.toMatchObject(captchaRefused);
    await expect(attempt(captchaId, "WRONG")).rejects.toMatchObject(captchaRefused);
    expect(signInRefusal("CAPTCHA_INVALID").fieldErrors).toEqual(captchaRefused.fieldErrors);
    const failures = await db
      .select()
      .from(loginFailures)
      .where(eq(loginFailures.address, address));
    expect(failures).toHaveLength(0);
  });

  it("refuses a disabled account and voids its open sessions", async () => {
    const { db } = database();
    const user = await createUser(db, communityId);
    const session = await signIn(user.phone, user.password, newAddress());
    expect(await loadSessionUser(user.id, session.sessionVersion)).not.toBeNull();

    await db.update(users).set({ status: "disabled" }).where(eq(users.id, user.id));

    const refusal = await failure(signIn(user.phone, user.password, newAddress()));
    expect(refusal.code).toBe("ACCOUNT_DISABLED");
    expect(await loadSessionUser(user.id, session.sessionVersion)).toBeNull();
  });

  it("ends every session of the account on 安全退出系统", async () => {
    const user = await createUser(database().db, communityId);
    const { sessionVersion } = await signIn(user.phone, user.password, newAddress());
    const actor = await loadSessionUser(user.id, sessionVersion);

    await endAllSessions({ actor: actor! });

    expect(await loadSessionUser(user.id, sessionVersion)).toBeNull();
    const next = await signIn(user.phone, user.password, newAddress());
    expect(next.sessionVersion).toBe(sessionVersion + 1);
    expect(await loadSessionUser(user.id, next.sessionVersion)).not.toBeNull();
  });
});
