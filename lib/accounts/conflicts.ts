import "server-only";
import { DrizzleQueryError } from "drizzle-orm/errors";
import { AppError } from "@/lib/errors";

/** What each unique index of `users` means to the person filling in the form. */
const accountConstraints: Record<string, { field: string; message: string }> = {
  users_phone_idx: { field: "phone", message: "该手机号已注册，请直接登录" },
  users_email_idx: { field: "email", message: "该电子邮件已被其他账号使用" },
  users_id_number_hash_idx: { field: "idNumber", message: "该身份证号已被其他账号使用" },
};

type DriverError = { code?: unknown; constraint?: unknown; constraint_name?: unknown };

/** The constraint a unique violation names (postgres.js and PGlite spell it differently). */
export function violatedUniqueConstraint(error: unknown): string | null {
  for (let current = error; current instanceof Error; current = current.cause) {
    const candidate = current as DriverError;
    if (candidate.code !== "23505") continue;
    const name = candidate.constraint_name ?? candidate.constraint;

    return typeof name === "string" ? name : null;
  }

  return null;
}

/**
 * Runs a write to `users` and turns a duplicate phone, email or ID number into a message under
 * that field, also when a concurrent registration won the race after our own checks passed.
 * Other failures lose drizzle's wrapper: its message lists the parameters, personal data.
 */
export async function withAccountConflicts<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof AppError) throw error;
    const conflict = accountConstraints[violatedUniqueConstraint(error) ?? ""];
    if (conflict) {
      throw new AppError("CONFLICT", conflict.message, {
        fieldErrors: { [conflict.field]: conflict.message },
      });
    }
    throw error instanceof DrizzleQueryError && error.cause ? error.cause : error;
  }
}
