import type { Metadata } from "next";
import { UserTypeForm } from "@/components/accounts/user-type-form";
import { RegistrationSteps } from "@/components/accounts/registration-steps";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { requireRegistrationStep } from "../guard";

export const metadata: Metadata = { title: "选择用户类型" };

export default async function UserTypePage() {
  const user = await requireRegistrationStep(2);

  return (
    <PageShell title="选择用户类型" width="narrow" description="第一步已保存。请选择您的用户类型。">
      <RegistrationSteps current={2} />
      <Card>
        <UserTypeForm defaultType={user.type ?? undefined} />
      </Card>
    </PageShell>
  );
}
