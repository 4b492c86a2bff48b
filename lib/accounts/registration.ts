import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communities, regions, users, type User, type UserType } from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";
import { AppError, fieldError } from "@/lib/errors";
import { withAccountConflicts } from "./conflicts";
import { sealIdNumber } from "./id-number";
import type { ProfileInput, RegisterInput, VolunteerInput } from "./schemas";

/**
 * The four steps of 用户注册. Step 1 writes the account (registrationStep 2); each later step
 * moves it on by a conditional update, so a step submitted twice, or out of order, changes
 * nothing.
 */

type Account = { id: number; sessionVersion: number };
type RegisterAccountOptions = { actor: Actor | null } & Omit<
  RegisterInput,
  "captcha" | "captchaId"
>;

const joinableStatuses = ["official", "approved"] as const;

function signedIn(actor: Actor | null): Actor {
  if (!actor) throw new AppError("UNAUTHENTICATED");

  return actor;
}

async function findJoinableCommunity(communityId: number) {
  const db = await getDb();
  const [community] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(and(eq(communities.id, communityId), inArray(communities.status, joinableStatuses)));
  if (!community) throw fieldError("communityId", "请从列表中选择所在社区");

  return community.id;
}

/** A community of that name already in the district, so a second proposal joins the first. */
async function findNamedCommunity(districtCode: string, name: string) {
  const db = await getDb();
  const [district] = await db
    .select({ level: regions.level, isPlaceholder: regions.isPlaceholder })
    .from(regions)
    .where(eq(regions.code, districtCode));
  if (!district || district.level !== 3 || district.isPlaceholder) {
    throw fieldError("districtCode", "请选择所在区县");
  }
  const [existing] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(
      and(
        eq(communities.districtCode, districtCode),
        eq(communities.name, name),
        inArray(communities.status, [...joinableStatuses, "pending"]),
      ),
    )
    .limit(1);

  return existing?.id;
}

/** Step 1: writes the account, proposing the community when the user typed a missing one. */
export async function registerAccount(options: RegisterAccountOptions): Promise<Account> {
  if (options.actor) throw new AppError("FORBIDDEN", "您已登录，请先退出再注册新账号");
  const proposedName = options.newCommunityName?.replace(/\s+/g, " ").trim();
  const districtCode = options.districtCode ?? "";
  const chosenId =
    options.communityId !== undefined
      ? await findJoinableCommunity(options.communityId)
      : await findNamedCommunity(districtCode, proposedName ?? "");
  const passwordHash = await hashPassword(options.password);
  const db = await getDb();

  return withAccountConflicts(() =>
    db.transaction(async (tx) => {
      let communityId = chosenId;
      const isProposal = communityId === undefined;
      if (communityId === undefined) {
        const [proposed] = await tx
          .insert(communities)
          .values({ name: proposedName ?? "", districtCode, status: "pending" })
          .returning({ id: communities.id });
        communityId = (proposed as { id: number }).id;
      }

      const [account] = await tx
        .insert(users)
        .values({
          phone: options.phone,
          realName: options.realName,
          passwordHash,
          communityId,
          registrationStep: 2,
        })
        .returning({ id: users.id, sessionVersion: users.sessionVersion });
      const created = account as Account;
      if (isProposal) {
        await tx
          .update(communities)
          .set({ proposedById: created.id })
          .where(eq(communities.id, communityId));
      }

      return created;
    }),
  );
}

async function currentStep(actor: Actor) {
  const db = await getDb();
  const [row] = await db
    .select({ type: users.type, registrationStep: users.registrationStep })
    .from(users)
    .where(eq(users.id, actor.id));
  if (!row) throw new AppError("UNAUTHENTICATED");

  return row;
}

const typeLockedMessage = "注册资料已提交，用户类型不能再修改";

/** Step 2: the user type, which may change again until step 3 is submitted. */
export async function chooseUserType(options: { actor: Actor | null; type: UserType }) {
  const actor = signedIn(options.actor);
  const db = await getDb();
  const [updated] = await db
    .update(users)
    .set({ type: options.type, registrationStep: 3 })
    .where(and(eq(users.id, actor.id), inArray(users.registrationStep, [2, 3])))
    .returning({ id: users.id });
  if (!updated) throw fieldError("type", typeLockedMessage);
}

function profileColumns(input: ProfileInput): Partial<User> {
  const common = {
    email: input.email ?? null,
    gender: input.gender ?? null,
    ethnicity: input.ethnicity ?? null,
    education: input.education ?? null,
    workplace: input.workplace ?? null,
    address: input.address ?? null,
  };
  if (input.type === "resident") return { ...common, partyJoinedMonth: null, position: null };
  if (input.type === "party_member") {
    return { ...common, partyJoinedMonth: input.partyJoinedMonth, position: null };
  }

  return {
    ...common,
    position: input.position,
    partyJoinedMonth: input.partyJoinedMonth,
    ...sealIdNumber(input.idNumber),
  };
}

/** Step 3: the profile of the chosen type; submitting it locks the type. */
export async function completeProfile(options: { actor: Actor | null; input: ProfileInput }) {
  const actor = signedIn(options.actor);
  const { input } = options;
  const db = await getDb();
  const [updated] = await withAccountConflicts(() =>
    db
      .update(users)
      .set({ ...profileColumns(input), registrationStep: 4 })
      .where(and(eq(users.id, actor.id), eq(users.registrationStep, 3), eq(users.type, input.type)))
      .returning({ id: users.id }),
  );
  if (updated) return;

  const current = await currentStep(actor);
  if (current.registrationStep > 3) throw new AppError("CONFLICT", "注册资料已提交，无需重复提交");
  if (current.registrationStep < 3) throw new AppError("CONFLICT", "请先选择用户类型");
  throw new AppError("CONFLICT", "用户类型已变更，请刷新页面后重新填写");
}

async function finishRegistration(actor: Actor, volunteer?: VolunteerInput) {
  const db = await getDb();
  const [updated] = await db
    .update(users)
    .set(
      volunteer
        ? {
            isVolunteer: true,
            volunteerTimes: volunteer.times,
            volunteerCategories: volunteer.categories,
            registrationStep: 5,
          }
        : { registrationStep: 5 },
    )
    .where(and(eq(users.id, actor.id), eq(users.registrationStep, 4)))
    .returning({ id: users.id });

  return Boolean(updated);
}

/** Step 4: 注册成为社区志愿者, which finishes the registration. */
export async function registerVolunteer(options: { actor: Actor | null } & VolunteerInput) {
  const actor = signedIn(options.actor);
  const { times, categories } = options;
  if (await finishRegistration(actor, { times, categories })) return;

  const current = await currentStep(actor);
  throw new AppError(
    "CONFLICT",
    current.registrationStep === 5
      ? "您已完成注册，可在【修改社区服务资料】中修改服务时间和类别"
      : "请先完成前面的注册步骤",
  );
}

/** Step 4 skipped (跳过): the registration is finished without a volunteer profile. */
export async function skipVolunteer(options: { actor: Actor | null }) {
  const actor = signedIn(options.actor);
  if (await finishRegistration(actor)) return;

  const current = await currentStep(actor);
  if (current.registrationStep !== 5) throw new AppError("CONFLICT", "请先完成前面的注册步骤");
}
