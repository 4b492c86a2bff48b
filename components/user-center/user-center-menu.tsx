"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cx, focusRing } from "@/components/ui/cx";
import { VerifiedBadge } from "@/components/ui/verified-badge";
import { isCurrentLink, type VisibleSection } from "./menu";

/** The left menu of 用户中心; on a phone it sits above the page as a list of links. */
export function UserCenterMenu({ sections }: { sections: VisibleSection[] }) {
  const pathname = usePathname();

  return (
    <nav aria-label="用户中心菜单" className="rounded-lg border border-stone-200 bg-white p-3">
      <ul className="flex flex-col gap-3">
        {sections.map((section) => (
          <li key={section.key}>
            <h2 className="px-2 pb-1 text-sm font-semibold text-stone-600">{section.title}</h2>
            <ul className="flex flex-col">
              {section.links.map((link) => {
                const isCurrent = isCurrentLink(link, pathname);

                return (
                  <li key={link.href}>
                    <Link
                      href={link.href}
                      aria-current={isCurrent ? "page" : undefined}
                      className={cx(
                        "flex min-h-11 items-center gap-1.5 rounded-md px-2 text-stone-900",
                        "hover:bg-stone-100",
                        isCurrent && "bg-brand-50 text-brand-800 font-semibold",
                        focusRing,
                      )}
                    >
                      {link.label}
                      {link.badge === "verified" && <VerifiedBadge size="sm" />}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </nav>
  );
}
