"use client";

import { Field, FieldError } from "@/components/ui/field";
import { Select } from "@/components/ui/select";
import type { RegionOption } from "@/lib/regions/types";
import { CommunityPicker } from "./community-picker";
import { type CascadeLevel, useRegionChain } from "./use-region-chain";

export type RegionCascadeDefaults = {
  districtCode?: string;
  community?: { id: number; name: string };
  newCommunityName?: string;
};

export type RegionCascadeProps = {
  /** "navigate" links each community to its page; "form" submits the choice with its form. */
  mode: "navigate" | "form";
  /** The first select's options, rendered by the server (listChildRegions(null)). */
  provinces: RegionOption[];
  /** Makes the ids unique when a page holds more than one cascade. */
  idPrefix?: string;
  /** What the user chose before, to restore the form (after an error or on resuming). */
  defaultValue?: RegionCascadeDefaults;
  /** The message about this choice, shown under it. */
  error?: string;
};

function labelOf(level: CascadeLevel, index: number) {
  if (index === 0) return "省份";

  return level.options.every((option) => option.isDistrict) ? "区县" : "城市";
}

/**
 * 所在地区 as province → city → district selects (placeholder levels skipped), then the
 * district's communities, searchable. In a form it submits `districtCode` and either
 * `communityId` or `newCommunityName` (a missing community's full name).
 */
export function RegionCascade({
  mode,
  provinces,
  idPrefix = "region",
  defaultValue,
  error,
}: RegionCascadeProps) {
  const chain = useRegionChain(provinces, defaultValue?.districtCode);
  const errorId = `${idPrefix}-cascade`;
  const showErrorHere = Boolean(error) && !chain.district;
  const loadStatus = chain.loadError ?? (chain.isLoading ? "正在加载地区…" : "");

  return (
    <div className="flex flex-col gap-5">
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 font-medium text-stone-900">
          {mode === "form" ? "所在地区" : "选择地区"}
        </legend>
        <div className="grid gap-4 sm:grid-cols-3">
          {chain.levels.map((level, index) => {
            const label = labelOf(level, index);
            const isLast = index === chain.levels.length - 1;

            return (
              <Field key={index} id={`${idPrefix}-level-${index}`} label={label}>
                {(control) => (
                  <Select
                    {...control}
                    value={level.selected}
                    onChange={(event) => void chain.choose(index, event.target.value)}
                    placeholder={`请选择${label}`}
                    options={level.options.map((option) => ({
                      value: option.code,
                      label: option.name,
                    }))}
                    aria-describedby={
                      showErrorHere && isLast ? `${errorId}-error` : control["aria-describedby"]
                    }
                    aria-invalid={showErrorHere && isLast ? true : undefined}
                  />
                )}
              </Field>
            );
          })}
        </div>
        <p aria-live="polite" className={loadStatus ? "text-sm text-stone-600" : "sr-only"}>
          {loadStatus}
        </p>
      </fieldset>

      {mode === "form" && (
        <input type="hidden" name="districtCode" value={chain.district?.code ?? ""} />
      )}
      {chain.district && (
        <CommunityPicker
          key={chain.district.code}
          mode={mode}
          district={chain.district}
          idPrefix={idPrefix}
          defaultValue={
            chain.district.code === defaultValue?.districtCode ? defaultValue : undefined
          }
          error={error}
        />
      )}
      {showErrorHere && <FieldError id={errorId} error={error} />}
    </div>
  );
}
