import "server-only";
import { and, asc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import { type Database, getDb } from "@/db/client";
import { communities, regions } from "@/db/schema";
import type { CommunityDetail, CommunitySearchResult, RegionOption } from "./types";

export type { CommunityDetail, CommunityOption, RegionOption } from "./types";

const regionFields = { code: regions.code, name: regions.name, level: regions.level };

function toOption(row: { code: string; name: string; level: number }): RegionOption {
  return { ...row, isDistrict: row.level === 3 };
}

/**
 * What the cascade offers under `parentCode` (provinces for null): the nearest real children,
 * so 北京市 lists its districts directly and 广东省 lists 东莞市 beside its cities.
 */
export function childRegionsQuery(db: Database, parentCode: string | null) {
  const parent =
    parentCode === null
      ? isNull(regions.visibleParentCode)
      : eq(regions.visibleParentCode, parentCode);

  return db
    .select(regionFields)
    .from(regions)
    .where(and(parent, eq(regions.isPlaceholder, false)))
    .orderBy(asc(regions.code));
}

export async function listChildRegions(parentCode: string | null): Promise<RegionOption[]> {
  const rows = await childRegionsQuery(await getDb(), parentCode);

  return rows.map(toOption);
}

export type SearchCommunitiesOptions = {
  districtCode: string;
  /** Part of the name; empty lists the district's communities in official order. */
  query?: string;
  limit?: number;
  /** Their own proposals still pending review are shown to whoever proposed them. */
  viewerId?: number;
};

export function communitySearchQuery(db: Database, options: SearchCommunitiesOptions) {
  const { districtCode, query = "", limit = 50, viewerId } = options;
  const text = query.trim();
  const visible = or(
    inArray(communities.status, ["official", "approved"]),
    viewerId === undefined
      ? undefined
      : and(eq(communities.status, "pending"), eq(communities.proposedById, viewerId)),
  );

  return db
    .select({
      id: communities.id,
      name: communities.name,
      status: communities.status,
      streetCode: communities.streetCode,
    })
    .from(communities)
    .where(
      and(
        eq(communities.districtCode, districtCode),
        visible,
        text ? sql`strpos(${communities.name}, ${text}) > 0` : undefined,
      ),
    )
    .orderBy(sql`${communities.code} asc nulls last`, asc(communities.name))
    .limit(limit + 1);
}

/** The district's communities whose name contains `query`, merged ones left out. */
export async function searchCommunities(
  options: SearchCommunitiesOptions,
): Promise<CommunitySearchResult> {
  const limit = options.limit ?? 50;
  const rows = await communitySearchQuery(await getDb(), { ...options, limit });

  return { communities: rows.slice(0, limit), hasMore: rows.length > limit };
}

/** The visible ancestors of a region and the region itself, province first. */
export async function getRegionPath(code: string): Promise<RegionOption[]> {
  const db = await getDb();
  const [region] = await db.select().from(regions).where(eq(regions.code, code));
  if (!region) return [];

  const lineage = [region.provinceCode, region.cityCode, region.districtCode, region.code];
  const rows = await db
    .select(regionFields)
    .from(regions)
    .where(
      and(
        inArray(
          regions.code,
          lineage.filter((item): item is string => item !== null),
        ),
        eq(regions.isPlaceholder, false),
      ),
    )
    .orderBy(asc(regions.level));

  return rows.map(toOption);
}

/** A community with its place in the tree, or null when there is none with this id. */
export async function getCommunity(id: number): Promise<CommunityDetail | null> {
  const db = await getDb();
  const [row] = await db.select().from(communities).where(eq(communities.id, id));
  if (!row) return null;

  const path = await getRegionPath(row.streetCode ?? row.districtCode);

  return {
    id: row.id,
    code: row.code,
    name: row.name,
    status: row.status,
    streetCode: row.streetCode,
    districtCode: row.districtCode,
    mergedIntoId: row.mergedIntoId,
    path,
  };
}
