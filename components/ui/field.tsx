import type { ReactNode } from "react";
import { cx } from "./cx";

/** What a labelled field hands to its control so that label, hint and error are bound to it. */
export type FieldControlProps = {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
  "aria-required"?: true;
};

export type FieldProps = {
  /** The id of the control; the label points at it. */
  id: string;
  /** The guide's term, shown above the control. */
  label: ReactNode;
  hint?: ReactNode;
  /** The message for this field; shown under the control and announced with it. */
  error?: string;
  required?: boolean;
  /** Marks the label 选填 (the guide's word for optional fields). */
  optional?: boolean;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
};

export function fieldIds(id: string) {
  return { hintId: `${id}-hint`, errorId: `${id}-error` };
}

/** Describes a control by its error and hint ids, for controls laid out without Field. */
export function describedBy(id: string, { hasError = false, hasHint = false }) {
  const { hintId, errorId } = fieldIds(id);
  const ids = [hasError && errorId, hasHint && hintId].filter(Boolean).join(" ");

  return ids || undefined;
}

export function Field({
  id,
  label,
  hint,
  error,
  required = false,
  optional = false,
  className,
  children,
}: FieldProps) {
  const { hintId } = fieldIds(id);
  const control: FieldControlProps = {
    id,
    "aria-describedby": describedBy(id, { hasError: Boolean(error), hasHint: Boolean(hint) }),
    ...(error ? { "aria-invalid": true as const } : {}),
    ...(required ? { "aria-required": true as const } : {}),
  };

  return (
    <div className={cx("flex flex-col gap-1.5", className)}>
      <label htmlFor={id} className="font-medium text-stone-900">
        {label}
        {required && (
          <span aria-hidden="true" className="ml-1 text-red-700">
            *
          </span>
        )}
        {optional && <span className="ml-1 text-sm font-normal text-stone-600">（选填）</span>}
      </label>
      {hint && (
        <p id={hintId} className="text-sm text-stone-600">
          {hint}
        </p>
      )}
      {children(control)}
      <FieldError id={id} error={error} />
    </div>
  );
}

/** The message under a control; also used by checkbox and radio groups. */
const errorIcon =
  "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Zm-.9 4h1.8v6h-1.8v-6Zm0 7.5h1.8v1.8h-1.8V13Z";

export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;

  return (
    <p
      id={fieldIds(id).errorId}
      className="flex items-start gap-1.5 text-sm font-medium text-red-700"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="mt-0.5 size-4 shrink-0 fill-current">
        <path d={errorIcon} />
      </svg>
      <span>{error}</span>
    </p>
  );
}
