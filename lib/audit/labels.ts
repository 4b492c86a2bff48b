/** Chinese names of the recorded actions; an action missing here is shown by its code. */
export const auditActionLabels: Record<string, string> = {
  "user.disable": "停用账号",
  "user.enable": "启用账号",
  "user.reset_password": "重置密码",
  "user.make_admin": "设为管理员",
  "community.approve": "通过新社区",
  "community.rename": "修改社区名称",
  "community.merge": "合并社区",
  "verification.approve": "通过身份认证",
  "verification.reject": "驳回身份认证",
  "file.view": "查看扫描件",
  "matter.create": "新增办事事项",
  "matter.update": "修改办事事项",
  "matter.delete": "删除办事事项",
};

export function auditActionLabel(action: string) {
  return auditActionLabels[action] ?? action;
}

export const auditTargetLabels: Record<string, string> = {
  user: "用户",
  community: "社区",
  verification: "身份认证",
  file: "文件",
  appointment_matter: "办事事项",
};

const detailLabels: Record<string, string> = {
  userId: "用户编号",
  reason: "原因",
  into: "并入社区编号",
  members: "迁移成员",
  letters: "迁移信件",
  appointments: "迁移预约",
  from: "原名称",
  to: "新名称",
  purpose: "用途",
  ownerId: "所有者编号",
  name: "名称",
};

const purposeLabels: Record<string, string> = {
  id_card: "身份证",
  verification_document: "认证文档",
};

/** The detail of an entry as readable pairs: 原因：照片不清晰；用户编号：12. */
export function describeAuditDetail(detail: Record<string, unknown> | null): string {
  if (!detail) return "";

  return Object.entries(detail)
    .map(([key, value]) => {
      const text =
        typeof value === "string" ? (purposeLabels[value] ?? value) : JSON.stringify(value);
      return `${detailLabels[key] ?? key}：${text}`;
    })
    .join("；");
}
