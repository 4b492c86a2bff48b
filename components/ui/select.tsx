import type { ComponentProps } from "react";
import { cx } from "./cx";
import { controlClasses } from "./input";

export type SelectOption = { value: string; label: string; disabled?: boolean };

export type SelectProps = ComponentProps<"select"> & {
  options?: SelectOption[];
  /** A first, empty choice such as 请选择; a required select then starts unanswered. */
  placeholder?: string;
};

/** A native select (best on phones and with screen readers) with the portal's look. */
export function Select({ className, options, placeholder, children, ...props }: SelectProps) {
  return (
    <div className="relative">
      <select className={cx(controlClasses, "appearance-none pr-10", className)} {...props}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options?.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
        {children}
      </select>
      <svg
        aria-hidden="true"
        viewBox="0 0 20 20"
        className={cx(
          "pointer-events-none absolute top-1/2 right-3 size-5 -translate-y-1/2",
          "text-stone-600",
        )}
      >
        <path d="m5 7.5 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="1.8" />
      </svg>
    </div>
  );
}
