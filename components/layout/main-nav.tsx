"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { type KeyboardEvent, type ReactNode, useId, useRef, useState } from "react";
import { cx } from "@/components/ui/cx";
import { mobileLinkClasses, onRedFocusRing } from "./nav-styles";

export type NavItem = { href: string; label: string };

function isCurrent(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The main navigation: a row of links from 640 px up; below that a 菜单 button discloses
 * the same links (and `mobileExtra`, such as 用户中心) in a panel under the header.
 */
export function MainNav({ items, mobileExtra }: { items: NavItem[]; mobileExtra?: ReactNode }) {
  const pathname = usePathname();
  // The panel belongs to the page it was opened on, so any navigation closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !isOpen) return;
    setOpenOn(null);
    buttonRef.current?.focus();
  }

  const links = items.map((item) => {
    const current = isCurrent(pathname, item.href);

    return { ...item, current };
  });

  return (
    <nav aria-label="主导航" onKeyDown={handleKeyDown}>
      <ul className="hidden items-center gap-1 sm:flex">
        {links.map((item) => (
          <li key={item.href}>
            <Link
              href={item.href}
              aria-current={item.current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-11 items-center rounded-md px-4 text-base text-white",
                "hover:bg-white/15",
                item.current && "bg-white/15 font-semibold underline underline-offset-8",
                onRedFocusRing,
              )}
            >
              {item.label}
            </Link>
          </li>
        ))}
      </ul>
      <button
        ref={buttonRef}
        type="button"
        aria-expanded={isOpen}
        aria-controls={panelId}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
        className={cx(
          "inline-flex min-h-11 shrink-0 cursor-pointer items-center gap-2 rounded-md border",
          "border-white/60 px-3 whitespace-nowrap text-white hover:bg-white/15 sm:hidden",
          onRedFocusRing,
        )}
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-5">
          <path
            d={isOpen ? "M5 5l10 10M15 5 5 15" : "M3 5.5h14M3 10h14M3 14.5h14"}
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
          />
        </svg>
        菜单
      </button>
      <div
        id={panelId}
        hidden={!isOpen}
        className={cx(
          "absolute inset-x-0 top-full z-40 border-b border-stone-300 bg-white shadow-lg",
          "sm:hidden",
        )}
      >
        <ul className="flex flex-col px-4 py-2">
          {links.map((item) => (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={item.current ? "page" : undefined}
                onClick={() => setOpenOn(null)}
                className={mobileLinkClasses(item.current)}
              >
                {item.label}
              </Link>
            </li>
          ))}
          {mobileExtra}
        </ul>
      </div>
    </nav>
  );
}
