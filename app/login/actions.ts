"use server";

import { redirect } from "next/navigation";
import { signIn, SignInRefused } from "@/auth";
import { loginDestination, signInRefusal } from "@/lib/accounts/login";
import { loginSchema } from "@/lib/accounts/login-schemas";
import { publicAction } from "@/lib/actions";

/** 【登录】: Auth.js checks the credentials; a refusal comes back as a message for the form. */
export const loginAction = publicAction(loginSchema, async (input) => {
  try {
    await signIn("credentials", {
      identifier: input.identifier,
      password: input.password,
      captchaId: input.captchaId,
      captcha: input.captcha,
      redirect: false,
    });
  } catch (error) {
    if (error instanceof SignInRefused) throw signInRefusal(error.code);
    throw error;
  }

  redirect(await loginDestination(input));
});
