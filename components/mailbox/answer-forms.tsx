"use client";

import { handleAppointmentAction, replyToLetterAction } from "@/app/user/official/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Textarea } from "@/components/ui/textarea";
import { ANSWER_MAX, replyFormSchema, resultFormSchema } from "@/lib/mailbox/schemas";

const hint = `提交后不能再修改，请核对后再提交（不超过 ${ANSWER_MAX} 字）。`;

/** 【回复正文】 and 【提交】 under a pending letter. */
export function LetterReplyForm({ letterId }: { letterId: number }) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: replyFormSchema,
    action: replyToLetterAction,
    defaultValues: { letterId, reply: "" },
  });
  const error = form.formState.errors.reply?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field id="reply" label="回复正文" hint={hint} error={error} required>
        {(control) => <Textarea {...form.register("reply")} {...control} rows={8} />}
      </Field>
      <Button type="submit" isLoading={isPending} loadingText="正在提交…" className="self-start">
        提交
      </Button>
    </form>
  );
}

/** 【处理结果】 and 【提交】 under a pending appointment. */
export function AppointmentResultForm({ appointmentId }: { appointmentId: number }) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: resultFormSchema,
    action: handleAppointmentAction,
    defaultValues: { appointmentId, result: "" },
  });
  const error = form.formState.errors.result?.message;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <FormMessage message={formError} />
      <Field id="result" label="处理结果" hint={hint} error={error} required>
        {(control) => <Textarea {...form.register("result")} {...control} rows={8} />}
      </Field>
      <Button type="submit" isLoading={isPending} loadingText="正在提交…" className="self-start">
        提交
      </Button>
    </form>
  );
}
