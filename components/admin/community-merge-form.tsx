"use client";

import { useState, useTransition, type FormEvent } from "react";
import { mergeCommunityAction, searchMergeTargetsAction } from "@/app/admin/communities/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { RadioGroup } from "@/components/ui/radio-group";

type Target = { id: number; name: string; streetName: string | null };
export type MergeOutcome = { targetName: string; members: number };

/** Finds an existing community of the same district by name and merges the proposal into it. */
export function CommunityMergeForm({
  communityId,
  name,
  onMerged,
}: {
  communityId: number;
  name: string;
  onMerged: (outcome: MergeOutcome) => void;
}) {
  const [query, setQuery] = useState("");
  const [targets, setTargets] = useState<Target[] | null>(null);
  const [targetId, setTargetId] = useState<number | null>(null);
  const [error, setError] = useState<string>();
  const [isConfirming, setIsConfirming] = useState(false);
  const [isPending, startTransition] = useTransition();
  const target = targets?.find((entry) => entry.id === targetId);
  const prefix = `merge-${communityId}`;

  function search(event: FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await searchMergeTargetsAction({ communityId, query });
      setError(result.ok ? undefined : result.message);
      setTargets(result.ok ? result.data : null);
      setTargetId(null);
    });
  }

  function askToConfirm(event: FormEvent) {
    event.preventDefault();
    if (!target) {
      setError("请从搜索结果中选择要并入的社区");
      return;
    }
    setError(undefined);
    setIsConfirming(true);
  }

  function merge() {
    if (!target) return;
    startTransition(async () => {
      const result = await mergeCommunityAction({ communityId, targetId: target.id });
      setIsConfirming(false);
      if (!result.ok) {
        setError(result.fieldErrors.targetId ?? result.message);
        return;
      }
      onMerged({ targetName: target.name, members: result.data.members });
    });
  }

  return (
    <div className="flex flex-col gap-3">
      <FormMessage message={error} />
      <form onSubmit={search} role="search" className="flex flex-wrap items-end gap-3">
        <Field id={`${prefix}-query`} label="搜索本区县的社区" className="w-full sm:w-72">
          {(control) => (
            <Input
              {...control}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
              placeholder="输入社区名称中的字"
            />
          )}
        </Field>
        <Button type="submit" variant="secondary" isLoading={isPending && !isConfirming}>
          搜索
        </Button>
      </form>
      {targets && targets.length === 0 && (
        <p className="text-stone-700">本区县没有找到该名称的社区。</p>
      )}
      {targets && targets.length > 0 && (
        <form onSubmit={askToConfirm} className="flex flex-col gap-3">
          <RadioGroup
            id={`${prefix}-target`}
            name={`${prefix}-target`}
            legend="并入的社区"
            options={targets.map((entry) => ({
              value: String(entry.id),
              label: entry.name,
              description: entry.streetName ?? undefined,
            }))}
            inputProps={{ onChange: (event) => setTargetId(Number(event.target.value)) }}
          />
          <div>
            <Button type="submit">合并到所选社区</Button>
          </div>
        </form>
      )}
      <Dialog
        open={isConfirming}
        onClose={() => setIsConfirming(false)}
        title="确认合并"
        description={`“${name}”将并入“${target?.name ?? ""}”：它的成员、书记信箱和办事预约都会转到该社区，合并后不能撤销。`}
        footer={
          <>
            <Button variant="secondary" onClick={() => setIsConfirming(false)}>
              取消
            </Button>
            <Button isLoading={isPending} loadingText="正在合并…" onClick={merge}>
              确认合并
            </Button>
          </>
        }
      />
    </div>
  );
}
