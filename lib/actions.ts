import "server-only";
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import { assertCan } from "@/lib/auth/policy";
import { getSessionUser, type SessionUser } from "@/lib/auth/session";
import { AppError, defaultMessage, isAppError } from "@/lib/errors";
import { logger } from "@/lib/logger";

export type FieldErrors = Record<string, string>;

/** The one shape every server action returns: ok, or a message per field plus one for the form. */
export type ActionResult<T = undefined> =
  { ok: true; data: T } | { ok: false; message: string; fieldErrors: FieldErrors };

/** FormData to a plain object: repeated keys (checkbox groups) become arrays; files stay files. */
export function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key);
    result[key.replace(/\[\]$/, "")] = key.endsWith("[]") || values.length > 1 ? values : values[0];
  }

  return result;
}

export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "form";
    fieldErrors[field] ??= issue.message;
  }

  return fieldErrors;
}

function errorResult(error: unknown): ActionResult<never> {
  if (isAppError(error)) {
    return { ok: false, message: error.message, fieldErrors: error.fieldErrors ?? {} };
  }
  logger.error("action failed", { error });

  return { ok: false, message: defaultMessage("INTERNAL"), fieldErrors: {} };
}

type Caller = "public" | "user" | "secretary" | "admin";

async function resolveCaller(caller: Caller): Promise<SessionUser | null> {
  const user = await getSessionUser();
  if (caller === "public") return user;
  if (!user) throw new AppError("UNAUTHENTICATED");
  if (caller === "admin") assertCan(user, "admin:access");
  if (caller === "secretary" && user.type !== "secretary") throw new AppError("FORBIDDEN");
  if (caller === "secretary" && !user.isVerified) throw new AppError("NOT_VERIFIED");

  return user;
}

function defineAction<S extends z.ZodType, T, U>(
  caller: Caller,
  schema: S,
  handler: (input: z.output<S>, user: U) => Promise<T>,
) {
  return async (input: FormData | z.input<S>): Promise<ActionResult<T>> => {
    try {
      const user = (await resolveCaller(caller)) as U;
      const raw = input instanceof FormData ? formDataToObject(input) : input;
      const parsed = schema.safeParse(raw);
      if (!parsed.success) {
        const fieldErrors = zodFieldErrors(parsed.error);
        return { ok: false, message: defaultMessage("VALIDATION"), fieldErrors };
      }

      return { ok: true, data: await handler(parsed.data, user) };
    } catch (error) {
      unstable_rethrow(error);
      return errorResult(error);
    }
  };
}

/** Anyone may call it (registration, login, captcha); the user is passed when signed in. */
export const publicAction = <S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser | null) => Promise<T>,
) => defineAction("public", schema, handler);

export const userAction = <S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
) => defineAction("user", schema, handler);

/** A verified secretary; the domain function still checks the community. */
export const secretaryAction = <S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
) => defineAction("secretary", schema, handler);

export const adminAction = <S extends z.ZodType, T>(
  schema: S,
  handler: (input: z.output<S>, user: SessionUser) => Promise<T>,
) => defineAction("admin", schema, handler);
