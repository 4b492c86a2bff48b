import Link from "next/link";
import { redirect } from "next/navigation";
import { PageShell } from "@/components/layout/page-shell";
import { MarkAllReadButton, MarkReadButton } from "@/components/notifications/notification-actions";
import { Badge } from "@/components/ui/badge";
import { cx } from "@/components/ui/cx";
import { EmptyState } from "@/components/ui/empty-state";
import { Pagination } from "@/components/ui/pagination";
import { pageNumber } from "@/lib/paging";
import { firstParam, hrefWith, type SearchParams } from "@/lib/search-params";
import { getSessionUser } from "@/lib/auth/session";
import { formatDateTime } from "@/lib/mailbox/dates";
import { countUnread, listNotifications } from "@/lib/notifications/read";

export const metadata = { title: "通知" };

const itemClasses = cx(
  "flex flex-wrap items-start justify-between gap-3 rounded-lg border border-stone-200",
  "bg-white p-4",
);

export default async function NotificationsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await getSessionUser();
  if (!user) redirect("/login?callbackUrl=%2Fnotifications");
  const params = await searchParams;
  const [page, unread] = await Promise.all([
    listNotifications({ actor: user, page: pageNumber(firstParam(params.page)) }),
    countUnread({ actor: user }),
  ]);

  return (
    <PageShell
      title="通知"
      description={unread > 0 ? `您有 ${unread} 条未读通知。` : "没有未读通知。"}
      actions={unread > 0 ? <MarkAllReadButton /> : undefined}
    >
      {page.items.length === 0 ? (
        <EmptyState title="还没有通知" description="审核结果等消息会在这里告诉您。" />
      ) : (
        <ul className="flex flex-col gap-3">
          {page.items.map((item) => (
            <li key={item.id} className={itemClasses}>
              <div className="flex min-w-0 flex-col gap-1">
                <h2 className="flex flex-wrap items-center gap-2 font-semibold text-stone-900">
                  {item.title}
                  {!item.readAt && <Badge tone="warning">未读</Badge>}
                </h2>
                <p className="leading-relaxed text-stone-800">{item.body}</p>
                <p className="text-sm text-stone-600">{formatDateTime(item.createdAt)}</p>
                {item.link && (
                  <Link href={item.link} className="text-brand-700 underline underline-offset-4">
                    查看详情
                  </Link>
                )}
              </div>
              {!item.readAt && <MarkReadButton notificationId={item.id} title={item.title} />}
            </li>
          ))}
        </ul>
      )}
      <Pagination
        className="mt-6"
        page={page.page}
        pageCount={page.pageCount}
        hrefForPage={(number) => hrefWith("/notifications", { page: number })}
      />
    </PageShell>
  );
}
