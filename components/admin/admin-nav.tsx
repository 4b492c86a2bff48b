"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx, focusRing } from "@/components/ui/cx";
import { adminNavItems, isCurrentItem } from "./nav";

export function AdminNav() {
  const pathname = usePathname();

  return (
    <nav aria-label="管理后台" className="md:w-44 md:shrink-0">
      <p className="mb-2 text-sm font-semibold text-stone-600">管理后台</p>
      <ul className="flex flex-wrap gap-2 md:flex-col md:gap-1">
        {adminNavItems.map((item) => {
          const isCurrent = isCurrentItem(item, pathname);

          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={isCurrent ? "page" : undefined}
                className={cx(
                  "flex min-h-11 items-center rounded-md border px-3",
                  isCurrent
                    ? "border-brand-700 bg-brand-700 font-semibold text-white"
                    : "border-stone-300 bg-white text-stone-900 hover:bg-stone-100",
                  focusRing,
                )}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
