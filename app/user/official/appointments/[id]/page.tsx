import type { Metadata } from "next";
import Link from "next/link";
import { AppointmentResultForm } from "@/components/mailbox/answer-forms";
import { AnswerNotice } from "@/components/mailbox/answer-notice";
import { ItemFields, WrittenText } from "@/components/mailbox/item-fields";
import { idParam, loadForPage, NOT_VERIFIED } from "@/components/mailbox/load";
import { StoredAnswerView } from "@/components/mailbox/stored-answer";
import { VerifyFirst } from "@/components/mailbox/verify-first";
import { StatusBadge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { getAppointmentForHandling } from "@/lib/mailbox/appointments";
import { formatDateTime, halfDayLabels } from "@/lib/mailbox/dates";
import { requireUserCenterUser } from "../../../guard";

export const metadata: Metadata = { title: "处理办事预约" };

export default async function OfficialAppointmentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ notice?: string }>;
}) {
  const { id } = await params;
  const path = `/user/official/appointments/${id}`;
  const user = await requireUserCenterUser(path);
  const appointmentId = idParam(id);
  const appointment = await loadForPage(
    () => getAppointmentForHandling({ actor: user, appointmentId }),
    path,
  );
  const { notice } = await searchParams;
  const back = (
    <Link
      href="/user/official/appointments"
      className="text-brand-700 underline underline-offset-4"
    >
      返回处理办事预约
    </Link>
  );
  if (appointment === NOT_VERIFIED) {
    return (
      <>
        {back}
        <VerifyFirst />
      </>
    );
  }

  return (
    <>
      {back}
      <AnswerNotice notice={notice} answerLabel="处理结果" />
      <Card>
        <div className="flex flex-col gap-6">
          <div className="flex flex-wrap items-start justify-between gap-3">
            <h1 className="text-2xl font-bold break-words text-stone-900">{appointment.title}</h1>
            <StatusBadge status={appointment.status} />
          </div>
          <ItemFields
            rows={[
              ["预约人", `${appointment.senderName}（${appointment.senderPhone}）`],
              ["预约时间", `${appointment.preferredDate} ${halfDayLabels[appointment.halfDay]}`],
              ["联系电话", appointment.contactPhone],
              ["提交时间", formatDateTime(appointment.createdAt)],
            ]}
          />
          <WrittenText label="办事说明" text={appointment.description} />
          {appointment.answer ? (
            <StoredAnswerView label="处理结果" answer={appointment.answer} />
          ) : (
            <AppointmentResultForm appointmentId={appointment.id} />
          )}
        </div>
      </Card>
    </>
  );
}
