import type { ComponentProps } from "react";
import { cx, focusRing } from "./cx";

/** Shared look of text-like controls: high-contrast border, red border when invalid. */
export const controlClasses = cx(
  "block w-full min-h-11 rounded-md border border-stone-500 bg-white px-3 py-2",
  "text-base text-stone-900 placeholder:text-stone-500",
  "aria-[invalid=true]:border-red-700 aria-[invalid=true]:bg-red-50/40",
  "disabled:cursor-not-allowed disabled:bg-stone-100 disabled:text-stone-600",
  focusRing,
);

export function Input({ className, type = "text", ...props }: ComponentProps<"input">) {
  return <input type={type} className={cx(controlClasses, className)} {...props} />;
}
