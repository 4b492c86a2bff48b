import Link from "next/link";
import type { ReactNode } from "react";
import { cx, focusRing } from "./cx";
import { pageWindow } from "./page-window";

const itemClasses = cx(
  "inline-flex min-h-11 min-w-11 items-center justify-center rounded-md border px-3",
  focusRing,
);
const linkClasses = cx(itemClasses, "border-stone-300 bg-white text-stone-900 hover:bg-stone-100");
const currentClasses = cx(itemClasses, "border-brand-700 bg-brand-700 font-semibold text-white");
const disabledClasses = cx(itemClasses, "border-stone-200 bg-stone-50 text-stone-500");

function Step({ href, children }: { href?: string | null | false; children: ReactNode }) {
  if (!href) {
    return (
      <span aria-disabled="true" className={disabledClasses}>
        {children}
      </span>
    );
  }

  return (
    <Link href={href} className={linkClasses}>
      {children}
    </Link>
  );
}

/** Shows the number; screen readers hear 第 3 页. */
function PageName({ page }: { page: number }) {
  return (
    <>
      <span className="sr-only">第 </span>
      {page}
      <span className="sr-only"> 页</span>
    </>
  );
}

export type PaginationProps = {
  page: number;
  pageCount: number;
  /** The address of a page, e.g. (page) => `?page=${page}` keeping the other filters. */
  hrefForPage: (page: number) => string;
  className?: string;
};

/** Numbered pages, the current one marked; renders nothing when everything fits on one page. */
export function Pagination({ page, pageCount, hrefForPage, className }: PaginationProps) {
  if (pageCount <= 1) return null;
  const items = pageWindow(page, pageCount);

  return (
    <nav
      aria-label="分页"
      className={cx("flex items-center justify-between gap-2 sm:justify-start", className)}
    >
      <Step href={page > 1 ? hrefForPage(page - 1) : null}>上一页</Step>
      <p className="text-stone-700 sm:hidden">
        第 {page} / {pageCount} 页
      </p>
      <ul className="hidden flex-wrap items-center gap-2 sm:flex">
        {items.map((item, index) =>
          item === "gap" ? (
            <li key={`gap-${index}`} aria-hidden="true" className="px-1 text-stone-600">
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className={currentClasses}>
                  <PageName page={item} />
                </span>
              ) : (
                <Link href={hrefForPage(item)} className={linkClasses}>
                  <PageName page={item} />
                </Link>
              )}
            </li>
          ),
        )}
      </ul>
      <Step href={page < pageCount ? hrefForPage(page + 1) : null}>下一页</Step>
    </nav>
  );
}

/** Previous / next links for lists read by cursor, where the page count is unknown. */
export function CursorPagination({
  previousHref,
  nextHref,
  className,
}: {
  previousHref?: string | null | false;
  nextHref?: string | null | false;
  className?: string;
}) {
  if (!previousHref && !nextHref) return null;

  return (
    <nav aria-label="分页" className={cx("flex items-center justify-between gap-2", className)}>
      <Step href={previousHref}>上一页</Step>
      <Step href={nextHref}>下一页</Step>
    </nav>
  );
}
