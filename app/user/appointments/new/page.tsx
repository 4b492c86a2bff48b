import type { Metadata } from "next";
import { AppointmentForm } from "@/components/mailbox/appointment-form";
import { Card } from "@/components/ui/card";
import { BOOKING_WINDOW_DAYS, chinaDate } from "@/lib/mailbox/dates";
import { DAILY_LIMITS } from "@/lib/mailbox/limits";
import { listBookableMatters } from "@/lib/mailbox/matters";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "办事预约" };

export default async function NewAppointmentPage() {
  await requireUserCenterUser("/user/appointments/new");
  const matters = await listBookableMatters();

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">办事预约</h1>
      <Card>
        <p className="mb-5 leading-relaxed text-stone-700">
          预约送到本社区书记，处理后您会收到站内通知。每人每天最多提交 {DAILY_LIMITS.appointment}{" "}
          个预约。
        </p>
        <AppointmentForm
          matters={matters}
          firstDate={chinaDate(0)}
          lastDate={chinaDate(BOOKING_WINDOW_DAYS)}
        />
      </Card>
    </>
  );
}
