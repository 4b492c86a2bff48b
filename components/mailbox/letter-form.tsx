"use client";

import { writeLetterAction } from "@/app/user/letters/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { LETTER_CONTENT_MAX, LETTER_TITLE_MAX, letterSchema } from "@/lib/mailbox/schemas";

/** 【写信给书记】: title, content and an optional phone for the secretary to call back. */
export function LetterForm() {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: letterSchema,
    action: writeLetterAction,
    defaultValues: { title: "", content: "", contactPhone: "" },
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <Field
        id="title"
        label="信件标题"
        hint={`不超过 ${LETTER_TITLE_MAX} 字`}
        error={errors.title?.message}
        required
      >
        {(control) => <Input {...form.register("title")} {...control} />}
      </Field>
      <Field
        id="content"
        label="信件内容"
        hint={`请写清事情经过和您的诉求，不超过 ${LETTER_CONTENT_MAX} 字。只有本社区认证书记能看到。`}
        error={errors.content?.message}
        required
      >
        {(control) => <Textarea {...form.register("content")} {...control} rows={10} />}
      </Field>
      <Field
        id="contactPhone"
        label="联系电话"
        hint="方便书记与您联系"
        error={errors.contactPhone?.message}
        optional
      >
        {(control) => (
          <Input
            {...form.register("contactPhone")}
            {...control}
            type="tel"
            inputMode="tel"
            autoComplete="tel"
          />
        )}
      </Field>
      <Button type="submit" isLoading={isPending} loadingText="正在提交…" className="self-start">
        提交
      </Button>
    </form>
  );
}
