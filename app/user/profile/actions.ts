"use server";

import { revalidatePath } from "next/cache";
import { changePassword, updateBasicProfile, updateVolunteerProfile } from "@/lib/accounts/profile";
import {
  basicProfileSchema,
  changePasswordSchema,
  volunteerProfileSchema,
} from "@/lib/accounts/schemas";
import { startSession } from "@/lib/accounts/start-session";
import { userAction } from "@/lib/actions";

/** 【修改基本资料】 */
export const updateBasicProfileAction = userAction(basicProfileSchema, async (input, user) => {
  await updateBasicProfile({ actor: user, ...input });
  revalidatePath("/user", "layout");
});

/** 【修改登录密码】: every other session ends; this browser is signed in again. */
export const changePasswordAction = userAction(changePasswordSchema, async (input, user) => {
  const { sessionVersion } = await changePassword({
    actor: user,
    currentPassword: input.currentPassword,
    newPassword: input.newPassword,
  });
  await startSession({ userId: user.id, sessionVersion, purpose: "password-change" });
});

/** 【修改社区服务资料】 */
export const updateVolunteerProfileAction = userAction(
  volunteerProfileSchema,
  async (input, user) => {
    await updateVolunteerProfile({ actor: user, ...input });
    revalidatePath("/user", "layout");
  },
);
