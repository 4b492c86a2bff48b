"use client";

import { useTransition } from "react";
import { registerVolunteerAction, skipVolunteerAction } from "@/app/register/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { volunteerSchema } from "@/lib/accounts/schemas";
import { AgreementField } from "./agreement-field";
import { VolunteerChoices } from "./volunteer-choices";

/** 用户注册 step 4: 注册成为社区志愿者, or 跳过. */
export function VolunteerForm() {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: volunteerSchema,
    action: registerVolunteerAction,
    defaultValues: { times: [], categories: [], agreement: false },
  });
  const [isSkipping, startSkipping] = useTransition();
  const { errors } = form.formState;

  function skip() {
    startSkipping(async () => {
      const result = await skipVolunteerAction({});
      if (!result.ok) form.setError("root", { message: result.message });
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError ?? errors.root?.message} />
      <VolunteerChoices
        register={form.register}
        errors={{ times: errors.times?.message, categories: errors.categories?.message }}
      />
      <AgreementField inputProps={form.register("agreement")} error={errors.agreement?.message} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="lg" isLoading={isPending} loadingText="正在提交…">
          提交
        </Button>
        <Button variant="secondary" size="lg" onClick={skip} isLoading={isSkipping}>
          跳过
        </Button>
      </div>
    </form>
  );
}
