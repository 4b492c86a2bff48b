import type { ReactNode } from "react";
import { cx } from "@/components/ui/cx";

const widths = { narrow: "max-w-2xl", default: "max-w-6xl" };

/** The frame of an ordinary page: a centred column with its h1, a lead and page actions. */
export function PageShell({
  title,
  description,
  actions,
  width = "default",
  className,
  children,
}: {
  title: ReactNode;
  description?: ReactNode;
  actions?: ReactNode;
  width?: keyof typeof widths;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className={cx("mx-auto w-full px-4 py-8", widths[width], className)}>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-4">
        <div className="flex flex-col gap-2">
          <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">{title}</h1>
          {description && <p className="max-w-prose text-stone-700">{description}</p>}
        </div>
        {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
      </div>
      {children}
    </div>
  );
}
