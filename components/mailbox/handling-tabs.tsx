import Link from "next/link";
import { cx, focusRing } from "@/components/ui/cx";
import type { HandlingStatus } from "@/lib/mailbox/letters";

const tabs: Array<{ status: HandlingStatus; label: string }> = [
  { status: "pending", label: "待处理" },
  { status: "processed", label: "已处理" },
];

/** 【待处理】 and 【已处理】: the two halves of a secretary's list, as links. */
export function HandlingTabs({ basePath, current }: { basePath: string; current: HandlingStatus }) {
  return (
    <nav aria-label="处理状态" className="flex gap-2 border-b border-stone-300">
      {tabs.map((tab) => {
        const isCurrent = tab.status === current;

        return (
          <Link
            key={tab.status}
            href={`${basePath}?status=${tab.status}`}
            aria-current={isCurrent ? "page" : undefined}
            className={cx(
              "-mb-px inline-flex min-h-11 items-center border-b-2 px-4 font-medium",
              isCurrent
                ? "border-brand-700 text-brand-800"
                : "border-transparent text-stone-700 hover:text-stone-900",
              focusRing,
            )}
          >
            {tab.label}
          </Link>
        );
      })}
    </nav>
  );
}

export function statusParam(value: string | string[] | undefined): HandlingStatus {
  return value === "processed" ? "processed" : "pending";
}
