"use client";

import { useEffect, useState } from "react";
import type { CommunitySearchResult } from "@/lib/regions/types";
import { fetchCommunities } from "./region-api";

type SearchState = {
  key: string;
  result?: CommunitySearchResult;
  failed?: boolean;
};

/** The district's communities matching the typed words, fetched a moment after typing stops. */
export function useCommunitySearch(districtCode: string | undefined, query: string) {
  const key = districtCode ? `${districtCode}|${query.trim()}` : "";
  const [state, setState] = useState<SearchState>({ key: "" });

  useEffect(() => {
    if (!districtCode) return;
    const controller = new AbortController();
    const timer = setTimeout(
      () => {
        fetchCommunities(districtCode, query.trim(), controller.signal)
          .then((result) => setState({ key, result }))
          .catch(() => {
            if (!controller.signal.aborted) setState({ key, failed: true });
          });
      },
      query.trim() ? 250 : 0,
    );

    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [districtCode, query, key]);

  const isCurrent = state.key === key && key !== "";
  // While the next answer loads, the last one of the same district stays on screen.
  const isSameDistrict = districtCode !== undefined && state.key.startsWith(`${districtCode}|`);

  return {
    result: isSameDistrict ? state.result : undefined,
    failed: isCurrent && Boolean(state.failed),
    isLoading: key !== "" && !isCurrent,
  };
}
