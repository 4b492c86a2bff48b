"use server";

import { redirect } from "next/navigation";
import { resetPasswordSchema } from "@/lib/accounts/login-schemas";
import { resetPassword } from "@/lib/accounts/password-reset";
import { publicAction } from "@/lib/actions";

/** Sets the new password from a reset link, then sends the person to log in with it. */
export const resetPasswordAction = publicAction(resetPasswordSchema, async (input) => {
  await resetPassword({ token: input.token, password: input.password });

  redirect("/login?reset=done");
});
