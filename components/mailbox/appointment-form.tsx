"use client";

import { useWatch } from "react-hook-form";
import { bookAppointmentAction } from "@/app/user/appointments/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { RadioGroup } from "@/components/ui/radio-group";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { BOOKING_WINDOW_DAYS } from "@/lib/mailbox/dates";
import {
  appointmentSchema,
  DESCRIPTION_MAX,
  OTHER_MATTER,
  OTHER_MATTER_LABEL,
} from "@/lib/mailbox/schemas";

const halfDayOptions = [
  { value: "morning", label: "上午" },
  { value: "afternoon", label: "下午" },
];

/** 办事预约: the matter (the admins' list, or 其他 in the resident's words), day and half-day. */
export function AppointmentForm({
  matters,
  firstDate,
  lastDate,
}: {
  matters: Array<{ id: number; name: string }>;
  firstDate: string;
  lastDate: string;
}) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: appointmentSchema,
    action: bookAppointmentAction,
    defaultValues: {
      matter: "",
      otherMatter: "",
      preferredDate: "",
      description: "",
      contactPhone: "",
    },
  });
  const { errors } = form.formState;
  const matter = useWatch({ control: form.control, name: "matter" });
  const options = [
    ...matters.map((item) => ({ value: String(item.id), label: item.name })),
    { value: OTHER_MATTER, label: OTHER_MATTER_LABEL },
  ];

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-5">
      <FormMessage message={formError} />
      <Field id="matter" label="办事事项" error={errors.matter?.message} required>
        {(control) => (
          <Select
            {...form.register("matter")}
            {...control}
            options={options}
            placeholder="请选择"
          />
        )}
      </Field>
      {matter === OTHER_MATTER && (
        <Field id="otherMatter" label="具体事项" error={errors.otherMatter?.message} required>
          {(control) => <Input {...form.register("otherMatter")} {...control} />}
        </Field>
      )}
      <Field
        id="preferredDate"
        label="预约日期"
        hint={`可预约今天起 ${BOOKING_WINDOW_DAYS} 天以内的日期`}
        error={errors.preferredDate?.message}
        required
      >
        {(control) => (
          <Input
            {...form.register("preferredDate")}
            {...control}
            type="date"
            min={firstDate}
            max={lastDate}
          />
        )}
      </Field>
      <RadioGroup
        id="halfDay"
        name="halfDay"
        legend="预约时段"
        options={halfDayOptions}
        orientation="horizontal"
        error={errors.halfDay?.message}
        required
        inputProps={form.register("halfDay")}
      />
      <Field
        id="description"
        label="办事说明"
        hint={`请说明要办的事和已备好的材料，不超过 ${DESCRIPTION_MAX} 字`}
        error={errors.description?.message}
        required
      >
        {(control) => <Textarea {...form.register("description")} {...control} rows={6} />}
      </Field>
      <Field id="contactPhone" label="联系电话" error={errors.contactPhone?.message} required>
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
