"use client";

import { useState } from "react";
import { useWatch } from "react-hook-form";
import { forgotPasswordAction } from "@/app/forgot-password/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Alert } from "@/components/ui/alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { forgotPasswordSchema } from "@/lib/accounts/login-schemas";
import { CaptchaField, renewCaptcha } from "./captcha-field";

export function ForgotPasswordForm({ captchaId }: { captchaId: string }) {
  const [sentTo, setSentTo] = useState<string>();
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: forgotPasswordSchema,
    action: async (values) => {
      const result = await forgotPasswordAction(values);
      if (result.ok) {
        setSentTo(values.email.trim());
      } else {
        form.setValue("captcha", "");
        await renewCaptcha(setCaptchaId);
      }

      return result;
    },
    defaultValues: { email: "", captcha: "", captchaId },
  });
  const { errors } = form.formState;
  const currentCaptchaId = useWatch({ control: form.control, name: "captchaId" });
  const setCaptchaId = (id: string) => form.setValue("captchaId", id);

  if (sentTo) {
    return (
      <div className="flex flex-col items-start gap-4">
        <Alert tone="success" title="请查收邮件">
          如果 {sentTo} 是某个账号登记的电子邮件，我们已向它发送了重新设置登录密码的链接， 30
          分钟内有效。没有收到时，请查看垃圾邮件，或稍后再试。
        </Alert>
        <ButtonLink href="/login" variant="secondary">
          返回登录
        </ButtonLink>
      </div>
    );
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <Field
        id="email"
        label="电子邮件"
        hint="注册时在个人资料中填写的电子邮件"
        error={errors.email?.message}
        required
      >
        {(control) => (
          <Input {...form.register("email")} {...control} type="email" autoComplete="email" />
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
        loadingText="正在发送…"
        disabled={!currentCaptchaId}
      >
        发送重置链接
      </Button>
    </form>
  );
}
