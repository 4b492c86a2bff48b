"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { secretaryAction } from "@/lib/actions";
import { handleAppointment } from "@/lib/mailbox/appointments";
import { isAlreadyProcessed } from "@/lib/mailbox/common";
import { replyToLetter } from "@/lib/mailbox/letters";
import { replyFormSchema, resultFormSchema } from "@/lib/mailbox/schemas";

/** Where the secretary lands after 【提交】: the item, with the stored answer and a notice. */
async function answerThenShow(path: string, answer: () => Promise<unknown>) {
  try {
    await answer();
  } catch (error) {
    // Another secretary answered first: show that answer, which now stands for good.
    if (isAlreadyProcessed(error)) redirect(`${path}?notice=taken`);
    throw error;
  }
  revalidatePath("/user", "layout");

  redirect(`${path}?notice=answered`);
}

/** 【回复正文】 + 【提交】 on a letter. */
export const replyToLetterAction = secretaryAction(replyFormSchema, async (input, user) =>
  answerThenShow(`/user/official/letters/${input.letterId}`, () =>
    replyToLetter({ actor: user, letterId: input.letterId, reply: input.reply }),
  ),
);

/** 【处理结果】 + 【提交】 on an appointment. */
export const handleAppointmentAction = secretaryAction(resultFormSchema, async (input, user) =>
  answerThenShow(`/user/official/appointments/${input.appointmentId}`, () =>
    handleAppointment({
      actor: user,
      appointmentId: input.appointmentId,
      result: input.result,
    }),
  ),
);
