import type { ReactNode } from "react";
import { type ItemRow, ItemTable, pageHref } from "@/components/mailbox/item-table";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import type { Page } from "@/lib/mailbox/keyset";

/** 我的信件 and 我的预约: one's own items, newest first, with the way to add another. */
export function OwnItemsList({
  title,
  section,
  action,
  empty,
  dateLabel,
  basePath,
  page,
}: {
  title: string;
  section: string;
  action: ReactNode;
  empty: { title: string; description: string };
  dateLabel: string;
  basePath: string;
  page: Page<ItemRow>;
}) {
  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">{title}</h1>
      <Card title={section} actions={action}>
        {page.items.length === 0 ? (
          <EmptyState title={empty.title} description={empty.description} />
        ) : (
          <div className="flex flex-col gap-4">
            <ItemTable
              caption={title}
              rows={page.items}
              hrefOf={(id) => `${basePath}/${id}`}
              dateLabel={dateLabel}
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
