import type { Metadata } from "next";
import { HandlingList } from "@/components/mailbox/handling-list";
import { statusParam } from "@/components/mailbox/handling-tabs";
import { cursorParam, loadForPage } from "@/components/mailbox/load";
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
    <HandlingList
      title="处理办事预约"
      noun="预约"
      dateLabel="提交时间"
      basePath={basePath}
      status={status}
      page={page}
    />
  );
}
