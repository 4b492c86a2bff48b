"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { consumeCaptcha } from "@/lib/accounts/captcha";
import {
  chooseUserType,
  completeProfile,
  registerAccount,
  registerVolunteer,
  skipVolunteer,
} from "@/lib/accounts/registration";
import {
  profileSchema,
  registerSchema,
  userTypeSchema,
  volunteerSchema,
} from "@/lib/accounts/schemas";
import { startSession } from "@/lib/accounts/start-session";
import { publicAction, userAction } from "@/lib/actions";

/** Step 1 【下一步】: writes the account, signs this browser in and moves on to step 2. */
export const registerAction = publicAction(registerSchema, async (input, user) => {
  const { captchaId, captcha, ...details } = input;
  await consumeCaptcha({ captchaId, answer: captcha });
  const account = await registerAccount({ actor: user, ...details });
  await startSession({
    userId: account.id,
    sessionVersion: account.sessionVersion,
    purpose: "registration",
  });

  redirect("/register/type");
});

/** Step 2: the user type. */
export const chooseUserTypeAction = userAction(userTypeSchema, async (input, user) => {
  await chooseUserType({ actor: user, type: input.type });

  redirect("/register/profile");
});

/** Step 3 【提交】: the profile; the type is fixed from now on. */
export const completeProfileAction = userAction(profileSchema, async (input, user) => {
  await completeProfile({ actor: user, input });

  redirect("/register/volunteer");
});

/** Step 4 【提交】: 注册成为社区志愿者. */
export const registerVolunteerAction = userAction(volunteerSchema, async (input, user) => {
  await registerVolunteer({ actor: user, times: input.times, categories: input.categories });

  redirect("/user");
});

/** Step 4 跳过. */
export const skipVolunteerAction = userAction(z.object({}), async (_input, user) => {
  await skipVolunteer({ actor: user });

  redirect("/user");
});
