import type { Metadata } from "next";
import { ProfileForm } from "@/components/accounts/profile-form";
import { RegistrationSteps } from "@/components/accounts/registration-steps";
import { PageShell } from "@/components/layout/page-shell";
import { Card } from "@/components/ui/card";
import { labelOf, userTypeOptions } from "@/lib/accounts/options";
import { chinaToday } from "@/lib/accounts/validation";
import { requireRegistrationStep } from "../guard";

export const metadata: Metadata = { title: "完善个人资料" };

export default async function ProfilePage() {
  const user = await requireRegistrationStep(3);
  const type = user.type ?? "resident";
  const today = chinaToday();
  const currentMonth = `${today.year}-${String(today.month).padStart(2, "0")}`;

  return (
    <PageShell
      title="完善个人资料"
      width="narrow"
      description={`用户类型：${labelOf(userTypeOptions, type)}。选错了可点击页面下方的【返回】重新选择。`}
    >
      <RegistrationSteps current={3} />
      <Card>
        <ProfileForm type={type} currentMonth={currentMonth} />
      </Card>
    </PageShell>
  );
}
