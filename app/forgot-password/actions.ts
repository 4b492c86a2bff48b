"use server";

import { after } from "next/server";
import { forgotPasswordSchema } from "@/lib/accounts/login-schemas";
import { requestPasswordReset } from "@/lib/accounts/password-reset";
import { publicAction } from "@/lib/actions";
import { logger } from "@/lib/logger";
import { sendMail } from "@/lib/mail";

/**
 * 找回登录密码. The mail goes out after the answer, so the answer takes as long and reads the
 * same whether or not the address belongs to an account.
 */
export const forgotPasswordAction = publicAction(forgotPasswordSchema, async (input) => {
  const mail = await requestPasswordReset(input);
  if (mail) {
    after(() =>
      sendMail(mail).catch((error: unknown) => {
        // The error text may quote the recipient, so only its code is logged.
        const code = (error as { code?: unknown }).code;
        logger.error("password reset mail failed", { code: String(code ?? "unknown") });
      }),
    );
  }
});
