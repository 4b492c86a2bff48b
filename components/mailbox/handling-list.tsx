import { HandlingTabs } from "@/components/mailbox/handling-tabs";
import { type ItemRow, ItemTable, pageHref } from "@/components/mailbox/item-table";
import { NOT_VERIFIED } from "@/components/mailbox/load";
import { VerifyFirst } from "@/components/mailbox/verify-first";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import type { Page } from "@/lib/mailbox/keyset";
import type { HandlingStatus } from "@/lib/mailbox/letters";

/** 处理书记信箱 and 处理办事预约: the 【待处理】/【已处理】 tabs over one page of items. */
export function HandlingList({
  title,
  noun,
  dateLabel,
  basePath,
  status,
  page,
}: {
  title: string;
  noun: string;
  dateLabel: string;
  basePath: string;
  status: HandlingStatus;
  page: typeof NOT_VERIFIED | Page<ItemRow>;
}) {
  const label = status === "pending" ? `待处理的${noun}` : `已处理的${noun}`;

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      {page === NOT_VERIFIED ? (
        <VerifyFirst />
      ) : (
        <Card>
          <div className="flex flex-col gap-4">
            <HandlingTabs basePath={basePath} current={status} />
            {page.items.length === 0 ? (
              <EmptyState
                title={status === "pending" ? `没有待处理的${noun}` : `还没有已处理的${noun}`}
              />
            ) : (
              <ItemTable
                caption={label}
                rows={page.items}
                hrefOf={(id) => `${basePath}/${id}`}
                dateLabel={dateLabel}
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
