"use client";

import {
  approveVerificationAction,
  rejectVerificationAction,
} from "@/app/admin/reviews/verifications/[id]/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import {
  approveVerificationSchema,
  MAX_REJECT_REASON_LENGTH,
  rejectVerificationSchema,
} from "@/lib/verification/schemas";

/** Approve (after re-typing the ID number's last four from the scan) or reject with a reason. */
export function VerificationDecision({ verificationId }: { verificationId: number }) {
  const approve = useActionForm({
    schema: approveVerificationSchema,
    action: approveVerificationAction,
    defaultValues: { verificationId, idLastFour: "" },
  });
  const reject = useActionForm({
    schema: rejectVerificationSchema,
    action: rejectVerificationAction,
    defaultValues: { verificationId, reason: "" },
  });
  const approveErrors = approve.form.formState.errors;
  const rejectErrors = reject.form.formState.errors;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      <Card title="通过认证">
        <form onSubmit={approve.onSubmit} noValidate className="flex flex-col gap-4">
          <FormMessage message={approve.formError} />
          <input type="hidden" {...approve.form.register("verificationId")} />
          <Field
            id="idLastFour"
            label="身份证号后四位"
            hint="请看着身份证扫描件输入，系统会与申请人登记的号码核对。"
            error={approveErrors.idLastFour?.message}
            required
          >
            {(control) => (
              <Input
                {...approve.form.register("idLastFour")}
                {...control}
                inputMode="text"
                autoComplete="off"
                maxLength={4}
                className="max-w-40 font-mono tracking-widest uppercase"
              />
            )}
          </Field>
          <Button type="submit" isLoading={approve.isPending} loadingText="正在提交…">
            通过认证
          </Button>
        </form>
      </Card>
      <Card title="驳回">
        <form onSubmit={reject.onSubmit} noValidate className="flex flex-col gap-4">
          <FormMessage message={reject.formError} />
          <input type="hidden" {...reject.form.register("verificationId")} />
          <Field
            id="reason"
            label="驳回原因"
            hint={`申请人会看到这段话，最多 ${MAX_REJECT_REASON_LENGTH} 字。`}
            error={rejectErrors.reason?.message}
            required
          >
            {(control) => (
              <Textarea
                {...reject.form.register("reason")}
                {...control}
                rows={4}
                maxLength={MAX_REJECT_REASON_LENGTH}
              />
            )}
          </Field>
          <Button
            type="submit"
            variant="danger"
            isLoading={reject.isPending}
            loadingText="正在提交…"
          >
            驳回
          </Button>
        </form>
      </Card>
    </div>
  );
}
