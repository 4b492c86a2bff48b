import type { Metadata } from "next";
import { cursorParam } from "@/components/mailbox/load";
import { ItemTable, pageHref } from "@/components/mailbox/item-table";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { CursorPagination } from "@/components/ui/pagination";
import { listMyLetters } from "@/lib/mailbox/letters";
import { requireUserCenterUser } from "../guard";

export const metadata: Metadata = { title: "我的信件" };

const basePath = "/user/letters";

export default async function MyLettersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUserCenterUser(basePath);
  const query = await searchParams;
  const page = await listMyLetters({
    actor: user,
    page: { after: cursorParam(query.after), before: cursorParam(query.before) },
  });
  const writeLink = <ButtonLink href="/user/letters/new">写信给书记</ButtonLink>;

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">我的信件</h1>
      <Card title="书记信箱" actions={writeLink}>
        {page.items.length === 0 ? (
          <EmptyState
            title="您还没有写过信"
            description="有事想对社区书记说，可以写信给书记；回复后会通知您。"
          />
        ) : (
          <div className="flex flex-col gap-4">
            <ItemTable
              caption="我的信件"
              rows={page.items}
              hrefOf={(id) => `/user/letters/${id}`}
              dateLabel="写信时间"
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
