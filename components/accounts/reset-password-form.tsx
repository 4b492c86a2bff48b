"use client";

import { resetPasswordAction } from "@/app/reset-password/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { resetPasswordSchema } from "@/lib/accounts/login-schemas";
import { MIN_PASSWORD_LENGTH } from "@/lib/accounts/validation";

export function ResetPasswordForm({ token }: { token: string }) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    defaultValues: { token, password: "", confirmPassword: "" },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError ?? errors.token?.message} />
      <Field
        id="password"
        label="新密码"
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
      <Field
        id="confirmPassword"
        label="确认新密码"
        error={errors.confirmPassword?.message}
        required
      >
        {(control) => (
          <Input
            {...form.register("confirmPassword")}
            {...control}
            type="password"
            autoComplete="new-password"
          />
        )}
      </Field>
      <Button type="submit" size="lg" isLoading={isPending} loadingText="正在提交…">
        提交
      </Button>
    </form>
  );
}
