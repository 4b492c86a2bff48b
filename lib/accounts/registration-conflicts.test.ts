import { eq } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { communities } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { importRegions } from "@/lib/regions/import";
import { describeOnDatabases } from "@/tests/database";
import { chooseUserType, completeProfile, registerAccount } from "./registration";
import { secretaryProfileSchema } from "./schemas";
import {
  failure,
  startAccount,
  officialCommunityId,
  uniqueIdNumber,
  uniquePhone,
  userRow,
} from "./testing";
import { idNumberCheckCharacter } from "./validation";

/** Duplicates of what must be unique across accounts: phone, email and ID number. */
describeOnDatabases("registration duplicates", (database) => {
  let communityId: number;

  beforeAll(async () => {
    const { db, kind } = database();
    await importRegions({ db, kind, mode: "sample" });
    communityId = await officialCommunityId(db);
  }, 120_000);

  it("refuses a phone that is taken and leaves no proposed community behind", async () => {
    const { db } = database();
    const phone = uniquePhone();
    await startAccount(database().db, communityId, phone);
    const name = `重复${phone}社区居委会`;

    const error = await failure(
      registerAccount({
        actor: null,
        phone,
        realName: "钱多多",
        password: "secret1",
        districtCode: "440106",
        newCommunityName: name,
      }),
    );

    expect(error.fieldErrors).toEqual({ phone: "该手机号已注册，请直接登录" });
    expect(await db.select().from(communities).where(eq(communities.name, name))).toEqual([]);
  });

  it("lets exactly one of two racing registrations of one phone through", async () => {
    const phone = uniquePhone();
    const attempt = (realName: string) =>
      registerAccount({ actor: null, phone, realName, password: "secret1", communityId });

    const results = await Promise.allSettled([attempt("甲"), attempt("乙")]);

    const fulfilled = results.filter((result) => result.status === "fulfilled");
    const rejected = results.filter((result) => result.status === "rejected");
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    const reason = (rejected[0] as PromiseRejectedResult).reason as AppError;
    expect(reason).toBeInstanceOf(AppError);
    expect(reason.fieldErrors).toEqual({ phone: "该手机号已注册，请直接登录" });
  });

  it("refuses an email or ID number another account holds, whatever its case", async () => {
    const idNumber = uniqueIdNumber().slice(0, 17);
    const withX = (() => {
      for (let sequence = 0; sequence < 1000; sequence++) {
        const first17 = `${idNumber.slice(0, 14)}${String(sequence).padStart(3, "0")}`;
        const candidate = first17 + idNumberCheckCharacter(first17);
        if (candidate.endsWith("X")) return candidate;
      }
      throw new Error("no ID number ending in X");
    })();
    const email = `dup${uniquePhone()}@Example.cn`;

    const owner = await startAccount(database().db, communityId);
    await chooseUserType({ actor: owner, type: "secretary" });
    await completeProfile({ actor: owner, input: secretaryInput(withX, email) });

    const other = await startAccount(database().db, communityId);
    await chooseUserType({ actor: other, type: "secretary" });
    const sameId = await failure(
      completeProfile({ actor: other, input: secretaryInput(withX.toLowerCase(), undefined) }),
    );
    const sameEmail = await failure(
      completeProfile({
        actor: other,
        input: secretaryInput(uniqueIdNumber(), email.toUpperCase()),
      }),
    );

    expect(sameId.fieldErrors).toEqual({ idNumber: "该身份证号已被其他账号使用" });
    expect(sameEmail.fieldErrors).toEqual({ email: "该电子邮件已被其他账号使用" });
    expect((await userRow(database().db, other.id)).registrationStep).toBe(3);
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
