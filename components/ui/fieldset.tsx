import type { ReactNode } from "react";
import { cx } from "./cx";
import { describedBy, FieldError, fieldIds } from "./field";

export type FieldsetProps = {
  /** Prefix of the hint and error ids; also the name of the group's controls by convention. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string;
  required?: boolean;
  className?: string;
  children: ReactNode;
};

/** A group of checkboxes or radios: its legend names the group as a label names a field. */
export function Fieldset({
  id,
  legend,
  hint,
  error,
  required,
  className,
  children,
}: FieldsetProps) {
  return (
    <fieldset
      className={cx("flex min-w-0 flex-col gap-1.5", className)}
      aria-describedby={describedBy(id, { hasError: Boolean(error), hasHint: Boolean(hint) })}
    >
      <legend className="mb-1.5 font-medium text-stone-900">
        {legend}
        {required && (
          <span aria-hidden="true" className="ml-1 text-red-700">
            *
          </span>
        )}
      </legend>
      {hint && (
        <p id={fieldIds(id).hintId} className="-mt-1 text-sm text-stone-600">
          {hint}
        </p>
      )}
      {children}
      <FieldError id={id} error={error} />
    </fieldset>
  );
}

export type ChoiceOption = { value: string; label: ReactNode; description?: ReactNode };

export const choiceInputClasses = cx(
  "mt-0.5 size-5 shrink-0 cursor-pointer accent-brand-700",
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-700",
  "disabled:cursor-not-allowed",
);

export const choiceLabelClasses = cx(
  "flex min-h-11 cursor-pointer items-start gap-3 rounded-md py-2.5",
  "has-[:disabled]:cursor-not-allowed has-[:disabled]:text-stone-500",
);

export function ChoiceText({ label, description }: Omit<ChoiceOption, "value">) {
  return (
    <span className="flex flex-col">
      <span>{label}</span>
      {description && <span className="text-sm text-stone-600">{description}</span>}
    </span>
  );
}

export function orientationClasses(orientation: "vertical" | "horizontal") {
  return orientation === "horizontal" ? "flex flex-wrap gap-x-6" : "flex flex-col";
}
