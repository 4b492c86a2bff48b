import { randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Database } from "@/db/client";
import { communities, users } from "@/db/schema";
import type { Actor } from "@/lib/auth/policy";
import { resetEnvForTests } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { registerAccount } from "./registration";
import { idNumberCheckCharacter } from "./validation";

/** Test helpers for accounts: keys of their own, unique phones and ID numbers, actors. */

process.env.AUTH_SECRET ??= randomBytes(32).toString("base64url");
process.env.PII_ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
resetEnvForTests();

let counter = 0;
const runSeed = Number(randomBytes(3).readUIntBE(0, 3)) % 100_000;

/** A mainland mobile number no other call in this process returns. */
export function uniquePhone() {
  counter += 1;

  return `17${String(runSeed).padStart(5, "0")}${String(counter).padStart(4, "0")}`;
}

/** A valid ID number (born 1980-01-01 in 东城区) no other call in this process returns. */
export function uniqueIdNumber() {
  counter += 1;
  const first17 = `110101${19800101 + (counter % 28)}${String(counter % 1000).padStart(3, "0")}`;

  return first17 + idNumberCheckCharacter(first17);
}

/** An official community of the sample import: 多福巷社区居委会, or another of 东城区. */
export async function officialCommunityId(db: Database, code = "110101001001") {
  const [row] = await db
    .select({ id: communities.id })
    .from(communities)
    .where(eq(communities.code, code));
  if (!row) throw new Error(`community ${code} is missing: import the sample regions first`);

  return row.id;
}

/** The acting user as a session would load it. */
export async function actorOf(
  db: Database,
  userId: number,
): Promise<Actor & { sessionVersion: number }> {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new Error(`no user ${userId}`);

  return {
    id: row.id,
    role: row.role,
    type: row.type,
    communityId: row.communityId,
    isVerified: row.verifiedAt !== null,
    registrationStep: row.registrationStep,
    sessionVersion: row.sessionVersion,
  };
}

export async function userRow(db: Database, userId: number) {
  const [row] = await db.select().from(users).where(eq(users.id, userId));
  if (!row) throw new Error(`no user ${userId}`);

  return row;
}

/** The AppError a call throws, so its code and field messages can be checked. */
export async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof AppError)) throw new Error(`expected an AppError, got ${String(error)}`);

  return error;
}

/** Step 1 of registration for a new resident-to-be of the community; returns the actor. */
export async function startAccount(db: Database, communityId: number, phone = uniquePhone()) {
  const account = await registerAccount({
    actor: null,
    phone,
    realName: "张晓明",
    password: "secret1",
    communityId,
  });

  return actorOf(db, account.id);
}
