"use client";

import { Button, ButtonLink } from "@/components/ui/button";

// Error boundaries run in the browser: the server has logged the detail; show only its reference.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest =
    error instanceof Error && "digest" in error && typeof error.digest === "string"
      ? error.digest
      : undefined;

  return (
    <div className="mx-auto flex w-full max-w-2xl flex-col items-start gap-4 px-4 py-16">
      <h1 className="text-2xl font-bold text-stone-900 sm:text-3xl">页面出错了</h1>
      <p role="alert" className="leading-relaxed text-stone-700">
        系统暂时无法完成这个操作，请稍后再试。如果问题一直存在，请联系网站工作人员。
      </p>
      {digest && <p className="text-sm text-stone-600">错误编号：{digest}</p>}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => retry()}>重试</Button>
        <ButtonLink href="/" variant="secondary">
          返回首页
        </ButtonLink>
      </div>
    </div>
  );
}
