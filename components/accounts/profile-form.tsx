"use client";

import type { FieldErrors } from "react-hook-form";
import { completeProfileAction } from "@/app/register/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { positionOptions } from "@/lib/accounts/options";
import { profileSchema } from "@/lib/accounts/schemas";
import { EARLIEST_PARTY_MONTH } from "@/lib/accounts/validation";
import { AgreementField } from "./agreement-field";
import { OptionalProfileFields, type OptionalProfileField } from "./optional-profile-fields";

type ProfileType = "resident" | "party_member" | "secretary";
type AnyField = OptionalProfileField | "position" | "partyJoinedMonth" | "idNumber" | "agreement";

/**
 * 用户注册 step 3, by the type chosen at step 2: a secretary gives 社区岗位, 入党年月 and
 * 身份证号, a party member 入党年月, a resident only the optional fields. 【返回】 goes back to
 * step 2.
 */
export function ProfileForm({ type, currentMonth }: { type: ProfileType; currentMonth: string }) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: profileSchema,
    action: completeProfileAction,
    defaultValues: { type, agreement: false },
  });
  // The form holds one member of the union; every field's message is looked up by name.
  const errors = form.formState.errors as FieldErrors<Record<AnyField, string>>;
  const message = (name: AnyField) => errors[name]?.message;
  const register = (name: AnyField) => form.register(name as "type");

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <input type="hidden" {...form.register("type")} />
      {type === "secretary" && (
        <Field id="position" label="社区岗位" error={message("position")} required>
          {(control) => (
            <Select
              {...register("position")}
              {...control}
              placeholder="请选择社区岗位"
              options={[...positionOptions]}
            />
          )}
        </Field>
      )}
      {type !== "resident" && (
        <Field
          id="partyJoinedMonth"
          label="入党年月"
          hint="如实填写，格式为 年-月，如 2001-07"
          error={message("partyJoinedMonth")}
          required
        >
          {(control) => (
            <Input
              {...register("partyJoinedMonth")}
              {...control}
              type="month"
              min={EARLIEST_PARTY_MONTH}
              max={currentMonth}
              placeholder="2001-07"
            />
          )}
        </Field>
      )}
      {type === "secretary" && (
        <Field
          id="idNumber"
          label="身份证号"
          hint="18 位居民身份证号码，最后一位可以是 X；加密保存，只有您本人能看到完整号码"
          error={message("idNumber")}
          required
        >
          {(control) => (
            <Input
              {...register("idNumber")}
              {...control}
              autoComplete="off"
              spellCheck={false}
              maxLength={18}
            />
          )}
        </Field>
      )}
      <OptionalProfileFields
        register={register}
        errors={{
          email: message("email"),
          gender: message("gender"),
          ethnicity: message("ethnicity"),
          education: message("education"),
          workplace: message("workplace"),
          address: message("address"),
        }}
      />
      <AgreementField inputProps={register("agreement")} error={message("agreement")} />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" size="lg" isLoading={isPending} loadingText="正在提交…">
          提交
        </Button>
        <ButtonLink href="/register/type" variant="secondary" size="lg">
          返回
        </ButtonLink>
      </div>
    </form>
  );
}
