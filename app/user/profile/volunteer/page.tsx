import type { Metadata } from "next";
import { VolunteerProfileForm } from "@/components/accounts/volunteer-profile-form";
import { Card } from "@/components/ui/card";
import { choicesOf, volunteerCategoryOptions, volunteerTimeOptions } from "@/lib/accounts/options";
import { getOwnProfile } from "@/lib/accounts/profile";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "修改社区服务资料" };

export default async function VolunteerProfilePage() {
  const user = await requireUserCenterUser("/user/profile/volunteer");
  const profile = await getOwnProfile({ actor: user });

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">修改社区服务资料</h1>
      <Card>
        <p className="mb-4 text-stone-700">
          {profile.isVolunteer
            ? "您是社区志愿者。修改服务时间和服务类别后点击【提交】。"
            : "您还不是社区志愿者。选择服务时间和服务类别并提交，即注册成为社区志愿者。"}
        </p>
        <VolunteerProfileForm
          defaults={{
            times: choicesOf(volunteerTimeOptions, profile.volunteerTimes),
            categories: choicesOf(volunteerCategoryOptions, profile.volunteerCategories),
          }}
        />
      </Card>
    </>
  );
}
