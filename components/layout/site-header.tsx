import Link from "next/link";
import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button";
import { cx } from "@/components/ui/cx";
import { VerifiedBadge } from "@/components/ui/verified-badge";
import { BrandMark } from "./brand-mark";
import type { HeaderUser } from "./header-user";
import { LargeTextToggle } from "./large-text-toggle";
import { MainNav, type NavItem } from "./main-nav";
import { mobileLinkClasses, onRedFocusRing } from "./nav-styles";

const navItems: NavItem[] = [
  { href: "/", label: "首页" },
  { href: "/communities", label: "社区导航" },
];

const barClasses = "mx-auto flex max-w-6xl items-center justify-between px-4";

export type SiteHeaderProps = {
  user: HeaderUser | null;
  signOutAction: () => Promise<void>;
  /** Whether 大字模式 is on, read from its cookie by the root layout. */
  isLargeText: boolean;
  /** Shown beside a signed-in user's name, e.g. the notification bell. */
  extra?: ReactNode;
};

/**
 * Two rows: a light bar with 大字模式 and the account links (the guide's 页面顶部【登录】【注册】),
 * then the red bar with the portal's name and the main navigation.
 */
export function SiteHeader({ user, signOutAction, isLargeText, extra }: SiteHeaderProps) {
  return (
    <header>
      <div className="border-b border-stone-200 bg-stone-100">
        <div className={cx(barClasses, "flex-wrap gap-2 py-1.5")}>
          <LargeTextToggle initialOn={isLargeText} />
          {user ? (
            <SignedInLinks user={user} signOutAction={signOutAction} extra={extra} />
          ) : (
            <div className="flex items-center gap-2">
              <Link href="/login" className={buttonClasses({ variant: "secondary", size: "sm" })}>
                登录
              </Link>
              <Link href="/register" className={buttonClasses({ variant: "primary", size: "sm" })}>
                注册
              </Link>
            </div>
          )}
        </div>
      </div>
      <div className="bg-brand-700 text-white">
        <div className={cx(barClasses, "relative gap-4 py-2")}>
          <Link
            href="/"
            className={cx(
              "-ml-1 inline-flex min-h-11 items-center gap-3 rounded-md px-1",
              onRedFocusRing,
            )}
          >
            <BrandMark />
            <span className="text-xl font-bold tracking-wide whitespace-nowrap sm:text-2xl">
              中国社区网
            </span>
          </Link>
          <MainNav
            items={navItems}
            mobileExtra={
              user && (
                <li>
                  <Link href="/user" className={mobileLinkClasses()}>
                    用户中心
                  </Link>
                </li>
              )
            }
          />
        </div>
      </div>
    </header>
  );
}

function SignedInLinks({
  user,
  signOutAction,
  extra,
}: Omit<SiteHeaderProps, "isLargeText" | "user"> & { user: HeaderUser }) {
  return (
    <div className="flex min-w-0 items-center gap-2">
      <span className="flex min-w-0 items-center gap-1.5 text-stone-900">
        <span className="sr-only">已登录：</span>
        <span className="max-w-[8em] truncate font-medium">{user.name}</span>
        {user.isVerifiedSecretary && <VerifiedBadge size="sm" />}
      </span>
      <Link
        href="/user"
        className={buttonClasses({
          variant: "ghost",
          size: "sm",
          className: "max-sm:hidden",
        })}
      >
        用户中心
      </Link>
      {extra}
      <form action={signOutAction}>
        <button type="submit" className={buttonClasses({ variant: "secondary", size: "sm" })}>
          退出
        </button>
      </form>
    </div>
  );
}
