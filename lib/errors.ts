const catalogue = {
  UNAUTHENTICATED: { status: 401, message: "请先登录" },
  FORBIDDEN: { status: 403, message: "您没有权限进行此操作" },
  NOT_VERIFIED: { status: 403, message: "请先完成身份认证" },
  NOT_FOUND: { status: 404, message: "内容不存在或已被删除" },
  VALIDATION: { status: 400, message: "填写的内容有误，请检查后重新提交" },
  CONFLICT: { status: 409, message: "该记录已存在" },
  ALREADY_PROCESSED: { status: 409, message: "该信息已被处理，不能再修改" },
  INVALID_CREDENTIALS: { status: 401, message: "登录账号或密码错误" },
  RATE_LIMITED: { status: 429, message: "操作过于频繁，请稍后再试" },
  ACCOUNT_LOCKED: { status: 423, message: "登录失败次数过多，账号已暂时锁定，请 15 分钟后再试" },
  ACCOUNT_DISABLED: { status: 403, message: "账号已被停用，请联系管理员" },
  CAPTCHA_INVALID: { status: 400, message: "验证码错误或已过期，请重新输入" },
  BAD_FILE: { status: 400, message: "文件格式或大小不符合要求" },
  DATABASE_BUSY: { status: 503, message: "数据库正被其他进程占用" },
  INTERNAL: { status: 500, message: "系统繁忙，请稍后再试" },
} as const;

export type ErrorCode = keyof typeof catalogue;

/**
 * The one error type of the domain. `message` is shown to the user (Chinese);
 * `fieldErrors` place messages under the form fields they concern.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly fieldErrors?: Record<string, string>;

  constructor(
    code: ErrorCode,
    message?: string,
    options?: { fieldErrors?: Record<string, string>; cause?: unknown },
  ) {
    super(message ?? catalogue[code].message, { cause: options?.cause });
    this.name = "AppError";
    this.code = code;
    this.status = catalogue[code].status;
    this.fieldErrors = options?.fieldErrors;
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** Field-level validation failure: one message under each named field. */
export function fieldError(field: string, message: string): AppError {
  return new AppError("VALIDATION", message, { fieldErrors: { [field]: message } });
}

export function defaultMessage(code: ErrorCode): string {
  return catalogue[code].message;
}
