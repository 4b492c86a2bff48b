import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserCenterActivity } from "@/components/mailbox/user-center-activity";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { VerifiedBadge } from "@/components/ui/verified-badge";
import { labelOf, userTypeOptions } from "@/lib/accounts/options";
import { getOwnProfile, type OwnProfile } from "@/lib/accounts/profile";
import { requireUserCenterUser } from "./guard";

export const metadata: Metadata = { title: "用户中心" };

const linkClasses = "text-brand-700 underline underline-offset-4";

function verificationStatus(profile: OwnProfile): ReactNode {
  if (profile.type !== "secretary") return "无需认证（社区书记认证身份后处理公务）";
  if (profile.isVerified) {
    return (
      <span className="inline-flex items-center gap-2">
        社区书记 <VerifiedBadge />
      </span>
    );
  }

  return (
    <span className="flex flex-wrap items-center gap-3">
      <Badge tone="warning">未认证</Badge>
      <Link href="/user/verification" className={linkClasses}>
        我要认证身份
      </Link>
    </span>
  );
}

function tips(profile: OwnProfile): string[] {
  const list: string[] = [];
  if (profile.type === "secretary" && !profile.isVerified) {
    list.push("您的身份尚未认证。认证通过后，才能处理本社区的书记信箱和办事预约。");
  }
  if (profile.isCommunityPending) {
    list.push(`您填写的社区“${profile.communityName}”正在等待工作人员审核。`);
  }
  if (!profile.isVolunteer) {
    list.push("您还不是社区志愿者，可在【修改社区服务资料】中注册，认领社区服务项目。");
  }
  if (!profile.email) list.push("填写电子邮件后，可用电子邮件登录和找回登录密码。");

  return list.length > 0 ? list : ["欢迎使用中国社区网。"];
}

export default async function UserCenterPage() {
  const user = await requireUserCenterUser();
  const profile = await getOwnProfile({ actor: user });
  const rows: Array<[string, ReactNode]> = [
    ["用户身份认证", verificationStatus(profile)],
    ["用户类型", labelOf(userTypeOptions, profile.type) || "管理员"],
    ["用户名", `${profile.realName}（${profile.maskedPhone}）`],
    ["所在社区", profile.communityName],
  ];

  return (
    <>
      <h1 className="text-2xl font-bold text-stone-900">用户中心</h1>
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="用户基本信息">
          <dl className="grid grid-cols-[6.5rem_minmax(0,1fr)] gap-x-4 gap-y-3">
            {rows.map(([term, value]) => (
              <div key={term} className="contents">
                <dt className="text-stone-600">{term}</dt>
                <dd className="text-stone-900">{value}</dd>
              </div>
            ))}
            <dt className="text-stone-600">用户提示</dt>
            <dd>
              <ul className="flex list-disc flex-col gap-1 pl-5 text-stone-800">
                {tips(profile).map((tip) => (
                  <li key={tip}>{tip}</li>
                ))}
              </ul>
            </dd>
          </dl>
        </Card>
        <UserCenterActivity user={user} />
      </div>
    </>
  );
}
