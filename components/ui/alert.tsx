import type { ReactNode } from "react";
import { cx } from "./cx";

export type AlertTone = "info" | "success" | "warning" | "error";

const tones: Record<AlertTone, { box: string; icon: string; label: string }> = {
  info: { box: "border-sky-700 bg-sky-50 text-sky-950", icon: "text-sky-700", label: "提示" },
  success: {
    box: "border-green-700 bg-green-50 text-green-950",
    icon: "text-green-700",
    label: "成功",
  },
  warning: {
    box: "border-amber-600 bg-amber-50 text-amber-950",
    icon: "text-amber-700",
    label: "注意",
  },
  error: { box: "border-red-700 bg-red-50 text-red-950", icon: "text-red-700", label: "错误" },
};

const circle = "M10 1.5a8.5 8.5 0 1 0 0 17 8.5 8.5 0 0 0 0-17Z";
const iconPaths: Record<AlertTone, string> = {
  info: `${circle}m-.9 4h1.8v1.8H9.1V5.5Zm0 3.5h1.8v5.5H9.1V9Z`,
  success: `${circle}m-1.2 12.2-3.6-3.6 1.3-1.3 2.3 2.3 4.6-4.6 1.3 1.3-5.9 5.9Z`,
  warning: "M10 1.8 18.5 17H1.5L10 1.8Zm-.9 5.2v5h1.8V7H9.1Zm0 6.3v1.8h1.8v-1.8H9.1Z",
  error: `${circle}m-.9 4h1.8v6h-1.8v-6Zm0 7.5h1.8v1.8h-1.8V13Z`,
};

export type AlertProps = {
  tone?: AlertTone;
  title?: ReactNode;
  children?: ReactNode;
  className?: string;
};

/** A notice; errors and warnings interrupt screen readers (role=alert), the rest wait (status). */
export function Alert({ tone = "info", title, children, className }: AlertProps) {
  const style = tones[tone];
  const isUrgent = tone === "error" || tone === "warning";

  return (
    <div
      role={isUrgent ? "alert" : "status"}
      className={cx("flex gap-3 rounded-md border-l-4 px-4 py-3", style.box, className)}
    >
      <svg
        role="img"
        aria-label={style.label}
        viewBox="0 0 20 20"
        className={cx("mt-0.5 size-5 shrink-0 fill-current", style.icon)}
      >
        <path d={iconPaths[tone]} />
      </svg>
      <div className="flex min-w-0 flex-col gap-1">
        {title && <p className="font-semibold">{title}</p>}
        {children && <div className="leading-relaxed">{children}</div>}
      </div>
    </div>
  );
}
