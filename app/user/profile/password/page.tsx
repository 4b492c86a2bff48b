import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/accounts/change-password-form";
import { Card } from "@/components/ui/card";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "修改登录密码" };

export default async function ChangePasswordPage() {
  await requireUserCenterUser("/user/profile/password");

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">修改登录密码</h1>
      <Card>
        <ChangePasswordForm />
      </Card>
    </>
  );
}
