import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/accounts/login-form";
import { PageShell } from "@/components/layout/page-shell";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { createCaptcha } from "@/lib/accounts/captcha";
import { registrationResumePath, safeCallbackPath } from "@/lib/accounts/login";
import { getSessionUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "用户登录" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(first(params.callbackUrl)) ?? undefined;
  const user = await getSessionUser();
  if (user) redirect(registrationResumePath(user.registrationStep) ?? callbackUrl ?? "/user");
  const captcha = await createCaptcha();

  return (
    <PageShell title="用户登录" width="narrow" description="用手机号或电子邮件登录中国社区网。">
      <Card className="flex flex-col gap-5">
        {first(params.reset) === "done" && (
          <Alert tone="success">登录密码已重新设置，请用新密码登录。</Alert>
        )}
        <LoginForm captchaId={captcha.id} callbackUrl={callbackUrl} />
      </Card>
    </PageShell>
  );
}
