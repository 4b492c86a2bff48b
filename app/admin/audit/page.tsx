import { AdminPage } from "@/components/admin/admin-page";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { CursorPagination } from "@/components/ui/pagination";
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
import { firstParam, hrefWith, positiveId, type SearchParams } from "@/lib/search-params";
import { auditActionLabel, auditTargetLabels, describeAuditDetail } from "@/lib/audit/labels";
import { listAuditFilterOptions, listAuditLogs } from "@/lib/audit/read";
import { formatDateTime } from "@/lib/mailbox/dates";

export const metadata = { title: "审计日志" };

/** File ids are UUIDs: their first eight characters tell entries apart well enough. */
function shortTargetId(targetId: string) {
  return targetId.length > 12 ? `${targetId.slice(0, 8)}…` : targetId;
}

export default async function AuditLogPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAdminPage("/admin/audit");
  const params = await searchParams;
  const options = await listAuditFilterOptions({ actor });
  const requestedAction = firstParam(params.action);
  const action = options.actions.includes(requestedAction ?? "") ? requestedAction : undefined;
  const requestedActor = Number(firstParam(params.actor));
  const actorId = options.actors.some((entry) => entry.id === requestedActor)
    ? requestedActor
    : undefined;
  const page = await listAuditLogs({
    actor,
    action,
    actorId,
    before: positiveId(firstParam(params.before)),
    after: positiveId(firstParam(params.after)),
  });

  return (
    <AdminPage
      title="审计日志"
      description="每一项管理决定和每一次查看身份证扫描件都记录在此，只能查看，不能修改。"
    >
      <form method="get" className="flex flex-wrap items-end gap-3">
        <Field id="action" label="操作" className="w-48">
          {(control) => (
            <Select
              {...control}
              name="action"
              defaultValue={action ?? ""}
              placeholder="全部"
              options={options.actions.map((value) => ({
                value,
                label: auditActionLabel(value),
              }))}
            />
          )}
        </Field>
        <Field id="actor" label="操作人" className="w-56">
          {(control) => (
            <Select
              {...control}
              name="actor"
              defaultValue={actorId ? String(actorId) : ""}
              placeholder="全部"
              options={options.actors.map((entry) => ({
                value: String(entry.id),
                label: `${entry.realName}（${entry.phoneMasked}）`,
              }))}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary">
          筛选
        </Button>
      </form>

      {page.items.length === 0 ? (
        <EmptyState title="没有符合条件的记录" />
      ) : (
        <Table caption="审计日志（最新的在前）" minWidth="48rem">
          <TableHead>
            <TableRow>
              <TableHeaderCell>时间</TableHeaderCell>
              <TableHeaderCell>操作人</TableHeaderCell>
              <TableHeaderCell>操作</TableHeaderCell>
              <TableHeaderCell>对象</TableHeaderCell>
              <TableHeaderCell>详情</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.items.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell className="whitespace-nowrap">
                  {formatDateTime(entry.createdAt)}
                </TableCell>
                <TableCell className="whitespace-nowrap">{entry.actorName}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {auditActionLabel(entry.action)}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {auditTargetLabels[entry.targetType] ?? entry.targetType}{" "}
                  <span title={entry.targetId}>#{shortTargetId(entry.targetId)}</span>
                </TableCell>
                <TableCell className="text-sm">{describeAuditDetail(entry.detail)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <CursorPagination
        previousHref={
          page.newerThan === null
            ? null
            : hrefWith("/admin/audit", { action, actor: actorId, after: page.newerThan })
        }
        nextHref={
          page.olderThan === null
            ? null
            : hrefWith("/admin/audit", { action, actor: actorId, before: page.olderThan })
        }
      />
    </AdminPage>
  );
}
