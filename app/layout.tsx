import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "中国社区网", template: "%s · 中国社区网" },
  description: "社区居民与社区书记的服务平台：书记信箱、办事预约、信息分享、服务项目与社区党校。",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Every page may read the database, which must never be opened at build time.
export const dynamic = "force-dynamic";

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="flex min-h-screen flex-col">{children}</body>
    </html>
  );
}
