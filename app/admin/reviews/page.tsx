import Link from "next/link";
import { AdminPage } from "@/components/admin/admin-page";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Pagination } from "@/components/ui/pagination";
import { Select } from "@/components/ui/select";
import {
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";
import { requireAdminPage } from "@/lib/admin/page-guard";
import { pageNumber } from "@/lib/paging";
import { listPendingItems, pendingKinds } from "@/lib/admin/pending";
import { firstParam, hrefWith, type SearchParams } from "@/lib/search-params";
import { formatDateTime } from "@/lib/mailbox/dates";

export const metadata = { title: "审核" };

export default async function ReviewInboxPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAdminPage("/admin/reviews");
  const params = await searchParams;
  const kinds = pendingKinds();
  const requested = firstParam(params.kind);
  const kind = kinds.some((entry) => entry.kind === requested) ? requested : undefined;
  const page = await listPendingItems({ actor, kind, page: pageNumber(firstParam(params.page)) });

  return (
    <AdminPage title="审核" description="所有待审核的事项，先提交的排在前面。">
      <form method="get" className="flex flex-wrap items-end gap-3">
        <Field id="kind" label="类型" className="w-48">
          {(control) => (
            <Select
              {...control}
              name="kind"
              defaultValue={kind ?? ""}
              placeholder="全部"
              options={kinds.map((entry) => ({ value: entry.kind, label: entry.label }))}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary">
          筛选
        </Button>
      </form>

      {page.items.length === 0 ? (
        <EmptyState title="没有待审核的事项" description="新的申请提交后会出现在这里。" />
      ) : (
        <Table caption={`待审核（共 ${page.total} 项）`} minWidth="36rem">
          <TableHead>
            <TableRow>
              <TableHeaderCell>类型</TableHeaderCell>
              <TableHeaderCell>申请</TableHeaderCell>
              <TableHeaderCell>所属</TableHeaderCell>
              <TableHeaderCell>提交时间</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.items.map((item) => (
              <TableRow key={`${item.kind}-${item.id}`}>
                <TableCell>{item.kindLabel}</TableCell>
                <TableCell>
                  <Link href={item.href} className="text-brand-700 underline underline-offset-4">
                    {item.title}
                  </Link>
                </TableCell>
                <TableCell>{item.detail}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {formatDateTime(item.submittedAt)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        hrefForPage={(number) => hrefWith("/admin/reviews", { kind, page: number })}
      />
    </AdminPage>
  );
}
