import { AdminPage } from "@/components/admin/admin-page";
import {
  accountStatusLabels,
  roleLabels,
  userTypeLabels,
  verificationLabels,
} from "@/components/admin/labels";
import { UserRowActions } from "@/components/admin/user-row-actions";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
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
import { firstParam, hrefWith, type SearchParams } from "@/lib/search-params";
import { searchUsers, type AccountStatus, type UserListItem } from "@/lib/admin/users";

export const metadata = { title: "用户" };

function decisionsFor(user: UserListItem, actorId: number) {
  if (user.id === actorId) return [];
  if (user.status === "disabled") return ["enable" as const, "reset" as const];

  return [
    "disable" as const,
    "reset" as const,
    ...(user.role === "admin" ? [] : ["makeAdmin" as const]),
  ];
}

export default async function UsersPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireAdminPage("/admin/users");
  const params = await searchParams;
  const query = firstParam(params.q)?.slice(0, 50) ?? "";
  const requestedStatus = firstParam(params.status);
  const status =
    requestedStatus === "active" || requestedStatus === "disabled"
      ? (requestedStatus as AccountStatus)
      : undefined;
  const page = await searchUsers({
    actor,
    query,
    status,
    page: pageNumber(firstParam(params.page)),
  });

  return (
    <AdminPage title="用户" description="按姓名或手机号查找用户；手机号可只输入后四位。">
      <form method="get" role="search" className="flex flex-wrap items-end gap-3">
        <Field id="q" label="姓名或手机号" className="w-full sm:w-64">
          {(control) => <Input {...control} name="q" defaultValue={query} />}
        </Field>
        <Field id="status" label="账号状态" className="w-40">
          {(control) => (
            <Select
              {...control}
              name="status"
              defaultValue={status ?? ""}
              placeholder="全部"
              options={[
                { value: "active", label: "正常" },
                { value: "disabled", label: "已停用" },
              ]}
            />
          )}
        </Field>
        <Button type="submit" variant="secondary">
          查找
        </Button>
      </form>

      {page.items.length === 0 ? (
        <EmptyState title="没有找到用户" description="换一个姓名或手机号试试。" />
      ) : (
        <Table caption={`用户（共 ${page.total} 人）`} minWidth="64rem">
          <TableHead>
            <TableRow>
              <TableHeaderCell>姓名</TableHeaderCell>
              <TableHeaderCell>手机号</TableHeaderCell>
              <TableHeaderCell>用户类型</TableHeaderCell>
              <TableHeaderCell>角色</TableHeaderCell>
              <TableHeaderCell>身份认证</TableHeaderCell>
              <TableHeaderCell>账号状态</TableHeaderCell>
              <TableHeaderCell>所在社区</TableHeaderCell>
              <TableHeaderCell>操作</TableHeaderCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {page.items.map((user) => (
              <TableRow key={user.id}>
                <TableHeaderCell scope="row" className="align-top text-base font-medium">
                  {user.realName}
                </TableHeaderCell>
                <TableCell className="font-mono whitespace-nowrap">{user.phoneMasked}</TableCell>
                <TableCell className="whitespace-nowrap">
                  {user.type ? userTypeLabels[user.type] : "—"}
                </TableCell>
                <TableCell className="whitespace-nowrap">{roleLabels[user.role]}</TableCell>
                <TableCell>
                  {user.type === "secretary" ? (
                    <Badge tone={verificationLabels[user.verification].tone}>
                      {verificationLabels[user.verification].label}
                    </Badge>
                  ) : (
                    "—"
                  )}
                </TableCell>
                <TableCell>
                  <Badge tone={accountStatusLabels[user.status].tone}>
                    {accountStatusLabels[user.status].label}
                  </Badge>
                </TableCell>
                <TableCell>{user.communityName}</TableCell>
                <TableCell className="min-w-56">
                  <UserRowActions
                    userId={user.id}
                    name={user.realName}
                    available={decisionsFor(user, actor.id)}
                  />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      <Pagination
        page={page.page}
        pageCount={page.pageCount}
        hrefForPage={(number) => hrefWith("/admin/users", { q: query, status, page: number })}
      />
    </AdminPage>
  );
}
