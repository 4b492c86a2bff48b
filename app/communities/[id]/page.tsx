import type { Metadata } from "next";
import Link from "next/link";
import { notFound, permanentRedirect } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { cx, focusRing } from "@/components/ui/cx";
import { getCommunity } from "@/lib/regions/queries";
import type { CommunityDetail, CommunityStatus } from "@/lib/regions/types";

type Params = Promise<{ id: string }>;

const statusLabels: Record<CommunityStatus, { label: string; tone: BadgeTone }> = {
  official: { label: "官方名录", tone: "success" },
  approved: { label: "已审核", tone: "success" },
  pending: { label: "待审核", tone: "warning" },
  merged: { label: "已合并", tone: "neutral" },
};

async function loadCommunity(params: Params) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();

  return getCommunity(Number(id));
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const community = await loadCommunity(params);

  return { title: community?.name ?? "社区" };
}

const linkClasses = cx("text-brand-700 underline underline-offset-4", focusRing);

function Breadcrumbs({ community }: { community: CommunityDetail }) {
  return (
    <nav aria-label="所在位置" className="mb-4 text-sm text-stone-700">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <li>
          <Link href="/communities" className={linkClasses}>
            社区导航
          </Link>
        </li>
        {community.path.map((region) => (
          <li key={region.code} className="flex items-center gap-2">
            <span aria-hidden="true">›</span>
            {region.isDistrict ? (
              <Link href={`/communities?district=${region.code}`} className={linkClasses}>
                {region.name}
              </Link>
            ) : (
              <span>{region.name}</span>
            )}
          </li>
        ))}
        <li className="flex items-center gap-2">
          <span aria-hidden="true">›</span>
          <span aria-current="page">{community.name}</span>
        </li>
      </ol>
    </nav>
  );
}

/** A community's page: where it is in the tree and its status; news and projects come later. */
export default async function CommunityPage({ params }: { params: Params }) {
  const community = await loadCommunity(params);
  if (!community) notFound();
  if (community.status === "merged" && community.mergedIntoId) {
    permanentRedirect(`/communities/${community.mergedIntoId}`);
  }
  const status = statusLabels[community.status];
  const place = community.path.map((region) => region.name).join(" ");

  return (
    <div>
      <div className="mx-auto w-full max-w-6xl px-4 pt-6">
        <Breadcrumbs community={community} />
      </div>
      <PageShell title={community.name} description={place} className="pt-0">
        <Card title="社区信息">
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[8rem_1fr]">
            <dt className="text-stone-600">所在地区</dt>
            <dd>{place}</dd>
            <dt className="text-stone-600">状态</dt>
            <dd>
              <Badge tone={status.tone}>{status.label}</Badge>
            </dd>
            {community.code && (
              <>
                <dt className="text-stone-600">统计用区划代码</dt>
                <dd className="tabular-nums">{community.code}</dd>
              </>
            )}
          </dl>
        </Card>
      </PageShell>
    </div>
  );
}
