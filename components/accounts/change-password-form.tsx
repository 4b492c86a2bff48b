"use client";

import { useState } from "react";
import { changePasswordAction } from "@/app/user/profile/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/validation";

const fields = [
  { name: "currentPassword", label: "原密码", autoComplete: "current-password" },
  { name: "newPassword", label: "新密码", autoComplete: "new-password" },
  { name: "confirmPassword", label: "确认新密码", autoComplete: "new-password" },
] as const;

/** 【修改登录密码】: the old password, the new one twice. Other devices are signed out. */
export function ChangePasswordForm() {
  const [isChanged, setIsChanged] = useState(false);
  const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: changePasswordSchema,
    action: async (values) => {
      setIsChanged(false);
      return changePasswordAction(values);
    },
    defaultValues: empty,
    onSuccess: () => {
      setIsChanged(true);
      form.reset(empty);
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <FormMessage
        tone="success"
        message={isChanged ? "登录密码已修改，其他设备上的登录已全部退出。" : undefined}
      />
      {fields.map((field) => (
        <Field
          key={field.name}
          id={field.name}
          label={field.label}
          hint={field.name === "newPassword" ? `不得少于 ${MIN_PASSWORD_LENGTH} 位` : undefined}
          error={errors[field.name]?.message}
          required
        >
          {(control) => (
            <Input
              {...form.register(field.name)}
              {...control}
              type="password"
              autoComplete={field.autoComplete}
            />
          )}
        </Field>
      ))}
      <Button type="submit" size="lg" className="self-start" isLoading={isPending}>
        提交
      </Button>
    </form>
  );
}
