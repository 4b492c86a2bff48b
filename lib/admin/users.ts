import "server-only";
import { and, count, desc, eq, ilike, like, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { communities, users, verifications } from "@/db/schema";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { maskPhone } from "@/lib/accounts/mask";
import { pageOffset, PAGE_SIZE, toPage } from "@/lib/paging";

export type AccountStatus = "active" | "disabled";
export type VerificationState = "verified" | "pending" | "rejected" | "none";

export type UserSearch = {
  actor: Actor | null;
  /** A name or part of one, or digits of the phone number: 0001, 138****0001. */
  query?: string;
  status?: AccountStatus;
  page?: number;
};

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (match) => `\\${match}`);
}

/**
 * Digits (and the asterisks of a masked number) search the phone: asterisks stand for one digit
 * each, plain digits match anywhere, so the last four digits find the account. Anything else
 * searches the name.
 */
export function userQueryFilter(query: string): SQL | undefined {
  const text = query.trim().replace(/\s+/g, "");
  if (!text) return undefined;
  if (/^[\d*＊]+$/.test(text) && /\d/.test(text)) {
    const pattern = text.replace(/[*＊]/g, "_");
    return like(users.phone, /[*＊]/.test(text) ? pattern : `%${pattern}%`);
  }

  return ilike(users.realName, `%${escapeLike(query.trim())}%`);
}

const latestVerification = sql<string | null>`(
  select ${verifications.status} from ${verifications}
  where ${verifications.userId} = ${users.id}
  order by ${verifications.submittedAt} desc limit 1
)`;

function verificationState(verifiedAt: Date | null, latest: string | null): VerificationState {
  if (verifiedAt) return "verified";
  if (latest === "pending" || latest === "rejected") return latest;

  return "none";
}

/** Accounts for staff, newest first; phone numbers are masked even here. */
export async function searchUsers({ actor, query = "", status, page = 1 }: UserSearch) {
  assertCan(actor, "user:manage");
  const db = await getDb();
  const where = and(userQueryFilter(query), status ? eq(users.status, status) : undefined);

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: users.id,
        realName: users.realName,
        phone: users.phone,
        type: users.type,
        role: users.role,
        status: users.status,
        verifiedAt: users.verifiedAt,
        latestVerification,
        communityName: communities.name,
        createdAt: users.createdAt,
      })
      .from(users)
      .innerJoin(communities, eq(communities.id, users.communityId))
      .where(where)
      .orderBy(desc(users.createdAt), desc(users.id))
      .limit(PAGE_SIZE)
      .offset(pageOffset(page)),
    db.select({ total: count() }).from(users).where(where),
  ]);
  const items = rows.map(({ phone, verifiedAt, latestVerification: latest, ...row }) => ({
    ...row,
    phoneMasked: maskPhone(phone),
    verification: verificationState(verifiedAt, latest),
  }));

  return toPage(items, total?.total ?? 0, page);
}

export type UserListItem = Awaited<ReturnType<typeof searchUsers>>["items"][number];
