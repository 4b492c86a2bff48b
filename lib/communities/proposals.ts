import "server-only";
import { and, asc, count, eq, ilike, inArray, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { communities, regions, users } from "@/db/schema";
import { maskPhone } from "@/lib/accounts/mask";
import { pageOffset, PAGE_SIZE, toPage } from "@/lib/paging";
import { assertCan, type Actor } from "@/lib/auth/policy";
import { AppError } from "@/lib/errors";

const district = alias(regions, "district");
const city = alias(regions, "city");
const province = alias(regions, "province");
const street = alias(regions, "street");

/** 省 / 市 / 区县 without the placeholder levels (市辖区, 县) and without repeats. */
export function regionPath(names: Array<{ name: string | null; isPlaceholder: boolean | null }>) {
  const path: string[] = [];
  for (const { name, isPlaceholder } of names) {
    if (name && !isPlaceholder && path.at(-1) !== name) path.push(name);
  }

  return path.join(" / ");
}

const memberCount = sql<number>`(
  select count(*)::int from ${users} where ${users.communityId} = ${communities.id}
)`;

/** Communities users proposed at registration that wait for staff, oldest first. */
export async function listProposedCommunities({
  actor,
  page = 1,
}: {
  actor: Actor | null;
  page?: number;
}) {
  assertCan(actor, "community:manage");
  const db = await getDb();
  const isPending = eq(communities.status, "pending");

  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: communities.id,
        name: communities.name,
        districtCode: communities.districtCode,
        createdAt: communities.createdAt,
        provinceName: province.name,
        cityName: city.name,
        cityIsPlaceholder: city.isPlaceholder,
        districtName: district.name,
        districtIsPlaceholder: district.isPlaceholder,
        proposerName: users.realName,
        proposerPhone: users.phone,
        memberCount,
      })
      .from(communities)
      .innerJoin(district, eq(district.code, communities.districtCode))
      .leftJoin(city, eq(city.code, district.cityCode))
      .leftJoin(province, eq(province.code, district.provinceCode))
      .leftJoin(users, eq(users.id, communities.proposedById))
      .where(isPending)
      .orderBy(asc(communities.createdAt), asc(communities.id))
      .limit(PAGE_SIZE)
      .offset(pageOffset(page)),
    db.select({ total: count() }).from(communities).where(isPending),
  ]);
  const items = rows.map((row) => ({
    id: row.id,
    name: row.name,
    districtCode: row.districtCode,
    createdAt: row.createdAt,
    regionPath: regionPath([
      { name: row.provinceName, isPlaceholder: false },
      { name: row.cityName, isPlaceholder: row.cityIsPlaceholder },
      { name: row.districtName, isPlaceholder: row.districtIsPlaceholder },
    ]),
    proposer: row.proposerName
      ? { name: row.proposerName, phoneMasked: maskPhone(row.proposerPhone ?? "") }
      : null,
    memberCount: Number(row.memberCount),
  }));

  return toPage(items, total?.total ?? 0, page);
}

export type ProposedCommunity = Awaited<
  ReturnType<typeof listProposedCommunities>
>["items"][number];

/** Official or approved communities of the proposal's district whose name contains the query. */
export async function searchMergeTargets({
  actor,
  communityId,
  query,
}: {
  actor: Actor | null;
  communityId: number;
  query: string;
}) {
  assertCan(actor, "community:manage");
  const db = await getDb();
  const [source] = await db
    .select({ districtCode: communities.districtCode })
    .from(communities)
    .where(eq(communities.id, communityId));
  if (!source) throw new AppError("NOT_FOUND", "该社区不存在");
  const text = query.trim().replace(/[\\%_]/g, (match) => `\\${match}`);

  return db
    .select({ id: communities.id, name: communities.name, streetName: street.name })
    .from(communities)
    .leftJoin(street, eq(street.code, communities.streetCode))
    .where(
      and(
        eq(communities.districtCode, source.districtCode),
        inArray(communities.status, ["official", "approved"]),
        ne(communities.id, communityId),
        text ? ilike(communities.name, `%${text}%`) : undefined,
      ),
    )
    .orderBy(asc(communities.name), asc(communities.id))
    .limit(20);
}
