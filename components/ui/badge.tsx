import type { ReactNode } from "react";
import { cx } from "./cx";

export type BadgeTone = "neutral" | "brand" | "info" | "success" | "warning" | "danger";

const tones: Record<BadgeTone, string> = {
  neutral: "border-stone-300 bg-stone-100 text-stone-800",
  brand: "border-brand-100 bg-brand-50 text-brand-800",
  info: "border-sky-200 bg-sky-50 text-sky-900",
  success: "border-green-200 bg-green-50 text-green-900",
  warning: "border-amber-300 bg-amber-50 text-amber-900",
  danger: "border-red-200 bg-red-50 text-red-900",
};

export function Badge({
  tone = "neutral",
  className,
  children,
}: {
  tone?: BadgeTone;
  className?: string;
  children: ReactNode;
}) {
  return (
    <span
      className={cx(
        "inline-flex items-center rounded-full border px-2.5 py-0.5 text-sm font-medium",
        "whitespace-nowrap",
        tones[tone],
        className,
      )}
    >
      {children}
    </span>
  );
}

/** The states the guide marks on lists: letters and appointments, and reviewed submissions. */
export type ItemStatus = "pending" | "processed" | "reviewPending" | "reviewed" | "rejected";

const statuses: Record<ItemStatus, { label: string; tone: BadgeTone }> = {
  pending: { label: "待处理", tone: "warning" },
  processed: { label: "已处理", tone: "success" },
  reviewPending: { label: "待审核", tone: "warning" },
  reviewed: { label: "已审核", tone: "success" },
  rejected: { label: "未通过", tone: "danger" },
};

export function statusLabel(status: ItemStatus) {
  return statuses[status].label;
}

export function StatusBadge({ status, className }: { status: ItemStatus; className?: string }) {
  const { label, tone } = statuses[status];

  return (
    <Badge tone={tone} className={className}>
      {label}
    </Badge>
  );
}
