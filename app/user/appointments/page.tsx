import type { Metadata } from "next";
import { cursorParam } from "@/components/mailbox/load";
import { OwnItemsList } from "@/components/mailbox/own-items-list";
import { ButtonLink } from "@/components/ui/button";
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
    <OwnItemsList
      title="我的预约"
      section="办事预约"
      action={bookLink}
      empty={{
        title: "您还没有办事预约",
        description: "到社区办事前先预约，书记会安排好时间并告诉您处理结果。",
      }}
      dateLabel="提交时间"
      basePath={basePath}
      page={page}
    />
  );
}
