import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { signOutAction } from "@/app/actions/session";
import { getHeaderUser } from "@/components/layout/header-user";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { NotificationBell } from "@/components/notifications/notification-bell";
import {
  isLargeTextCookie,
  LARGE_TEXT_CLASS,
  TEXT_SIZE_COOKIE,
} from "@/components/layout/text-size";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "中国社区网", template: "%s · 中国社区网" },
  description: "社区居民与社区书记的服务平台：书记信箱、办事预约、信息分享、服务项目与社区党校。",
};

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#a11d23",
};

// Every page may read the database, which must never be opened at build time.
export const dynamic = "force-dynamic";

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const isLargeText = isLargeTextCookie((await cookies()).get(TEXT_SIZE_COOKIE)?.value);
  const user = await getHeaderUser();

  return (
    <html lang="zh-CN" className={isLargeText ? LARGE_TEXT_CLASS : undefined}>
      <body className="flex min-h-screen flex-col">
        <a href="#main" className="skip-link">
          跳到正文
        </a>
        <SiteHeader
          user={user}
          signOutAction={signOutAction}
          isLargeText={isLargeText}
          extra={<NotificationBell />}
        />
        <main id="main" tabIndex={-1} className="flex w-full flex-1 flex-col focus:outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
