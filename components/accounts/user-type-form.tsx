"use client";

import { chooseUserTypeAction } from "@/app/register/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { FieldError } from "@/components/ui/field";
import { choiceInputClasses } from "@/components/ui/fieldset";
import { FormMessage } from "@/components/ui/form-message";
import { userTypeOptions } from "@/lib/accounts/options";
import { userTypeSchema } from "@/lib/accounts/schemas";

type UserType = (typeof userTypeOptions)[number]["value"];

const cardClasses = cx(
  "flex cursor-pointer items-start gap-3 rounded-lg border border-stone-300 bg-white p-4",
  "hover:border-brand-700 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50",
);

/** 用户注册 step 2: the user type as radio cards, each with one line on what it means. */
export function UserTypeForm({ defaultType }: { defaultType?: UserType }) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: userTypeSchema,
    action: chooseUserTypeAction,
    defaultValues: { type: defaultType },
  });
  const error = form.formState.errors.type?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <fieldset
        aria-describedby={error ? "type-error" : "type-hint"}
        className="flex flex-col gap-3"
      >
        <legend className="mb-1 font-medium text-stone-900">用户类型</legend>
        <p id="type-hint" className="text-sm text-stone-600">
          提交第三步后用户类型不能再修改，请如实选择。
        </p>
        {userTypeOptions.map((option) => (
          <label key={option.value} htmlFor={`type-${option.value}`} className={cardClasses}>
            <input
              {...form.register("type")}
              id={`type-${option.value}`}
              type="radio"
              value={option.value}
              aria-labelledby={`type-${option.value}-label`}
              aria-describedby={`type-${option.value}-description`}
              className={choiceInputClasses}
            />
            <span className="flex flex-col gap-1">
              <span id={`type-${option.value}-label`} className="text-lg font-semibold">
                {option.label}
              </span>
              <span id={`type-${option.value}-description`} className="text-stone-700">
                {option.description}
              </span>
            </span>
          </label>
        ))}
        <FieldError id="type" error={error} />
      </fieldset>
      <Button type="submit" size="lg" isLoading={isPending} loadingText="正在保存…">
        下一步
      </Button>
    </form>
  );
}
