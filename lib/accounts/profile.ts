import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communities, users } from "@/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { type Actor, assertCan } from "@/lib/auth/policy";
import { AppError, fieldError } from "@/lib/errors";
import { withAccountConflicts } from "./conflicts";
import { decryptIdNumber } from "./id-number";
import { maskPhone } from "./mask";
import type { BasicProfileInput, VolunteerInput } from "./schemas";

/** 个人资料: what the owner sees of their account and the changes they may make to it. */

async function accountOf(actor: Actor | null) {
  assertCan(actor, "profile:edit", { ownerId: actor?.id });
  const db = await getDb();
  const [row] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!row) throw new AppError("UNAUTHENTICATED");

  return row;
}

async function assertPassword(passwordHash: string, password: string, field: string) {
  if (!(await verifyPassword(passwordHash, password))) {
    throw fieldError(field, "密码不正确，请重新输入");
  }
}

/** The account as its owner sees it: the phone and the ID number in full. */
export async function getOwnProfile(options: { actor: Actor | null }) {
  const account = await accountOf(options.actor);
  const db = await getDb();
  const [community] = await db
    .select({ name: communities.name, status: communities.status })
    .from(communities)
    .where(eq(communities.id, account.communityId));

  return {
    id: account.id,
    realName: account.realName,
    phone: account.phone,
    maskedPhone: maskPhone(account.phone),
    email: account.email,
    type: account.type,
    role: account.role,
    isVerified: account.verifiedAt !== null,
    registrationStep: account.registrationStep,
    communityId: account.communityId,
    communityName: community?.name ?? "",
    isCommunityPending: community?.status === "pending",
    position: account.position,
    partyJoinedMonth: account.partyJoinedMonth,
    idNumber: account.idNumberCipher ? decryptIdNumber(account.idNumberCipher) : null,
    gender: account.gender,
    ethnicity: account.ethnicity,
    education: account.education,
    workplace: account.workplace,
    address: account.address,
    isVolunteer: account.isVolunteer,
    volunteerTimes: account.volunteerTimes,
    volunteerCategories: account.volunteerCategories,
  };
}

export type OwnProfile = Awaited<ReturnType<typeof getOwnProfile>>;

/** 【修改基本资料】: the email and the optional fields, after the current password. */
export async function updateBasicProfile(options: { actor: Actor | null } & BasicProfileInput) {
  const account = await accountOf(options.actor);
  await assertPassword(account.passwordHash, options.currentPassword, "currentPassword");
  const db = await getDb();

  await withAccountConflicts(() =>
    db
      .update(users)
      .set({
        email: options.email ?? null,
        gender: options.gender ?? null,
        ethnicity: options.ethnicity ?? null,
        education: options.education ?? null,
        workplace: options.workplace ?? null,
        address: options.address ?? null,
      })
      .where(eq(users.id, account.id)),
  );
}

/**
 * 【修改登录密码】: moves the session version on, which ends every session of the account;
 * returns the new version so the caller can sign the current browser in again.
 */
export async function changePassword(options: {
  actor: Actor | null;
  currentPassword: string;
  newPassword: string;
}): Promise<{ sessionVersion: number }> {
  const account = await accountOf(options.actor);
  await assertPassword(account.passwordHash, options.currentPassword, "currentPassword");
  const passwordHash = await hashPassword(options.newPassword);
  const db = await getDb();
  const [updated] = await db
    .update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
    .where(and(eq(users.id, account.id), eq(users.passwordHash, account.passwordHash)))
    .returning({ sessionVersion: users.sessionVersion });
  if (!updated) throw new AppError("CONFLICT", "密码刚刚被修改过，请重新登录后再试");

  return updated;
}

/** 【修改社区服务资料】: 服务时间 and 服务类别; saving them makes the user a volunteer. */
export async function updateVolunteerProfile(options: { actor: Actor | null } & VolunteerInput) {
  const account = await accountOf(options.actor);
  const db = await getDb();

  await db
    .update(users)
    .set({
      isVolunteer: true,
      volunteerTimes: options.times,
      volunteerCategories: options.categories,
    })
    .where(eq(users.id, account.id));
}
