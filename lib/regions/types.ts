/** Shapes the region queries return, shared with client components (no server code here). */

export type RegionOption = {
  code: string;
  name: string;
  level: number;
  /** A district (区县) ends the cascade: its communities come next. */
  isDistrict: boolean;
};

export type CommunityStatus = "official" | "pending" | "approved" | "merged";

export type CommunityOption = {
  id: number;
  name: string;
  status: CommunityStatus;
  streetCode: string | null;
};

export type CommunityDetail = CommunityOption & {
  code: string | null;
  districtCode: string;
  mergedIntoId: number | null;
  /** Province … district (and street when known), placeholder levels left out. */
  path: RegionOption[];
};

export type CommunitySearchResult = { communities: CommunityOption[]; hasMore: boolean };
