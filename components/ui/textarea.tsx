import type { ComponentProps } from "react";
import { cx } from "./cx";
import { controlClasses } from "./input";

export function Textarea({ className, rows = 6, ...props }: ComponentProps<"textarea">) {
  return (
    <textarea rows={rows} className={cx(controlClasses, "leading-relaxed", className)} {...props} />
  );
}
