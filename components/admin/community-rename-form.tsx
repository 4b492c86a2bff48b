"use client";

import { renameCommunityAction } from "@/app/admin/communities/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { Input } from "@/components/ui/input";
import { renameCommunitySchema } from "@/lib/admin/forms";

export function CommunityRenameForm({
  communityId,
  name,
  onRenamed,
}: {
  communityId: number;
  name: string;
  onRenamed: (name: string) => void;
}) {
  const { form, onSubmit, formError, isPending } = useActionForm({
    schema: renameCommunitySchema,
    action: renameCommunityAction,
    defaultValues: { communityId, name },
    onSuccess: (data) => onRenamed(data.name),
  });
  const fieldId = `rename-${communityId}`;

  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <FormMessage message={formError} />
      <input type="hidden" {...form.register("communityId")} />
      <div className="flex flex-wrap items-end gap-3">
        <Field
          id={fieldId}
          label="社区名称"
          error={form.formState.errors.name?.message}
          className="w-full sm:w-72"
          required
        >
          {(control) => <Input {...form.register("name")} {...control} />}
        </Field>
        <Button type="submit" variant="secondary" isLoading={isPending} loadingText="正在保存…">
          保存名称
        </Button>
      </div>
    </form>
  );
}
