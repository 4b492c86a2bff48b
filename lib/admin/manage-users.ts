import "server-only";
import { randomInt } from "node:crypto";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { users } from "@/db/schema";
import { recordAudit } from "@/lib/audit/record";
import { hashPassword } from "@/lib/auth/password";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";
import { notify } from "@/lib/notifications/notify";

type UserDecision = { actor: Actor | null; userId: number };

type Change = {
  action: string;
  /** Only a user in this state may be changed; anyone else is told the account moved on. */
  precondition: SQL;
  set: Pick<Partial<typeof users.$inferInsert>, "status" | "role" | "passwordHash">;
  endsSessions: boolean;
  refusal: string;
  afterwards?: (tx: Transaction, userId: number) => Promise<void>;
};

function refuseSelf(actor: Actor, userId: number, message: string) {
  if (actor.id === userId) throw new AppError("FORBIDDEN", message);
}

/** One guarded update, its audit entry and any notice, all in one transaction. */
async function changeUser(actor: Actor, userId: number, change: Change) {
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.id, userId));
    if (!exists) throw new AppError("NOT_FOUND", "该用户不存在");

    const updated = await tx
      .update(users)
      .set({
        ...change.set,
        ...(change.endsSessions ? { sessionVersion: sql`${users.sessionVersion} + 1` } : {}),
      })
      .where(and(eq(users.id, userId), change.precondition))
      .returning({ id: users.id });
    if (updated.length === 0) throw new AppError("CONFLICT", change.refusal);

    await recordAudit(tx, {
      actorId: actor.id,
      action: change.action,
      targetType: "user",
      targetId: userId,
    });
    await change.afterwards?.(tx, userId);
  });
}

/** Stops an account at once: the status blocks sign-in and the new version voids every session. */
export async function disableUser({ actor, userId }: UserDecision) {
  assertCan(actor, "user:manage");
  refuseSelf(actor, userId, "不能停用自己的账号");

  await changeUser(actor, userId, {
    action: "user.disable",
    precondition: eq(users.status, "active"),
    set: { status: "disabled" },
    endsSessions: true,
    refusal: "该账号已停用",
  });
}

export async function enableUser({ actor, userId }: UserDecision) {
  assertCan(actor, "user:manage");

  await changeUser(actor, userId, {
    action: "user.enable",
    precondition: eq(users.status, "disabled"),
    set: { status: "active" },
    endsSessions: false,
    refusal: "该账号已是启用状态",
    afterwards: (tx, id) =>
      notify(tx, { userId: id, title: "账号已恢复使用", body: "管理员已重新启用您的账号。" }),
  });
}

// No 0/O, 1/l/I: the admin reads the password out to its owner.
const passwordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function temporaryPassword(length = 10) {
  let password = "";
  for (let index = 0; index < length; index++) {
    password += passwordAlphabet[randomInt(passwordAlphabet.length)];
  }

  return password;
}

/**
 * Gives the account a new random password and ends its sessions. The password is returned once,
 * for the admin to hand over; it is stored only as a hash and never logged.
 */
export async function resetUserPassword({ actor, userId }: UserDecision) {
  assertCan(actor, "user:manage");
  refuseSelf(actor, userId, "请在个人资料中修改自己的密码");
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);

  await changeUser(actor, userId, {
    action: "user.reset_password",
    precondition: sql`true`,
    set: { passwordHash },
    endsSessions: true,
    refusal: "该用户不存在",
    afterwards: (tx, id) =>
      notify(tx, {
        userId: id,
        title: "登录密码已重置",
        body: "管理员重置了您的登录密码。请用新密码登录后，尽快在【修改登录密码】中设置自己的密码。",
      }),
  });

  return { temporaryPassword: password };
}

/** Makes another active account an admin; admins are made only by the seed or by admins. */
export async function makeAdmin({ actor, userId }: UserDecision) {
  assertCan(actor, "user:manage");

  await changeUser(actor, userId, {
    action: "user.make_admin",
    precondition: and(eq(users.role, "user"), eq(users.status, "active")) as SQL,
    set: { role: "admin" },
    endsSessions: false,
    refusal: "该用户已是管理员，或账号已停用",
    afterwards: (tx, id) =>
      notify(tx, {
        userId: id,
        title: "您已成为管理员",
        body: "您现在可以进入管理后台处理审核、用户和社区。",
        link: "/admin",
      }),
  });
}
