import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "无权访问" };

export default function Forbidden() {
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <p className="text-brand-700 font-medium">403</p>
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">无权访问</h1>
      <p className="leading-relaxed text-stone-700">
        您的账号没有访问此页面的权限。如需开通，请联系管理员。
      </p>
      <ButtonLink href="/">返回首页</ButtonLink>
    </div>
  );
}
