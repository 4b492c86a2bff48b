import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import type { Database } from "@/db/client";
import { communities, files, regions, users, type NewUser } from "@/db/schema";
import { sealIdNumber } from "@/lib/accounts/id-number";
import { idNumberCheckCharacter } from "@/lib/accounts/validation";
import type { Actor } from "@/lib/auth/policy";
import { resetEnvForTests } from "@/lib/env";
import { resetStorageForTests } from "@/lib/storage";

/**
 * Test helpers for verification: a data folder and keys of their own per test file, users of
 * every kind, real images, and counts of what was stored.
 */

export const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "portal-verification-"));
process.env.DATA_DIR = dataDir;
process.env.PII_ENCRYPTION_KEY = randomBytes(32).toString("base64");
process.env.UPLOADTHING_TOKEN = "";
resetEnvForTests();
resetStorageForTests();

let counter = 0;
const seed = randomBytes(2).readUInt16BE(0) % 1000;

function next() {
  counter += 1;

  return counter;
}

/** A valid ID number no other call in this file returns; one ending in X when asked. */
export function uniqueIdNumber(options: { endsWithX?: boolean } = {}): string {
  const n = next();
  const first17 = `110105${19700101 + (n % 28)}${String((seed + n) % 1000).padStart(3, "0")}`;
  const idNumber = first17 + idNumberCheckCharacter(first17);
  if (options.endsWithX && !idNumber.endsWith("X")) return uniqueIdNumber(options);

  return idNumber;
}

export async function createCommunity(db: Database) {
  const n = next();
  const province = `9${String(n).padStart(5, "0")}`;
  const district = `8${String(n).padStart(5, "0")}`;
  await db.insert(regions).values([
    { code: province, name: "测试省", level: 1, provinceCode: province },
    { code: district, name: "新华区", level: 3, provinceCode: province, parentCode: province },
  ]);
  const [community] = await db
    .insert(communities)
    .values({ name: `幸福里社区${n}`, districtCode: district })
    .returning();

  return community!;
}

export async function createUser(db: Database, values: Partial<NewUser> & { idNumber?: string }) {
  const { idNumber, ...rest } = values;
  const n = next();
  const communityId = rest.communityId ?? (await createCommunity(db)).id;
  const [user] = await db
    .insert(users)
    .values({
      phone: `166${String(seed).padStart(4, "0")}${String(n).padStart(4, "0")}`,
      realName: `李晓${"明华芳军"[n % 4]}${n}`,
      passwordHash: "not-used-here",
      type: "resident",
      registrationStep: 5,
      ...(idNumber ? sealIdNumber(idNumber) : {}),
      ...rest,
      communityId,
    })
    .returning();

  return user!;
}

/** The acting user as a session would load it, read fresh from the database. */
export async function actorOf(db: Database, userId: number): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new Error(`no user ${userId}`);

  return {
    id: row.id,
    role: row.role,
    type: row.type,
    communityId: row.communityId,
    isVerified: row.verifiedAt !== null,
    registrationStep: row.registrationStep,
  };
}

/** A secretary with a registered ID number, and the callers every check is tried with. */
export async function createCast(db: Database, options: { endsWithX?: boolean } = {}) {
  const community = await createCommunity(db);
  const communityId = community.id;
  const idNumber = uniqueIdNumber(options);
  const owner = await createUser(db, {
    communityId,
    type: "secretary",
    position: "secretary",
    idNumber,
  });
  const other = await createUser(db, {
    communityId,
    type: "secretary",
    idNumber: uniqueIdNumber(),
  });
  const resident = await createUser(db, { communityId });
  const admin = await createUser(db, { communityId, role: "admin", type: null });

  return {
    idNumber,
    community,
    owner: await actorOf(db, owner.id),
    otherSecretary: await actorOf(db, other.id),
    resident: await actorOf(db, resident.id),
    admin: await actorOf(db, admin.id),
  };
}

export function imageFile(bytes: Uint8Array | Buffer, name: string, type = "image/jpeg") {
  return new File([new Uint8Array(bytes)], name, { type });
}

/** A small scan-like picture in the given format. */
export async function makeImage(format: "jpeg" | "png" | "gif", width = 120, height = 80) {
  const image = sharp({
    create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } },
  });

  return image.toFormat(format).toBuffer();
}

/** Every object the local driver holds under the data folder. */
export function storedObjectCount() {
  const root = path.join(dataDir, "uploads");
  if (!fs.existsSync(root)) return 0;

  return fs
    .readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile()).length;
}

export async function fileRowCount(db: Database) {
  return (await db.select({ id: files.id }).from(files)).length;
}
