import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { env } from "./env";

type LocalSecrets = { authSecret: string; piiKey: string };

let local: LocalSecrets | undefined;

/**
 * The embedded default keeps its generated secrets under the data folder, so a fresh clone
 * runs with nothing to configure. With DATABASE_URL set the secrets must come from the
 * environment: a key generated on one machine would not decrypt data on another.
 */
function localSecrets(): LocalSecrets {
  if (local) return local;
  const settings = env();
  if (settings.DATABASE_URL) {
    throw new Error(
      "使用 DATABASE_URL 时必须设置 AUTH_SECRET（至少 32 个字符）和 PII_ENCRYPTION_KEY" +
        "（32 字节的 base64，可用 `openssl rand -base64 32` 生成）",
    );
  }
  const file = path.resolve(/*turbopackIgnore: true*/ settings.DATA_DIR, "secrets.json");
  if (fs.existsSync(file)) {
    local = JSON.parse(fs.readFileSync(file, "utf8")) as LocalSecrets;
    return local;
  }
  local = {
    authSecret: randomBytes(32).toString("base64url"),
    piiKey: randomBytes(32).toString("base64"),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(local), { mode: 0o600, flag: "wx" });

  return local;
}

export function authSecret(): string {
  return env().AUTH_SECRET ?? localSecrets().authSecret;
}

/** The 32-byte key for encrypting personal data at rest (AES-256-GCM). */
export function piiKey(): Buffer {
  return Buffer.from(env().PII_ENCRYPTION_KEY ?? localSecrets().piiKey, "base64");
}
