import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { RegisterForm } from "@/components/accounts/register-form";
import { RegistrationSteps } from "@/components/accounts/registration-steps";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { createCaptcha } from "@/lib/accounts/captcha";
import { registrationResumePath } from "@/lib/accounts/login";
import { getSessionUser } from "@/lib/auth/session";
import { listChildRegions } from "@/lib/regions/queries";

export const metadata: Metadata = { title: "用户注册" };

export default async function RegisterPage() {
  const user = await getSessionUser();
  if (user) redirect(registrationResumePath(user.registrationStep) ?? "/user");
  const [provinces, captcha] = await Promise.all([listChildRegions(null), createCaptcha()]);

  return (
    <PageShell title="用户注册" width="narrow" description="填写基本信息，注册中国社区网账号。">
      <RegistrationSteps current={1} />
      <Card className="flex flex-col gap-5">
        <RegisterForm provinces={provinces} captchaId={captcha.id} />
        <p>
          已有账号？
          <Link href="/login" className="text-brand-700 underline underline-offset-4">
            登录
          </Link>
        </p>
      </Card>
    </PageShell>
  );
}
