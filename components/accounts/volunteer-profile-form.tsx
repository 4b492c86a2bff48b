"use client";

import { useState } from "react";
import { updateVolunteerProfileAction } from "@/app/user/profile/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { volunteerProfileSchema, type VolunteerInput } from "@/lib/accounts/schemas";
import { VolunteerChoices } from "./volunteer-choices";

/** 【修改社区服务资料】: 服务时间 and 服务类别; the first save registers the user as a volunteer. */
export function VolunteerProfileForm({ defaults }: { defaults: VolunteerInput }) {
  const [isSaved, setIsSaved] = useState(false);
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: volunteerProfileSchema,
    action: async (values) => {
      setIsSaved(false);
      return updateVolunteerProfileAction(values);
    },
    defaultValues: defaults,
    onSuccess: () => setIsSaved(true),
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <FormMessage tone="success" message={isSaved ? "社区服务资料已保存。" : undefined} />
      <VolunteerChoices
        register={form.register}
        errors={{ times: errors.times?.message, categories: errors.categories?.message }}
      />
      <Button type="submit" size="lg" className="self-start" isLoading={isPending}>
        提交
      </Button>
    </form>
  );
}
