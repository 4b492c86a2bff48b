"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { CommunityOption, RegionOption } from "@/lib/regions/types";
import { CommunityLinks } from "./community-links";
import type { RegionCascadeDefaults } from "./region-cascade";
import { useCommunitySearch } from "./use-community-search";

const newChoice = "new";

type CommunityPickerProps = {
  mode: "navigate" | "form";
  district: RegionOption;
  idPrefix: string;
  defaultValue?: RegionCascadeDefaults;
  error?: string;
};

function searchStatus(count: number, hasMore: boolean, query: string) {
  if (count === 0) return query ? `没有找到名称含“${query}”的社区` : "该区县暂无社区";
  if (hasMore) return `显示前 ${count} 个社区，输入名称可缩小范围`;

  return query ? `找到 ${count} 个社区` : `共 ${count} 个社区`;
}

/** The chosen district's communities: a search box, then links or a select to choose from. */
export function CommunityPicker({
  mode,
  district,
  idPrefix,
  defaultValue,
  error,
}: CommunityPickerProps) {
  const [query, setQuery] = useState("");
  const [chosen, setChosen] = useState<Pick<CommunityOption, "id" | "name"> | undefined>(
    defaultValue?.community,
  );
  const [isNew, setIsNew] = useState(Boolean(defaultValue?.newCommunityName));
  const [newName, setNewName] = useState(defaultValue?.newCommunityName ?? "");
  const search = useCommunitySearch(district.code, query);

  const found = search.result?.communities ?? [];
  // The chosen community stays selectable while another search is shown.
  const offered =
    chosen && !found.some((item) => item.id === chosen.id) ? [chosen, ...found] : found;
  const status = search.failed
    ? "社区列表加载失败，请稍后重试"
    : search.result
      ? searchStatus(found.length, search.result.hasMore, query.trim())
      : "正在加载社区…";

  function startNewCommunity() {
    setIsNew(true);
    setChosen(undefined);
    if (!newName) setNewName(query.trim());
  }

  function choose(value: string) {
    if (value === newChoice) return startNewCommunity();
    setIsNew(false);
    setChosen(offered.find((item) => String(item.id) === value));
  }

  return (
    <div className="flex flex-col gap-4">
      <Field
        id={`${idPrefix}-search`}
        label="搜索社区"
        hint={`在${district.name}的社区中查找，输入名称中的任意字词即可`}
      >
        {(control) => (
          <Input
            {...control}
            type="search"
            autoComplete="off"
            maxLength={30}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
          />
        )}
      </Field>
      <p aria-live="polite" className="min-h-5 text-sm text-stone-600">
        {search.isLoading && search.result ? "正在查找…" : status}
      </p>

      {mode === "navigate" ? (
        <CommunityLinks communities={found} />
      ) : (
        <Field id={`${idPrefix}-community`} label="所在社区" error={isNew ? undefined : error}>
          {(control) => (
            <Select
              {...control}
              value={isNew ? newChoice : chosen ? String(chosen.id) : ""}
              onChange={(event) => choose(event.target.value)}
              placeholder="请选择社区"
            >
              {offered.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.name}
                </option>
              ))}
              <option value={newChoice}>没有我的社区，填写新社区</option>
            </Select>
          )}
        </Field>
      )}

      {mode === "form" && !isNew && search.result && found.length === 0 && query.trim() && (
        <Button variant="secondary" className="self-start" onClick={startNewCommunity}>
          填写新社区“{query.trim()}”
        </Button>
      )}
      {mode === "form" && isNew && (
        <Field
          id={`${idPrefix}-new-community`}
          label="新社区全称"
          hint="所在社区不在列表中时，请完整填写社区（居委会、村委会）名称，经管理员审核后生效"
          error={error}
        >
          {(control) => (
            <Input
              {...control}
              name="newCommunityName"
              maxLength={40}
              value={newName}
              onChange={(event) => setNewName(event.target.value)}
            />
          )}
        </Field>
      )}
      {mode === "form" && (
        <input type="hidden" name="communityId" value={!isNew && chosen ? chosen.id : ""} />
      )}
    </div>
  );
}
