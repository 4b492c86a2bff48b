"use client";

import { useState, useTransition } from "react";
import { approveCommunityAction } from "@/app/admin/communities/actions";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormMessage } from "@/components/ui/form-message";
import { CommunityMergeForm, type MergeOutcome } from "./community-merge-form";
import { CommunityRenameForm } from "./community-rename-form";

export type ProposalView = {
  id: number;
  name: string;
  regionPath: string;
  proposer: string;
  submittedAt: string;
  memberCount: number;
};

type Outcome = { kind: "approved" } | ({ kind: "merged" } & MergeOutcome);

/** One proposed community: what staff need to decide, and the three decisions. */
export function CommunityProposal({ proposal }: { proposal: ProposalView }) {
  const [name, setName] = useState(proposal.name);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [renamed, setRenamed] = useState(false);
  const [error, setError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  function approve() {
    startTransition(async () => {
      const result = await approveCommunityAction({ communityId: proposal.id });
      if (result.ok) setOutcome({ kind: "approved" });
      else setError(result.message);
    });
  }

  return (
    <article id={`community-${proposal.id}`} aria-labelledby={`community-${proposal.id}-name`}>
      <Card>
        <h2 id={`community-${proposal.id}-name`} className="text-lg font-semibold">
          {name}
        </h2>
        <dl className="mt-2 grid gap-x-6 gap-y-1 text-stone-800 sm:grid-cols-2">
          <div>
            <dt className="inline text-stone-600">所在地区：</dt>
            <dd className="inline">{proposal.regionPath}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">提议人：</dt>
            <dd className="inline">{proposal.proposer}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">提交时间：</dt>
            <dd className="inline">{proposal.submittedAt}</dd>
          </div>
          <div>
            <dt className="inline text-stone-600">登记成员：</dt>
            <dd className="inline">{proposal.memberCount} 人</dd>
          </div>
        </dl>
        <div className="mt-4 flex flex-col gap-5">
          {outcome ? (
            <Alert tone="success" title={outcome.kind === "approved" ? "已通过" : "已合并"}>
              {outcome.kind === "approved"
                ? `“${name}”已成为正式社区，提议人已收到通知。`
                : `“${name}”已并入“${outcome.targetName}”，${outcome.members} 位成员已随之迁移。`}
            </Alert>
          ) : (
            <>
              <FormMessage message={error} />
              {renamed && <Alert tone="success">名称已修改为“{name}”。</Alert>}
              <div>
                <Button onClick={approve} isLoading={isPending} loadingText="正在提交…">
                  通过
                </Button>
              </div>
              <section aria-label="修改名称" className="flex flex-col gap-2">
                <h3 className="font-semibold">修改名称</h3>
                <CommunityRenameForm
                  communityId={proposal.id}
                  name={name}
                  onRenamed={(newName) => {
                    setName(newName);
                    setRenamed(true);
                  }}
                />
              </section>
              <section aria-label="合并到已有社区" className="flex flex-col gap-2">
                <h3 className="font-semibold">合并到已有社区</h3>
                <CommunityMergeForm
                  communityId={proposal.id}
                  name={name}
                  onMerged={(merged) => setOutcome({ kind: "merged", ...merged })}
                />
              </section>
            </>
          )}
        </div>
      </Card>
    </article>
  );
}
