import { AdminPage } from "@/components/admin/admin-page";
import { CommunityProposal } from "@/components/admin/community-proposal";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { pageNumber } from "@/lib/paging";
import { firstParam, hrefWith, type SearchParams } from "@/lib/search-params";
import { listProposedCommunities } from "@/lib/communities/proposals";
import { formatDateTime } from "@/lib/mailbox/dates";

export const metadata = { title: "社区" };

export default async function CommunitiesPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAdminPage("/admin/communities");
  const params = await searchParams;
  const page = await listProposedCommunities({
    actor,
    page: pageNumber(firstParam(params.page)),
  });

  return (
    <AdminPage
      title="社区"
      description="用户注册时填写的新社区：确认无误的通过，名称有误的先改名，已存在的合并到该社区。"
    >
      {page.items.length === 0 ? (
        <EmptyState title="没有待审核的新社区" />
      ) : (
        <div className="flex flex-col gap-4">
          <p className="text-stone-700">共 {page.total} 个待审核，先提交的排在前面。</p>
          {page.items.map((item) => (
            <CommunityProposal
              key={item.id}
              proposal={{
                id: item.id,
                name: item.name,
                regionPath: item.regionPath,
                proposer: item.proposer
                  ? `${item.proposer.name}（${item.proposer.phoneMasked}）`
                  : "未知",
                submittedAt: formatDateTime(item.createdAt),
                memberCount: item.memberCount,
              }}
            />
          ))}
        </div>
      )}
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        hrefForPage={(number) => hrefWith("/admin/communities", { page: number })}
      />
    </AdminPage>
  );
}
