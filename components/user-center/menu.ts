/** Who is looking at the menu: enough to decide which sections they see. */
export type MenuUser = {
  type: "resident" | "party_member" | "secretary" | null;
  role: "user" | "admin";
  isVerified: boolean;
};

export type MenuLink = {
  href: string;
  label: string;
  /** Current only on this exact address, not on the pages under it. */
  isExact?: boolean;
  /** The blue V after the label (a verified secretary). */
  badge?: "verified";
  /** Everyone who sees the section sees the link when this is absent. */
  isVisibleTo?: (user: MenuUser) => boolean;
};

export type MenuSection = {
  key: string;
  title: string;
  links: MenuLink[];
  /** Everyone sees the section when this is absent. */
  isVisibleTo?: (user: MenuUser) => boolean;
};

const isSecretary = (user: MenuUser) => user.type === "secretary";

/**
 * 用户中心's left menu, in the guide's order (chapter 三). A section shows once it has links:
 * each feature fills in its own section's links here, e.g. 身份认证 → 我要认证身份.
 */
export const userCenterMenu: MenuSection[] = [
  {
    key: "verification",
    title: "身份认证",
    links: [
      {
        href: "/user/verification",
        label: "我要认证身份",
        isVisibleTo: (user) => !user.isVerified,
      },
      {
        href: "/user/verification",
        label: "社区书记",
        badge: "verified",
        isVisibleTo: (user) => user.isVerified,
      },
    ],
    isVisibleTo: isSecretary,
  },
  {
    key: "basic-info",
    title: "用户基本信息",
    links: [{ href: "/user", label: "用户基本信息", isExact: true }],
  },
  {
    key: "official-business",
    title: "公务处理",
    links: [
      { href: "/user/official/letters", label: "处理书记信箱" },
      { href: "/user/official/appointments", label: "处理办事预约" },
    ],
    isVisibleTo: isSecretary,
  },
  {
    key: "mailbox",
    title: "书记信箱",
    links: [
      { href: "/user/letters", label: "我的信件", isExact: true },
      { href: "/user/letters/new", label: "写信给书记" },
    ],
  },
  {
    key: "appointments",
    title: "办事预约",
    links: [
      { href: "/user/appointments", label: "我的预约", isExact: true },
      { href: "/user/appointments/new", label: "我要预约" },
    ],
  },
  { key: "sharing", title: "信息分享", links: [] },
  { key: "submissions", title: "信息投稿", links: [] },
  { key: "projects", title: "服务项目", links: [] },
  { key: "school", title: "社区党校", links: [] },
  {
    key: "profile",
    title: "个人资料",
    links: [
      { href: "/user/profile", label: "个人资料", isExact: true },
      { href: "/user/profile/edit", label: "修改基本资料" },
      { href: "/user/profile/password", label: "修改登录密码" },
      { href: "/user/profile/volunteer", label: "修改社区服务资料" },
    ],
  },
];

export type VisibleLink = Omit<MenuLink, "isVisibleTo">;
export type VisibleSection = Omit<MenuSection, "isVisibleTo" | "links"> & { links: VisibleLink[] };

/** The sections this user sees, in order, without the ones that have nothing yet. */
export function visibleSections(user: MenuUser): VisibleSection[] {
  return userCenterMenu
    .filter((section) => section.links.length > 0)
    .filter((section) => section.isVisibleTo?.(user) ?? true)
    .map(({ key, title, links }) => ({
      key,
      title,
      links: links
        .filter((link) => link.isVisibleTo?.(user) ?? true)
        .map(({ href, label, isExact, badge }) => ({ href, label, isExact, badge })),
    }));
}

export function isCurrentLink(link: VisibleLink, pathname: string) {
  if (link.isExact) return pathname === link.href;

  return pathname === link.href || pathname.startsWith(`${link.href}/`);
}
