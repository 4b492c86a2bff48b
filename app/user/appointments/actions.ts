"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions";
import { bookAppointment } from "@/lib/mailbox/appointments";
import { appointmentSchema } from "@/lib/mailbox/schemas";

/** 办事预约 → 【提交】: the request goes to the community's secretary, then its page opens. */
export const bookAppointmentAction = userAction(appointmentSchema, async (input, user) => {
  const { id } = await bookAppointment({ actor: user, input });
  revalidatePath("/user", "layout");

  redirect(`/user/appointments/${id}?notice=sent`);
});
