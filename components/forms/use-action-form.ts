"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import {
  useForm,
  type DefaultValues,
  type FieldValues,
  type Path,
  type Resolver,
} from "react-hook-form";
import type { z } from "zod";
import type { ActionResult } from "@/lib/actions";

type Options<S extends z.ZodType<FieldValues, FieldValues>, T> = {
  schema: S;
  action: (input: z.input<S>) => Promise<ActionResult<T>>;
  defaultValues?: DefaultValues<z.input<S>>;
  onSuccess?: (data: T) => void;
};

/**
 * One zod schema checks the form in the browser and again on the server. Server messages land
 * under their fields; the form keeps every value the user typed.
 */
export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T>({
  schema,
  action,
  defaultValues,
  onSuccess,
}: Options<S, T>) {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    // The resolver cannot infer a generic schema's types; they are the schema's own.
    resolver: zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues,
    // Checking on blur would move the submit button under a pressed mouse and lose the click.
    mode: "onSubmit",
    reValidateMode: "onChange",
  });
  const [formError, setFormError] = useState<string>();
  const [isPending, startTransition] = useTransition();

  const onSubmit = form.handleSubmit(
    (values) =>
      new Promise<void>((resolve) => {
        startTransition(async () => {
          setFormError(undefined);
          const result = await action(values as z.input<S>);
          if (result.ok) {
            onSuccess?.(result.data);
          } else {
            for (const [field, message] of Object.entries(result.fieldErrors)) {
              form.setError(field as Path<z.input<S>>, { type: "server", message });
            }
            const fieldErrors = Object.keys(result.fieldErrors);
            // A message that belongs to a field is shown there, not twice.
            setFormError(fieldErrors.length === 0 ? result.message : undefined);
          }
          resolve();
        });
      }),
  );

  return { form, onSubmit, formError, isPending };
}
