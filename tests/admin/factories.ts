import { randomUUID } from "node:crypto";
import type { Database } from "@/db/client";
import {
  communities,
  files,
  regions,
  users,
  verifications,
  type NewCommunity,
  type NewUser,
  type User,
} from "@/db/schema";
import { hashPassword } from "@/lib/auth/password";
import type { Actor } from "@/lib/auth/policy";

let sequence = 0;

function serial() {
  sequence += 1;

  return `${process.pid % 1000}${String(sequence).padStart(5, "0")}`;
}

let knownHash: Promise<string> | undefined;

/** Every test account's password; hashed once per file, since argon2 is slow on purpose. */
export const testPassword = "demo1234";

function passwordHash() {
  knownHash ??= hashPassword(testPassword);

  return knownHash;
}

/** A province, a placeholder city level (市辖区) and a district of its own. */
export async function createDistrict(db: Database, name = "测试区") {
  const code = serial();
  const provinceCode = `p${code}`;
  const cityCode = `c${code}`;
  const districtCode = `d${code}`;
  await db.insert(regions).values([
    { code: provinceCode, name: "测试省", level: 1, provinceCode },
    { code: cityCode, name: "市辖区", level: 2, provinceCode, isPlaceholder: true },
    { code: districtCode, name, level: 3, provinceCode, cityCode, parentCode: cityCode },
  ]);

  return districtCode;
}

export async function createCommunity(db: Database, values: Partial<NewCommunity> = {}) {
  const districtCode = values.districtCode ?? (await createDistrict(db));
  const [community] = await db
    .insert(communities)
    .values({ name: `测试社区${serial()}`, status: "official", ...values, districtCode })
    .returning();

  return community!;
}

export async function createUser(db: Database, values: Partial<NewUser> = {}): Promise<User> {
  const communityId = values.communityId ?? (await createCommunity(db)).id;
  const number = serial();
  const [user] = await db
    .insert(users)
    .values({
      phone: `139${number.padStart(8, "0")}`,
      realName: `测试用户${number}`,
      passwordHash: await passwordHash(),
      type: "resident",
      registrationStep: 5,
      ...values,
      communityId,
    })
    .returning();

  return user!;
}

export function actorOf(user: User): Actor {
  return {
    id: user.id,
    role: user.role,
    type: user.type,
    communityId: user.communityId,
    isVerified: user.verifiedAt !== null,
    registrationStep: user.registrationStep,
  };
}

/** The four kinds of caller every admin function is tried with. */
export async function createCallers(db: Database) {
  const community = await createCommunity(db);
  const communityId = community.id;
  const resident = await createUser(db, { communityId });
  const secretary = await createUser(db, {
    communityId,
    type: "secretary",
    verifiedAt: new Date(),
  });
  const admin = await createUser(db, { communityId, role: "admin", type: null });

  return {
    visitor: null,
    resident: actorOf(resident),
    secretary: actorOf(secretary),
    admin: actorOf(admin),
    communityId,
  };
}

/** A pending verification with two stored scans, as the secretary's submission leaves it. */
export async function createPendingVerification(db: Database, userId: number, submittedAt?: Date) {
  const scans = await db
    .insert(files)
    .values(
      (["id_card", "verification_document"] as const).map((purpose) => ({
        ownerId: userId,
        purpose,
        driver: "local" as const,
        storageKey: randomUUID(),
        contentType: "image/png",
        size: 100,
      })),
    )
    .returning({ id: files.id });
  const [verification] = await db
    .insert(verifications)
    .values({
      userId,
      idCardFileId: scans[0]!.id,
      documentFileId: scans[1]!.id,
      ...(submittedAt ? { submittedAt } : {}),
    })
    .returning();

  return verification!;
}
