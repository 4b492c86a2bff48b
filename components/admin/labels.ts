import type { BadgeTone } from "@/components/ui/badge";

export const userTypeLabels = {
  resident: "社区居民",
  party_member: "党员",
  secretary: "社区书记",
} as const;

export const roleLabels = { user: "普通用户", admin: "管理员" } as const;

export const accountStatusLabels: Record<
  "active" | "disabled",
  { label: string; tone: BadgeTone }
> = {
  active: { label: "正常", tone: "success" },
  disabled: { label: "已停用", tone: "danger" },
};

export const verificationLabels: Record<
  "verified" | "pending" | "rejected" | "none",
  { label: string; tone: BadgeTone }
> = {
  verified: { label: "已认证", tone: "info" },
  pending: { label: "待审核", tone: "warning" },
  rejected: { label: "未通过", tone: "danger" },
  none: { label: "未认证", tone: "neutral" },
};
