import Link from "next/link";
import type { ReactNode } from "react";
import { getHeaderUser } from "@/components/layout/header-user";
import { HomeServices } from "@/components/layout/home-services";
import { cx, focusRing } from "@/components/ui/cx";
import { VerifiedBadge } from "@/components/ui/verified-badge";

export default async function HomePage() {
  const user = await getHeaderUser();

  return (
    <>
      <section aria-labelledby="home-title" className="border-b border-stone-200 bg-white">
        <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 sm:py-14 lg:grid-cols-[3fr_2fr]">
          <div className="flex flex-col gap-4">
            <p className="text-brand-700 font-medium">社区居民与社区书记的服务平台</p>
            <h1 id="home-title" className="text-3xl font-bold text-stone-900 sm:text-4xl">
              中国社区网
            </h1>
            <p className="max-w-prose text-lg leading-relaxed text-stone-700">
              在这里，您可以给本社区的书记写信、预约办事，分享社区信息和稿件，发布和认领志愿服务项目，还可以在社区党校在线学习。
            </p>
            <p className="max-w-prose leading-relaxed text-stone-700">
              社区书记完成身份认证后，在网上处理本社区居民的来信和办事预约。
            </p>
            <p
              className={cx(
                "border-brand-700 max-w-prose rounded-md border-l-4 bg-stone-100 px-4 py-3",
                "leading-relaxed text-stone-800",
              )}
            >
              觉得字太小？点击页面顶部的【大字模式】，全站文字都会放大，再点一次即可恢复。
            </p>
          </div>
          <nav aria-labelledby="home-start" className="flex flex-col gap-3">
            <h2 id="home-start" className="text-xl font-bold text-stone-900">
              开始使用
            </h2>
            <EntryLink href="/communities" title="按地区查找社区">
              选择省份、城市、区县，查看本社区的信息与服务项目
            </EntryLink>
            {user ? (
              <EntryLink href="/user" title="进入用户中心">
                处理信件与预约，查看您的分享、投稿、项目和学习情况
              </EntryLink>
            ) : (
              <>
                <EntryLink href="/register" title="注册新用户">
                  选择所在社区，四步完成注册
                </EntryLink>
                <EntryLink href="/login" title="用户登录">
                  使用手机号或电子邮件登录
                </EntryLink>
              </>
            )}
          </nav>
        </div>
      </section>

      <section aria-labelledby="home-services" className="mx-auto w-full max-w-6xl px-4 pt-10">
        <h2 id="home-services" className="mb-5 text-2xl font-bold text-stone-900">
          平台服务
        </h2>
        <HomeServices />
      </section>

      <section aria-labelledby="home-secretary" className="mx-auto w-full max-w-6xl px-4 pt-10">
        <div className="rounded-lg border border-stone-200 bg-white p-5 shadow-sm sm:p-6">
          <h2 id="home-secretary" className="mb-4 text-2xl font-bold text-stone-900">
            社区书记如何开始
          </h2>
          <ol className="flex list-decimal flex-col gap-3 pl-6 leading-relaxed text-stone-800">
            <li>注册时在第二步选择【社区书记】，填写社区岗位、入党年月和身份证号。</li>
            <li>登录后在用户中心点击【我要认证身份】，上传身份证和签字的认证文档。</li>
            <li>
              工作人员在 1–3 个工作日内审核。通过后，您的名字旁会显示蓝色 V 标识
              <VerifiedBadge size="sm" className="mx-1 align-[-0.15em]" />
              ，即可处理本社区的书记信箱和办事预约。
            </li>
          </ol>
        </div>
      </section>
    </>
  );
}

function EntryLink({
  href,
  title,
  children,
}: {
  href: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <Link
      href={href}
      className={cx(
        "group flex min-h-11 items-center justify-between gap-4 rounded-lg border px-5 py-4",
        "hover:border-brand-700 hover:bg-brand-50 border-stone-300 bg-stone-50",
        focusRing,
      )}
    >
      <span className="flex flex-col gap-1">
        <span className="text-brand-700 text-lg font-semibold group-hover:underline">{title}</span>
        <span className="text-stone-700">{children}</span>
      </span>
      <span aria-hidden="true" className="text-brand-700 text-2xl">
        ›
      </span>
    </Link>
  );
}
