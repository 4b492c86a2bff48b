import type { Metadata } from "next";
import { HandlingTabs, statusParam } from "@/components/mailbox/handling-tabs";
import { ItemTable, pageHref } from "@/components/mailbox/item-table";
import { cursorParam, loadForPage, NOT_VERIFIED } from "@/components/mailbox/load";
import { VerifyFirst } from "@/components/mailbox/verify-first";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import { listCommunityAppointments } from "@/lib/mailbox/appointments";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "处理办事预约" };

const basePath = "/user/official/appointments";

export default async function OfficialAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserCenterUser(basePath);
  const query = await searchParams;
  const status = statusParam(query.status);
  const page = await loadForPage(
    () =>
      listCommunityAppointments({
        actor: user,
        status,
        page: { after: cursorParam(query.after), before: cursorParam(query.before) },
      }),
    basePath,
  );

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">处理办事预约</h1>
      {page === NOT_VERIFIED ? (
        <VerifyFirst />
      ) : (
        <Card>
          <div className="flex flex-col gap-4">
            <HandlingTabs basePath={basePath} current={status} />
            {page.items.length === 0 ? (
              <EmptyState
                title={status === "pending" ? "没有待处理的预约" : "还没有已处理的预约"}
              />
            ) : (
              <ItemTable
                caption={status === "pending" ? "待处理的预约" : "已处理的预约"}
                rows={page.items}
                hrefOf={(id) => `${basePath}/${id}`}
                dateLabel="提交时间"
              />
            )}
            <CursorPagination
              previousHref={
                page.previousCursor && pageHref(basePath, { status, before: page.previousCursor })
              }
              nextHref={page.nextCursor && pageHref(basePath, { status, after: page.nextCursor })}
            />
          </div>
        </Card>
      )}
    </>
  );
}
