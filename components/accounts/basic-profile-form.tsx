"use client";

import { useState } from "react";
import type { z } from "zod";
import { updateBasicProfileAction } from "@/app/user/profile/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { basicProfileSchema } from "@/lib/accounts/schemas";
import { OptionalProfileFields } from "./optional-profile-fields";

export type BasicProfileValues = Omit<z.input<typeof basicProfileSchema>, "currentPassword">;

/** 【修改基本资料】: the email and the optional fields; saving asks for the current password. */
export function BasicProfileForm({ defaults }: { defaults: BasicProfileValues }) {
  const [saved, setSaved] = useState(false);
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: basicProfileSchema,
    action: async (values) => {
      setSaved(false);
      return updateBasicProfileAction(values);
    },
    defaultValues: { ...defaults, currentPassword: "" },
    onSuccess: () => {
      setSaved(true);
      form.resetField("currentPassword", { defaultValue: "" });
    },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <FormMessage tone="success" message={saved ? "基本资料已保存。" : undefined} />
      <OptionalProfileFields
        register={form.register}
        errors={{
          email: errors.email?.message,
          gender: errors.gender?.message,
          ethnicity: errors.ethnicity?.message,
          education: errors.education?.message,
          workplace: errors.workplace?.message,
          address: errors.address?.message,
        }}
      />
      <Field
        id="currentPassword"
        label="当前密码"
        hint="修改资料需要验证当前登录密码，以确认是您本人操作"
        error={errors.currentPassword?.message}
        required
      >
        {(control) => (
          <Input
            {...form.register("currentPassword")}
            {...control}
            type="password"
            autoComplete="current-password"
          />
        )}
      </Field>
      <Button type="submit" size="lg" className="self-start" isLoading={isPending}>
        提交
      </Button>
    </form>
  );
}
