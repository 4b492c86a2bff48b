import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";

export const metadata: Metadata = { title: "页面不存在" };

export default function NotFound() {
  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <p className="text-brand-700 font-medium">404</p>
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">页面不存在</h1>
      <p className="leading-relaxed text-stone-700">
        您要找的页面不存在，可能是网址有误，或者内容已被删除。
      </p>
      <ButtonLink href="/">返回首页</ButtonLink>
    </div>
  );
}
