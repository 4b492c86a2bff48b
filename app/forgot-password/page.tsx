import type { Metadata } from "next";
import { ForgotPasswordForm } from "@/components/accounts/forgot-password-form";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { createCaptcha } from "@/lib/accounts/captcha";

export const metadata: Metadata = { title: "找回登录密码" };

export default async function ForgotPasswordPage() {
  const captcha = await createCaptcha();

  return (
    <PageShell
      title="找回登录密码"
      width="narrow"
      description="填写您登记过的电子邮件，我们会把重新设置登录密码的链接发到这个邮箱。"
    >
      <Card>
        <ForgotPasswordForm captchaId={captcha.id} />
      </Card>
    </PageShell>
  );
}
