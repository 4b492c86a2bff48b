import type { CommunitySearchResult, RegionOption } from "@/lib/regions/types";

/** Client side of /api/regions: each parent's children are fetched once per page. */
const children = new Map<string, Promise<RegionOption[]>>();

async function getJson<T>(url: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(url, { signal });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);

  return (await response.json()) as T;
}

export function fetchChildRegions(parentCode: string) {
  let pending = children.get(parentCode);
  if (!pending) {
    pending = getJson<{ regions: RegionOption[] }>(`/api/regions?parent=${parentCode}`).then(
      (body) => body.regions,
    );
    pending.catch(() => children.delete(parentCode));
    children.set(parentCode, pending);
  }

  return pending;
}

export async function fetchRegionPath(code: string) {
  return (await getJson<{ path: RegionOption[] }>(`/api/regions/${code}`)).path;
}

export function fetchCommunities(districtCode: string, query: string, signal: AbortSignal) {
  const search = new URLSearchParams({ q: query, limit: "100" });

  return getJson<CommunitySearchResult>(
    `/api/regions/${districtCode}/communities?${search}`,
    signal,
  );
}
