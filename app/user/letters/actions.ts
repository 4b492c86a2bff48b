"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions";
import { writeLetter } from "@/lib/mailbox/letters";
import { letterSchema } from "@/lib/mailbox/schemas";

/** 【写信给书记】 → 【提交】: the letter goes to the writer's community, then its page opens. */
export const writeLetterAction = userAction(letterSchema, async (input, user) => {
  const { id } = await writeLetter({ actor: user, input });
  revalidatePath("/user", "layout");

  redirect(`/user/letters/${id}?notice=sent`);
});
