import type { Metadata } from "next";
import { RegistrationSteps } from "@/components/accounts/registration-steps";
import { VolunteerForm } from "@/components/accounts/volunteer-form";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { requireRegistrationStep } from "../guard";

export const metadata: Metadata = { title: "注册成为社区志愿者" };

export default async function VolunteerPage() {
  await requireRegistrationStep(4);

  return (
    <PageShell
      title="注册成为社区志愿者"
      width="narrow"
      description="个人资料已保存。注册成为社区志愿者后，可以认领本社区的服务项目；也可以跳过，以后在【修改社区服务资料】中填写。"
    >
      <RegistrationSteps current={4} />
      <Card>
        <VolunteerForm />
      </Card>
    </PageShell>
  );
}
