"use client";

import { useEffect, useRef, useState } from "react";
import type { RegionOption } from "@/lib/regions/types";
import { fetchChildRegions, fetchRegionPath } from "./region-api";

/** One select of the cascade: what it offers and what is chosen in it. */
export type CascadeLevel = { options: RegionOption[]; selected: string };

const loadFailed = "地区列表加载失败，请检查网络后重新选择";

/**
 * The chain of selects from the provinces down to a district. Each choice that is not a district
 * adds the next select, so placeholder levels never appear and 东莞市 ends the chain at once.
 */
export function useRegionChain(provinces: RegionOption[], defaultDistrictCode?: string) {
  const [levels, setLevels] = useState<CascadeLevel[]>([{ options: provinces, selected: "" }]);
  const [isLoading, setIsLoading] = useState(Boolean(defaultDistrictCode));
  const [loadError, setLoadError] = useState<string>();
  // Only the latest choice may set the levels; answers to earlier ones arrive too late.
  const latest = useRef(0);

  useEffect(() => {
    if (!defaultDistrictCode) return;
    const request = ++latest.current;
    restoreLevels(provinces, defaultDistrictCode)
      .then((restored) => {
        if (request === latest.current) setLevels(restored);
      })
      .catch(() => {
        if (request === latest.current) setLoadError(loadFailed);
      })
      .finally(() => {
        if (request === latest.current) setIsLoading(false);
      });
  }, [provinces, defaultDistrictCode]);

  async function choose(index: number, code: string) {
    const request = ++latest.current;
    const kept = levels
      .slice(0, index + 1)
      .map((level, position) => (position === index ? { ...level, selected: code } : level));
    setLevels(kept);
    setLoadError(undefined);
    const option = kept[index]?.options.find((item) => item.code === code);
    if (!option || option.isDistrict) {
      setIsLoading(false);
      return;
    }

    setIsLoading(true);
    try {
      const options = await fetchChildRegions(code);
      if (request === latest.current) setLevels([...kept, { options, selected: "" }]);
    } catch {
      if (request === latest.current) setLoadError(loadFailed);
    } finally {
      if (request === latest.current) setIsLoading(false);
    }
  }

  const district = levels
    .map((level) => level.options.find((option) => option.code === level.selected))
    .find((option) => option?.isDistrict);

  return { levels, choose, district, isLoading, loadError };
}

async function restoreLevels(provinces: RegionOption[], districtCode: string) {
  const path = await fetchRegionPath(districtCode);
  const parents = path.slice(0, -1);
  const offered = await Promise.all(parents.map((region) => fetchChildRegions(region.code)));

  return [provinces, ...offered].map((options, index) => ({
    options,
    selected: path[index]?.code ?? "",
  }));
}
