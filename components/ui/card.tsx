import type { ReactNode } from "react";
import { cx } from "./cx";

export type CardProps = {
  title?: ReactNode;
  /** The heading level that fits the page outline; h2 unless the card sits under an h2. */
  titleAs?: "h2" | "h3" | "h4";
  /** Links or buttons shown beside the title. */
  actions?: ReactNode;
  className?: string;
  children?: ReactNode;
};

export function Card({ title, titleAs: Heading = "h2", actions, className, children }: CardProps) {
  return (
    <section
      className={cx("rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-6", className)}
    >
      {(title || actions) && (
        <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
          {title && <Heading className="text-lg font-semibold text-stone-900">{title}</Heading>}
          {actions && <div className="flex flex-wrap gap-2">{actions}</div>}
        </div>
      )}
      {children}
    </section>
  );
}
