export type AdminNavItem = {
  href: string;
  label: string;
  /** Current only on this exact address, not on the pages under it (the dashboard). */
  isExact?: boolean;
};

/** The admin console's menu, in order; other areas append their entries (e.g. 办事事项). */
export const adminNavItems: AdminNavItem[] = [
  { href: "/admin", label: "概览", isExact: true },
  { href: "/admin/reviews", label: "审核" },
  { href: "/admin/users", label: "用户" },
  { href: "/admin/communities", label: "社区" },
  { href: "/admin/matters", label: "办事事项" },
  { href: "/admin/audit", label: "审计日志" },
];

export function isCurrentItem(item: AdminNavItem, pathname: string) {
  if (item.isExact) return pathname === item.href;

  return pathname === item.href || pathname.startsWith(`${item.href}/`);
}
