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
};

export function auditActionLabel(action: string) {
  return auditActionLabels[action] ?? action;
}

export const auditTargetLabels: Record<string, string> = {
  user: "用户",
  community: "社区",
  verification: "身份认证",
  file: "文件",
};
