import { inArray, sql } from "drizzle-orm";
import { sealIdNumber } from "@/lib/accounts/id-number";
import { idNumberCheckCharacter } from "@/lib/accounts/validation";
import { hashPassword } from "@/lib/auth/password";
import type { Env } from "@/lib/env";
import type { Database } from "./client";
import { communities, type NewUser, users } from "./schema";

/** The password of every demo account; README.md lists the accounts. */
export const DEMO_PASSWORD = "demo1234";

type DemoAccount = Pick<NewUser, "phone" | "realName" | "role" | "type"> & {
  /** The statistics bureau's code of the community (communities.code). */
  communityCode: string;
  email?: string;
  position?: string;
  partyJoinedMonth?: string;
  /** The first 17 digits; the check character is worked out. */
  idNumberStart?: string;
  isVerified?: boolean;
  volunteer?: { times: string[]; categories: string[] };
};

const duofuxiang = "110101001001"; // 北京市 东城区 东华门街道 多福巷社区居委会
const yinzha = "110101001002"; // 北京市 东城区 东华门街道 银闸社区居委会
const yunnanRoad = "310101002001"; // 上海市 黄浦区 南京东路街道 云南中路居委会
const yuezhou = "440106001001"; // 广州市 天河区 五山街道 岳洲社区居委会

export const demoAccounts: DemoAccount[] = [
  {
    phone: "13800000001",
    realName: "系统管理员",
    role: "admin",
    type: null,
    communityCode: duofuxiang,
  },
  {
    phone: "13800000002",
    realName: "王建华",
    role: "user",
    type: "secretary",
    communityCode: duofuxiang,
    email: "secretary@example.org",
    position: "secretary",
    partyJoinedMonth: "1998-07",
    idNumberStart: "11010119750315002",
    isVerified: true,
  },
  {
    phone: "13800000003",
    realName: "李秀英",
    role: "user",
    type: "secretary",
    communityCode: yinzha,
    position: "deputy_secretary",
    partyJoinedMonth: "2006-05",
    idNumberStart: "11010119820921004",
  },
  {
    phone: "13800000004",
    realName: "张伟",
    role: "user",
    type: "resident",
    communityCode: duofuxiang,
    volunteer: { times: ["weekend", "holiday"], categories: ["environment", "elderly_disabled"] },
  },
  {
    phone: "13800000005",
    realName: "刘洋",
    role: "user",
    type: "party_member",
    communityCode: duofuxiang,
    partyJoinedMonth: "2012-07",
  },
  {
    phone: "13800000006",
    realName: "陈静",
    role: "user",
    type: "resident",
    communityCode: yunnanRoad,
  },
  {
    phone: "13800000007",
    realName: "黄磊",
    role: "user",
    type: "party_member",
    communityCode: yuezhou,
    partyJoinedMonth: "2015-06",
    volunteer: { times: ["weekday_evening"], categories: ["tutoring"] },
  },
  {
    phone: "13800000008",
    realName: "赵敏",
    role: "user",
    type: "secretary",
    communityCode: yuezhou,
    position: "director",
    partyJoinedMonth: "2003-10",
    idNumberStart: "44010619780602003",
    isVerified: true,
  },
];

// Fixed, so that seeding twice leaves the same rows.
const verifiedAt = new Date("2024-03-01T02:00:00Z");

/** Demo data on the embedded default unless SEED_DEMO=false; on a server only when asked. */
export function shouldSeedDemo(settings: Pick<Env, "DATABASE_URL" | "SEED_DEMO">) {
  return (
    settings.SEED_DEMO === "true" || (!settings.DATABASE_URL && settings.SEED_DEMO !== "false")
  );
}

function profileOf(account: DemoAccount, communityId: number) {
  return {
    realName: account.realName,
    role: account.role,
    type: account.type,
    communityId,
    registrationStep: 5,
    email: account.email ?? null,
    position: account.position ?? null,
    partyJoinedMonth: account.partyJoinedMonth ?? null,
    verifiedAt: account.isVerified ? verifiedAt : null,
    isVolunteer: Boolean(account.volunteer),
    volunteerTimes: account.volunteer?.times ?? [],
    volunteerCategories: account.volunteer?.categories ?? [],
    status: "active" as const,
  };
}

/**
 * Adds the demo accounts, or brings them back to their demo state (matched by phone). Passwords
 * and ID numbers are written only when an account is created, so a restart hashes nothing.
 * Returns how many accounts were written; none when the communities are not imported.
 */
export async function seedDemo(db: Database): Promise<{ accounts: number }> {
  const codes = [...new Set(demoAccounts.map((account) => account.communityCode))];
  const rows = await db
    .select({ id: communities.id, code: communities.code })
    .from(communities)
    .where(inArray(communities.code, codes));
  const communityIds = new Map(rows.map((row) => [row.code, row.id]));
  if (communityIds.size < codes.length) return { accounts: 0 };

  const existing = await db
    .select({ phone: users.phone })
    .from(users)
    .where(
      inArray(
        users.phone,
        demoAccounts.map((account) => account.phone),
      ),
    );
  const isNew = (account: DemoAccount) => !existing.some((row) => row.phone === account.phone);
  const passwordHash = demoAccounts.some(isNew) ? await hashPassword(DEMO_PASSWORD) : "";

  await db.transaction(async (tx) => {
    for (const account of demoAccounts) {
      const profile = profileOf(account, communityIds.get(account.communityCode) as number);
      const idNumber = account.idNumberStart
        ? sealIdNumber(account.idNumberStart + idNumberCheckCharacter(account.idNumberStart))
        : {};
      await tx
        .insert(users)
        .values({ phone: account.phone, passwordHash, ...profile, ...idNumber })
        .onConflictDoUpdate({
          target: users.phone,
          set: { ...profile, updatedAt: sql`now()` },
        });
    }
  });

  return { accounts: demoAccounts.length };
}
