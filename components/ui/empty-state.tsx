import type { ReactNode } from "react";
import { cx } from "./cx";

/** What a list shows when it has nothing yet, with the next step when there is one. */
export function EmptyState({
  title,
  description,
  action,
  className,
}: {
  title: ReactNode;
  description?: ReactNode;
  action?: ReactNode;
  className?: string;
}) {
  return (
    <div
      className={cx(
        "flex flex-col items-center gap-2 rounded-lg border border-dashed border-stone-300",
        "bg-white px-6 py-10 text-center",
        className,
      )}
    >
      <svg aria-hidden="true" viewBox="0 0 24 24" className="size-10 text-stone-400">
        <path
          d="M4 13h4l1.5 2h5L16 13h4M4 13l2.5-7h11L20 13v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1v-5Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinejoin="round"
        />
      </svg>
      <p className="text-lg font-medium text-stone-900">{title}</p>
      {description && <p className="max-w-prose text-stone-600">{description}</p>}
      {action && <div className="mt-2">{action}</div>}
    </div>
  );
}
