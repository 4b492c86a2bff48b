import type { Metadata } from "next";
import type { ReactNode } from "react";
import { signOutEverywhereAction } from "@/app/actions/session";
import { Card } from "@/components/ui/card";
import { SubmitButton } from "@/components/ui/submit-button";
import {
  educationOptions,
  genderOptions,
  labelOf,
  positionOptions,
  userTypeOptions,
  volunteerCategoryOptions,
  volunteerTimeOptions,
} from "@/lib/accounts/options";
import { getOwnProfile } from "@/lib/accounts/profile";
import { requireUserCenterUser } from "../guard";

export const metadata: Metadata = { title: "个人资料" };

const labelsOf = (options: Parameters<typeof labelOf>[0], values: string[]) =>
  values.map((value) => labelOf(options, value)).join("、");

export default async function ProfilePage() {
  const user = await requireUserCenterUser("/user/profile");
  const profile = await getOwnProfile({ actor: user });
  const rows: Array<[string, ReactNode]> = [
    ["真实姓名", profile.realName],
    ["手机号", profile.phone],
    ["电子邮件", profile.email],
    ["用户类型", labelOf(userTypeOptions, profile.type)],
    ["所在社区", profile.communityName],
    ["社区岗位", labelOf(positionOptions, profile.position)],
    ["入党年月", profile.partyJoinedMonth],
    ["身份证号", profile.idNumber],
    ["性别", labelOf(genderOptions, profile.gender)],
    ["民族", profile.ethnicity],
    ["学历", labelOf(educationOptions, profile.education)],
    ["工作单位", profile.workplace],
    ["联系地址", profile.address],
    ["服务时间", labelsOf(volunteerTimeOptions, profile.volunteerTimes)],
    ["服务类别", labelsOf(volunteerCategoryOptions, profile.volunteerCategories)],
  ];

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">个人资料</h1>
      <Card title="我的资料">
        <p className="mb-4 text-sm text-stone-600">
          手机号和身份证号只有您本人能看到完整号码，其他人看到的都已部分隐去。
        </p>
        <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-3">
          {rows
            .filter(([, value]) => value)
            .map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-stone-600">{term}</dt>
                <dd className="break-words text-stone-900">{value}</dd>
              </div>
            ))}
        </dl>
      </Card>
      <Card title="安全退出系统">
        <p className="mb-4 text-stone-700">
          在公用电脑上使用后，或担心账号被他人登录时，可退出本账号在所有设备上的登录。
        </p>
        <form action={signOutEverywhereAction}>
          <SubmitButton variant="danger" loadingText="正在退出…">
            安全退出系统
          </SubmitButton>
        </form>
      </Card>
    </>
  );
}
