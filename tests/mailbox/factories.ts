import type { Database } from "@/db/client";
import { communities, regions, users, type NewUser, type User } from "@/db/schema";
import type { Actor } from "@/lib/auth/policy";

let sequence = 0;

/** A number no other call in this process returns, to keep phones and codes unique. */
function serial() {
  sequence += 1;

  return `${process.pid % 10000}`.padStart(4, "0") + String(sequence).padStart(4, "0");
}

export async function createCommunity(db: Database) {
  const code = serial();
  await db
    .insert(regions)
    .values({ code: `m${code}`, name: "信箱测试区", level: 3, provinceCode: "11" });
  const [community] = await db
    .insert(communities)
    .values({ name: `信箱测试社区${code}`, districtCode: `m${code}` })
    .returning({ id: communities.id });

  return community as { id: number };
}

/** A resident unless told otherwise; `isVerified` marks a secretary staff have verified. */
export async function createUser(
  db: Database,
  values: Partial<NewUser> & { communityId: number; isVerified?: boolean },
): Promise<User> {
  const { isVerified, ...rest } = values;
  const [user] = await db
    .insert(users)
    .values({
      phone: `138${serial()}`,
      realName: `居民${serial()}`,
      // Never signs in: domain functions take the actor directly.
      passwordHash: "unused",
      type: "resident",
      registrationStep: 5,
      verifiedAt: isVerified ? new Date() : null,
      ...rest,
    })
    .returning();

  return user as User;
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

/** Everyone the authorization tests ask, around one community and one other. */
export async function createCast(db: Database) {
  const community = await createCommunity(db);
  const other = await createCommunity(db);
  const make = async (values: Partial<NewUser> & { communityId: number; isVerified?: boolean }) =>
    actorOf(await createUser(db, values));

  return {
    communityId: community.id,
    otherCommunityId: other.id,
    visitor: null,
    resident: await make({ communityId: community.id }),
    neighbour: await make({ communityId: community.id }),
    residentElsewhere: await make({ communityId: other.id }),
    unverifiedSecretary: await make({ communityId: community.id, type: "secretary" }),
    secretary: await make({ communityId: community.id, type: "secretary", isVerified: true }),
    secondSecretary: await make({
      communityId: community.id,
      type: "secretary",
      isVerified: true,
    }),
    secretaryElsewhere: await make({
      communityId: other.id,
      type: "secretary",
      isVerified: true,
    }),
    admin: await make({ communityId: community.id, role: "admin", type: null }),
  };
}

export type Cast = Awaited<ReturnType<typeof createCast>>;
