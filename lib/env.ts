import { z } from "zod";

const optionalText = z
  .string()
  .trim()
  .transform((value) => value || undefined)
  .optional();

const base64Key = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "应为 32 字节密钥的 base64 编码");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, "应形如 postgres://user:password@host:5432/dbname")
      .optional(),
  ),
  DATA_DIR: z.string().default(".data"),
  PGLITE_DIR: optionalText,
  AUTH_SECRET: optionalText.pipe(z.string().min(32, "至少 32 个字符").optional()),
  PII_ENCRYPTION_KEY: optionalText.pipe(base64Key.optional()),
  CAPTCHA_TEST_CODE: optionalText.pipe(
    z
      .string()
      .regex(/^[A-Za-z0-9]{4,5}$/, "应为 4–5 位字母或数字")
      .optional(),
  ),
  UPLOADTHING_TOKEN: optionalText,
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, "应形如 smtp://user:password@host:587")
      .optional(),
  ),
  MAIL_FROM: z.string().default("社区网 <no-reply@localhost>"),
  APP_URL: z.string().url("应为完整网址，如 https://example.org").default("http://localhost:3000"),
  LOG_LEVEL: z.enum(["debug", "info", "warn", "error", "silent"]).default("info"),
  SEED_DEMO: z.enum(["true", "false"]).optional(),
  REGIONS: z.enum(["full", "sample", "none"]).optional(),
  VERCEL: optionalText,
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Reads and checks the environment once; a bad variable stops the start with its name. */
export function env(): Env {
  if (cached) return cached;

  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`环境变量有误，请检查 .env：\n${lines.join("\n")}`);
  }
  cached = parsed.data;
  assertPersistentHosting(cached);

  return cached;
}

/** On a serverless host the embedded database and local files vanish between requests. */
function assertPersistentHosting(value: Env) {
  if (!value.VERCEL) return;
  const missing = [
    !value.DATABASE_URL && "DATABASE_URL（托管平台上内嵌数据库不会保留数据）",
    !value.UPLOADTHING_TOKEN && "UPLOADTHING_TOKEN（托管平台上本地文件不会保留）",
    !value.AUTH_SECRET && "AUTH_SECRET",
    !value.PII_ENCRYPTION_KEY && "PII_ENCRYPTION_KEY",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new Error(`在无状态托管平台上运行需要设置：\n  ${missing.join("\n  ")}`);
  }
}

/** Test hook: forget the parsed environment so the next call reads process.env again. */
export function resetEnvForTests() {
  cached = undefined;
}
