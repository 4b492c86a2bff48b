import type { Metadata } from "next";
import { BasicProfileForm } from "@/components/accounts/basic-profile-form";
import { Card } from "@/components/ui/card";
import { choiceOf, educationOptions, genderOptions } from "@/lib/accounts/options";
import { getOwnProfile } from "@/lib/accounts/profile";
import { requireUserCenterUser } from "../../guard";

export const metadata: Metadata = { title: "修改基本资料" };

export default async function EditProfilePage() {
  const user = await requireUserCenterUser("/user/profile/edit");
  const profile = await getOwnProfile({ actor: user });

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">修改基本资料</h1>
      <Card>
        <BasicProfileForm
          defaults={{
            email: profile.email ?? "",
            gender: choiceOf(genderOptions, profile.gender),
            ethnicity: profile.ethnicity ?? "",
            education: choiceOf(educationOptions, profile.education),
            workplace: profile.workplace ?? "",
            address: profile.address ?? "",
          }}
        />
      </Card>
    </>
  );
}
