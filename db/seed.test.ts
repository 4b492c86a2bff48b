import { inArray } from "drizzle-orm";
import { beforeAll, expect, it } from "vitest";
import { decryptIdNumber } from "@/lib/accounts/id-number";
import "@/lib/accounts/testing";
import { isValidIdNumber } from "@/lib/accounts/validation";
import { verifyPassword } from "@/lib/auth/password";
import { importRegions } from "@/lib/regions/import";
import { describeOnDatabases } from "@/tests/database";
import { communities, users } from "./schema";
import { DEMO_PASSWORD, demoAccounts, seedDemo, shouldSeedDemo } from "./seed";

const phones = demoAccounts.map((account) => account.phone);

describeOnDatabases("demo seed", (database) => {
  beforeAll(async () => {
    const { db, kind } = database();
    await importRegions({ db, kind, mode: "sample" });
  }, 120_000);

  it("writes the demo accounts in real communities; twice gives the same rows", async () => {
    const { db } = database();
    expect(await seedDemo(db)).toEqual({ accounts: demoAccounts.length });
    const first = await db.select().from(users).where(inArray(users.phone, phones));
    await db.update(users).set({ realName: "改过的名字" }).where(inArray(users.phone, phones));
    await seedDemo(db);
    const second = await db.select().from(users).where(inArray(users.phone, phones));

    expect(first).toHaveLength(demoAccounts.length);
    const strip = (rows: typeof first) =>
      rows
        .map((row) => ({ ...row, updatedAt: null }))
        .sort((left, right) => left.phone.localeCompare(right.phone));
    expect(strip(second)).toEqual(strip(first));
  });

  it("gives every account the demo password and each secretary a valid ID number", async () => {
    const { db } = database();
    await seedDemo(db);
    const rows = await db.select().from(users).where(inArray(users.phone, phones));
    const byPhone = new Map(rows.map((row) => [row.phone, row]));
    const [community] = await db
      .select()
      .from(communities)
      .where(inArray(communities.code, ["110101001001"]));

    for (const row of rows)
      expect(await verifyPassword(row.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(byPhone.get("13800000001")).toMatchObject({ role: "admin", registrationStep: 5 });
    expect(byPhone.get("13800000002")?.verifiedAt).not.toBeNull();
    expect(byPhone.get("13800000002")?.communityId).toBe(community?.id);
    expect(byPhone.get("13800000003")?.verifiedAt).toBeNull();
    for (const row of rows.filter((item) => item.type === "secretary")) {
      expect(isValidIdNumber(decryptIdNumber(row.idNumberCipher ?? ""))).toBe(true);
    }
  });

  it("runs on the embedded default unless turned off, and on a server only when asked", () => {
    expect(shouldSeedDemo({ DATABASE_URL: undefined, SEED_DEMO: undefined })).toBe(true);
    expect(shouldSeedDemo({ DATABASE_URL: undefined, SEED_DEMO: "false" })).toBe(false);
    expect(shouldSeedDemo({ DATABASE_URL: "postgres://x/y", SEED_DEMO: undefined })).toBe(false);
    expect(shouldSeedDemo({ DATABASE_URL: "postgres://x/y", SEED_DEMO: "true" })).toBe(true);
  });
});
