import type { Metadata } from "next";
import { ResetPasswordForm } from "@/components/accounts/reset-password-form";
import { PageShell } from "@/components/layout/page-shell";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { isResetTokenUsable } from "@/lib/accounts/password-reset";

// The link's token is in this page's address: no other site may learn it from a Referer.
export const metadata: Metadata = { title: "重新设置登录密码", referrer: "no-referrer" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token } = await searchParams;
  const isUsable = typeof token === "string" && (await isResetTokenUsable(token));

  return (
    <PageShell title="重新设置登录密码" width="narrow">
      <Card className="flex flex-col items-start gap-4">
        {isUsable ? (
          <ResetPasswordForm token={token} />
        ) : (
          <>
            <Alert tone="error" title="链接不能使用">
              该链接无效、已使用或已过期（链接在发出 30 分钟内有效，且只能使用一次）。
            </Alert>
            <ButtonLink href="/forgot-password">重新找回登录密码</ButtonLink>
          </>
        )}
      </Card>
    </PageShell>
  );
}
