import { communities, regions, users, type NewUser } from "@/db/schema";
import type { Database } from "@/db/client";
import { captchaAnswer, createCaptcha } from "@/lib/accounts/captcha";
import { hashPassword } from "@/lib/auth/password";
import { resetEnvForTests } from "@/lib/env";

/** A fixed secret, so no test writes a generated one into the data folder. */
export function useTestSecret() {
  process.env.AUTH_SECRET = "login-tests-secret-that-is-long-enough-0123456789";
  resetEnvForTests();
}

export const captchaRefused = {
  code: "CAPTCHA_INVALID",
  fieldErrors: { captcha: "验证码错误或已过期，请重新输入" },
};

/** A new captcha with its right answer, as a person reading the image would type it. */
export async function solvedCaptcha() {
  const { id } = await createCaptcha();

  return { captchaId: id, captcha: captchaAnswer(id) };
}

let sequence = 0;

/** A district and a community of its own, for the users of one test file. */
export async function createCommunity(db: Database) {
  const code = `99${String(Date.now() % 10_000).padStart(4, "0")}`;
  await db
    .insert(regions)
    .values({ code, name: "测试区", level: 3, provinceCode: "99" })
    .onConflictDoNothing();
  const [community] = await db
    .insert(communities)
    .values({ name: `测试社区${++sequence}`, districtCode: code })
    .returning({ id: communities.id });

  return community!.id;
}

let userSequence = 0;

export type TestUser = { id: number; phone: string; email: string; password: string };

/** A finished account with a phone and email unique in its database, inserted directly. */
export async function createUser(
  db: Database,
  communityId: number,
  overrides: Partial<NewUser> & { password?: string } = {},
): Promise<TestUser> {
  const { password = "secret-123", ...columns } = overrides;
  const serial = String(++userSequence).padStart(9, "0");
  const phone = `19${serial}`;
  const email = `user${serial}@example.org`;
  const [user] = await db
    .insert(users)
    .values({
      phone,
      email,
      realName: "测试用户",
      passwordHash: await hashPassword(password),
      type: "resident",
      registrationStep: 5,
      communityId,
      ...columns,
    })
    .returning({ id: users.id, phone: users.phone, email: users.email });

  return { id: user!.id, phone: user!.phone, email: user!.email ?? email, password };
}
