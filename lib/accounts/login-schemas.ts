import { z } from "zod";
import { isMainlandMobile, passwordProblem } from "./validation";

/** The forms of login and password recovery, checked in the browser and again on the server. */

const captchaFields = {
  captchaId: z.string({ error: "验证码正在加载，请稍候" }).min(1, "验证码正在加载，请稍候"),
  captcha: z.string({ error: "请输入验证码" }).trim().min(1, "请输入验证码").max(10),
};

const email = z
  .string({ error: "请输入电子邮件" })
  .trim()
  .toLowerCase()
  .min(1, "请输入电子邮件")
  .pipe(z.email("电子邮件格式不正确，如 name@example.com").max(254));

export const loginSchema = z.object({
  identifier: z
    .string({ error: "请输入登录手机号或电子邮件" })
    .trim()
    .min(1, "请输入登录手机号或电子邮件")
    .refine(
      (value) => isMainlandMobile(value) || z.email().safeParse(value).success,
      "请输入 11 位手机号或完整的电子邮件地址",
    ),
  password: z.string({ error: "请输入密码" }).min(1, "请输入密码").max(200),
  ...captchaFields,
  callbackUrl: z.string().max(2000).optional(),
});

export const forgotPasswordSchema = z.object({ email, ...captchaFields });

export const resetPasswordSchema = z
  .object({
    token: z.string().min(1, "链接不完整，请从邮件中重新打开").max(200),
    password: z.string({ error: "请输入新密码" }).superRefine((value, context) => {
      const message = passwordProblem(value);
      if (message) context.addIssue({ code: "custom", message });
    }),
    confirmPassword: z.string({ error: "请再次输入新密码" }).min(1, "请再次输入新密码"),
  })
  .refine((value) => value.password === value.confirmPassword, {
    path: ["confirmPassword"],
    message: "两次输入的新密码不一致",
  });

export type LoginInput = z.input<typeof loginSchema>;
export type ForgotPasswordInput = z.input<typeof forgotPasswordSchema>;
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;
