"use client";

import Link from "next/link";
import { useWatch } from "react-hook-form";
import { loginAction } from "@/app/login/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { loginSchema } from "@/lib/accounts/login-schemas";
import { CaptchaField, renewCaptcha } from "./captcha-field";

export function LoginForm({ captchaId, callbackUrl }: { captchaId: string; callbackUrl?: string }) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: loginSchema,
    action: async (values) => {
      const result = await loginAction(values);
      if (!result.ok) {
        form.setValue("captcha", "");
        await renewCaptcha(setCaptchaId);
      }

      return result;
    },
    defaultValues: { identifier: "", password: "", captcha: "", captchaId, callbackUrl },
  });
  const { errors } = form.formState;
  const currentCaptchaId = useWatch({ control: form.control, name: "captchaId" });
  const setCaptchaId = (id: string) => form.setValue("captchaId", id);

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <Field
        id="identifier"
        label="登录手机号或电子邮件"
        error={errors.identifier?.message}
        required
      >
        {(control) => (
          <Input {...form.register("identifier")} {...control} autoComplete="username" />
        )}
      </Field>
      <Field id="password" label="密码" error={errors.password?.message} required>
        {(control) => (
          <Input
            {...form.register("password")}
            {...control}
            type="password"
            autoComplete="current-password"
          />
        )}
      </Field>
      <CaptchaField
        captchaId={currentCaptchaId}
        onCaptchaIdChange={setCaptchaId}
        inputProps={form.register("captcha")}
        error={errors.captcha?.message ?? errors.captchaId?.message}
      />
      <Button
        type="submit"
        size="lg"
        isLoading={isPending}
        loadingText="正在登录…"
        disabled={!currentCaptchaId}
      >
        登录
      </Button>
      <p className="flex flex-wrap justify-between gap-3">
        <span>
          还没有账号？
          <Link href="/register" className="text-brand-700 underline underline-offset-4">
            注册
          </Link>
        </span>
        <Link href="/forgot-password" className="text-brand-700 underline underline-offset-4">
          找回登录密码
        </Link>
      </p>
    </form>
  );
}
