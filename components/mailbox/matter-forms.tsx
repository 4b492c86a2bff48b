"use client";

import { useState } from "react";
import {
  createMatterAction,
  deleteMatterAction,
  updateMatterAction,
} from "@/app/admin/matters/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Checkbox } from "@/components/ui/checkbox";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { matterDeleteSchema, matterSchema, matterUpdateSchema } from "@/lib/mailbox/schemas";

type Matter = { id: number; name: string; sortOrder: number; isActive: boolean };

/** 新增办事事项: name, place in the list, and whether residents may choose it. */
export function NewMatterForm() {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: matterSchema,
    action: createMatterAction,
    defaultValues: { name: "", sortOrder: "100", isActive: true },
    onSuccess: () => form.reset(),
  });
  const { errors } = form.formState;

  return (
    <form onSubmit={onSubmit} noValidate aria-label="新增办事事项" className="flex flex-col gap-3">
      <FormMessage message={formError} />
      <div className="flex flex-wrap items-end gap-3">
        <Field id="new-name" label="事项名称" error={errors.name?.message} required>
          {(control) => <Input {...form.register("name")} {...control} />}
        </Field>
        <Field id="new-sort" label="排序" error={errors.sortOrder?.message} className="w-28">
          {(control) => <Input {...form.register("sortOrder")} {...control} inputMode="numeric" />}
        </Field>
        <Checkbox id="new-active" label="受理中" {...form.register("isActive")} />
        <Button type="submit" isLoading={isPending} loadingText="正在添加…">
          添加
        </Button>
      </div>
    </form>
  );
}

/** One matter of the list: rename, reorder, stop or resume, or delete when never booked. */
export function MatterRow({ matter }: { matter: Matter }) {
  const [deleteError, setDeleteError] = useState<string>();
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: matterUpdateSchema,
    action: updateMatterAction,
    defaultValues: { ...matter, matterId: matter.id, sortOrder: String(matter.sortOrder) },
  });
  const removal = useActionForm({
    schema: matterDeleteSchema,
    action: async (values) => {
      const result = await deleteMatterAction(values);
      setDeleteError(result.ok ? undefined : result.message);

      return result;
    },
    defaultValues: { matterId: matter.id },
  });
  const { errors } = form.formState;
  const prefix = `matter-${matter.id}`;

  return (
    <li className="flex flex-col gap-3 py-4">
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormMessage message={formError} />
        <div className="flex flex-wrap items-end gap-3">
          <Field id={`${prefix}-name`} label="事项名称" error={errors.name?.message} required>
            {(control) => <Input {...form.register("name")} {...control} />}
          </Field>
          <Field
            id={`${prefix}-sort`}
            label="排序"
            error={errors.sortOrder?.message}
            className="w-28"
          >
            {(control) => (
              <Input {...form.register("sortOrder")} {...control} inputMode="numeric" />
            )}
          </Field>
          <Checkbox id={`${prefix}-active`} label="受理中" {...form.register("isActive")} />
          <Button type="submit" variant="secondary" isLoading={isPending} loadingText="正在保存…">
            保存
          </Button>
        </div>
      </form>
      <form onSubmit={removal.onSubmit} className="flex flex-col gap-2">
        <FormMessage message={deleteError} />
        <Button
          type="submit"
          variant="ghost"
          size="sm"
          className="self-start text-red-800"
          isLoading={removal.isPending}
          aria-label={`删除「${matter.name}」`}
        >
          删除
        </Button>
      </form>
    </li>
  );
}
