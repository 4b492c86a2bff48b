import type { Metadata } from "next";
import Link from "next/link";
import { ItemFields, WrittenText } from "@/components/mailbox/item-fields";
import { idParam, loadOwnForPage } from "@/components/mailbox/load";
import { StoredAnswerView } from "@/components/mailbox/stored-answer";
import { Alert } from "@/components/ui/alert";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getMyAppointment } from "@/lib/mailbox/appointments";
import { formatDateTime, halfDayLabels } from "@/lib/mailbox/dates";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "我的预约" };

export default async function MyAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  const path = `/user/appointments/${id}`;
  const user = await requireUserCenterUser(path);
  const appointmentId = idParam(id);
  const appointment = await loadOwnForPage(
    () => getMyAppointment({ actor: user, appointmentId }),
    path,
  );
  const { notice } = await searchParams;

  return (
    <>
      <Link href="/user/appointments" className="text-brand-700 underline underline-offset-4">
        返回我的预约
      </Link>
      {notice === "sent" && <Alert tone="success">预约已提交，处理后会通知您。</Alert>}
      <Card>
        <div className="flex flex-col gap-6">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-bold break-words text-stone-900">{appointment.title}</h1>
            <StatusBadge status={appointment.status} />
          </div>
          <ItemFields
            rows={[
              ["预约时间", `${appointment.preferredDate} ${halfDayLabels[appointment.halfDay]}`],
              ["联系电话", appointment.contactPhone],
              ["提交时间", formatDateTime(appointment.createdAt)],
            ]}
          />
          <WrittenText label="办事说明" text={appointment.description} />
          {appointment.answer ? (
            <StoredAnswerView label="处理结果" answer={appointment.answer} />
          ) : (
            <p className="text-stone-700">社区书记尚未处理，处理后会通知您。</p>
          )}
        </div>
      </Card>
    </>
  );
}
