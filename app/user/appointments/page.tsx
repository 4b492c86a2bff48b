import type { Metadata } from "next";
import { cursorParam } from "@/components/mailbox/load";
import { ItemTable, pageHref } from "@/components/mailbox/item-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import { listMyAppointments } from "@/lib/mailbox/appointments";
import { requireUserCenterUser } from "../guard";

export const metadata: Metadata = { title: "我的预约" };

const basePath = "/user/appointments";

export default async function MyAppointmentsPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserCenterUser(basePath);
  const query = await searchParams;
  const page = await listMyAppointments({
    actor: user,
    page: { after: cursorParam(query.after), before: cursorParam(query.before) },
  });
  const bookLink = <ButtonLink href="/user/appointments/new">我要预约</ButtonLink>;

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">我的预约</h1>
      <Card title="办事预约" actions={bookLink}>
        {page.items.length === 0 ? (
          <EmptyState
            title="您还没有办事预约"
            description="到社区办事前先预约，书记会安排好时间并告诉您处理结果。"
          />
        ) : (
          <div className="flex flex-col gap-4">
            <ItemTable
              caption="我的预约"
              rows={page.items}
              hrefOf={(id) => `/user/appointments/${id}`}
              dateLabel="提交时间"
            />
            <CursorPagination
              previousHref={
                page.previousCursor && pageHref(basePath, { before: page.previousCursor })
              }
              nextHref={page.nextCursor && pageHref(basePath, { after: page.nextCursor })}
            />
          </div>
        )}
      </Card>
    </>
  );
}
