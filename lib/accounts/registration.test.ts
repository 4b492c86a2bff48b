import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { communities } from "@/db/schema";
import { verifyPassword } from "@/lib/auth/password";
import { importRegions } from "@/lib/regions/import";
import { describeOnDatabases } from "@/tests/database";
import { decryptIdNumber, hashIdNumber } from "./id-number";
import {
  chooseUserType,
  completeProfile,
  registerAccount,
  registerVolunteer,
  skipVolunteer,
} from "./registration";
import { secretaryProfileSchema } from "./schemas";
import {
  actorOf,
  failure,
  startAccount,
  officialCommunityId,
  uniqueIdNumber,
  uniquePhone,
  userRow,
} from "./testing";

describeOnDatabases("registration", (database) => {
  let communityId: number;

  beforeAll(async () => {
    const { db, kind } = database();
    await importRegions({ db, kind, mode: "sample" });
    communityId = await officialCommunityId(db);
  }, 120_000);

  it("takes a secretary through all four steps", async () => {
    const { db } = database();
    const idNumber = uniqueIdNumber();
    const phone = uniquePhone();
    let actor = await startAccount(database().db, communityId, phone);
    expect(actor.registrationStep).toBe(2);

    await chooseUserType({ actor, type: "secretary" });
    actor = await actorOf(db, actor.id);
    await completeProfile({
      actor,
      input: {
        type: "secretary",
        position: "secretary",
        partyJoinedMonth: "2001-07",
        idNumber,
        email: `${phone}@example.cn`,
        gender: "female",
        ethnicity: "汉族",
        education: undefined,
        workplace: undefined,
        address: "东城区多福巷 1 号",
        agreement: true,
      },
    });
    await registerVolunteer({ actor, times: ["weekend"], categories: ["patrol", "legal"] });

    const row = await userRow(db, actor.id);
    expect(row).toMatchObject({
      type: "secretary",
      registrationStep: 5,
      position: "secretary",
      partyJoinedMonth: "2001-07",
      email: `${phone}@example.cn`,
      isVolunteer: true,
      volunteerTimes: ["weekend"],
      volunteerCategories: ["patrol", "legal"],
      idNumberHash: hashIdNumber(idNumber),
      idNumberMasked: `${idNumber.slice(0, 6)}********${idNumber.slice(-4)}`,
    });
    expect(row.idNumberCipher).not.toContain(idNumber);
    expect(decryptIdNumber(row.idNumberCipher ?? "")).toBe(idNumber);
    expect(await verifyPassword(row.passwordHash, "secret1")).toBe(true);
  });

  it("registers a party member and a resident, each with their own step 3", async () => {
    const { db } = database();
    const member = await startAccount(database().db, communityId);
    await chooseUserType({ actor: member, type: "party_member" });
    await completeProfile({
      actor: member,
      input: { type: "party_member", partyJoinedMonth: "1999-10", agreement: true },
    });
    await skipVolunteer({ actor: member });

    const resident = await startAccount(database().db, communityId);
    await chooseUserType({ actor: resident, type: "resident" });
    await completeProfile({
      actor: resident,
      input: { type: "resident", workplace: "社区卫生服务站", agreement: true },
    });
    await registerVolunteer({ actor: resident, times: ["holiday"], categories: ["health"] });

    expect(await userRow(db, member.id)).toMatchObject({
      type: "party_member",
      partyJoinedMonth: "1999-10",
      registrationStep: 5,
      isVolunteer: false,
      idNumberCipher: null,
    });
    expect(await userRow(db, resident.id)).toMatchObject({
      type: "resident",
      partyJoinedMonth: null,
      workplace: "社区卫生服务站",
      registrationStep: 5,
      isVolunteer: true,
    });
  });

  it("proposes a missing community, tied to its district and its proposer", async () => {
    const { db } = database();
    const name = `测试${uniquePhone()}社区居委会`;
    const first = await registerAccount({
      actor: null,
      phone: uniquePhone(),
      realName: "李建国",
      password: "secret1",
      districtCode: "310101",
      newCommunityName: `  ${name} `,
    });
    const second = await registerAccount({
      actor: null,
      phone: uniquePhone(),
      realName: "王芳",
      password: "secret1",
      districtCode: "310101",
      newCommunityName: name,
    });

    const proposed = await db.select().from(communities).where(eq(communities.name, name));
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatchObject({
      districtCode: "310101",
      status: "pending",
      proposedById: first.id,
      code: null,
    });
    expect((await userRow(db, first.id)).communityId).toBe(proposed[0]?.id);
    expect((await userRow(db, second.id)).communityId).toBe(proposed[0]?.id);
  });

  it("refuses a district that is not one and a community that cannot be joined", async () => {
    const { db } = database();
    const notADistrict = await failure(
      registerAccount({
        actor: null,
        phone: uniquePhone(),
        realName: "赵敏",
        password: "secret1",
        districtCode: "3101",
        newCommunityName: "不存在的社区居委会",
      }),
    );
    const [pending] = await db
      .insert(communities)
      .values({ name: "待审核社区", districtCode: "110101", status: "pending" })
      .returning();
    const notJoinable = await failure(
      registerAccount({
        actor: null,
        phone: uniquePhone(),
        realName: "赵敏",
        password: "secret1",
        communityId: pending?.id,
      }),
    );

    expect(notADistrict.fieldErrors).toEqual({ districtCode: "请选择所在区县" });
    expect(notJoinable.fieldErrors).toEqual({ communityId: "请从列表中选择所在社区" });
  });

  it("locks the type once step 3 is submitted", async () => {
    const actor = await startAccount(database().db, communityId);
    await chooseUserType({ actor, type: "secretary" });
    await chooseUserType({ actor, type: "party_member" });
    const wrongType = await failure(
      completeProfile({ actor, input: secretaryInput(uniqueIdNumber(), undefined) }),
    );
    await completeProfile({
      actor,
      input: { type: "party_member", partyJoinedMonth: "2010-01", agreement: true },
    });

    const locked = await failure(chooseUserType({ actor, type: "secretary" }));
    const again = await failure(
      completeProfile({
        actor,
        input: { type: "party_member", partyJoinedMonth: "2010-01", agreement: true },
      }),
    );

    expect(wrongType.message).toBe("用户类型已变更，请刷新页面后重新填写");
    expect(locked.fieldErrors).toEqual({ type: "注册资料已提交，用户类型不能再修改" });
    expect(again.message).toBe("注册资料已提交，无需重复提交");
    expect((await userRow(database().db, actor.id)).type).toBe("party_member");
  });

  it("refuses steps taken out of order or by a visitor", async () => {
    const actor = await startAccount(database().db, communityId);
    const tooEarly = await failure(
      registerVolunteer({ actor, times: ["weekend"], categories: ["other"] }),
    );
    const visitor = await failure(chooseUserType({ actor: null, type: "resident" }));
    const signedIn = await failure(
      registerAccount({ actor, phone: uniquePhone(), realName: "孙", password: "secret1" }),
    );

    expect(tooEarly.message).toBe("请先完成前面的注册步骤");
    expect(visitor.code).toBe("UNAUTHENTICATED");
    expect(signedIn.code).toBe("FORBIDDEN");
    expect((await userRow(database().db, actor.id)).registrationStep).toBe(2);
  });
});

/** Step 3 of a secretary as the form sends it, through the form's schema. */
function secretaryInput(idNumber: string, email: string | undefined) {
  return secretaryProfileSchema.parse({
    type: "secretary",
    position: "director",
    partyJoinedMonth: "2005-03",
    idNumber,
    email,
    agreement: true,
  });
}
