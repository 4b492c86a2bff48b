import { beforeAll, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { loadSessionUser } from "@/lib/auth/session";
import { importRegions } from "@/lib/regions/import";
import { describeOnDatabases } from "@/tests/database";
import {
  changePassword,
  getOwnProfile,
  updateBasicProfile,
  updateVolunteerProfile,
} from "./profile";
import { chooseUserType, completeProfile, registerAccount, skipVolunteer } from "./registration";
import { secretaryProfileSchema } from "./schemas";
import { createSignInToken, redeemSignInToken } from "./sign-in-token";
import {
  actorOf,
  failure,
  officialCommunityId,
  uniqueIdNumber,
  uniquePhone,
  userRow,
} from "./testing";

describeOnDatabases("profile and sessions", (database) => {
  let communityId: number;

  beforeAll(async () => {
    const { db, kind } = database();
    await importRegions({ db, kind, mode: "sample" });
    communityId = await officialCommunityId(db, "440106001001");
  }, 120_000);

  /** A secretary who finished registration, with their ID number. */
  async function registeredSecretary() {
    const { db } = database();
    const idNumber = uniqueIdNumber();
    const { id } = await registerAccount({
      actor: null,
      phone: uniquePhone(),
      realName: "周志新",
      password: "secret1",
      communityId,
    });
    await chooseUserType({ actor: await actorOf(db, id), type: "secretary" });
    const input = secretaryProfileSchema.parse({
      type: "secretary",
      position: "deputy_director",
      partyJoinedMonth: "2012-05",
      idNumber,
      agreement: true,
    });
    await completeProfile({ actor: await actorOf(db, id), input });
    await skipVolunteer({ actor: await actorOf(db, id) });

    return { actor: await actorOf(db, id), idNumber };
  }

  it("shows the owner their own ID number in full", async () => {
    const { actor, idNumber } = await registeredSecretary();

    const profile = await getOwnProfile({ actor });

    expect(profile.idNumber).toBe(idNumber);
    expect(profile.communityName).toBe("岳洲社区居委会");
    expect(profile.maskedPhone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(await failure(getOwnProfile({ actor: null }))).toMatchObject({
      code: "UNAUTHENTICATED",
    });
  });

  it("edits the basic profile only with the current password", async () => {
    const { db } = database();
    const { actor } = await registeredSecretary();
    const email = `edit${uniquePhone()}@example.cn`;

    const refused = await failure(
      updateBasicProfile({ actor, currentPassword: "wrong-password", email, gender: "male" }),
    );
    expect(refused.fieldErrors).toEqual({ currentPassword: "密码不正确，请重新输入" });
    expect((await userRow(db, actor.id)).email).toBeNull();

    await updateBasicProfile({ actor, currentPassword: "secret1", email, workplace: "街道办" });
    expect(await userRow(db, actor.id)).toMatchObject({ email, workplace: "街道办", gender: null });
  });

  it("refuses an email another account already uses", async () => {
    const first = await registeredSecretary();
    const second = await registeredSecretary();
    const email = `taken${uniquePhone()}@example.cn`;
    await updateBasicProfile({ actor: first.actor, currentPassword: "secret1", email });

    const error = await failure(
      updateBasicProfile({ actor: second.actor, currentPassword: "secret1", email }),
    );

    expect(error.fieldErrors).toEqual({ email: "该电子邮件已被其他账号使用" });
  });

  it("changes the password and ends every older session", async () => {
    const { db } = database();
    const { actor } = await registeredSecretary();
    const before = await loadSessionUser(actor.id, actor.sessionVersion);
    expect(before?.id).toBe(actor.id);

    const wrong = await failure(
      changePassword({ actor, currentPassword: "nope-nope", newPassword: "better2" }),
    );
    expect(wrong.fieldErrors).toEqual({ currentPassword: "密码不正确，请重新输入" });

    const { sessionVersion } = await changePassword({
      actor,
      currentPassword: "secret1",
      newPassword: "better2",
    });
    const row = await userRow(db, actor.id);

    expect(sessionVersion).toBe(actor.sessionVersion + 1);
    expect(await loadSessionUser(actor.id, actor.sessionVersion)).toBeNull();
    expect(await verifyPassword(row.passwordHash, "better2")).toBe(true);
    expect(await verifyPassword(row.passwordHash, "secret1")).toBe(false);
  });

  it("re-signs in once with a token, which then works no more", async () => {
    const { actor } = await registeredSecretary();
    const token = createSignInToken({
      userId: actor.id,
      sessionVersion: actor.sessionVersion,
      purpose: "password-change",
    });
    const forged = `${token.split(".")[0]}.${"A".repeat(43)}`;
    const expired = createSignInToken({
      userId: actor.id,
      sessionVersion: actor.sessionVersion,
      purpose: "password-change",
      now: new Date(Date.now() - 120_000),
    });

    expect(await redeemSignInToken(forged)).toBeNull();
    expect(await redeemSignInToken(expired)).toBeNull();
    const signedIn = await redeemSignInToken(token);
    expect(signedIn).toMatchObject({ id: actor.id, sessionVersion: actor.sessionVersion + 1 });
    expect(await redeemSignInToken(token)).toBeNull();
    expect(await loadSessionUser(actor.id, actor.sessionVersion)).toBeNull();
  });

  it("edits 服务时间 and 服务类别, making the user a volunteer", async () => {
    const { db } = database();
    const { actor } = await registeredSecretary();

    await updateVolunteerProfile({
      actor,
      times: ["weekday_evening", "weekend"],
      categories: ["tutoring"],
    });

    expect(await userRow(db, actor.id)).toMatchObject({
      isVolunteer: true,
      volunteerTimes: ["weekday_evening", "weekend"],
      volunteerCategories: ["tutoring"],
    });
  });
});
