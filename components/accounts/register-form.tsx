"use client";

import type { FormEvent } from "react";
import { useWatch } from "react-hook-form";
import { registerAction } from "@/app/register/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { RegionCascade } from "@/components/regions/region-cascade";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { registerSchema } from "@/lib/accounts/schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/validation";
import type { RegionOption } from "@/lib/regions/types";
import { CaptchaField, renewCaptcha } from "./captcha-field";

const regionFields = ["districtCode", "communityId", "newCommunityName"] as const;

/** 用户注册 step 1: 所在地区, 手机号, 真实姓名, 密码, 验证码, 【下一步】. */
export function RegisterForm({
  provinces,
  captchaId,
}: {
  provinces: RegionOption[];
  captchaId: string;
}) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: registerSchema,
    action: async (values) => {
      const result = await registerAction(values);
      if (!result.ok) {
        form.setValue("captcha", "");
        await renewCaptcha(setCaptchaId);
      }

      return result;
    },
    defaultValues: { phone: "", realName: "", password: "", captcha: "", captchaId },
  });
  const { errors } = form.formState;
  const currentCaptchaId = useWatch({ control: form.control, name: "captchaId" });
  const setCaptchaId = (id: string) => form.setValue("captchaId", id);
  const regionError =
    errors.communityId?.message ?? errors.newCommunityName?.message ?? errors.districtCode?.message;

  // The cascade keeps its own state and submits through hidden inputs; copy them in first.
  function submit(event: FormEvent<HTMLFormElement>) {
    const data = new FormData(event.currentTarget);
    for (const name of regionFields) {
      const value = data.get(name);
      form.setValue(name, typeof value === "string" && value !== "" ? value : undefined);
      form.clearErrors(name);
    }

    return onSubmit(event);
  }

  return (
    <form onSubmit={submit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <RegionCascade mode="form" provinces={provinces} error={regionError} />
      <Field
        id="phone"
        label="手机号"
        hint="用于登录，请填写本人的 11 位手机号"
        error={errors.phone?.message}
        required
      >
        {(control) => (
          <Input
            {...form.register("phone")}
            {...control}
            type="tel"
            inputMode="numeric"
            autoComplete="tel"
            maxLength={11}
          />
        )}
      </Field>
      <Field id="realName" label="真实姓名" error={errors.realName?.message} required>
        {(control) => (
          <Input {...form.register("realName")} {...control} autoComplete="name" maxLength={30} />
        )}
      </Field>
      <Field
        id="password"
        label="密码"
        hint={`不得少于 ${MIN_PASSWORD_LENGTH} 位`}
        error={errors.password?.message}
        required
      >
        {(control) => (
          <Input
            {...form.register("password")}
            {...control}
            type="password"
            autoComplete="new-password"
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
        loadingText="正在提交…"
        disabled={!currentCaptchaId}
      >
        下一步
      </Button>
    </form>
  );
}
